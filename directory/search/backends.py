"""What differs between SQLite FTS5 and PostgreSQL full-text search; the rest is shared SQL.

`first` is the one query of a search: the first `limit` documents of one tier (see
ranking.Tier) under the filters, in doc_id order, the neutral tie-break. FTS5 reads a broad
match in that order and stops at the limit; PostgreSQL reads it by doc_id buckets. Either way
its cost follows the limit, not the number of matches.
"""
import json
import math
import random
import re
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple, Protocol

import sqlalchemy as sa
from psycopg import postgres
from psycopg.adapt import Dumper
from psycopg.errors import LockNotAvailable
from psycopg.pq import Format
from sqlalchemy.dialects.postgresql import ARRAY

from ..extensions import db

if TYPE_CHECKING:  # for annotations only: ranking imports this module
    from .filters import Filters
    from .ranking import Tier

DOC_COLUMNS = (
    "doc_id", "doc_type", "ref_id", "kind", "province_code", "committee_id", "category_id",
    "category_root_id", "member_offer", "approved_at", "due_on", "sort_key", "title",
    "title_exact", "body_exact", "title_fold", "body_fold", "filter_terms",
)
FTS_COLUMNS = ("title_keys", "body_exact", "body_fold", "filter_terms")  # SQLite's search_fts (migration 0028)
TITLE_MARKS = {"exact": "e", "fold": "f"}  # of a title word in title_keys, by its form


def title_keys(title_exact: str, title_fold: str) -> str:
    """SQLite's index column of a title's words, each marked by its form ("fxi fmang exi emăng"),
    so that they have lists of their own: a title read walks only those. The view
    search_fts_content (migration 0028), which FTS5 reads the text back from, computes the same."""
    return "f" + title_fold.replace(" ", " f") + " e" + title_exact.replace(" ", " e")


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
    title_fold: str  # for the score within a tier (ranking.title_score)


ROW_COLUMNS = ", ".join(f"d.{c}" for c in Match._fields)


def matches(sql: str, params: dict) -> list[Match]:
    """The rows of a match query, fetched at once from the driver's cursor: the columns have no
    SQL types for SQLAlchemy to convert, so its Row objects (a third of the time of a read of
    2,001 matches) would only be copied into Match tuples."""
    result = db.session.execute(sa.text(sql), params)
    try:
        return list(map(Match._make, result.cursor.fetchall()))
    finally:
        result.close()


_INSERT_DOCS = sa.text(
    f"INSERT INTO search_docs ({', '.join(DOC_COLUMNS)}) VALUES ({', '.join(':' + c for c in DOC_COLUMNS)})"  # constant names only, values bound  # nosec B608
)
_DELETE_DOCS = sa.text("DELETE FROM search_docs WHERE doc_id IN :ids").bindparams(sa.bindparam("ids", expanding=True))


def _driver_cursor():
    """The database driver's own cursor on the session's connection (same transaction): a
    rebuild writes a million rows, and SQLAlchemy's per-row parameter handling would double its time."""
    return db.session.connection().connection.driver_connection.cursor()


class _SQLiteIndexes:
    """The secondary indexes of search_docs, dropped for a rebuild and created again at its end
    from their own definitions: building an index once from a million rows is several times
    faster than keeping it up to date row by row (the rebuild's transaction holds the table)."""
    LIST = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'search_docs' AND sql IS NOT NULL"

    def __init__(self):
        self.definitions: list[str] = []

    def drop(self) -> None:
        indexes = db.session.execute(sa.text(self.LIST)).all()
        self.definitions = [definition for _name, definition in indexes]
        quote = db.session.get_bind().dialect.identifier_preparer.quote  # DDL takes no parameters
        for name, _definition in indexes:
            db.session.execute(sa.text(f"DROP INDEX {quote(name)}"))

    def create(self) -> None:
        for definition in self.definitions:
            db.session.execute(sa.text(definition))


SEARCH_TABLES = ("search_docs", "search_terms", "search_suggestions")  # what a rebuild writes


