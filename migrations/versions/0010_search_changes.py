"""search index (PostgreSQL): the documents changed while a rebuild runs

A PostgreSQL rebuild builds new search tables beside the live ones and swaps them in at the
end (search/backends.py PostgresBackend.swap_in). Edits committed meanwhile change only the
old tables; each records its doc_ids here, and the rebuild applies them again to the new
tables at the swap. Written only while a rebuild runs, emptied by it. SQLite's rebuild writes
the live tables in place, and edits wait for it: it needs no such table.

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # No key: an edit only appends, and never waits on the rebuild's uncommitted delete.
        op.execute("CREATE TABLE search_changes (doc_id BIGINT NOT NULL)")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE search_changes")
