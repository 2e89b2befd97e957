"""Keeping the index in line with the public catalogue: one document per public offering or
enterprise, its vocabulary (for "did you mean") and its typeahead suggestions."""
import functools
import re
import itertools
import multiprocessing
import os
import secrets
import unicodedata
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import sqlalchemy as sa

from .. import freshness
from ..extensions import db
from ..models import Category, Committee, Enterprise, EnterpriseSector, Offering, Status
from ..reference import country_name, province_name, sector_name
from ..text import sort_char
from .backends import backend
from .tokens import fold_text, forms

OFFERING, ENTERPRISE = "offering", "enterprise"
SUGGESTION_WORDS = 4  # a suggestion is found from the start of any of its first words
BATCH = 2000  # documents read and built at a time by a rebuild (one IN list per type)
# Column lengths of the search tables (migration 0002): longer values are cut to fit.
TITLE_CHARS = 400  # search_docs.title, search_suggestions.label
SUGGESTION_KEY_CHARS = 200  # search_suggestions.key
MIN_TERM_CHARS, MAX_TERM_CHARS = 2, 40  # search_terms.term; single letters correct nothing
SORT_KEY_CHARS = 60  # a name's first characters that order it: 8 key characters each fit sort_key's 600
STAMP_BITS = 62  # a random search_state.version: a positive BIGINT, beyond any chance of reuse


def doc_id(doc_type: str, ref_id: int) -> int:
    """ref_id * 2 + is_enterprise scrambled by an odd multiplier modulo 2**32 (a bijection, so no two
    documents share a number). Both engines list matches by doc_id: this order is the neutral
    tie-break, and the first page of a broad match is read without ranking all of it."""
    return (ref_id * 2 + (doc_type == ENTERPRISE)) * _SCRAMBLE % 2**32


_SCRAMBLE = 2654435761
_UNSCRAMBLE = pow(_SCRAMBLE, -1, 2**32)


FILTER_PREFIXES = (("t", "doc_type"), ("k", "kind"), ("p", "province_code"), ("c", "committee_id"),
                   ("g", "category_id"), ("g", "category_root_id"))


def filter_terms(row: dict) -> str:
    """The filter values as words for a column of the SQLite index (see filters.Filters.terms;
    migration 0004 writes the same in SQL)."""
    terms = [f"{prefix}{row[column]}" for prefix, column in FILTER_PREFIXES if row[column] is not None]
    return " ".join(terms + ["m1"] * bool(row["member_offer"]))


@functools.lru_cache(maxsize=65536)  # titles share their words: each is keyed once
def _sort_chunk(chunk: str) -> tuple[str, str]:
    keys = [sort_char(c) for c in chunk]
    return "".join(f"{rank:07d}" for (rank, _base), _tone in keys), "".join(str(tone) for _key, tone in keys)


_SPACE_LETTER, _SPACE_TONE = _sort_chunk(" ")


def _sort_key(name: str) -> str:
    """text.vi_sort_key as a string that sorts byte-wise (SQLite BINARY, PostgreSQL COLLATE "C"),
    built from the words, as the rebuild computes a million of them."""
    chunks = [_sort_chunk(c) for c in unicodedata.normalize("NFC", name[:SORT_KEY_CHARS].casefold()).split(" ")]
    return _SPACE_LETTER.join(letters for letters, _ in chunks) + " " + _SPACE_TONE.join(tones for _, tones in chunks)


def _row(doc_type, ref_id, title, body, title_extra="", **facets) -> dict:
    """`title_extra`: words indexed as title words but not shown (legal forms, tax codes)."""
    (title_exact, title_fold), (body_exact, body_fold) = forms(f"{title} {title_extra}"), forms(body)
    row = dict(
        doc_id=doc_id(doc_type, ref_id), doc_type=doc_type, ref_id=ref_id, title=title[:TITLE_CHARS],
        sort_key=_sort_key(title), title_exact=title_exact, body_exact=body_exact,
        title_fold=title_fold, body_fold=body_fold, **facets,
    )
    row["filter_terms"] = filter_terms(row)
    return row


