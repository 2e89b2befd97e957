"""Configuration read from the environment, with a safe embedded default."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = Path(os.environ.get("INSTANCE_PATH", ROOT / "instance"))


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.lower() in {"1", "true", "yes", "on"}


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

    # memory:// counts per worker process; several workers share counts only through Redis.
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_STORAGE_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}  # Redis; memory ignores them
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True  # Redis down: count per worker rather than fail the request
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
    PAGE_SIZE = 20
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = _bool("SESSION_COOKIE_SECURE", False)
    PREFERRED_URL_SCHEME = os.environ.get("PREFERRED_URL_SCHEME", "http")
    SERVER_NAME = os.environ.get("SERVER_NAME") or None
    # How many reverse proxies in front of the app append to X-Forwarded-For/-Proto; 0 trusts none.
    TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
