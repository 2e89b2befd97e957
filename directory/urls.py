"""URL helpers shared by blueprints and services.

Links that leave the site (mail) are built on `base_url()`: BASE_URL, else SERVER_NAME with
PREFERRED_URL_SCHEME, else, in a request and only with TRUSTED_HOSTS set (any other Host is refused
before Flask sees it), the request's host. Never on an unchecked Host header: a forged Host would
otherwise put its own address in a password-reset mail. The job worker has no request, so a
production site sets BASE_URL (docs/operations.md).
"""
from urllib.parse import urlencode, urlsplit

from flask import Flask, current_app, has_request_context, request, url_for
from werkzeug.exceptions import SecurityError
from werkzeug.routing import MapAdapter
from werkzeug.wsgi import get_host


LOCAL_BASE_URL = "http://127.0.0.1:5000"  # `make run` on a developer's machine


def base_url() -> str:
    """Scheme, host and path prefix of the site's links in mail (see the module's docstring)."""
    config = current_app.config
    if config["BASE_URL"]:
        return config["BASE_URL"].rstrip("/")
    if config.get("SERVER_NAME"):
        root = (config.get("APPLICATION_ROOT") or "/").rstrip("/")
        return f"{config['PREFERRED_URL_SCHEME']}://{config['SERVER_NAME']}{root}"
    if has_request_context() and config["TRUSTED_HOSTS"]:
        return request.host_url.rstrip("/")
    return LOCAL_BASE_URL


def _adapter() -> MapAdapter:
    base = urlsplit(base_url())
    return current_app.url_map.bind(base.netloc, script_name=base.path or "/", url_scheme=base.scheme)


def site_url(endpoint: str, **values) -> str:
    """The site path of an endpoint, inside or outside a request (notifications, CLI, jobs)."""
    return _adapter().build(endpoint, values)


def absolute_url(endpoint: str, **values) -> str:
    """An absolute link on base_url(), for mail."""
    return _adapter().build(endpoint, values, force_external=True)


def absolute(path: str) -> str:
    """A site path made absolute on base_url()'s scheme and host."""
    base = urlsplit(base_url())
    return f"{base.scheme}://{base.netloc}{path}"


def refuse_untrusted_hosts(app: Flask):
    """WSGI middleware: with TRUSTED_HOSTS set, any other Host header gets a plain 400 before Flask
    sees the request (Flask would route it without a URL adapter, and the error page needs one)."""
    wsgi_app = app.wsgi_app

    def middleware(environ, start_response):
        if trusted := app.config["TRUSTED_HOSTS"]:
            try:
                get_host(environ, trusted)
            except SecurityError as error:
                return error(environ, start_response)
        return wsgi_app(environ, start_response)

    return middleware


def safe_next(target: str | None) -> str | None:
    """A `next` target only if it stays on this site (a path, no scheme or host) and can go in a
    Location header (no control characters: a newline there is a server error or a split header)."""
    if not target or "\\" in target or any(ord(char) < 32 or 127 <= ord(char) < 160 for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def with_args(**changes) -> str:
    """This request's path and query string with some arguments replaced (a redirect to the same page)."""
    args = request.args.copy()
    for name, value in changes.items():
        args[name] = value
    return f"{request.script_root}{request.path}?{urlencode(list(args.items(multi=True)))}"


def moved_to(endpoint: str, **values) -> str:
    """Another page's path with this request's query string as it came (an old key's redirect).
    The query string is not handed to url_for: its `_external`/`_scheme` would build another host."""
    path = url_for(endpoint, **values)
    query = request.query_string.decode("latin-1")
    return f"{path}?{query}" if query else path
