"""search index (PostgreSQL): one column of index words that answers every tier from GIN alone

The two positional tsvectors (title weighted A) made GIN check each candidate row for a phrase
or a title match: two common words that rarely form the phrase cost a read of every row holding
both. The new `keys` column holds words, word pairs, title words, filters and the doc_id's bucket
as separate words without positions (see search/backends.py index_keys), so GIN alone decides.
SQLite's FTS5 index is unchanged.

Written by hand, like 0002. Existing documents get their keys here: no reindex needed.

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# search/backends.py index_keys() in SQL, for the documents already indexed.
KEYS_FUNCTION = """
CREATE FUNCTION pg_temp.search_keys(title_exact text, body_exact text, title_fold text, body_fold text,
                                    filter_terms text, doc_id bigint) RETURNS tsvector LANGUAGE sql AS $$
WITH parts(title, f, e) AS (
    VALUES (true, string_to_array(title_fold, ' '), string_to_array(title_exact, ' ')),
           (false, string_to_array(body_fold, ' '), string_to_array(body_exact, ' '))
), found(title, k) AS (
    SELECT title, unnest(f) FROM parts
    UNION ALL SELECT title, f[i] || '_' || f[i + 1] FROM parts, generate_series(1, cardinality(f) - 1) i
    UNION ALL SELECT title, '=' || unnest(e) FROM parts
), keys(k) AS (
    SELECT k FROM found
    UNION ALL SELECT '#' || k FROM found WHERE title
    UNION ALL SELECT '~' || unnest(string_to_array(filter_terms, ' '))
    UNION ALL SELECT '@' || greatest(0, length(ltrim(doc_id::bit(32)::text, '0')) - 24)  -- the bit length
)
SELECT array_to_tsvector(ARRAY(SELECT DISTINCT k FROM keys WHERE k <> '' AND octet_length(k) <= 2046))
$$
"""
TSV = {
    "tsv_exact": "setweight(to_tsvector('simple'::regconfig, title_exact), 'A')"
                 " || setweight(to_tsvector('simple'::regconfig, body_exact), 'D')",
    "tsv_fold": "setweight(to_tsvector('simple'::regconfig, title_fold), 'A')"
                " || setweight(to_tsvector('simple'::regconfig, body_fold), 'D')",
}


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in TSV:  # names are constants
        op.execute(f"DROP INDEX ix_search_docs_{column}")
        op.execute(f"ALTER TABLE search_docs DROP COLUMN {column}")
    op.execute("ALTER TABLE search_docs ADD COLUMN keys TSVECTOR")
    op.execute(KEYS_FUNCTION)
    op.execute("UPDATE search_docs SET keys = pg_temp.search_keys("
               "title_exact, body_exact, title_fold, body_fold, filter_terms, doc_id)")
    op.execute("DROP FUNCTION pg_temp.search_keys")
    op.execute("ALTER TABLE search_docs ALTER COLUMN keys SET NOT NULL")
    op.execute("CREATE INDEX ix_search_docs_keys ON search_docs USING GIN (keys)")
    op.execute("UPDATE search_state SET version = version + 1")


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_search_docs_keys")
    op.execute("ALTER TABLE search_docs DROP COLUMN keys")
    for column, expression in TSV.items():
        op.execute(f"ALTER TABLE search_docs ADD COLUMN {column} TSVECTOR GENERATED ALWAYS AS ({expression}) STORED")
        op.execute(f"CREATE INDEX ix_search_docs_{column} ON search_docs USING GIN ({column})")
    op.execute("UPDATE search_state SET version = version + 1")
