"""One JSON line per request on `directory.requests`; the request id in the header and on error pages."""
import json
import logging

import pytest
import sqlalchemy as sa

from directory.extensions import db as _db
from directory.services.accounts import make_reset_token


@pytest.fixture
def request_lines(caplog):
    """The request lines logged during the test, parsed (the logger does not propagate to the root)."""
    logger = logging.getLogger("directory.requests")
    logger.addHandler(caplog.handler)
    yield lambda: [json.loads(r.getMessage()) for r in caplog.records if r.name == logger.name]
    logger.removeHandler(caplog.handler)


def test_a_request_logs_one_line_with_its_id_timings_and_user(client, login, make_user, db, request_lines):
    user = make_user()
    db.session.commit()
    login(user)
    response = client.get("/?page=2&utm=x", headers={"X-Request-ID": "lb-7f3a.42"})
    assert response.status_code == 200 and response.headers["X-Request-ID"] == "lb-7f3a.42"
    (line,) = request_lines()
    assert line["request_id"] == "lb-7f3a.42" and line["method"] == "GET" and line["path"] == "/"
    assert line["status"] == 200 and line["user_id"] == user.id
    assert line["duration_ms"] >= line["db_ms"] > 0 and line["db_statements"] >= 2
    assert set(line) == {"time", "request_id", "method", "path", "status", "duration_ms", "db_ms",
                         "db_statements", "user_id"}

    client.get("/static/css/app.css")
    static = request_lines()[-1]
    assert static["db_statements"] == 0 and static["db_ms"] == 0 and static["user_id"] is None


@pytest.mark.parametrize("incoming", ["", "x" * 65, "a b", "<script>", "id\u00e9"])
def test_an_unusable_incoming_request_id_is_replaced(client, incoming, request_lines):
    response = client.get("/healthz", headers={"X-Request-ID": incoming})
    generated = response.headers["X-Request-ID"]
    assert len(generated) == 32 and generated != incoming
    assert request_lines()[-1]["request_id"] == generated


def test_a_reset_token_never_reaches_the_log(client, make_user, db, request_lines, caplog):
    token = make_reset_token(make_user())
    db.session.commit()
    assert client.get(f"/account/reset/{token}?next=/x").status_code == 200
    assert client.get(f"/account/reset/{token}/extra").status_code == 404  # matched by no route
    assert [line["path"] for line in request_lines()] == ["/account/reset/***"] * 2
    assert token not in caplog.text and token[:20] not in caplog.text and "next=" not in caplog.text


def test_the_500_page_shows_the_request_id(make_app, request_lines):
    app = make_app(PROPAGATE_EXCEPTIONS=False)  # as in production: the error page, not the traceback

    @app.get("/broken")
    def broken():  # a bug, not an outage: SQLite calls a missing table an OperationalError too
        _db.session.execute(sa.text("SELECT * FROM no_such_table"))

    client = app.test_client()
    page = client.get("/broken", headers={"X-Request-ID": "loi-500-abc"})
    assert page.status_code == 500 and page.headers["X-Request-ID"] == "loi-500-abc"
    assert "Mã yêu cầu" in page.text and "loi-500-abc" in page.text
    assert "no_such_table" not in page.text
    api = client.get("/broken", headers={"Accept": "application/json"})
    assert api.status_code == 500 and api.json["error"]["request_id"] == api.headers["X-Request-ID"]
    assert [line["status"] for line in request_lines()] == [500, 500]


def test_a_404_page_shows_no_request_id(client):
    page = client.get("/khong-co-trang-nay")
    assert page.status_code == 404 and "Mã yêu cầu" not in page.text