def offering_row(id, title, description, enterprise_name, kind, province_code, committee_id,
                 category_id, category_parent_id, member_offer, approved_at, context="", details="",
                 due_on=None) -> dict:
    """`context`: the names of its category and the category's group, and of its committee's
    province (offering_context), so a search for them finds what is filed under them. `details`:
    its specification values and origin (details_text), body words like the rest (the low weight).
    `due_on`: its re-confirmation's due day; searches leave it out once past the grace period
    (freshness.py)."""
    body = f"{description} {enterprise_name} {context} {province_name(province_code) or ''}" + (
        f" {details}" if details else "")
    return _row(OFFERING, id, title, body, kind=kind,
                province_code=province_code, committee_id=committee_id, category_id=category_id,
                category_root_id=category_parent_id or category_id, member_offer=bool(member_offer),
                approved_at=approved_at, due_on=due_on)


def enterprise_row(id, legal_name, short_name, description, address_line, province_code,
                   committee_id, member_offer, approved_at, tax_code="", committee_text="", sector_text="") -> dict:
    """`committee_text`: its committee's name and former province (committee_context);
    `sector_text`: its VSIC codes and their names (sector_context)."""
    title = short_name if short_name and short_name != legal_name else ""
    return _row(ENTERPRISE, id, f"{legal_name} {title}".strip(),
                f"{description} {address_line} {province_name(province_code) or ''} {committee_text} {sector_text}",
                title_extra=f"{legal_form_words(legal_name)} {tax_code_words(tax_code)}",
                kind=None, province_code=province_code, committee_id=committee_id,
                category_id=None, category_root_id=None, member_offer=bool(member_offer),
                approved_at=approved_at, due_on=None)


# How buyers write the legal forms (fold_text of the name's start -> the words they type).
LEGAL_FORMS = (
    ("cong ty co phan", "ctcp cty cp ctycp"),
    ("cong ty trach nhiem huu han", "tnhh cty"),
    ("cong ty tnhh mot thanh vien", "tnhh mtv cty"),
    ("cong ty tnhh", "cty trach nhiem huu han"),
    ("cong ty luat tnhh", "cty trach nhiem huu han"),
    ("cong ty", "cty"),
    ("hop tac xa", "htx"),
    ("doanh nghiep tu nhan", "dntn"),
    ("quy tin dung nhan dan", "qtdnd"),
)


def legal_form_words(legal_name: str) -> str:
    """The abbreviations of the legal form a name starts with ("Công ty Cổ phần ..." -> ctcp, cty
    cp), so "CTCP Xi măng Bạch Long" finds "Công ty Cổ phần Xi măng Bạch Long"."""
    folded = fold_text(legal_name)
    return " ".join(words for form, words in LEGAL_FORMS if folded.startswith(form + " "))


def tax_code_words(tax_code: str | None) -> str:
    """A tax code as buyers type it: whole, and in the groups of 4, 3 and 3 digits that
    "7217 524 682" and "7217-524-682" are split into (a branch's 13 digits: also its last 3)."""
    digits = "".join(c for c in tax_code or "" if c.isdigit())
    if len(digits) < 10:
        return digits
    head = digits[:10]
    return f"{digits} {head} {head[:4]} {head[4:7]} {head[7:]} {digits[10:]}".strip()


def offering_context(category, parent, committee) -> str:
    """offering_row's context from Category / Committee records (or rows with those fields)."""
    names = [c.name_vi + " " + c.name_en for c in (category, parent) if c is not None]
    if committee is not None and committee.legacy_province_name:
        names.append(committee.legacy_province_name)
    return " ".join(names)


# The origin as buyers search for it, in Vietnamese whatever the page's language (the index is):
# "lắp ráp", "nhập khẩu" and the country. Nothing for made in Vietnam: on most goods "sản xuất"
# or "Việt Nam" would match nearly everything and hold back corrections ("nuoc nam" -> "nước
# mắm"; make relevance measured it); the filter "Hàng sản xuất tại Việt Nam" answers that.
ORIGIN_WORDS = {"made_vn": "", "assembled_vn": "lắp ráp", "imported": "nhập khẩu"}


