"""One JSON line per request on the `directory.requests` logger, and the request id behind it.

The line holds the request id, method, path, status, duration, the time spent in the database and
the number of statements, and the signed-in user's id. Never the query string, cookies or form data;
the token of a reset or invitation link (any route with a `token` argument) is masked in the path.
"""
import json
import logging
import re
import time
import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from flask import Flask, g, has_app_context, request, request_started
from sqlalchemy.engine import Engine

logger = logging.getLogger("directory.requests")

SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
SECRET_ARGUMENT = "token"
MASK = "***"


def request_id() -> str:
    """The incoming X-Request-ID when it is a short plain token (a proxy's or a caller's), else a new one."""
    if "request_id" not in g:
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    return g.request_id


def register_request_logging(app: Flask) -> None:
    if not logger.handlers:  # once per process, however many apps (the tests make several)
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False  # the line is complete; Flask's handler on "directory" would repeat it
    if not sa.event.contains(Engine, "before_cursor_execute", _statement_started):
        sa.event.listen(Engine, "before_cursor_execute", _statement_started)
        sa.event.listen(Engine, "after_cursor_execute", _statement_finished)
    request_started.connect(_request_started, app)
    secret_prefixes: list[str] = []  # filled at the first request, when every route is registered

    @app.after_request
    def log_request(response):
        if not secret_prefixes:
            secret_prefixes.extend(_secret_prefixes(app))
        response.headers["X-Request-ID"] = request_id()
        started = g.get("request_started_at", time.perf_counter())
        logger.info(json.dumps({
            "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "request_id": request_id(),
            "method": request.method,
            "path": _masked(request.path, secret_prefixes),
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            "db_ms": round(g.get("db_seconds", 0.0) * 1000, 1),
            "db_statements": g.get("db_statements", 0),
            "user_id": _user_id(),
        }, ensure_ascii=False))
        return response


def _request_started(app, **_extra) -> None:
    g.pop("request_id", None)  # an app context reused across requests (tests) keeps g
    g.request_started_at = time.perf_counter()
    g.db_seconds, g.db_statements = 0.0, 0
    request_id()


def _statement_started(*_args) -> None:
    if has_app_context() and "db_statements" in g:
        g.db_statement_started_at = time.perf_counter()


def _statement_finished(*_args) -> None:
    if has_app_context() and "db_statement_started_at" in g:
        g.db_seconds += time.perf_counter() - g.pop("db_statement_started_at")
        g.db_statements += 1


def _secret_prefixes(app: Flask) -> list[str]:
    """"/account/reset/" for "/account/reset/<token>": everything after it is masked, matched or not."""
    return [rule.rule.split(f"<{SECRET_ARGUMENT}>")[0] for rule in app.url_map.iter_rules()
            if SECRET_ARGUMENT in rule.arguments]


def _masked(path: str, secret_prefixes: list[str]) -> str:
    for prefix in secret_prefixes:
        if path.startswith(prefix) and len(path) > len(prefix):
            return prefix + MASK
    return path


def _user_id() -> int | None:
    """The id of the user Flask-Login loaded for this request (kept in g._login_user), read from the
    identity map: it never queries, so it works after a rollback or with the database gone."""
    user = g.get("_login_user")
    if not getattr(user, "is_anonymous", True):
        identity = sa.inspect(user).identity
        return identity[0] if identity else None
    return None
