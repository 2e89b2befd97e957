"""A rebuild does not stall searches or lose edits (docs/search.md, "Rebuild without a stall"):
with real threads, each with its own app context and database connection, while a rebuild is
held in the middle of its work."""
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as Timeout

import pytest
import sqlalchemy as sa

from directory.models import Offering, Status
from directory.search import Params, reindex, search, sync_offering
from directory.search.backends import backend

BOUND = 5  # seconds a search may take while a rebuild runs (it takes milliseconds)


class HeldRebuild:
    """`reindex()` + commit in a thread, held after writing its rows, before its indexes and
    the swap, until `release()`."""

    def __init__(self, app, db, monkeypatch):
        self.app, self.db = app, db
        self.building, self.proceed = threading.Event(), threading.Event()
        finish = type(backend()).finish_bulk

        def held(backend_self):
            self.building.set()
            self.proceed.wait(30)
            finish(backend_self)

        monkeypatch.setattr(type(backend()), "finish_bulk", held)
        self.thread = threading.Thread(target=self.run)
        self.error = None

    def run(self):
        with self.app.app_context():
            try:
                reindex()
                self.db.session.commit()
            except Exception as error:  # reported by the test
                self.error = error
            finally:
                self.db.session.remove()

    def __enter__(self):
        self.thread.start()
        assert self.building.wait(30), "the rebuild never reached its indexes"
        return self

    def release(self):
        self.proceed.set()
        self.thread.join(60)
        assert not self.thread.is_alive() and self.error is None, self.error

    def __exit__(self, *_exc):
        self.proceed.set()
        self.thread.join(60)


def in_thread(app, db, work):
    """work() in its own app context (its own session and connection), as a request runs."""
    def run():
        with app.app_context():
            try:
                return work()
            finally:
                db.session.remove()
    return run


def titles(query: str) -> set[str]:
    return {h.record.title for h in search(Params(q=query, type="offering")).hits}


@pytest.fixture
def stale_index(catalogue, db):
    """A change made to the catalogue without telling the index: only a rebuild brings it in."""
    db.session.execute(sa.update(Offering).where(Offering.id == catalogue["water"].id)
                       .values(title="Máy phát điện Cummins"))
    db.session.commit()
    assert titles("may phat dien") == set()
    db.session.commit()  # end this thread's read: an open transaction on the index would hold up the swap
    return catalogue


def test_searches_and_edits_go_on_while_a_rebuild_builds(app, db, stale_index, monkeypatch):
    catalogue, postgresql = stale_index, db.engine.dialect.name == "postgresql"
    pending_id, furniture_id, metal_id = catalogue["pending"].id, catalogue["furniture"].id, catalogue["metal"].id

    def edit():  # an approval (filed under a category) and an archiving, each following the index in its transaction
        pending, furniture = db.session.get(Offering, pending_id), db.session.get(Offering, furniture_id)
        pending.status, pending.category_id, furniture.status = Status.APPROVED, metal_id, Status.ARCHIVED
        sync_offering(pending)
        sync_offering(furniture)
        db.session.commit()

    def during():
        return titles("may phat dien"), titles("thep tam"), titles("do go")

    with ThreadPoolExecutor(4) as pool, HeldRebuild(app, db, monkeypatch) as rebuild:
        try:
            old = pool.submit(in_thread(app, db, during)).result(timeout=BOUND)
        except Timeout:
            pytest.fail(f"a search waited more than {BOUND} s for the rebuild")
        assert old == (set(), set(), {"Đồ gỗ nội thất văn phòng"})  # the old index still answers
        if postgresql:  # SQLite has one writer at a time: an edit waits for the rebuild's commit
            try:
                pool.submit(in_thread(app, db, edit)).result(timeout=BOUND)
            except Timeout:
                pytest.fail(f"an edit waited more than {BOUND} s for the rebuild")
            assert pool.submit(in_thread(app, db, during)).result(timeout=BOUND) == (
                set(), {"Thép tấm xây dựng nhập khẩu"}, set())  # the old index follows edits
        rebuild.release()

    assert titles("may phat dien") == {"Máy phát điện Cummins"}  # the new index, in this process at once
    if postgresql:  # the edits made while it was built are in it
        assert titles("thep tam") == {"Thép tấm xây dựng nhập khẩu"}
        assert titles("do go") == set()
        assert db.session.scalar(sa.text("SELECT count(*) FROM search_changes")) == 0
    assert kept_counts(db) == counted_from_the_documents(db)  # the counts the rebuild wrote, and the edits' since


def kept_counts(db) -> dict:
    return {(facet, value): n for facet, value, n in db.session.execute(sa.text("SELECT facet, value, n FROM search_counts")) if n}


def counted_from_the_documents(db) -> dict:
    """search_counts as the documents give them: each committee's enterprises and offerings, and
    each category's offerings, its own and its subcategories'."""
    return dict(Counter({(facet, value): n for facet, value, n in db.session.execute(sa.text(
        "SELECT 'committee_' || doc_type, committee_id, count(*) FROM search_docs WHERE committee_id IS NOT NULL"
        " GROUP BY doc_type, committee_id"))}) + Counter(
        {("category", value): n for value, n in db.session.execute(sa.text(
            "SELECT category, count(*) FROM (SELECT category_id AS category FROM search_docs WHERE category_id IS NOT NULL"
            " UNION ALL SELECT category_root_id FROM search_docs WHERE category_root_id <> category_id) c GROUP BY category"))}))


def test_the_swap_lets_searches_pass_while_a_long_reader_holds_the_old_tables(app, db, stale_index, monkeypatch):
    """The swap needs the live tables to itself. Waiting for a long reader, it must not hold up
    the searches behind it: it gives way, and tries again."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite readers keep their snapshot; its rebuild swaps nothing")
    reading, done = threading.Event(), threading.Event()

    def long_reader():  # a transaction that has read the live index and stays open
        db.session.execute(sa.text("SELECT count(*) FROM search_docs")).scalar()
        reading.set()
        done.wait(30)
        db.session.rollback()

    with ThreadPoolExecutor(4) as pool, HeldRebuild(app, db, monkeypatch) as rebuild:
        reader = pool.submit(in_thread(app, db, long_reader))
        assert reading.wait(BOUND)
        rebuild.proceed.set()  # the rebuild goes on to its swap, which waits for the reader
        for query in ("thep", "van tai", "da nang", "may phat dien", "giay in"):  # each new: not cached
            found = pool.submit(in_thread(app, db, lambda q=query: titles(q)))
            try:
                assert found.result(timeout=1) is not None
            except Timeout:
                pytest.fail("a search queued behind the swap")
        assert rebuild.thread.is_alive()  # still waiting for the reader
        done.set()
        reader.result(timeout=BOUND)
        rebuild.release()
    assert titles("may phat dien") == {"Máy phát điện Cummins"}