# The words of a specification value that identify: grades, codes, sizes, standards ("CB400-V",
# "4x95", "TCVN", "IP66", "PCB40"): letters and digits together, or capitals. Plain words ("Đen",
# "Men bóng", "Loại 1") and bare numbers ("12 tháng") would only make more offerings match a
# mistyped query and hold back its correction ("loui thep" -> "loại thép"): with every word of the
# values, make relevance lost 0.6 point of hits@10 on the demo; with these, nothing.
_IDENTIFYING = re.compile(r"\S*[^\W\d]\S*\d\S*|\S*\d\S*[^\W\d]\S*|\b[A-ZĐ]{2,}[A-Za-z]*\b")


def details_text(specs, origin: str | None, origin_country: str | None) -> str:
    """offering_row's details: the identifying words of the specification values (not their
    names: "Mác thép" would make every steel offering match "thép" twice) and the origin's words
    (ORIGIN_WORDS) with an import's country."""
    values = [" ".join(_IDENTIFYING.findall(value)) for _name, value in specs or ()]
    origin = getattr(origin, "value", origin)
    if origin:
        values.append(ORIGIN_WORDS.get(origin, ""))
        if origin == "imported":  # (a province of manufacture is nearly always the supplier's, in the body already)
            values.append(country_name(origin_country))
    return " ".join(filter(None, values))


def sector_context(sectors) -> str:
    """(version, code) pairs -> "2394 Sản xuất sản phẩm từ khoáng phi kim loại khác ...": found by code or name."""
    return " ".join(f"{code} {sector_name(version, code)}" for version, code in sectors)


def committee_context(committee) -> str:
    if committee is None:
        return ""
    return f"{committee.name} {committee.legacy_province_name or ''}".strip()


def is_term(word: str) -> bool:
    """Whether the vocabulary (search_terms) holds the word when a document has it."""
    return MIN_TERM_CHARS <= len(word) <= MAX_TERM_CHARS and not word.isdigit()


def terms_of(row: dict) -> set[str]:
    return set(filter(is_term, {*row["title_fold"].split(), *row["body_fold"].split()}))


def vocabulary(rows: list[dict]) -> tuple[Counter, Counter]:
    """The terms of some documents (in how many each occurs, for "did you mean") and their
    suggestions. Terms are checked once per batch, not once per document."""
    found = Counter(itertools.chain.from_iterable({*r["title_fold"].split(), *r["body_fold"].split()} for r in rows))
    terms = Counter({term: n for term, n in found.items() if is_term(term)})
    return terms, Counter(itertools.chain.from_iterable(map(_suggestions, rows)))


def suggestion_keys(label: str, folded: str | None = None) -> list[str]:
    words = (fold_text(label) if folded is None else folded).split()
    return list(dict.fromkeys(" ".join(words[i:])[:SUGGESTION_KEY_CHARS] for i in range(min(len(words), SUGGESTION_WORDS))))


def _suggestions(row: dict) -> list[tuple[str, str, str, str]]:
    if "display" in row:
        label, folded = row["display"], None
    else:
        label, folded = row["title"], row["title_fold"] if len(row["title"]) < TITLE_CHARS else None
    return [(key, label[:TITLE_CHARS], row["doc_type"], "") for key in suggestion_keys(label, folded)]


# ---- incremental sync (in the caller's transaction) --------------------------------------

def touch() -> None:
    """A new random stamp for the index: every process's cached results become stale at commit.
    Random, not a counter, so a rolled-back change can never leave results under a stamp reused later."""
    version = secrets.randbits(STAMP_BITS)
    db.session.execute(sa.text("UPDATE search_state SET version = :v"), {"v": version})
    db.session.info["search_touched"] = True  # see answer_cache._Stamp
    db.session.info["search_stamp"] = version  # published to every worker at commit


_ADD_TERMS = sa.text("INSERT INTO search_terms (term, freq) VALUES (:term, :n) "
                     "ON CONFLICT (term) DO UPDATE SET freq = search_terms.freq + excluded.freq")
_ADD_SUGGESTIONS = sa.text(
    "INSERT INTO search_suggestions (key, label, target, ref, weight) VALUES (:key, :label, :target, :ref, :n) "
    "ON CONFLICT (key, label, target, ref) DO UPDATE SET weight = search_suggestions.weight + excluded.weight"
)


# ---- counts the pages show (search_counts, migration 0014) ---------------------------------