class _Shadow:
    """PostgreSQL: new search tables built beside the live ones, then swapped in (PostgresBackend).
    Each is a copy of a live table's definition read from the catalogue (columns, storage
    options), its constraints and indexes added after the rows, under names ending in NEW that
    lose it at the swap, so the tables swapped in are those the migrations define."""
    NEW = "_new"
    CONSTRAINTS = ("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                   " WHERE conrelid = CAST(:table AS regclass) AND contype IN ('c', 'f', 'p', 'u', 'x') ORDER BY conname")
    INDEXES = ("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
               " WHERE x.indrelid = CAST(:table AS regclass) AND NOT EXISTS"
               " (SELECT FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)"
               " ORDER BY i.relname")
    OPTIONS = "SELECT reloptions FROM pg_class WHERE oid = CAST(:table AS regclass)"
    INDEX_DEFINITION = re.compile(r"(CREATE (?:UNIQUE )?INDEX )([a-z0-9_]+)( ON (?:ONLY )?)([a-z0-9_.]+)( USING .*)")

    def __init__(self):
        self.constraints: dict[str, list[tuple[str, str]]] = {}
        self.indexes: dict[str, list[tuple[str, str]]] = {}

    def name(self, table: str) -> str:
        return table + self.NEW

    def create(self) -> None:
        """The new tables, empty and without constraints or indexes (see finish)."""
        for table in SEARCH_TABLES:  # names are constants; DDL takes no parameters
            self.constraints[table] = db.session.execute(sa.text(self.CONSTRAINTS), {"table": table}).all()
            self.indexes[table] = db.session.execute(sa.text(self.INDEXES), {"table": table}).all()
            db.session.execute(sa.text(f"CREATE TABLE {self.name(table)} (LIKE {table} INCLUDING ALL"
                                       " EXCLUDING CONSTRAINTS EXCLUDING INDEXES EXCLUDING STATISTICS)"))
            options = db.session.scalar(sa.text(self.OPTIONS), {"table": table})
            if options:  # e.g. toast_tuple_target (migration 0007), which LIKE does not copy
                db.session.execute(sa.text(f"ALTER TABLE {self.name(table)} SET ({', '.join(options)})"))

    def finish(self) -> None:
        """The live tables' constraints and indexes, on the filled new tables."""
        for table in SEARCH_TABLES:
            for name, definition in self.constraints[table]:
                db.session.execute(sa.text(
                    f"ALTER TABLE {self.name(table)} ADD CONSTRAINT {self.name(name)} {definition}"))
            for name, definition in self.indexes[table]:
                parts = self.INDEX_DEFINITION.fullmatch(definition)
                if parts is None or parts[2] != name or not parts[4].endswith(table):
                    raise RuntimeError(f"unexpected index definition: {definition}")
                create, _name, on, qualified, rest = parts.groups()
                db.session.execute(sa.text(f"{create}{self.name(name)}{on}{qualified}{self.NEW}{rest}"))

    def replace_live(self) -> None:
        """Drop the live tables and give the new ones their names (the caller holds the locks)."""
        db.session.execute(sa.text(f"DROP TABLE {', '.join(SEARCH_TABLES)}"))
        for table in SEARCH_TABLES:
            db.session.execute(sa.text(f"ALTER TABLE {self.name(table)} RENAME TO {table}"))
            for name, _definition in self.constraints[table]:  # renames a constraint's index too
                db.session.execute(sa.text(f"ALTER TABLE {table} RENAME CONSTRAINT {self.name(name)} TO {name}"))
            for name, _definition in self.indexes[table]:
                db.session.execute(sa.text(f"ALTER INDEX {self.name(name)} RENAME TO {name}"))


def _words(tier: "Tier") -> list[str]:
    return tier.terms.split()


class Backend(Protocol):
    """What search and the index need of an engine (SQLiteBackend, PostgresBackend); `backend()`
    gives the one for the app's database."""
    name: str  # the SQLAlchemy dialect's name
    columns: tuple[str, ...]  # of search_docs, in the order of `values` and `insert_bulk`

    def first(self, tier: "Tier", filters: "Filters", limit: int) -> list[Match]:
        """The first `limit` matches of the tier under the filters, in doc_id order."""

    def among(self, ids: list[int]) -> tuple[str, object]:
        """A condition on a column being one of `ids` (thousands), with its :ids parameter."""

    def one_of(self, column, ids: list[int]):
        """As `among`, for a Core query."""

    def values(self, row: dict) -> tuple:
        """A document row (documents.offering_row, enterprise_row) as a tuple in `columns` order."""

    def insert_docs(self, rows: list[dict]) -> None:
        """Add documents in the session's transaction (an edit)."""

    def delete_docs(self, doc_ids: list[int]) -> None:
        """Remove documents in the session's transaction (an edit)."""

    def note_changes(self, doc_ids: list[int]) -> None:
        """Called by every edit of the index, in its transaction (see PostgresBackend)."""

    def empty(self) -> None:
        """Every search table emptied."""

    def start_bulk(self) -> None:
        """A rebuild starts: `insert_bulk` and `append` write the tables it fills."""

    def insert_bulk(self, rows: list[tuple]) -> None:
        """Documents as `values` gives them, in doc_id order."""

    def append(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
        """Rows into another table the rebuild fills (search_terms, search_suggestions)."""

    def finish_bulk(self) -> None:
        """The rebuild's tables complete: indexes built, statistics gathered."""

    def swap_in(self) -> list[int]:
        """The rebuilt index made the live one; returns the doc_ids edited meanwhile."""

    def settle(self) -> None:
        """After the rebuild's commit, outside its transaction."""


CACHE_KIB, BULK_CACHE_KIB = 65536, 1_048_576  # the page cache, normally and during a rebuild (1 GiB)
HASH_BYTES, BULK_HASH_BYTES = 1_048_576, 268_435_456  # FTS5's pending terms: its default; during a rebuild


class SQLiteBackend:
    name = "sqlite"
    columns = DOC_COLUMNS

    def __init__(self):
        self.indexes = _SQLiteIndexes()

    @staticmethod
    def values(row: dict) -> tuple:
        return tuple(row[c] for c in DOC_COLUMNS)

    @staticmethod
    def among(ids: list[int]) -> tuple[str, str]:
        """A condition on a column being one of `ids` (thousands), with its :ids parameter."""
        return "IN (SELECT value FROM json_each(:ids))", json.dumps(ids)

    @staticmethod
    def one_of(column, ids: list[int]):
        """As `among`, for a Core query: one parameter, not one per id to render and bind."""
        return column.in_(sa.select(sa.column("value")).select_from(sa.func.json_each(json.dumps(ids))))

    def first(self, tier: "Tier", filters: "Filters", limit: int) -> list[Match]:
        # Words are letters and digits only: quoting is enough. A word anywhere is the word in
        # the body or its marked form in the title (title_keys).
        words, mark, body = _words(tier), TITLE_MARKS[tier.form], f"body_{tier.form}"
        in_title = f'"{" ".join(mark + w for w in words)}"' if tier.phrase else " AND ".join(f'"{mark}{w}"' for w in words)
        if tier.title_only:
            match = f"{{title_keys}} : ({in_title})"
        elif tier.phrase:
            match = f'({{title_keys}} : ({in_title}) OR {{{body}}} : ("{tier.terms}"))'
        else:
            match = " AND ".join(f'({{title_keys}} : "{mark}{w}" OR {{{body}}} : "{w}")' for w in words)
        if filters.terms():  # filters are terms of the index too, so the order survives them
            match += " AND {filter_terms} : (" + " AND ".join(filters.terms()) + ")"
        price, price_params = filters.checked_sql()  # not in the index: checked on each match
        sql = (f"SELECT {ROW_COLUMNS} FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid"  # constant names only, values bound  # nosec B608
               f" WHERE search_fts MATCH :match {'AND ' + price if price else ''} ORDER BY search_fts.rowid LIMIT :limit")
        return matches(sql, {"match": match, "limit": limit, **price_params})

    def insert_docs(self, rows: list[dict]) -> None:
        db.session.execute(_INSERT_DOCS, rows)
        db.session.execute(sa.text(
            f"INSERT INTO search_fts (rowid, {', '.join(FTS_COLUMNS)}) "  # constant names only, values bound  # nosec B608
            f"VALUES (:doc_id, {', '.join(':' + c for c in FTS_COLUMNS)})"
        ), [{**r, "title_keys": title_keys(r["title_exact"], r["title_fold"])} for r in rows])

    def insert_bulk(self, rows: list[tuple]) -> None:
        """Rows in `columns` order (see `values`) and in doc_id order: both tables are appended to,
        and FTS5 keeps collecting terms in memory (a lower rowid would make it write a segment)."""
        self.append("search_docs", self.columns, rows)
        exact, folded = DOC_COLUMNS.index("title_exact"), DOC_COLUMNS.index("title_fold")
        rest = [DOC_COLUMNS.index(c) for c in FTS_COLUMNS[1:]]
        self.append("search_fts", ("rowid", *FTS_COLUMNS),
                    [(row[0], title_keys(row[exact], row[folded]), *(row[i] for i in rest)) for row in rows])

    @staticmethod
    def append(table: str, columns: tuple[str, ...], rows) -> None:
        """Rows into a table a rebuild has emptied, through the driver."""
        placeholders = ", ".join("?" * len(columns))
        _driver_cursor().executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows)  # constant names only, values bound  # nosec B608

    def delete_docs(self, doc_ids: list[int]) -> None:
        # External content: FTS5 must be told the old text to remove its terms.
        db.session.execute(sa.text(
            f"INSERT INTO search_fts (search_fts, rowid, {', '.join(FTS_COLUMNS)}) "  # constant names only, values bound  # nosec B608
            f"SELECT 'delete', doc_id, {', '.join(FTS_COLUMNS)} FROM search_fts_content WHERE doc_id IN :ids"
        ).bindparams(sa.bindparam("ids", expanding=True)), {"ids": doc_ids})
        db.session.execute(_DELETE_DOCS, {"ids": doc_ids})

    def empty(self) -> None:
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts) VALUES ('delete-all')"))
        for table in ("search_docs", "search_terms", "search_suggestions", "search_counts"):
            db.session.execute(sa.delete(sa.table(table)))

    def start_bulk(self) -> None:
        self.empty()
        self.indexes.drop()
        db.session.execute(sa.text(f"PRAGMA cache_size = -{BULK_CACHE_KIB}"))  # PRAGMA takes no parameters
        # FTS5 writes a segment each time its pending terms reach `hashsize` (1 MB), and then
        # merges them: fewer, larger segments make the fill and the final merge faster.
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', :n)"),
                           {"n": BULK_HASH_BYTES})

    def finish_bulk(self) -> None:
        self.indexes.create()
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts) VALUES ('optimize')"))
        db.session.execute(sa.text("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', :n)"),
                           {"n": HASH_BYTES})
        # Statistics for the query planner, of the catalogue (just read whole, perhaps just
        # imported) as of the new search tables: directory/__init__.py, _sqlite_optimize.
        db.session.execute(sa.text("ANALYZE"))
        db.session.execute(sa.text(f"PRAGMA cache_size = -{CACHE_KIB}"))

    @staticmethod
    def note_changes(doc_ids: list[int]) -> None:
        """An edit waits for a rebuild (one writer at a time): nothing to record."""

    @staticmethod
    def swap_in() -> list[int]:
        """The rebuild wrote the live tables in its transaction; readers see the old index (WAL)
        until it commits."""
        return []

    def settle(self) -> None:
        """After the rebuild's commit (see PostgresBackend.settle): nothing to do."""


