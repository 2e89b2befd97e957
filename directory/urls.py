"""URL helpers shared by blueprints and services."""
from urllib.parse import urlsplit

from flask import current_app, has_request_context, url_for


def site_url(endpoint: str, external: bool = False, **values) -> str:
    """url_for that also works outside a request (CLI, tests): with SERVER_NAME set the link is
    built as usual (absolute if asked), otherwise it is a site path."""
    if has_request_context() or current_app.config.get("SERVER_NAME"):
        return url_for(endpoint, _external=external, **values)
    return current_app.url_map.bind("localhost").build(endpoint, values)


def safe_next(target: str | None) -> str | None:
    """A `next` target only if it stays on this site (a path, no scheme or host) and can go in a
    Location header (no control characters: a newline there is a server error or a split header)."""
    if not target or "\\" in target or any(ord(char) < 32 or 127 <= ord(char) < 160 for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target
