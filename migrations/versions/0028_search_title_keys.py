"""search index (SQLite): a title's words are words of their own in the full-text index

Revision ID: 0028
Revises: 0027

FTS5 keeps one list per word for all columns, so a read of the title tiers ("xi mang" in a
title) walked every document with the words anywhere and threw away the body's: 15-25 ms at a
million listings for common words, for each of two tiers. The index's title columns become
one column, `title_keys`, of the title's words marked by their form (`fxi fmang exi emăng`), so
a title read walks the title's lists only; a word anywhere is the word in either column. The
index has as many words as before. Its external content is the view search_fts_content, which
computes `title_keys` from search_docs as SQLiteBackend.title_keys does in Python (a test holds
them together). PostgreSQL's index has title words of its own already (`#w`): nothing changes.
"""
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

TOKENIZER = "tokenize='unicode61 remove_diacritics 0'"
VIEW = ("CREATE VIEW search_fts_content AS SELECT doc_id,"
        " 'f' || replace(title_fold, ' ', ' f') || ' e' || replace(title_exact, ' ', ' e') AS title_keys,"
        " body_exact, body_fold, filter_terms FROM search_docs")
FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(title_keys, body_exact, body_fold, filter_terms,"
       f" content='search_fts_content', content_rowid='doc_id', {TOKENIZER})")
OLD_FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(title_exact, body_exact, title_fold, body_fold, filter_terms,"
           f" content='search_docs', content_rowid='doc_id', {TOKENIZER})")


def _fill() -> None:
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    op.execute("UPDATE search_state SET version = version + 1")  # cached answers were read from the old index


def upgrade():
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_fts")
    op.execute(VIEW)
    op.execute(FTS)
    _fill()


def downgrade():
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_fts")
    op.execute("DROP VIEW search_fts_content")
    op.execute(OLD_FTS)
    _fill()
