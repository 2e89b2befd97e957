"""search index: documents numbered in a scrambled order, filter terms in the full-text index

The index now lists matches by doc_id, so doc_id itself becomes the neutral tie-break
(a bijection of ref_id * 2 + is_enterprise onto 32-bit numbers; see search/documents.py) and the
first page of a broad query is read without ranking every match. The filters become terms of
the SQLite full-text index, so a filtered query is still read in that order. The narrow
search_facets table and the tiebreak column are gone: facets are counted from the rows read.

Written by hand, like 0002. Existing documents are renumbered, not dropped: no reindex needed.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SCRAMBLE, UNSCRAMBLE = 2654435761, 244002641  # odd, and inverses of each other modulo 2**32

COLUMNS = ("doc_type, ref_id, kind, province_code, committee_id, category_id, category_root_id, member_offer,"
           " approved_at, sort_key, title, title_exact, body_exact, title_fold, body_fold")
DOCS = """
CREATE TABLE search_docs (
    doc_id {key},
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
    title VARCHAR(400) NOT NULL,
    title_exact TEXT NOT NULL,
    body_exact TEXT NOT NULL,
    title_fold TEXT NOT NULL,
    body_fold TEXT NOT NULL,
    filter_terms TEXT NOT NULL{extra}
)
"""
TSV = """,
    tsv_exact TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_exact), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_exact), 'D')) STORED,
    tsv_fold TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_fold), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_fold), 'D')) STORED"""
# The same terms as search/documents.py filter_terms(), for the documents already indexed.
FILTER_TERMS = (
    "'t' || doc_type || COALESCE(' k' || kind, '') || COALESCE(' p' || province_code, '')"
    " || COALESCE(' c' || committee_id, '') || COALESCE(' g' || category_id, '')"
    " || COALESCE(' g' || category_root_id, '') || CASE WHEN member_offer THEN ' m1' ELSE '' END"
)
# Browsing reads these in order, filters applied on the way, and stops at the count limit.
INDEXES = [
    "CREATE INDEX ix_search_docs_newest ON search_docs (approved_at, doc_id)",
    "CREATE INDEX ix_search_docs_name ON search_docs (sort_key, doc_id)",
]
OLD_INDEXES = [
    "CREATE INDEX ix_search_docs_newest ON search_docs (approved_at)",
    "CREATE INDEX ix_search_docs_name ON search_docs (sort_key)",
    "CREATE INDEX ix_search_docs_filters ON search_docs (doc_type, province_code, category_root_id)",
]
FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(title_exact, body_exact, title_fold, body_fold{extra},"
       " content='search_docs', content_rowid='doc_id', tokenize='unicode61 remove_diacritics 0')")
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


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _drop_text_indexes(postgresql: bool, btree: tuple[str, ...]) -> None:
    for name in btree:
        op.execute(f"DROP INDEX {name}")
    if postgresql:
        op.execute("DROP INDEX ix_search_docs_tsv_exact")
        op.execute("DROP INDEX ix_search_docs_tsv_fold")
    else:
        op.execute("DROP TABLE search_fts")


def _create_text_indexes(postgresql: bool, btree: list[str], fts_extra: str) -> None:
    for statement in btree:
        op.execute(statement)
    if postgresql:
        op.execute("CREATE INDEX ix_search_docs_tsv_exact ON search_docs USING GIN (tsv_exact)")
        op.execute("CREATE INDEX ix_search_docs_tsv_fold ON search_docs USING GIN (tsv_fold)")
    else:
        op.execute(FTS.format(extra=fts_extra))
        op.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


def upgrade():
    postgresql = _postgresql()
    op.execute("DROP TABLE search_facets")
    op.execute("ALTER TABLE search_docs RENAME TO search_docs_0003")
    _drop_text_indexes(postgresql, ("ix_search_docs_newest", "ix_search_docs_name", "ix_search_docs_filters"))
    op.execute(DOCS.format(key="BIGINT CONSTRAINT pk_search_docs PRIMARY KEY",
                           collate='COLLATE "C"' if postgresql else "", extra=TSV if postgresql else ""))
    # In doc_id order: PostgreSQL reads a broad match along the primary key, fastest when the
    # rows lie in that order too; SQLite's full-text rebuild reads the rows in stored order and
    # wants ascending rowids.
    op.execute(f"INSERT INTO search_docs (doc_id, {COLUMNS}, filter_terms)"
               f" SELECT (doc_id * {SCRAMBLE}) % 4294967296, {COLUMNS}, {FILTER_TERMS} FROM search_docs_0003"
               f" ORDER BY 1")
    op.execute("DROP TABLE search_docs_0003")
    _create_text_indexes(postgresql, INDEXES, fts_extra=", filter_terms")
    op.execute("UPDATE search_state SET version = version + 1")


def downgrade():
    postgresql = _postgresql()
    op.execute("ALTER TABLE search_docs RENAME TO search_docs_0004")
    _drop_text_indexes(postgresql, ("ix_search_docs_newest", "ix_search_docs_name"))
    old = DOCS.replace("    filter_terms TEXT NOT NULL{extra}", "    tiebreak BIGINT NOT NULL{extra}")
    op.execute(old.format(key="BIGINT PRIMARY KEY", collate='COLLATE "C"' if postgresql else "",
                          extra=TSV if postgresql else ""))
    doc_id = f"(doc_id * {UNSCRAMBLE}) % 4294967296"
    op.execute(f"INSERT INTO search_docs (doc_id, {COLUMNS}, tiebreak)"
               f" SELECT {doc_id}, {COLUMNS}, ({doc_id} * 2654435761) % 2147483648 FROM search_docs_0004")
    op.execute("DROP TABLE search_docs_0004")
    _create_text_indexes(postgresql, OLD_INDEXES, fts_extra="")
    op.execute(FACETS.format(key="BIGINT PRIMARY KEY" if postgresql else "INTEGER PRIMARY KEY"))
    op.execute("INSERT INTO search_facets SELECT doc_id, doc_type, kind, province_code, committee_id, category_id,"
               " category_root_id, member_offer, tiebreak FROM search_docs")
    op.execute("UPDATE search_state SET version = version + 1")
