"""The search seam. Other areas call only the functions below.

`sync_offering` / `sync_enterprise` bring the index in line with a record's current public
state (add, update or remove) in the caller's transaction; services call them after every
approval, suspension, edit and archive. The backend (SQLite FTS5 or PostgreSQL full-text)
follows the database URL; both give the same results (tests/search runs on both).
"""
from .documents import reindex, sync_enterprise, sync_offering, touch
from .service import Params, Results, cached, search, suggest

__all__ = ["Params", "Results", "cached", "empty_index", "reindex", "search", "suggest", "sync_enterprise",
           "sync_offering", "touch"]


def empty_index() -> None:
    from .backends import backend
    from .documents import touch

    backend().empty()
    touch()
