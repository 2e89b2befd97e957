"""Answers of recent searches (and rendered results) kept in this process, keyed by the index
stamp: search_state.version, replaced in the same transaction as any index change
(documents.touch). The app factory registers the session listeners that publish a committed
stamp (search.init_app)."""
import threading
from collections import OrderedDict

import sqlalchemy as sa
from flask import g, has_app_context, has_request_context

from .. import cache as page_cache
from .. import freshness
from ..extensions import db

ANSWERS_KEPT = 2000  # per process; an answer is a few ids and counts, so a few MB at most


class _Cache:
    """Answers of recent searches in this process, valid only for the index stamp they were
    computed under (search_state.version, replaced in the same transaction as any index change),
    so every worker stops using them as soon as a change commits."""

    def __init__(self, size: int = ANSWERS_KEPT):
        self.size, self.entries, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        return None

    def put(self, key, value) -> None:
        with self.lock:
            self.entries[key] = value
            if len(self.entries) > self.size:
                self.entries.popitem(last=False)


answers = _Cache()

STAMP_SECONDS = 1  # how long the cache backend keeps the stamp it was last given or read
STAMP_KEY = "search-stamp"


class _Stamp:
    """search_state.version, as the cache backend (shared by all workers with Redis) holds it.
    Reading the database on every request was a third of the time of a cached page. A commit
    that changed the index writes its new stamp there at once, so every worker's next request
    sees it; a stamp read from the database is only added if none is there, so a reader that
    raced a commit cannot put the old one back. Without a shared backend (SimpleCache, one per
    process) other processes see a change at most STAMP_SECONDS late."""

    def get(self) -> int:
        if db.session.info.get("search_touched"):  # this transaction's own stamp: not for other requests
            return self._read()
        if has_request_context() and "search_stamp" in g:  # one stamp per request, looked up once
            return g.search_stamp
        value = page_cache.get(STAMP_KEY)
        if value is None:
            value = self._read()
            page_cache.set(STAMP_KEY, value, STAMP_SECONDS, only_if_absent=True)
        if has_request_context():
            g.search_stamp = value
        return value

    @staticmethod
    def _read() -> int:
        return db.session.scalar(sa.text("SELECT version FROM search_state"))

    @staticmethod
    def forget() -> None:
        """Read the database again at the next request (all workers', with a shared backend)."""
        page_cache.delete(STAMP_KEY)
        if has_request_context():
            g.pop("search_stamp", None)


stamp = _Stamp()


def _publish_stamp(session) -> None:
    """A transaction that changed the index committed: its stamp is the current one, for all."""
    session.info.pop("search_touched", None)
    if (value := session.info.pop("search_stamp", None)) is not None and has_app_context():
        page_cache.set(STAMP_KEY, value, STAMP_SECONDS)
        g.pop("search_stamp", None)


def _forget_stamp(session, _transaction) -> None:
    """Rolled back: the stamp in the database (and in the cache) is still the old one."""
    session.info.pop("search_touched", None)
    session.info.pop("search_stamp", None)


_LISTENERS = (("after_commit", _publish_stamp), ("after_soft_rollback", _forget_stamp))


def register_listeners() -> None:
    """Listen to every session's commits and rollbacks (on the Session class, which the sessions
    of every app use), once per process however many apps the factory makes."""
    for event, listener in _LISTENERS:
        if not sa.event.contains(sa.orm.Session, event, listener):
            sa.event.listen(sa.orm.Session, event, listener)


class _PerStamp:
    """Small tables that change only with the index stamp (committees' and categories' names,
    codes and slugs, synonym groups): read once per stamp in this process, for every search
    whatever its words. Apart from the answers, so that a stream of new queries never evicts them."""

    def __init__(self):
        self.stamp, self.values, self.lock = None, {}, threading.Lock()

    def get(self, key, compute):
        current = stamp.get()
        with self.lock:
            if self.stamp != current:
                self.stamp, self.values = current, {}
            if key in self.values:
                return self.values[key]
        value = compute()
        with self.lock:
            if self.stamp == current:
                self.values[key] = value
        return value


tables = _PerStamp()


def per_stamp(key, compute):
    """compute() (a small table's contents), read once per index stamp in this process."""
    return tables.get(key, compute)


def cached(key, compute):
    """compute(), remembered in this process under the current index stamp, today's date and `key`."""
    # By day too: listings leave search and badges end at midnight.
    full_key = (stamp.get(), freshness.local_today(), key)
    value = answers.get(full_key)
    if value is None:
        value = compute()
        answers.put(full_key, value)
    return value
