"""search index: version stamp for result caches, narrow filter table for counts and facets

Written by hand, like 0002 (the search tables are not models).

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# One row: a random stamp replaced whenever the index changes (sync, reindex), in the same
# transaction. Every process keys its cached results by it, so all workers see a change at
# once, and a rolled-back change never reuses a stamp.
STATE = "CREATE TABLE search_state (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)"
# The filter and facet columns of search_docs again, without the text: counting a broad match
# set reads a few small rows per page instead of the wide documents.
FACETS = """
CREATE TABLE search_facets (
    doc_id {key},
    doc_type VARCHAR(10) NOT NULL,
    kind VARCHAR(10),
    province_code VARCHAR(2),
    committee_id INTEGER,
    category_id INTEGER,
    category_root_id INTEGER,
    member_offer BOOLEAN NOT NULL,
    tiebreak BIGINT NOT NULL
)
"""


def upgrade():
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.execute(STATE)
    op.execute("INSERT INTO search_state (id, version) VALUES (1, 0)")
    # SQLite: INTEGER PRIMARY KEY is the rowid, the same number as the FTS5 rowid.
    op.execute(FACETS.format(key="BIGINT PRIMARY KEY" if postgresql else "INTEGER PRIMARY KEY"))
    op.execute("INSERT INTO search_facets SELECT doc_id, doc_type, kind, province_code, committee_id, category_id,"
               " category_root_id, member_offer, tiebreak FROM search_docs")


def downgrade():
    op.execute("DROP TABLE search_facets")
    op.execute("DROP TABLE search_state")