REBUILD_LOCK = 0x5EA4C4_0012  # PostgreSQL advisory lock key: a rebuild is running (see note_changes)
SWAP_WAIT = 0.05  # seconds a swap waits for the live tables before letting searches pass and retrying
SWAP_PATIENCE = 600  # seconds of retries before a rebuild gives up (it rolls back; the live index stays)
SWAP_MAX_PAUSE = 1.0  # seconds at most between two tries (the pause doubles from SWAP_WAIT)

FIRST_BUCKET_BITS = 24  # bucket 0 holds the doc_ids below 2**24; each next one is twice as wide
BUCKETS = 32 - FIRST_BUCKET_BITS + 1  # up to 2**32


# Reading the next buckets (PostgresBackend.first): all the rest at once when they are expected
# to hold at most REST_AT_ONCE times the matches still needed (reading them costs little more
# than reading part); else the width the density seen so far says is needed, DENSITY_MARGIN
# times over, so that one more query is usually enough even where matches are sparser.
REST_AT_ONCE = 2
DENSITY_MARGIN = 1.25


def bucket(doc_id: int) -> int:
    """0 for doc_ids below 2**24, then 1 for [2**24, 2**25), 2 for [2**25, 2**26) ... 8."""
    return max(0, doc_id.bit_length() - FIRST_BUCKET_BITS)


