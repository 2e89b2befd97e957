"""search index (PostgreSQL): every index word carries its document's doc_id bucket

A tier is read bucket by bucket (search/backends.py PostgresBackend.first). With the bucket as
a word of its own, GIN read the whole list of a bucket (a quarter of all documents for the
wider ones) to intersect it with a word; with the bucket in each word ("thep@3"), it reads only
that word's documents in that bucket. SQLite's FTS5 index is unchanged.

Written by hand, like 0002. Existing documents get their new keys here: no reindex needed.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BUCKET = "greatest(0, length(ltrim(doc_id::bit(32)::text, '0')) - 24)"  # backends.bucket: the bit length - 24


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"UPDATE search_docs SET keys = array_to_tsvector(ARRAY("
               f"SELECT k || '@' || {BUCKET} FROM unnest(tsvector_to_array(keys)) k WHERE k NOT LIKE '@%'))")
    op.execute("UPDATE search_state SET version = version + 1")


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"UPDATE search_docs SET keys = array_to_tsvector(ARRAY("
               f"SELECT regexp_replace(k, '@[0-9]+$', '') FROM unnest(tsvector_to_array(keys)) k"
               f" UNION SELECT '@' || {BUCKET}))")
    op.execute("UPDATE search_state SET version = version + 1")