def _count_keys(row) -> list[tuple[str, int]]:
    """The counts a document belongs to: its committee's enterprises or offerings, and an
    offering's category and that category's parent (category pages list both levels)."""
    keys = []
    if row["committee_id"] is not None:
        keys.append((f"committee_{row['doc_type']}", row["committee_id"]))
    for category in dict.fromkeys((row["category_id"], row["category_root_id"])):
        if category is not None:
            keys.append(("category", category))
    return keys


_ADD_COUNT = sa.text("INSERT INTO search_counts (facet, value, n) VALUES (:facet, :value, :n) "
                     "ON CONFLICT (facet, value) DO UPDATE SET n = search_counts.n + excluded.n")


def _count(rows, sign: int) -> None:
    changes = Counter(key for row in rows for key in _count_keys(row))
    if changes:
        db.session.execute(_ADD_COUNT, [dict(facet=f, value=v, n=sign * n) for (f, v), n in changes.items()])


def _write_counts(totals: Counter) -> None:
    """Every count replaced (after a rebuild, which counted its documents as it built them)."""
    db.session.execute(sa.text("DELETE FROM search_counts"))
    if totals:
        db.session.execute(sa.text("INSERT INTO search_counts (facet, value, n) VALUES (:facet, :value, :n)"),
                           [dict(facet=f, value=v, n=n) for (f, v), n in totals.items()])


def counts(facets: list[str], values: list[int] | None = None) -> dict[tuple[str, int], int]:
    """Public documents per (facet, value) (see _count_keys), read in one statement, not counted.
    The counts keep every indexed document, while searches leave out by date the offerings past
    their re-confirmation's grace period (freshness.py): the same statement reads those few (by the
    due_on index) and they are subtracted, so a page's total agrees with what it lists."""
    query = "SELECT 'n', facet, value, n, CAST(NULL AS INTEGER) FROM search_counts WHERE facet IN :facets"
    if values is not None:
        query += " AND value IN :values"
    query += (" UNION ALL SELECT 'out', doc_type, committee_id, category_id, category_root_id"
              " FROM search_docs WHERE due_on < :oldest")
    statement = sa.text(query).bindparams(sa.bindparam("facets", expanding=True))
    if values is not None:
        statement = statement.bindparams(sa.bindparam("values", expanding=True))
    rows = db.session.execute(statement, {"facets": facets, "values": values or [0],
                                          "oldest": freshness.oldest_listed_due()}).all()
    found = {(facet, value): n for kind, facet, value, n, _root in rows if kind == "n"}
    out = Counter(key for kind, doc_type, committee_id, category_id, root in rows if kind == "out"
                  for key in _count_keys(dict(doc_type=doc_type, committee_id=committee_id,
                                              category_id=category_id, category_root_id=root)))
    for key, n in out.items():
        if key in found:
            found[key] -= n
    return found


def _add(rows: list[dict]) -> None:
    if not rows:
        return
    touch()
    _count(rows, +1)
    backend().insert_docs([{k: v for k, v in r.items() if k != "display"} for r in rows])
    terms, suggestions = vocabulary(rows)
    if terms:
        db.session.execute(_ADD_TERMS, [dict(term=t, n=n) for t, n in terms.items()])
    if suggestions:
        db.session.execute(_ADD_SUGGESTIONS, [dict(key=k, label=lb, target=tg, ref=rf, n=n)
                                              for (k, lb, tg, rf), n in suggestions.items()])


_SUGGESTION = "key = :key AND label = :label AND target = :target AND ref = :ref"
_SUGGESTION_DECREMENT = sa.text("UPDATE search_suggestions SET weight = weight - 1 WHERE " + _SUGGESTION)  # constant names only, values bound  # nosec B608
_SUGGESTION_DELETE_UNUSED = sa.text("DELETE FROM search_suggestions WHERE " + _SUGGESTION + " AND weight <= 0")  # constant names only, values bound  # nosec B608


