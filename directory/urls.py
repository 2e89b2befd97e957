"""URL helpers shared by blueprints."""
from urllib.parse import urlsplit


def safe_next(target: str | None) -> str | None:
    """A `next` target only if it stays on this site (a path, no scheme or host)."""
    if not target or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target
