"""SQLite's query planner gets statistics, or it sorts the whole catalogue for the home page.

Without sqlite_stat1, SQLite takes `status = 'approved'` for a selective condition, reads every
approved offering through ix_offerings_status and sorts them for "newest" (100-160 ms at 50,000
listings). A search rebuild analyzes the whole database; a connection returned to the pool runs
PRAGMA optimize, which analyzes the tables it used that have no statistics (directory/__init__.py).
"""
import sqlite3

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from directory.models import Offering
from directory.services import catalog


def newest_plan(execute) -> str:
    query = catalog.for_cards(catalog.public_offerings()).order_by(Offering.approved_at.desc(), Offering.id.desc()).limit(8)
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    return " / ".join(row[3] for row in execute(f"EXPLAIN QUERY PLAN {sql}"))


def sqlite_only(db):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite only: PostgreSQL's autovacuum gathers its own statistics")


def forget_statistics(db) -> None:
    """As in a catalogue loaded without statistics: deleted outside the app's pool, whose returned
    connections would gather them again."""
    db.session.commit()
    db.session.remove()
    db.engine.dispose()  # the next connection is a new one, as in a newly started worker
    bare = sqlite3.connect(db.engine.url.database)  # a connection without the app's setup
    if bare.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        bare.execute("DELETE FROM sqlite_stat1")
        bare.commit()
    bare.close()


def test_a_connection_back_in_the_pool_gathers_statistics_and_newest_reads_the_date_index(db, make_enterprise, make_offering):
    sqlite_only(db)
    enterprise = make_enterprise()
    for _ in range(300):
        make_offering(enterprise=enterprise)
    db.session.commit()
    forget_statistics(db)
    bare = sqlite3.connect(db.engine.url.database)  # a connection without the app's setup
    assert "TEMP B-TREE" in newest_plan(bare.execute)  # what the home page did on every request
    bare.close()
    catalog.newest_offerings()  # a request without statistics: the plan above
    db.session.remove()  # the end of the request returns the connection to the pool

    plan = newest_plan(lambda sql: db.session.execute(sa.text(sql)))

    assert "ix_offerings_approved_at" in plan and "TEMP B-TREE" not in plan, plan


def test_a_search_rebuild_gathers_statistics_of_the_catalogue(db, make_enterprise, make_offering):
    sqlite_only(db)
    from directory.search import reindex

    enterprise = make_enterprise()
    for _ in range(30):
        make_offering(enterprise=enterprise)
    forget_statistics(db)

    reindex()
    db.session.commit()

    analyzed = set(db.session.scalars(sa.text("SELECT DISTINCT tbl FROM sqlite_stat1")))
    assert {"offerings", "enterprises", "search_docs"} <= analyzed, analyzed