MAX_KEY_BYTES = 2046  # PostgreSQL's limit for one word of a tsvector


def index_words(row: dict) -> tuple[set[str], str]:
    """A document's words for the PostgreSQL index, without positions, so that GIN answers every
    tier by itself, without reading rows back to check a phrase or a weight: w and =w a folded
    and an exact word; #w and #=w the same in the title; a_b and #a_b two folded words next to
    each other (phrases); ~t a filter term (documents.filter_terms). Each is stored with the
    suffix @n, the doc_id's bucket (returned beside the words), so that reading one bucket of a
    broad word reads only that part of its list. Words are letters and digits only (tokens.WORD).
    A rebuild computes a hundred million of them: each string operation here runs over a whole
    text at once."""
    title = _text_words(row["title_exact"], row["title_fold"])
    found = {*title, *_prefixed("#", " ".join(title)), *_text_words(row["body_exact"], row["body_fold"]),
             *_prefixed("~", row["filter_terms"])}
    suffix = f"@{bucket(row['doc_id'])}"
    if max(map(len, found), default=0) > MAX_KEY_BYTES // 4:  # rare: only then can a word be too long in UTF-8
        found = {k for k in found if len((k + suffix).encode()) <= MAX_KEY_BYTES}
    return found, suffix


def _text_words(exact: str, folded: str) -> list[str]:
    words = folded.split()
    return [*words, *map("_".join, zip(words, words[1:])), *_prefixed("=", exact)]


