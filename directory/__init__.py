"""Kết nối Doanh nghiệp: the inter-enterprise linkage directory."""
import secrets
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.engine import Engine

from .config import Config
from .urls import refuse_untrusted_hosts
from .inputs import register_input_guards

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def create_app(config_class: type = Config) -> Flask:
    app = Flask(__name__, template_folder="../templates", static_folder="../static",
                instance_path=config_class.INSTANCE_PATH)
    app.config.from_object(config_class)
    app.wsgi_app = refuse_untrusted_hosts(app)  # TRUSTED_HOSTS, checked before anything else
    _ensure_secret_key(app)
    register_extensions(app)
    register_input_guards(app)
    register_blueprints(app)
    register_templating(app)
    register_security_headers(app)
    register_proxy_fix(app)
    from .errors import register_error_handlers
    from .cli import register_commands
    from .request_log import register_request_logging

    register_error_handlers(app)
    register_request_logging(app)
    register_commands(app)
    return app


def _ensure_secret_key(app: Flask) -> None:
    """Production sets SECRET_KEY; the embedded default keeps a generated one in instance/."""
    if app.config["SECRET_KEY"]:
        return
    path = Path(app.instance_path) / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    app.config["SECRET_KEY"] = path.read_text().strip()


def register_extensions(app: Flask) -> None:
    from flask_babel import lazy_gettext as _l

    from . import cache, jobs, search
    from .extensions import babel, csrf, db, limiter, login_manager, migrate
    from .i18n import select_locale
    from .search import schema as search_schema

    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        # Plan every search for its own words: a cached generic plan cannot tell a word found in
        # 40 % of the listings from a rare one. No JIT: compiling a plan costs 50-150 ms, more
        # than any query of this app runs, and it starts on cost estimates alone.
        options = app.config["SQLALCHEMY_ENGINE_OPTIONS"]
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {**options, "connect_args": {
            **options.get("connect_args", {}), "options": "-c plan_cache_mode=force_custom_plan -c jit=off",
            "connect_timeout": app.config["DATABASE_CONNECT_TIMEOUT"]}}
    db.init_app(app)
    sa.event.listen(Engine, "connect", _sqlite_pragmas)
    sa.event.listen(Engine, "checkin", _sqlite_optimize)
    migrate.init_app(app, db, directory=str(Path(app.root_path).parent / "migrations"),
                     render_as_batch=True, compare_type=True, include_object=search_schema.include_object)
    jobs.init_app(app)
    cache.init_app(app)
    search.init_app(app)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Vui lòng đăng nhập để tiếp tục.")
    login_manager.login_message_category = "info"

    @login_manager.user_loader
    def load_user(login_key: str):  # the key of one sign-in: services/sessions.py
        from .services import sessions

        return sessions.load(login_key)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """SQLite: readers never wait for a writer (WAL), and the search index is read from memory
    (mmap, a larger page cache) instead of through read() calls."""
    from .search.backends import CACHE_KIB

    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    for statement in ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA mmap_size = 1073741824",
                      f"PRAGMA cache_size = -{CACHE_KIB}", "PRAGMA temp_store = MEMORY"):
        cursor.execute(statement)
    cursor.close()


def _sqlite_optimize(dbapi_connection, _record) -> None:
    """SQLite's query planner needs statistics (PostgreSQL's autovacuum keeps its own). Without them
    SQLite takes `status = 'approved'` for selective and sorts every approved offering for the home
    page's "newest" (100-160 ms at 50,000 listings) instead of reading ix_offerings_approved_at in
    order (0.1 ms). A rebuild of the search index analyzes the whole database (the bulk changes:
    import, `flask search reindex`); between rebuilds, each connection returned to the pool runs
    PRAGMA optimize, which analyzes a table it used only if it has no statistics or has grown or
    shrunk 25-fold since (~20 µs otherwise). It never waits for a writer: a later checkin does it."""
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    timeout = cursor.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        cursor.execute("PRAGMA busy_timeout = 0")
        cursor.execute("PRAGMA optimize")
    except sqlite3.OperationalError:  # a writer holds the database
        pass
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        cursor.close()


def register_blueprints(app: Flask) -> None:
    from .accounts.views import bp as accounts
    from .admin.views import bp as admin
    from .api.views import bp as api
    from .imports.views import bp as imports
    from .linkage.views import bp as linkage
    from .public.views import bp as public
    from .reports.views import bp as reports
    from .review.views import bp as review
    from .search.views import bp as search
    from .workspace.views import bp as workspace

    for blueprint in (public, accounts, search, api, workspace, review, linkage, reports, imports, admin):
        app.register_blueprint(blueprint)


def register_templating(app: Flask) -> None:
    from flask_login import current_user

    from . import offering_details
    from .i18n import register_filters
    from .navigation import register_globals
    from .services.notifications import unread_count

    register_filters(app)
    register_globals(app)
    offering_details.register_globals(app)

    @app.context_processor
    def inject_navigation():
        unread = unread_count(current_user) if current_user.is_authenticated else 0
        return {"unread_notifications": unread}


def register_security_headers(app: Flask) -> None:
    from flask import request, session
    from flask_login import current_user

    from .urls import base_url

    @app.after_request
    def set_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if request.is_secure or base_url().startswith("https://"):
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        # A signed-in page, or one that hands out a cookie (the session's is set after this), stays
        # out of every cache (a shared computer's Back button after sign-out); static files and
        # the images that chose their own private caching (uploads) keep theirs.
        personal = current_user.is_authenticated or session.modified or "Set-Cookie" in response.headers
        if personal and request.endpoint != "static" and not response.cache_control.private:
            response.cache_control.no_store = True
        return response


def register_proxy_fix(app: Flask) -> None:
    """Behind TRUSTED_PROXIES reverse proxies the client's address (which the rate limits count by)
    and scheme come from X-Forwarded-For/-Proto; with none trusted, those headers are ignored."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    if hops := app.config["TRUSTED_PROXIES"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
