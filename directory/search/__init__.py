"""The search seam. Other areas call only the functions below.

`sync_offering` / `sync_enterprise` bring the index in line with a record's current public
state (add, update or remove) in the caller's transaction; services call them after every
approval, suspension, edit and archive. The backend (SQLite FTS5 or PostgreSQL full-text)
follows the database URL; both give the same results (tests/search runs on both).
"""
from flask import Flask

from .answer_cache import cached, register_listeners
from .documents import reindex, sync_enterprise, sync_offering, touch
from .filters import moved_category
from .service import Params, Results, search, suggest

__all__ = ["Params", "Results", "cached", "empty_index", "init_app", "moved_category", "reindex", "search", "suggest",
           "sync_enterprise", "sync_offering", "touch"]


def init_app(app: Flask) -> None:
    """Called by the app factory: the answer cache follows every session's commits and rollbacks
    (answer_cache.register_listeners)."""
    register_listeners()


def empty_index() -> None:
    from .backends import backend
    from .documents import touch

    backend().empty()
    touch()