def _prefixed(prefix: str, text: str) -> list[str]:
    return (prefix + text.replace(" ", " " + prefix)).split() if text else []


def index_keys(row: dict) -> list[str]:
    """The words of index_words as stored, with their suffix."""
    found, suffix = index_words(row)
    return [k + suffix for k in found]


def tsvector_literal(row: dict) -> str:
    return " ".join(f"'{k}'" for k in index_keys(row))  # the words need no escaping: quoting is enough


def tsvector_binary(row: dict) -> bytes:
    """tsvector's binary form, which COPY reads twice as fast as the literal: the number of
    words, then each word NUL-terminated and followed by its number of positions, 0."""
    found, suffix = index_words(row)
    end = suffix + "\0\0\0"
    return len(found).to_bytes(4, "big") + (end.join(found) + end if found else "").encode()


class _AsIs(Dumper):
    """A value already in PostgreSQL's binary form (tsvector_binary) for a binary COPY."""
    format = Format.BINARY
    oid = postgres.types["tsvector"].oid

    def dump(self, obj: bytes) -> bytes:
        return obj


def _query_keys(tier: "Tier", filters: "Filters") -> list[str]:
    """The tier as index words without their bucket (see index_words): an exact phrase is its
    folded word pairs plus its exact words."""
    prefix = "#" if tier.title_only else ""
    keys = [f"{prefix}={w}" if tier.form == "exact" else prefix + w for w in _words(tier)]
    if tier.phrase:
        folded = tier.folded.split()
        pairs = [f"{prefix}{a}_{b}" for a, b in zip(folded, folded[1:])]
        keys = pairs + keys if tier.form == "exact" else pairs
    return keys + ["~" + t for t in filters.terms()]


def _array(ids: list[int]) -> str:
    """An array parameter in PostgreSQL's text form, which the server parses: psycopg dumps a list
    element by element in Python (2 ms of a 4 ms read of 2,000 ids)."""
    return "{" + ",".join(map(str, ids)) + "}"


