"""pages: indexes that serve every ordered list, counts kept as the index changes

Revision ID: 0014
Revises: 0012

search_counts holds, per committee, its public enterprises and offerings and, per category,
its public offerings (its own and its children's): the home, committee and category pages read
them instead of counting the catalogue on every request. documents.py keeps them in the same
transaction as the documents they count; a rebuild counts them again.
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

COUNTS = """
CREATE TABLE search_counts (
    facet VARCHAR(30) NOT NULL,
    value INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
)
"""
# The counts documents._count_keys keys, written out: a migration keeps working whatever the code becomes.
RECOUNT = (
    "SELECT 'committee_' || doc_type, committee_id, count(*) FROM search_docs WHERE committee_id IS NOT NULL"
    " GROUP BY doc_type, committee_id"
    " UNION ALL SELECT 'category', category_id, count(*) FROM search_docs WHERE category_id IS NOT NULL"
    " GROUP BY category_id"
    " UNION ALL SELECT 'category', category_root_id, count(*) FROM search_docs"
    " WHERE category_root_id IS NOT NULL AND category_root_id <> category_id GROUP BY category_root_id"
)


def upgrade():
    with op.batch_alter_table("offerings", schema=None) as batch_op:
        batch_op.create_index("ix_offerings_approved_at", ["approved_at", "id"], unique=False)
        batch_op.create_index("ix_offerings_category_approved_at", ["category_id", "approved_at", "id"], unique=False)
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.create_index("ix_enterprises_committee_status_name", ["committee_id", "status", "legal_name"],
                              unique=False)
    op.execute(COUNTS)
    rows = op.get_bind().execute(sa.text(RECOUNT)).all()
    totals = {}
    for facet, value, n in rows:
        totals[(facet, value)] = totals.get((facet, value), 0) + n
    if totals:
        op.get_bind().execute(sa.text("INSERT INTO search_counts (facet, value, n) VALUES (:f, :v, :n)"),
                              [dict(f=f, v=v, n=n) for (f, v), n in totals.items()])


def downgrade():
    op.execute("DROP TABLE search_counts")
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.drop_index("ix_enterprises_committee_status_name")
    with op.batch_alter_table("offerings", schema=None) as batch_op:
        batch_op.drop_index("ix_offerings_category_approved_at")
        batch_op.drop_index("ix_offerings_approved_at")
