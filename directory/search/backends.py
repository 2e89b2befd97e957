"""What differs between SQLite FTS5 and PostgreSQL full-text search; the rest is shared SQL.

`first` is the one query of a search: the first `limit` documents of one tier (see
service.Tier) under the filters, in doc_id order, the neutral tie-break. Both engines read a
broad match in that order and stop at the limit, so its cost follows the limit, not the number
of matches.
"""
from typing import NamedTuple

import sqlalchemy as sa

from ..extensions import db

DOC_COLUMNS = (
    "doc_id", "doc_type", "ref_id", "kind", "province_code", "committee_id", "category_id",
    "category_root_id", "member_offer", "approved_at", "sort_key", "title",
    "title_exact", "body_exact", "title_fold", "body_fold", "filter_terms",
)
TEXT_COLUMNS = ("title_exact", "body_exact", "title_fold", "body_fold", "filter_terms")


class Match(NamedTuple):
    """What a search reads of each match: enough to count the facets and to load the page."""
    doc_id: int
    doc_type: str
    ref_id: int
    kind: str | None
    province_code: str | None
    committee_id: int | None
    category_root_id: int | None
    member_offer: bool


ROW_COLUMNS = ", ".join(f"d.{c}" for c in Match._fields)


def matches(sql: str, params: dict) -> list[Match]:
    return list(map(Match._make, db.session.execute(sa.text(sql), params)))


_INSERT_DOCS = sa.text(
    f"INSERT INTO search_docs ({', '.join(DOC_COLUMNS)}) VALUES ({', '.join(':' + c for c in DOC_COLUMNS)})"
)
_DELETE_DOCS = sa.text("DELETE FROM search_docs WHERE doc_id IN :ids").bindparams(sa.bindparam("ids", expanding=True))


def _driver_cursor():
    """The database driver's own cursor on the session's connection (same transaction): a
    rebuild writes a million rows, and SQLAlchemy's per-row parameter handling would double its time."""
    return db.session.connection().connection.driver_connection.cursor()


def _words(tier) -> list[str]:
    return tier.terms.split()


CACHE_KIB, BULK_CACHE_KIB = 65536, 1_048_576  # the page cache, normally and during a rebuild (1 GiB)


class SQLiteBackend:
    name = "sqlite"

    def first(self, tier, filters, limit: int) -> list[Match]:
        columns = f"title_{tier.form}" if tier.title_only else f"title_{tier.form} body_{tier.form}"
        quoted = [f'"{w}"' for w in _words(tier)]  # words are letters and digits only: quoting is enough
        expression = f'"{tier.terms}"' if tier.phrase else " AND ".join(quoted)
        match = f"{{{columns}}} : ({expression})"
        if filters.terms():  # filters are terms of the index too, so the order survives them
            match += " AND {filter_terms} : (" + " AND ".join(filters.terms()) + ")"
        sql = (f"SELECT {ROW_COLUMNS} FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid"
               " WHERE search_fts MATCH :match ORDER BY search_fts.rowid LIMIT :limit")
        return matches(sql, {"match": match, "limit": limit})

    def insert_docs(self, rows: list[dict]) -> None:
        db.session.execute(_INSERT_DOCS, rows)
        db.session.execute(sa.text(
            f"INSERT INTO search_fts (rowid, {', '.join(TEXT_COLUMNS)}) "
            f"VALUES (:doc_id, {', '.join(':' + c for c in TEXT_COLUMNS)})"
        ), rows)

    def insert_bulk(self, rows: list[tuple]) -> None:
        """Rows in DOC_COLUMNS order; the full-text index is filled once at the end."""
        _driver_cursor().executemany(
            f"INSERT INTO search_docs ({', '.join(DOC_COLUMNS)}) VALUES ({', '.join('?' * len(DOC_COLUMNS))})", rows)

    def delete_docs(self, doc_ids: list[int]) -> None:
        # External content: FTS5 must be told the old text to remove its terms.
        db.session.execute(sa.text(
            f"INSERT INTO search_fts (search_fts, rowid, {', '.join(TEXT_COLUMNS)}) "
            f"SELECT 'delete', doc_id, {', '.join(TEXT_COLUMNS)} FROM search_docs WHERE doc_id IN :ids"
        ).bindparams(sa.bindparam("ids", expanding=True)), {"ids": doc_ids})
        db.session.execute(_DELETE_DOCS, {"ids": doc_ids})

    def empty(self) -> None:
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts) VALUES ('delete-all')"))
        for table in ("search_docs", "search_terms", "search_suggestions"):
            db.session.execute(sa.delete(sa.table(table)))

    def start_bulk(self) -> None:
        self.empty()
        # Documents arrive in catalogue order, so the doc_id indexes are written at random places.
        db.session.execute(sa.text(f"PRAGMA cache_size = -{BULK_CACHE_KIB}"))  # PRAGMA takes no parameters

    def finish_bulk(self) -> None:
        # Not 'rebuild': it reads the documents in stored (catalogue) order, and FTS5 writes a new
        # segment whenever a rowid is lower than the one before.
        columns = ", ".join(TEXT_COLUMNS)
        db.session.execute(sa.text(f"INSERT INTO search_fts (rowid, {columns})"
                                   f" SELECT doc_id, {columns} FROM search_docs ORDER BY doc_id"))
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts) VALUES ('optimize')"))
        for table in ("search_docs", "search_terms", "search_suggestions"):  # names are constants
            db.session.execute(sa.text(f"ANALYZE {table}"))
        db.session.execute(sa.text(f"PRAGMA cache_size = -{CACHE_KIB}"))


GIN_INDEXES = (("ix_search_docs_tsv_exact", "tsv_exact"), ("ix_search_docs_tsv_fold", "tsv_fold"))  # see 0004


class PostgresBackend:
    name = "postgresql"

    def first(self, tier, filters, limit: int) -> list[Match]:
        weight = ":A" if tier.title_only else ""  # the title is weight A in the tsvector
        query = (" <-> " if tier.phrase else " & ").join(w + weight for w in _words(tier))
        where, params = filters.where()
        sql = (f"SELECT {ROW_COLUMNS} FROM search_docs d"
               f" WHERE d.tsv_{tier.form} @@ to_tsquery('simple'::regconfig, :query) AND {where}"
               " ORDER BY d.doc_id LIMIT :limit")
        return matches(sql, {**params, "query": query, "limit": limit})

    def insert_docs(self, rows: list[dict]) -> None:
        db.session.execute(_INSERT_DOCS, rows)  # the tsvector columns are generated

    def insert_bulk(self, rows: list[tuple]) -> None:
        """Rows in DOC_COLUMNS order, into the load table (see start_bulk)."""
        with _driver_cursor().copy(f"COPY search_docs_load ({', '.join(DOC_COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def delete_docs(self, doc_ids: list[int]) -> None:
        db.session.execute(_DELETE_DOCS, {"ids": doc_ids})

    def empty(self) -> None:
        db.session.execute(sa.text("TRUNCATE search_docs, search_terms, search_suggestions"))

    def start_bulk(self) -> None:
        """Empty, without the GIN indexes: building them once at the end is many times faster
        than updating them row by row (the rebuild's transaction holds the table meanwhile)."""
        self.empty()
        # Fresh statistics for the catalogue (it may just have been bulk-loaded): without them
        # the planner reads the batches by a nested loop over every enterprise, 40x slower.
        db.session.execute(sa.text("ANALYZE offerings, enterprises"))
        for name, _column in GIN_INDEXES:  # DDL takes no bound parameters: names are constants
            db.session.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
        # Documents arrive in catalogue order; they are copied into search_docs at the end.
        db.session.execute(sa.text(f"CREATE TEMP TABLE search_docs_load ON COMMIT DROP AS"
                                   f" SELECT {', '.join(DOC_COLUMNS)} FROM search_docs WITH NO DATA"))

    def finish_bulk(self) -> None:
        db.session.execute(sa.text("SET LOCAL maintenance_work_mem = '512MB'"))
        db.session.execute(sa.text("SET LOCAL work_mem = '256MB'"))
        # Rows stored in doc_id order: `first` reads broad matches along the primary key, 10x
        # faster when consecutive keys share pages. Later edits land anywhere until a rebuild.
        columns = ", ".join(DOC_COLUMNS)
        db.session.execute(sa.text(f"INSERT INTO search_docs ({columns})"
                                   f" SELECT {columns} FROM search_docs_load ORDER BY doc_id"))
        db.session.execute(sa.text("DROP TABLE search_docs_load"))
        for name, column in GIN_INDEXES:
            db.session.execute(sa.text(f"CREATE INDEX {name} ON search_docs USING GIN ({column})"))
        for table in ("search_docs", "search_terms", "search_suggestions"):
            db.session.execute(sa.text(f"ANALYZE {table}"))


def backend():
    """Chosen by the database URL of the app."""
    return PostgresBackend() if db.engine.dialect.name == "postgresql" else SQLiteBackend()
