"""Caching that stays correct: two app instances (two workers) sharing one Redis cache and the
database both serve cached public pages, and an approval committed by one is on the home page,
the committee page and search of the other at once. Also: conditional responses, compression,
fingerprinted static files, and nothing per visitor in the shared cache."""
import re
import uuid

import pytest

from directory.cache import cache
from directory.models import Decision, Status
from directory.search import reindex
from directory.services import reviews

from .test_proxies_and_limits import REDIS, require_redis


@pytest.fixture
def workers(make_app):
    require_redis()
    shared = dict(CACHE_TYPE="RedisCache", CACHE_REDIS_URL=f"{REDIS}/14",
                  CACHE_KEY_PREFIX=f"kn-test-{uuid.uuid4().hex[:8]}:")  # apart from other test runs
    first, second = make_app(**shared), make_app(**shared)
    yield first, second
    with first.app_context():
        cache.clear()  # this run's keys only (the prefix)


def test_an_approval_shows_at_once_on_every_worker(workers, world, db, make_enterprise):
    first, second = workers
    newcomer = make_enterprise(committee=world["committee_a"], slug="dn-moi", status=Status.PENDING,
                               legal_name="Công ty TNHH Cơ khí Hưng Thịnh", short_name=None)
    reindex()
    db.session.commit()
    pages = ("/", "/committees/khoi-a", "/search/?q=hung+thinh")

    def seen_by(app) -> list[bool]:
        client = app.test_client()
        texts = [client.get(url).text for url in pages]
        return ["/enterprises/dn-moi" in text or "2 doanh nghiệp" in text for text in texts]

    assert seen_by(first) == seen_by(second) == [False] * 3  # now cached, under the old stamp, by both
    with first.app_context():  # the reviewer's request, on the first worker
        reviewer = db.session.get(type(world["reviewer_a"]), world["reviewer_a"].id)
        enterprise = db.session.get(type(newcomer), newcomer.id)
        reviews.decide(reviewer, enterprise, Decision.APPROVE, enterprise.version)
        db.session.commit()
    assert seen_by(second) == [True] * 3  # no waiting: the other worker's very next request
    assert seen_by(first) == [True] * 3


def test_public_pages_answer_304_when_the_visitor_has_them(client, world):
    page = client.get("/")
    assert page.headers["ETag"] and page.headers["Last-Modified"] and "no-cache" in page.headers["Cache-Control"]
    again = client.get("/", headers={"If-None-Match": page.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    since = client.get("/", headers={"If-Modified-Since": page.headers["Last-Modified"]})
    assert since.status_code == 304


def test_pages_are_compressed_for_browsers_that_accept_it(client, world):
    page = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page.headers["Vary"]
    assert client.get("/", headers={"Accept-Encoding": "br, gzip"}).headers["Content-Encoding"] == "br"


def test_a_cached_page_is_sent_compressed_as_stored_without_compressing_again(client, world, monkeypatch):
    import gzip

    import brotli
    import flask_compress.flask_compress

    from directory import cache as page_cache

    plain = client.get("/").data  # the miss: rendered, compressed once per algorithm, stored
    compressed = {"gzip": client.get("/", headers={"Accept-Encoding": "gzip"}),
                  "br": client.get("/", headers={"Accept-Encoding": "br, gzip"})}

    def refuse(*args, **kwargs):
        raise AssertionError("a page-cache hit compressed its body again")

    monkeypatch.setattr(flask_compress.flask_compress, "_compress_data", refuse)  # Flask-Compress's own
    monkeypatch.setattr(page_cache, "_compress_data", refuse, raising=False)
    for algorithm, headers in (("gzip", {"Accept-Encoding": "gzip"}), ("br", {"Accept-Encoding": "br, gzip"})):
        hit = client.get("/", headers=headers)
        assert hit.headers["Content-Encoding"] == algorithm and hit.data == compressed[algorithm].data
        assert int(hit.headers["Content-Length"]) == len(hit.data)
        assert hit.headers["ETag"].endswith(f':{algorithm}"')
        assert "Accept-Encoding" in hit.headers["Vary"] and "Cookie" in hit.headers["Vary"]
        assert hit.headers["X-Content-Type-Options"] == "nosniff" and "Content-Security-Policy" in hit.headers
        again = client.get("/", headers={**headers, "If-None-Match": hit.headers["ETag"]})
        assert again.status_code == 304 and again.data == b""
    assert gzip.decompress(compressed["gzip"].data) == plain == brotli.decompress(compressed["br"].data)
    identity = client.get("/", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in identity.headers and identity.data == plain


def test_static_files_have_a_content_hash_in_the_url_and_are_cached_for_a_year(client, world):
    html = client.get("/").text
    url = re.search(r'src="(/static/js/search\.js\?v=[0-9a-f]{12})"', html).group(1)
    answer = client.get(url)
    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    stale = client.get("/static/js/search.js?v=000000000000")  # an old hash: not promised forever
    assert "immutable" not in stale.headers.get("Cache-Control", "")


def test_signed_in_pages_and_flashed_messages_never_reach_the_shared_cache(client, world, login, db):
    visitor = client.get("/").text
    login(world["manager_a"])
    mine = client.get("/")
    assert world["manager_a"].full_name in mine.text and "ETag" not in mine.headers
    assert 'name="csrf_token"' in mine.text  # (its logout form: the reason it must stay its own)
    with client.session_transaction() as session:
        session.clear()
        session["_flashes"] = [("success", "Đã lưu hồ sơ.")]
    flashed = client.get("/").text
    assert "Đã lưu hồ sơ." in flashed
    fresh = client.application.test_client()
    assert fresh.get("/").text == visitor  # the next visitor gets the shared page, without either


def test_pages_are_served_while_the_cache_backend_is_down(make_app, world):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = make_app(CACHE_TYPE="RedisCache", CACHE_REDIS_URL=f"redis://127.0.0.1:{port}/0")
    client = app.test_client()
    for _ in range(2):
        page = client.get("/")
        assert page.status_code == 200 and world["committee_a"].name in page.text
