"""URL helpers shared by blueprints and services.

Links that leave the site (mail) are built on BASE_URL, never on the Host header of the request
that caused them: a forged Host would otherwise put its own address in a password-reset mail.
"""
from urllib.parse import urlencode, urlsplit

from flask import Flask, current_app, request
from werkzeug.exceptions import SecurityError
from werkzeug.routing import MapAdapter
from werkzeug.wsgi import get_host


def _adapter() -> MapAdapter:
    base = urlsplit(current_app.config["BASE_URL"])
    return current_app.url_map.bind(base.netloc, script_name=base.path or "/", url_scheme=base.scheme)


def site_url(endpoint: str, **values) -> str:
    """The site path of an endpoint, inside or outside a request (notifications, CLI, jobs)."""
    return _adapter().build(endpoint, values)


def absolute_url(endpoint: str, **values) -> str:
    """An absolute link on BASE_URL, for mail."""
    return _adapter().build(endpoint, values, force_external=True)


def absolute(path: str) -> str:
    """A site path made absolute on BASE_URL's scheme and host."""
    base = urlsplit(current_app.config["BASE_URL"])
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
    return f"{request.path}?{urlencode(list(args.items(multi=True)))}"
