"""SQLite's query planner gets statistics, or it sorts the whole catalogue for the home page.

Without sqlite_stat1, SQLite takes `status = 'approved'` for a selective condition, reads every
approved offering through ix_offerings_status and sorts them for "newest" (100-160 ms at 50,000
listings). The app gathers statistics when a connection finds none (directory/__init__.py).
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


def test_a_new_connection_gathers_statistics_and_newest_reads_the_date_index(db, make_enterprise, make_offering):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite only: PostgreSQL's autovacuum gathers its own statistics")
    enterprise = make_enterprise()
    for _ in range(300):
        make_offering(enterprise=enterprise)
    db.session.commit()
    db.session.execute(sa.text("DELETE FROM sqlite_stat1"))  # a catalogue loaded without statistics
    db.session.commit()
    db.session.remove()
    db.engine.dispose()  # the next connection is a new one, as in a newly started worker
    bare = sqlite3.connect(db.engine.url.database)  # a connection without the app's setup
    assert "TEMP B-TREE" in newest_plan(bare.execute)  # what the home page did on every request
    bare.close()

    plan = newest_plan(lambda sql: db.session.execute(sa.text(sql)))

    assert "ix_offerings_approved_at" in plan and "TEMP B-TREE" not in plan, plan