def _remove(doc_ids: list[int]) -> None:
    """Every edit of the index starts here (an added document is first removed), so here it is
    recorded for a rebuild running meanwhile, whether or not the live index holds it."""
    backend().note_changes(doc_ids)
    old = db.session.execute(sa.text(
        "SELECT doc_type, title, title_fold, body_fold, committee_id, category_id, category_root_id"
        " FROM search_docs WHERE doc_id IN :ids"
    ).bindparams(sa.bindparam("ids", expanding=True)), {"ids": doc_ids}).mappings().all()
    if not old:
        return
    touch()
    _count(old, -1)
    backend().delete_docs(doc_ids)
    for row in old:
        terms = sorted(terms_of(row))
        if terms:
            db.session.execute(sa.text("UPDATE search_terms SET freq = freq - 1 WHERE term IN :t")
                               .bindparams(sa.bindparam("t", expanding=True)), {"t": terms})
            db.session.execute(sa.text("DELETE FROM search_terms WHERE term IN :t AND freq <= 0")
                               .bindparams(sa.bindparam("t", expanding=True)), {"t": terms})
        for key, label, target, ref in _suggestions(dict(row)):
            params = dict(key=key, label=label, target=target, ref=ref)
            db.session.execute(_SUGGESTION_DECREMENT, params)
            db.session.execute(_SUGGESTION_DELETE_UNUSED, params)


def _offering_doc(offering: Offering) -> dict:
    enterprise = offering.enterprise
    category = offering.category
    return offering_row(
        offering.id, offering.title, offering.description or "", enterprise.display_name,
        offering.kind.value, enterprise.province_code, enterprise.committee_id, offering.category_id,
        category.parent_id if category else None, offering.has_member_offer, offering.approved_at,
        offering_context(category, category.parent if category else None, enterprise.committee),
        details_text(offering.specs, offering.origin, offering.origin_country),
        offering.confirm_due_on,
    )


def _enterprise_doc(enterprise: Enterprise) -> dict:
    member = any(o.is_public and o.has_member_offer for o in enterprise.offerings)
    row = enterprise_row(enterprise.id, enterprise.legal_name, enterprise.short_name,
                         enterprise.description or "", enterprise.address_line or "",
                         enterprise.province_code, enterprise.committee_id, member, enterprise.approved_at,
                         enterprise.tax_code, committee_context(enterprise.committee),
                         sector_context((s.vsic_version, s.code) for s in enterprise.sectors))
    return {**row, "display": enterprise.display_name}


def sync_enterprise_only(enterprise: Enterprise) -> None:
    _remove([doc_id(ENTERPRISE, enterprise.id)])
    if enterprise.is_public:
        _add([_enterprise_doc(enterprise)])


def sync_offering(offering: Offering) -> None:
    if offering.id is None:
        db.session.flush()
    _remove([doc_id(OFFERING, offering.id)])
    if offering.is_public:
        _add([_offering_doc(offering)])
    sync_enterprise_only(offering.enterprise)  # its "has member offer" may have changed


def sync_enterprise(enterprise: Enterprise) -> None:
    if enterprise.id is None:
        db.session.flush()
    sync_enterprise_only(enterprise)
    for offering in enterprise.offerings:
        _remove([doc_id(OFFERING, offering.id)])
        if offering.is_public:
            _add([_offering_doc(offering)])


# ---- full rebuild --------------------------------------------------------------------------

def _public_offerings(select):
    """`select` limited to the public offerings: approved, of an approved enterprise."""
    return select.join(Offering.enterprise).where(Offering.status == Status.APPROVED,
                                                  Enterprise.status == Status.APPROVED)


def count_public() -> int:
    offerings = db.session.scalar(_public_offerings(db.select(sa.func.count(Offering.id))))
    enterprises = db.session.scalar(db.select(sa.func.count(Enterprise.id)).where(Enterprise.status == Status.APPROVED))
    return offerings + enterprises


PARALLEL_FROM = 20_000  # documents; below, worker processes cost more than they save
WORKER_NICENESS = 10  # the workers yield to the process that reads and writes the database
BATCHES_AHEAD = 2  # per core: batches handed to the workers before waiting for the oldest


