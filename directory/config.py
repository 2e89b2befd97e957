"""Configuration read from the environment, with a safe embedded default."""
import os
import socket
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = Path(os.environ.get("INSTANCE_PATH", ROOT / "instance"))


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.lower() in {"1", "true", "yes", "on"}


def _list(name: str) -> list[str] | None:
    """A comma-separated setting; None when unset or empty."""
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()] or None


def _redis_if_reachable(url: str) -> str:
    """`url` when a Redis answers a connection there within 0.2 s, else per-process memory."""
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=0.2).close()
    except OSError:
        return "memory://"
    return url


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", f"sqlite:///{INSTANCE / 'directory.sqlite3'}"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}  # a connection lost in an outage is replaced
    DATABASE_CONNECT_TIMEOUT = 3  # seconds (PostgreSQL): an unreachable server fails fast, as a 503
    DATABASE_RETRY_AFTER = 10  # seconds, the Retry-After of the 503 answered while the database is down
    HEALTH_CHECK_TIMEOUT = 2  # seconds each check of /healthz may take
    INSTANCE_PATH = str(INSTANCE)
    UPLOAD_FOLDER = os.environ.get("UPLOAD_FOLDER", str(INSTANCE / "uploads"))
    MAX_CONTENT_LENGTH = 8 * 1024 * 1024  # an upload larger than this is answered 413

    BABEL_DEFAULT_LOCALE = "vi"
    BABEL_DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
    LANGUAGES = ("vi", "en")

    MAIL_SERVER = os.environ.get("MAIL_SERVER", "")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_USE_TLS = _bool("MAIL_USE_TLS", True)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME", "")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")
    MAIL_SENDER = os.environ.get("MAIL_SENDER", "Kết nối Doanh nghiệp <no-reply@ketnoi.local>")
    MAIL_OUTBOX = os.environ.get("MAIL_OUTBOX", str(INSTANCE / "outbox"))
    MAIL_TIMEOUT = float(os.environ.get("MAIL_TIMEOUT", "20"))  # seconds; the worker waits, no request does

    JOBS_URL = os.environ.get("JOBS_URL", "")  # empty: a SQLite queue in the instance folder
    JOBS_IMMEDIATE = False

    # Days an offering stays in search after its yearly re-confirmation fell due (freshness.py).
    CONFIRMATION_GRACE_DAYS = int(os.environ.get("CONFIRMATION_GRACE_DAYS", "30"))

    # Set, or else the Redis at REDIS_URL when one is running there: limits shared by all workers.
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI") or _redis_if_reachable(
        os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    RATELIMIT_STORAGE_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}  # Redis; memory ignores them
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True  # Redis down: count per worker rather than fail the request
    # Only what abuse looks like is counted (docs/architecture.md, "Rate limits"): wrong passwords per
    # account and per address, accounts created per address; an office signing in or enrolling its
    # members from one address is not stopped. The flood caps count every post.
    LOGIN_FAILURES_PER_ACCOUNT = "5 per 15 minutes"  # then that account's sign-in waits
    LOGIN_FAILURES_PER_ADDRESS = "20 per 15 minutes"  # a guessing loop over many accounts from one address
    SIGNUPS_PER_ADDRESS = "30 per hour"  # accounts created from one address
    FORM_POSTS_PER_ADDRESS = "30 per minute"  # any post to the sign-in or sign-up form: a flood, not a person
    RATELIMIT_HEADERS_ENABLED = True
    RATELIMIT_ENABLED = _bool("RATELIMIT_ENABLED", True)

    # Rendered public pages and the search index stamp: shared by all workers through Redis in
    # production (CACHE_REDIS_URL); without it, each process keeps its own (SimpleCache).
    CACHE_REDIS_URL = os.environ.get("CACHE_REDIS_URL", "")
    CACHE_TYPE = os.environ.get("CACHE_TYPE") or ("RedisCache" if CACHE_REDIS_URL else "SimpleCache")
    CACHE_KEY_PREFIX = "kn:"
    CACHE_THRESHOLD = 500  # SimpleCache: entries (pages of ~30 kB) per process
    COMPRESS_ALGORITHM = ["br", "gzip"]  # every browser reads one of them
    COMPRESS_BR_LEVEL = 4  # fast enough to compress every page (br's default 11 is not)

    PASSWORD_RESET_MAX_AGE = 3600  # seconds a reset link stays valid
    INVITATION_MAX_AGE = 7 * 24 * 3600
    EMAIL_CONFIRMATION_MAX_AGE = 7 * 24 * 3600
    PAGE_SIZE = 20
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = _bool("SESSION_COOKIE_SECURE", False)
    # How many reverse proxies in front of the app append to X-Forwarded-For/-Proto; 0 trusts none.
    TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
    # Links in mail: BASE_URL, else SERVER_NAME with PREFERRED_URL_SCHEME, else a trusted request's
    # host, else http://127.0.0.1:5000 (urls.base_url); never an unchecked Host header.
    BASE_URL = os.environ.get("BASE_URL", "").rstrip("/")
    SERVER_NAME = os.environ.get("SERVER_NAME") or None
    PREFERRED_URL_SCHEME = os.environ.get("PREFERRED_URL_SCHEME", "http")
    TRUSTED_HOSTS = _list("TRUSTED_HOSTS")  # any other Host header is answered 400; unset: no check
    # "Remember me": a sign-in lasts this long at most (services/sessions.py), its cookie as the session's.
    REMEMBER_COOKIE_DURATION = timedelta(days=30)
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE
