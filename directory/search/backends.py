"""What differs between SQLite FTS5 and PostgreSQL full-text search; the rest is shared SQL.

`match_sql` returns a SELECT of (doc_id, tier, score) for the given tiers, lower score first.
"""
import sqlalchemy as sa

from ..extensions import db

DOC_COLUMNS = (
    "doc_id", "doc_type", "ref_id", "kind", "province_code", "committee_id", "category_id",
    "category_root_id", "member_offer", "approved_at", "sort_key", "tiebreak", "title",
    "title_exact", "body_exact", "title_fold", "body_fold",
)
TEXT_COLUMNS = ("title_exact", "body_exact", "title_fold", "body_fold")
FACET_COLUMNS = (
    "doc_id", "doc_type", "kind", "province_code", "committee_id", "category_id", "category_root_id",
    "member_offer", "tiebreak",
)
_INSERT_DOCS = sa.text(
    f"INSERT INTO search_docs ({', '.join(DOC_COLUMNS)}) VALUES ({', '.join(':' + c for c in DOC_COLUMNS)})"
)
_INSERT_FACETS = sa.text(
    f"INSERT INTO search_facets ({', '.join(FACET_COLUMNS)}) VALUES ({', '.join(':' + c for c in FACET_COLUMNS)})"
)
_DELETE = "DELETE FROM {table} WHERE doc_id IN :ids"


def _insert(rows: list[dict]) -> None:
    db.session.execute(_INSERT_DOCS, rows)
    db.session.execute(_INSERT_FACETS, rows)


def _delete(doc_ids: list[int]) -> None:
    for table in ("search_docs", "search_facets"):
        db.session.execute(sa.text(_DELETE.format(table=table)).bindparams(sa.bindparam("ids", expanding=True)),
                           {"ids": doc_ids})


class SQLiteBackend:
    name = "sqlite"

    def match_sql(self, tiers: list[tuple[str, bool, str]], scored: bool = True) -> tuple[str, dict]:
        """tiers: (form "exact"/"fold", phrase?, space-separated terms); counting needs no score."""
        parts, params = [], {}
        for n, (form, phrase, terms) in enumerate(tiers):
            quoted = [f'"{t}"' for t in terms.split()]
            expression = f'"{terms}"' if phrase else " AND ".join(quoted)
            params[f"m{n}"] = f"{{title_{form} body_{form}}} : ({expression})"
            parts.append(
                f"SELECT rowid AS doc_id, {n} AS tier,"
                f" {'bm25(search_fts, 10.0, 1.0, 10.0, 1.0)' if scored else '0.0'} AS score"
                f" FROM search_fts WHERE search_fts MATCH :m{n}"
            )
        return " UNION ALL ".join(parts), params

    def insert_docs(self, rows: list[dict], bulk: bool = False) -> None:
        _insert(rows)
        if not bulk:  # a bulk load rebuilds the full-text index once at the end
            db.session.execute(sa.text(
                f"INSERT INTO search_fts (rowid, {', '.join(TEXT_COLUMNS)}) "
                f"VALUES (:doc_id, {', '.join(':' + c for c in TEXT_COLUMNS)})"
            ), rows)

    def delete_docs(self, doc_ids: list[int]) -> None:
        # External content: FTS5 must be told the old text to remove its terms.
        db.session.execute(sa.text(
            f"INSERT INTO search_fts (search_fts, rowid, {', '.join(TEXT_COLUMNS)}) "
            f"SELECT 'delete', doc_id, {', '.join(TEXT_COLUMNS)} FROM search_docs WHERE doc_id IN :ids"
        ).bindparams(sa.bindparam("ids", expanding=True)), {"ids": doc_ids})
        _delete(doc_ids)

    def empty(self) -> None:
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts) VALUES ('delete-all')"))
        for table in ("search_docs", "search_facets", "search_terms", "search_suggestions"):
            db.session.execute(sa.delete(sa.table(table)))

    def start_bulk(self) -> None:
        self.empty()

    def finish_bulk(self) -> None:
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts) VALUES ('rebuild')"))
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts) VALUES ('optimize')"))
        db.session.execute(sa.text("ANALYZE"))


GIN_INDEXES = (("ix_search_docs_tsv_exact", "tsv_exact"), ("ix_search_docs_tsv_fold", "tsv_fold"))  # see 0002


class PostgresBackend:
    name = "postgresql"

    def match_sql(self, tiers: list[tuple[str, bool, str]], scored: bool = True) -> tuple[str, dict]:
        parts, params = [], {}
        for n, (form, phrase, terms) in enumerate(tiers):
            params[f"m{n}"] = terms
            function = "phraseto_tsquery" if phrase else "plainto_tsquery"
            query = f"{function}('simple'::regconfig, :m{n})"
            parts.append(
                f"SELECT doc_id, {n} AS tier, {f'-ts_rank(tsv_{form}, {query})' if scored else '0.0'} AS score"
                f" FROM search_docs WHERE tsv_{form} @@ {query}"
            )
        return " UNION ALL ".join(parts), params

    def insert_docs(self, rows: list[dict], bulk: bool = False) -> None:
        _insert(rows)  # the tsvector columns are generated

    def delete_docs(self, doc_ids: list[int]) -> None:
        _delete(doc_ids)

    def empty(self) -> None:
        db.session.execute(sa.text("TRUNCATE search_docs, search_facets, search_terms, search_suggestions"))

    def start_bulk(self) -> None:
        """Empty, without the GIN indexes: building them once at the end is many times faster
        than updating them row by row (the rebuild's transaction holds the table meanwhile)."""
        self.empty()
        # Fresh statistics for the catalogue (it may just have been bulk-loaded): without them
        # the planner reads the batches by a nested loop over every enterprise, 40x slower.
        db.session.execute(sa.text("ANALYZE offerings, enterprises"))
        for name, _column in GIN_INDEXES:  # DDL takes no bound parameters: names are constants
            db.session.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))

    def finish_bulk(self) -> None:
        db.session.execute(sa.text("SET LOCAL maintenance_work_mem = '512MB'"))
        for name, column in GIN_INDEXES:
            db.session.execute(sa.text(f"CREATE INDEX {name} ON search_docs USING GIN ({column})"))
        db.session.execute(sa.text("ANALYZE search_docs"))
        db.session.execute(sa.text("ANALYZE search_facets"))
        db.session.execute(sa.text("ANALYZE search_terms"))
        db.session.execute(sa.text("ANALYZE search_suggestions"))


def backend():
    """Chosen by the database URL of the app."""
    return PostgresBackend() if db.engine.dialect.name == "postgresql" else SQLiteBackend()