def _public_catalogue() -> tuple[list[int], set[int]]:
    """Every public document's doc_id, in order (the rebuild writes the index in that order, so
    both engines append to it instead of sorting a million documents at the end), and the
    enterprises with a public member offer. One read of the offerings in stored order, checked
    here against the approved enterprises: joined in the database, each such read walked the
    offerings by enterprise, at random (2.5 s a read at a million listings, and there were three)."""
    connection = db.session.connection()  # Core: the ORM's per-row work doubles the time of a rebuild's reads
    approved = set(connection.scalars(db.select(Enterprise.id).where(Enterprise.status == Status.APPROVED)))
    member_offer = sa.or_(Offering.member_offer.is_not(None) & (Offering.member_offer != ""), Offering.member_discount_pct > 0)
    offerings, members = [], set()
    for id_, enterprise_id, status, member in connection.execute(
            db.select(Offering.id, Offering.enterprise_id, Offering.status, member_offer)):
        if status == Status.APPROVED and enterprise_id in approved:
            offerings.append(id_)
            if member:
                members.add(enterprise_id)
    return sorted([doc_id(OFFERING, i) for i in offerings] + [doc_id(ENTERPRISE, i) for i in approved]), members


def _refs(doc_ids: list[int]) -> tuple[list[int], list[int]]:
    """The offering ids and the enterprise ids behind some doc_ids (see doc_id)."""
    offerings, enterprises = [], []
    for number in doc_ids:
        ref = number * _UNSCRAMBLE % 2**32
        (enterprises if ref & 1 else offerings).append(ref >> 1)
    return offerings, enterprises


def _as_stored(column):
    """A column read as the database driver gives it: the rebuild writes it back unchanged, so
    parsing a million dates and enum values would be wasted."""
    return sa.type_coerce(column, sa.String)


def _contexts() -> tuple[dict, dict]:
    """offering_context and committee_context by category and committee id (small tables, read
    once per batch of a rebuild)."""
    categories = {c.id: c for c in db.session.scalars(db.select(Category))}
    committees = {c.id: c for c in db.session.scalars(db.select(Committee))}
    return categories, committees


def _offering_args(ids: list[int]) -> list[tuple]:
    """Plain argument tuples for offering_row: the worker processes need no database."""
    categories, committees = _contexts()
    rows = db.session.connection().execute(
        db.select(Offering.id, Offering.title, Offering.description, Enterprise.short_name,
                  Enterprise.legal_name, _as_stored(Offering.kind), Enterprise.province_code,
                  Enterprise.committee_id, Offering.category_id, Category.parent_id,
                  Offering.member_offer, Offering.member_discount_pct, _as_stored(Offering.approved_at),
                  Offering.specs, _as_stored(Offering.origin), Offering.origin_country,
                  _as_stored(Offering.confirm_due_on))
        .join(Offering.enterprise).outerjoin(Category, Category.id == Offering.category_id)
        .where(backend().one_of(Offering.id, ids)))
    return [(id_, title, description or "", short_name or legal_name, kind, province, committee,
             category, parent, bool(member_offer or discount), approved_at,
             offering_context(categories.get(category), categories.get(parent), committees.get(committee)),
             details_text(specs, origin, origin_country), due_on)
            for (id_, title, description, short_name, legal_name, kind, province, committee, category,
                 parent, member_offer, discount, approved_at, specs, origin, origin_country, due_on) in rows]


def _enterprise_args(ids: list[int], member_enterprises: set[int]) -> list[tuple]:
    _categories, committees = _contexts()
    rows = db.session.connection().execute(
        db.select(Enterprise.id, Enterprise.legal_name, Enterprise.short_name, Enterprise.description,
                  Enterprise.address_line, Enterprise.province_code, Enterprise.committee_id,
                  _as_stored(Enterprise.approved_at), Enterprise.tax_code)
        .where(backend().one_of(Enterprise.id, ids)))
    sectors = defaultdict(list)
    for enterprise_id, version, code in db.session.connection().execute(
            db.select(EnterpriseSector.enterprise_id, EnterpriseSector.vsic_version, EnterpriseSector.code)
            .where(backend().one_of(EnterpriseSector.enterprise_id, ids))):
        sectors[enterprise_id].append((version, code))
    return [(id_, legal_name, short_name, description or "", address or "", province, committee,
             id_ in member_enterprises, approved_at, tax_code, committee_context(committees.get(committee)),
             sector_context(sectors[id_]))
            for (id_, legal_name, short_name, description, address, province, committee, approved_at, tax_code) in rows]


