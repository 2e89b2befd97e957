"""The checks behind /healthz: each says whether one service the app depends on answers.

A check returns True (answers), False (does not) or None (not used by this deployment, left out of
the answer); an exception counts as False. Adding one is one line in CHECKS. Nothing is cached, and every check has a short timeout.
"""
from collections.abc import Callable

import sqlalchemy as sa
from flask import current_app
from limits.storage import storage_from_string

from .extensions import db
from .jobs import queue_answers


def database_answers() -> bool:
    with db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":  # connecting is bounded by DATABASE_CONNECT_TIMEOUT
            timeout_ms = int(current_app.config["HEALTH_CHECK_TIMEOUT"] * 1000)
            connection.execute(sa.text(f"SET LOCAL statement_timeout = {timeout_ms}"))
        connection.execute(sa.text("SELECT 1"))
    return True


def redis_answers() -> bool | None:
    """The rate limits' Redis, when RATELIMIT_STORAGE_URI names one (memory:// has nothing to ask)."""
    uri = current_app.config["RATELIMIT_STORAGE_URI"]
    if not uri.startswith(("redis", "valkey")):
        return None
    timeout = current_app.config["HEALTH_CHECK_TIMEOUT"]
    storage = storage_from_string(uri, socket_timeout=timeout, socket_connect_timeout=timeout)
    return storage.check()  # a ping; False when it fails


CHECKS: dict[str, Callable[[], bool | None]] = {
    "database": database_answers,
    "redis": redis_answers,
    "jobs": queue_answers,
}


def run_checks() -> dict[str, str]:
    """{"database": "ok" | "unavailable", ...}; what failed and why goes to the log, never to the caller."""
    results = {}
    for name, check in CHECKS.items():
        try:
            answers = check()
        except Exception as error:  # noqa: BLE001 - any failure means "unavailable"
            current_app.logger.warning("Health check %s failed: %s", name, type(error).__name__)
            answers = False
        if answers is not None:
            results[name] = "ok" if answers else "unavailable"
    return results
