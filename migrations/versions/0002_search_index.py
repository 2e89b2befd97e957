"""search index: documents, full-text index, vocabulary and suggestions

Written by hand: the full-text part differs by database (FTS5 on SQLite, tsvector + GIN on
PostgreSQL). The tables are not models; directory.search.schema keeps autogenerate away.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# One row per public offering or enterprise (doc_id = ref_id * 2 + 0 offering / 1 enterprise),
# with the filter, facet and sort columns beside the indexed text forms (see search/tokens.py).
DOCS = """
CREATE TABLE search_docs (
    doc_id BIGINT PRIMARY KEY,
    doc_type VARCHAR(10) NOT NULL,
    ref_id INTEGER NOT NULL,
    kind VARCHAR(10),
    province_code VARCHAR(2),
    committee_id INTEGER,
    category_id INTEGER,
    category_root_id INTEGER,
    member_offer BOOLEAN NOT NULL,
    approved_at TIMESTAMP,
    sort_key VARCHAR(600) {collate} NOT NULL,
    tiebreak BIGINT NOT NULL,
    title VARCHAR(400) NOT NULL,
    title_exact TEXT NOT NULL,
    body_exact TEXT NOT NULL,
    title_fold TEXT NOT NULL,
    body_fold TEXT NOT NULL{extra}
)
"""
TSV = """,
    tsv_exact TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_exact), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_exact), 'D')) STORED,
    tsv_fold TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_fold), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_fold), 'D')) STORED"""
TERMS = "CREATE TABLE search_terms (term VARCHAR(40) {collate} PRIMARY KEY, freq INTEGER NOT NULL)"
# Typeahead: one row per (folded key, label); keys are the label's suffixes from each of its
# first words, so "xay" suggests "Thép xây dựng". weight = how many public items carry it.
SUGGESTIONS = """
CREATE TABLE search_suggestions (
    key VARCHAR(200) {collate} NOT NULL,
    label VARCHAR(400) NOT NULL,
    target VARCHAR(10) NOT NULL,
    ref VARCHAR(100) NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (key, label, target, ref)
)
"""
INDEXES = [
    "CREATE INDEX ix_search_docs_newest ON search_docs (approved_at)",
    "CREATE INDEX ix_search_docs_name ON search_docs (sort_key)",
    "CREATE INDEX ix_search_docs_filters ON search_docs (doc_type, province_code, category_root_id)",
]


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # Byte order (COLLATE "C"): sort keys and prefix ranges compare as in SQLite.
        op.execute(DOCS.format(collate='COLLATE "C"', extra=TSV))
        op.execute("CREATE INDEX ix_search_docs_tsv_exact ON search_docs USING GIN (tsv_exact)")
        op.execute("CREATE INDEX ix_search_docs_tsv_fold ON search_docs USING GIN (tsv_fold)")
        op.execute(TERMS.format(collate='COLLATE "C"'))
        op.execute(SUGGESTIONS.format(collate='COLLATE "C"'))
    else:
        op.execute(DOCS.format(collate="", extra=""))
        # External content: the index reads the text forms from search_docs, stored once.
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title_exact, body_exact, title_fold, body_fold,"
            " content='search_docs', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 0')"
        )
        op.execute(TERMS.format(collate="") + " WITHOUT ROWID")
        op.execute(SUGGESTIONS.format(collate="") + " WITHOUT ROWID")
    for statement in INDEXES:
        op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE search_fts")
    for table in ("search_suggestions", "search_terms", "search_docs"):
        op.execute(f"DROP TABLE {table}")