def _batches(doc_ids: list[int], member_enterprises: set[int]):
    """The documents `doc_ids`, BATCH at a time, as argument tuples."""
    for start in range(0, len(doc_ids), BATCH):
        offerings, enterprises = _refs(doc_ids[start:start + BATCH])
        yield _offering_args(offerings), _enterprise_args(enterprises, member_enterprises)


def _build(offerings: list[tuple], enterprises: list[tuple], values: Callable[[dict], tuple]
           ) -> tuple[list[tuple], Counter, Counter, Counter]:
    """Documents (as the backend's `values`, in doc_id order), vocabulary, suggestions and the
    counts pages show (search_counts) of one batch: pure Python, run in worker processes for a
    large catalogue while the main process reads and writes the database."""
    rows = [offering_row(*args) for args in offerings]
    rows += [{**enterprise_row(*args), "display": args[2] or args[1]} for args in enterprises]
    rows.sort(key=lambda r: r["doc_id"])
    return [values(r) for r in rows], *vocabulary(rows), Counter(key for row in rows for key in _count_keys(row))


def reindex(progress: Callable[[int], None] = lambda n: None) -> int:
    """Rebuild every search table from the public catalogue; returns the number of documents.
    Searches and edits go on meanwhile (see PostgresBackend.swap_in). The caller commits at once:
    on PostgreSQL, from the swap at the end to the commit, the search tables wait for it."""
    b = backend()
    b.start_bulk()
    terms: Counter = Counter()
    suggestions: Counter = Counter()
    counted: Counter = Counter()
    total = 0

    def store(built: tuple[list[tuple], Counter, Counter, Counter]) -> None:
        nonlocal total
        rows, batch_terms, batch_suggestions, batch_counts = built
        b.insert_bulk(rows)
        terms.update(batch_terms)
        suggestions.update(batch_suggestions)
        counted.update(batch_counts)
        total += len(rows)
        progress(len(rows))

    doc_ids, member_enterprises = _public_catalogue()
    if len(doc_ids) < PARALLEL_FROM:
        for offerings, enterprises in _batches(doc_ids, member_enterprises):
            store(_build(offerings, enterprises, b.values))
    else:  # fork: the workers need only the imported code; they never touch the database
        # The workers yield to this process: it reads and writes the database, the slowest part.
        with ProcessPoolExecutor(os.cpu_count() or 1, mp_context=multiprocessing.get_context("fork"),
                                 initializer=os.nice, initargs=(WORKER_NICENESS,)) as pool:
            pending: deque = deque()
            for offerings, enterprises in _batches(doc_ids, member_enterprises):
                pending.append(pool.submit(_build, offerings, enterprises, b.values))
                if len(pending) > BATCHES_AHEAD * (os.cpu_count() or 1):
                    store(pending.popleft().result())
            while pending:
                store(pending.popleft().result())
    for category in db.session.scalars(db.select(Category)):
        for key in suggestion_keys(category.name_vi):
            suggestions[(key, category.name_vi, "category", category.slug)] += 1
    b.append("search_terms", ("term", "freq"), terms.items())
    b.append("search_suggestions", ("key", "label", "target", "ref", "weight"),
             ((*suggestion, n) for suggestion, n in suggestions.items()))
    b.finish_bulk()
    edited = b.swap_in()
    _write_counts(counted)  # as built; the documents edited meanwhile then change them as any edit does
    _apply_again(edited)
    touch()
    return total


def _apply_again(doc_ids: list[int]) -> None:
    """The documents edited while a rebuild built its tables (PostgresBackend.swap_in), brought in
    line with the catalogue as committed now, in the new tables."""
    if not doc_ids:
        return
    offering_ids, enterprise_ids = _refs(doc_ids)
    _remove(doc_ids)
    fresh = {"populate_existing": True}  # the rebuild's session may hold older copies
    offerings = db.session.scalars(db.select(Offering).where(Offering.id.in_(offering_ids)).execution_options(**fresh))
    enterprises = db.session.scalars(db.select(Enterprise).where(Enterprise.id.in_(enterprise_ids))
                                     .execution_options(**fresh))
    _add([_offering_doc(o) for o in offerings if o.is_public] + [_enterprise_doc(e) for e in enterprises if e.is_public])