class PostgresBackend:
    name = "postgresql"
    columns = DOC_COLUMNS + ("keys",)

    def __init__(self):
        self.shadow = _Shadow()
        self.types: list[int] = []  # of `columns`, for insert_bulk

    @staticmethod
    def values(row: dict) -> tuple:
        return tuple(row[c] for c in DOC_COLUMNS) + (tsvector_binary(row),)

    @staticmethod
    def among(ids: list[int]) -> tuple[str, str]:
        """As SQLiteBackend.among; an array is one parameter, parsed and planned at once."""
        return "= ANY(CAST(:ids AS bigint[]))", _array(ids)

    @staticmethod
    def one_of(column, ids: list[int]):
        return column == sa.any_(sa.cast(sa.literal(_array(ids), sa.Text), ARRAY(column.type)))  # the column's own type: doc_id is a BIGINT

    def first(self, tier: "Tier", filters: "Filters", limit: int) -> list[Match]:
        """GIN returns matches unordered, and reading every match of a broad word back from the
        table to sort it costs a row each. So read the doc_id order bucket by bucket: bucket 0,
        then as many of the next ones (each twice as wide as all before it) as the matches seen
        so far say are needed, or all the rest at once when few matches are left to expect."""
        keys = _query_keys(tier, filters)
        price = filters.checked_sql()  # not in the index (price, certifications): checked on each match
        rows = self._matches(keys, range(1), limit, price)
        covered, following = 1, 1  # width read, in widths of bucket 0; the next bucket to read
        while len(rows) < limit and following < BUCKETS:
            needed, per_width = limit - len(rows), len(rows) / covered
            if per_width * (2 ** (BUCKETS - 1) - covered) <= REST_AT_ONCE * needed:
                last = BUCKETS - 1
            else:
                last = min(BUCKETS - 1, math.ceil(math.log2(covered + DENSITY_MARGIN * needed / per_width)))
            rows += self._matches(keys, range(following, last + 1), needed, price)
            covered, following = 2 ** last, last + 1
        return rows

    @staticmethod
    def _matches(keys: list[str], buckets: range, limit: int, price: tuple[str, dict] = ("", {})) -> list[Match]:
        """One plain conjunction per bucket, for GIN to intersect with skipping; one query for
        all (an OR of the buckets' conjunctions would make it walk every list in full).
        `price`: Filters.checked_sql, checked on each match."""
        condition = f" AND {price[0]}" if price[0] else ""
        parts = " UNION ALL ".join(f"SELECT {ROW_COLUMNS} FROM search_docs d WHERE d.keys @@ CAST(:b{n} AS tsquery){condition}"  # constant names only, values bound  # nosec B608
                                   for n in buckets)
        params = {**price[1], **{f"b{n}": " & ".join(f"'{k}@{n}'" for k in keys) for n in buckets}}
        # "+ 0": not along the primary key, which would test each row's words one by one.
        return matches(f"SELECT * FROM ({parts}) d ORDER BY d.doc_id + 0 LIMIT :limit", {**params, "limit": limit})  # constant names only, values bound  # nosec B608

    def insert_docs(self, rows: list[dict]) -> None:
        db.session.execute(sa.text(
            f"INSERT INTO search_docs ({', '.join(self.columns)})"  # constant names only, values bound  # nosec B608
            f" VALUES ({', '.join(':' + c for c in DOC_COLUMNS)}, CAST(:keys AS tsvector))"
        ), [{**r, "keys": tsvector_literal(r)} for r in rows])

    def insert_bulk(self, rows: list[tuple]) -> None:
        """Rows in `columns` order (see `values`) and in doc_id order: `first` reads a bucket as a
        run of neighbouring pages. (Later edits land anywhere until a rebuild.) The binary COPY
        needs each column's exact type: they are read from the table once per rebuild."""
        if not self.types:
            self.types = db.session.execute(sa.text(
                "SELECT a.atttypid FROM unnest(CAST(:columns AS text[])) WITH ORDINALITY c(name, n)"
                " JOIN pg_attribute a ON a.attrelid = CAST(:table AS regclass) AND a.attname = c.name ORDER BY c.n"
            ), {"columns": list(self.columns), "table": self.shadow.name("search_docs")}).scalars().all()
        self.append("search_docs", self.columns, rows, binary_types=self.types)

    def append(self, table: str, columns: tuple[str, ...], rows, binary_types: list[int] | None = None) -> None:
        """As SQLiteBackend.append, into the new table a rebuild fills for `table` (see start_bulk),
        by COPY: in binary when given the columns' types."""
        cursor = _driver_cursor()
        cursor.adapters.register_dumper(None, _AsIs)
        form = " (FORMAT BINARY)" if binary_types else ""
        with cursor.copy(f"COPY {self.shadow.name(table)} ({', '.join(columns)}) FROM STDIN{form}") as copy:
            if binary_types:
                copy.set_types(binary_types)
            for row in rows:
                copy.write_row(row)

    def delete_docs(self, doc_ids: list[int]) -> None:
        db.session.execute(_DELETE_DOCS, {"ids": doc_ids})

    def empty(self) -> None:
        db.session.execute(sa.text(f"TRUNCATE {', '.join(SEARCH_TABLES)}, search_changes, search_counts"))

    @staticmethod
    def note_changes(doc_ids: list[int]) -> None:
        """Called by every edit of the index, in its transaction: while a rebuild runs (it holds
        REBUILD_LOCK), record the doc_ids for it to apply again to its new tables (swap_in).
        Otherwise take the lock shared until this transaction ends, so that a rebuild starting
        meanwhile waits for it, and reads the catalogue with this edit in it."""
        db.session.execute(sa.text(
            "INSERT INTO search_changes (doc_id) SELECT unnest(CAST(:ids AS bigint[]))"
            " WHERE NOT pg_try_advisory_xact_lock_shared(:lock)"), {"ids": doc_ids, "lock": REBUILD_LOCK})

    def start_bulk(self) -> None:
        """A rebuild fills new tables beside the live ones, which keep answering searches and
        taking edits until swap_in; it holds REBUILD_LOCK to its end (see note_changes)."""
        db.session.execute(sa.text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": REBUILD_LOCK})
        # Fresh statistics for the catalogue (it may just have been bulk-loaded): without them
        # the planner reads the batches by a nested loop over every enterprise, 40x slower.
        db.session.execute(sa.text("ANALYZE offerings, enterprises"))
        self.shadow.create()

    def finish_bulk(self) -> None:
        # GIN collects entries in this much memory between writes; more memory is slower once
        # the collected entries outgrow the CPU caches. Measured at a million documents: 8, 16,
        # 32, 64, 128, 256 MB built in 41, 41, 40, 44, 48, 51 s (512 MB: twice as long as 128 MB).
        db.session.execute(sa.text("SET LOCAL maintenance_work_mem = '32MB'"))
        self.shadow.finish()
        for table in SEARCH_TABLES:
            db.session.execute(sa.text(f"ANALYZE {self.shadow.name(table)}"))

    def swap_in(self) -> list[int]:
        """Replace the live search tables by the new ones; returns the doc_ids edited meanwhile,
        for the caller to apply again. The swap needs the live tables to itself (ACCESS
        EXCLUSIVE) and waits for each search and edit using them to end; searches arriving
        meanwhile queue behind it. So it waits at most SWAP_WAIT at a time, then lets them pass
        and tries again; from the swap to the commit, searches wait (milliseconds)."""
        deadline, pause = time.monotonic() + SWAP_PATIENCE, SWAP_WAIT
        while True:
            try:
                with db.session.begin_nested():  # a lock timeout undoes only this attempt
                    db.session.execute(sa.text(f"SET LOCAL lock_timeout = '{SWAP_WAIT * 1000:.0f}ms'"))
                    db.session.execute(sa.text(f"LOCK TABLE {', '.join(SEARCH_TABLES)} IN ACCESS EXCLUSIVE MODE"))
                    # The stamp's row too: an edit holding it would next wait for the tables (a deadlock).
                    db.session.execute(sa.text("SELECT version FROM search_state FOR UPDATE"))
                    # Every edit that wrote the live tables has committed: what they recorded is all here.
                    changed = db.session.scalars(sa.text("DELETE FROM search_changes RETURNING doc_id")).all()
                    self.shadow.replace_live()
                    db.session.execute(sa.text("SET LOCAL lock_timeout = DEFAULT"))
                return sorted(set(changed))
            except sa.exc.OperationalError as error:
                if not isinstance(error.orig, LockNotAvailable) or time.monotonic() > deadline:
                    raise
            time.sleep(random.uniform(0, pause))  # let the queued searches through
            pause = min(2 * pause, SWAP_MAX_PAUSE)

    def settle(self) -> None:
        """After the rebuild's commit: VACUUM marks every new row visible to all at once. Left to
        the first searches, each page they read is written back once (seconds at a million)."""
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sa.text("VACUUM search_docs"))


def backend() -> Backend:
    """Chosen by the database URL of the app."""
    return PostgresBackend() if db.engine.dialect.name == "postgresql" else SQLiteBackend()
