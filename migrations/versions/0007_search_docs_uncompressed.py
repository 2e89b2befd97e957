"""search index (PostgreSQL): documents stored uncompressed

A document's row (its index words, about 1.5 kB, and its text forms) is just over the 2 kB at
which PostgreSQL compresses a row; compressing a million of them took a third of a rebuild's
load into search_docs (measured: a binary COPY of 970,019 documents 26 s compressed, 13 s
not) for 20 % less space. Searches never read the words back (GIN answers), so store rows as
they are up to a page. Existing rows stay as they are until the next rebuild.

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE search_docs SET (toast_tuple_target = 8160)")  # the largest value allowed


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE search_docs RESET (toast_tuple_target)")
