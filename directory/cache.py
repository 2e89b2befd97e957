"""Shared caching: public pages rendered once per index stamp for every worker, conditional
responses, compressed responses and fingerprinted static files.

Pages for anonymous visitors (no user, no flashed message, no form token) are the same for
everyone: they are kept in the cache backend (Redis in production, so all workers share them;
in-process SimpleCache in the embedded default) under the search index stamp, which every
approval, suspension, edit, archive and committee rename replaces in its own transaction, and
under today's date (a listing's re-confirmation lapses at midnight, with no change to record). A
change is therefore on every worker's next page at once (see search.answer_cache._Stamp). Signed-in
pages are never stored. A stored page keeps its body compressed once for each algorithm
Flask-Compress offers, so a hit sends stored bytes instead of compressing them again.
"""
import hashlib
import logging
import time
from functools import wraps
from pathlib import Path

from flask import Flask, Response, current_app, make_response, request, session
from flask_caching import Cache
from flask_compress import Compress
# Flask-Compress's own negotiation and levels (private names: Flask-Compress is pinned, and a test fails if they move)
from flask_compress.flask_compress import _choose_algorithm, _compress_data
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

cache = Cache()
compress = Compress()

PAGE_TIMEOUT = 600  # seconds; a new stamp makes old pages unreachable long before
STATIC_MAX_AGE = 31_536_000  # a year: a fingerprinted URL never changes content


def init_app(app: Flask) -> None:
    if app.config["CACHE_TYPE"] == "RedisCache":  # a page waits a second at most for Redis, then renders
        app.config.setdefault("CACHE_OPTIONS", {"socket_connect_timeout": 1, "socket_timeout": 1})
    cache.init_app(app)
    compress.init_app(app)
    _fingerprint_static_files(app)


# ---- the cache backend, never failing a request ---------------------------------------------

def get(key: str):
    try:
        return cache.get(key)
    except RedisError as error:  # Redis down: render as if nothing were cached
        logger.warning("cache unavailable: %s", error)
        return None


def set(key: str, value, timeout: int, only_if_absent: bool = False) -> None:  # noqa: A001
    try:
        (cache.add if only_if_absent else cache.set)(key, value, timeout=timeout)
    except RedisError as error:
        logger.warning("cache unavailable: %s", error)


def delete(key: str) -> None:
    try:
        cache.delete(key)
    except RedisError as error:
        logger.warning("cache unavailable: %s", error)


# ---- public pages ---------------------------------------------------------------------------

def _anonymous_visitor() -> bool:
    """Nothing on the page is this visitor's alone: not signed in (no user in the session, no
    remember-me cookie) and no message waiting to be flashed. Without a session cookie the
    session is not even decoded."""
    config = current_app.config
    if config.get("REMEMBER_COOKIE_NAME", "remember_token") in request.cookies:
        return False
    if config["SESSION_COOKIE_NAME"] not in request.cookies:
        return True
    return "_user_id" not in session and "_flashes" not in session


def _shareable(response: Response) -> bool:
    """A page worth keeping for everyone: complete, and nothing in it or about it per visitor."""
    return (response.status_code == 200 and not response.is_streamed and not session.modified
            and "Set-Cookie" not in response.headers and b'name="csrf_token"' not in response.get_data())


def _encodings(body: bytes, mimetype: str) -> dict[str, bytes]:
    """The body as Flask-Compress would send it, for each algorithm it may choose (none for a
    body it would leave uncompressed)."""
    app = current_app
    if mimetype not in compress.compress_mimetypes_set or len(body) < app.config["COMPRESS_MIN_SIZE"]:
        return {}
    return {algorithm: _compress_data(app, body, algorithm) for algorithm in compress.enabled_algorithms}


def public_page(view):
    """For a GET view whose page depends only on the public catalogue, the URL and the language:
    anonymous visitors get it from the shared cache (rendered at most once per index stamp), with
    an ETag and Last-Modified and a 304 when they already have it. Others get it rendered."""
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not _anonymous_visitor():
            return view(*args, **kwargs)
        from .freshness import local_today
        from .i18n import current_locale
        from .search.answer_cache import stamp

        where = hashlib.sha256(f"{request.host_url}\0{request.full_path}".encode()).hexdigest()
        # page2: entries carry encoded bodies. By day (in Việt Nam) too: a certification's badge
        # expires and a listing past its re-confirmation's grace period leaves the pages at
        # midnight, with no new stamp.
        key = f"page2:{stamp.get()}:{local_today().isoformat()}:{current_locale()}:{where}"
        entry = get(key)
        if entry is None:
            rendered = make_response(view(*args, **kwargs))
            if not _shareable(rendered):
                return rendered
            body = rendered.get_data()
            entry = (body, rendered.mimetype, hashlib.sha256(body).hexdigest()[:32], int(time.time()),
                     _encodings(body, rendered.mimetype))
            set(key, entry, PAGE_TIMEOUT)
        body, mimetype, etag, rendered_at, encoded = entry
        headers = {}
        algorithm = _choose_algorithm(compress.enabled_algorithms, request.headers.get("Accept-Encoding", ""))
        if algorithm in encoded:  # with Content-Encoding set, Flask-Compress leaves the body alone
            body, etag = encoded[algorithm], f"{etag}:{algorithm}"  # its ETag form for an encoded body
            headers["Content-Encoding"] = algorithm
        response = Response(body, mimetype=mimetype, headers=headers)
        response.set_etag(etag)
        response.last_modified = rendered_at
        response.cache_control.no_cache = True  # any cache may keep it, but asks again (a 304 is cheap)
        response.vary.update(("Cookie", "Accept-Encoding"))
        return response.make_conditional(request)

    return wrapper


# ---- static files: content hash in the URL, cached for a year ------------------------------

def _fingerprint_static_files(app: Flask) -> None:
    """url_for("static", filename=...) gets ?v=<hash of the file>, computed once per file and
    process; a request carrying the current hash is answered with far-future caching."""
    hashes: dict[str, str | None] = {}
    folder = Path(app.static_folder)

    def fingerprint(filename: str) -> str | None:
        if filename not in hashes:
            path = (folder / filename).resolve()
            inside = path.is_relative_to(folder.resolve()) and path.is_file()
            hashes[filename] = hashlib.sha256(path.read_bytes()).hexdigest()[:12] if inside else None
        return hashes[filename]

    @app.url_defaults
    def add_fingerprint(endpoint, values):
        if endpoint == "static" and "v" not in values and (digest := fingerprint(values.get("filename", ""))):
            values["v"] = digest

    @app.after_request
    def cache_fingerprinted(response):
        if (request.endpoint == "static" and response.status_code in (200, 304)
                and request.args.get("v") and request.args.get("v") == fingerprint(request.view_args["filename"])):
            response.cache_control.public = True
            response.cache_control.max_age = STATIC_MAX_AGE
            response.cache_control.immutable = True
            response.cache_control.no_cache = None
        return response
