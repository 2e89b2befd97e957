"""Running a search: parameters -> ranked page, total, facets, "did you mean", typeahead.

Rules (docs/search.md): match exact forms when the user typed diacritics, folded forms when not or
when the exact match finds nothing. Ranking is by tier: the phrase in the title, all words in
the title, the phrase anywhere, all words anywhere; within a tier by doc_id, a scrambled number
that is the neutral tie-break (documents.doc_id). The engines list each tier in that order and
stop at COUNT_LIMIT, so a broad word costs no more than a rare one:

- up to COUNT_LIMIT matches, everything is exact: total, facets, every sort and page;
- beyond, the total shows as "more than COUNT_LIMIT", and the facets count, and the name and
  date sorts order, the COUNT_LIMIT most relevant matches; the relevance order is exact.
"""
import threading
import unicodedata
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, fields, replace
from typing import NamedTuple

import sqlalchemy as sa
from flask import g, has_app_context, has_request_context
from markupsafe import Markup, escape
from sqlalchemy.orm import joinedload

from .. import cache as page_cache
from ..extensions import db
from ..models import Category, Committee, Enterprise, Offering
from ..reference import provinces
from ..text import fold, has_diacritics, nfc
from .backends import ROW_COLUMNS, Match, backend, matches
from . import matching, synonyms
from .documents import ENTERPRISE, OFFERING
from .tokens import WORD, exact_word, fold_text, fold_word, words

MAX_QUERY_CHARS = 200  # longer text is cut here (the page says so)
MAX_WORDS = 12
PAGE_SIZE = 20
COUNT_LIMIT = 2000  # matches read per search at most (see above)
MAX_PAGE = COUNT_LIMIT // PAGE_SIZE
SORTS = ("relevance", "newest", "name")
TYPES = (OFFERING, ENTERPRISE)
KINDS = ("product", "service")
FACETS = ("type", "kind", "province", "committee", "category", "member")
FEW_RESULTS = 3


@dataclass(frozen=True)
class Params:
    q: str = ""
    type: str = ""
    kind: str = ""
    province: str = ""
    committee: str = ""
    category: str = ""
    member: bool = False
    sort: str = "relevance"
    page: int = 1
    verbatim: bool = False  # the words as typed: no correction, completion or synonym

    @classmethod
    def from_args(cls, args) -> "Params":
        """Any query string gives valid parameters: unknown values fall back to "no filter"."""
        def pick(name, allowed):
            value = args.get(name, "")
            return value if value in allowed else ""

        try:
            page = min(max(int(args.get("page", 1)), 1), MAX_PAGE)
        except (TypeError, ValueError):
            page = 1
        return cls(
            q=(nfc(args.get("q", "")) or "")[:MAX_QUERY_CHARS * 50],
            type=pick("type", TYPES), kind=pick("kind", KINDS),
            province=pick("province", provinces()),
            committee=nfc(args.get("committee") or "")[:40], category=nfc(args.get("category") or "")[:80],
            member=args.get("member", "") in ("1", "true", "on"),
            sort=pick("sort", SORTS) or "relevance", page=page,
            verbatim=args.get("verbatim", "") in ("1", "true", "on"),
        )

    def to_args(self, **changes) -> dict:
        """Query-string arguments that differ from the defaults (links keep every filter)."""
        values = replace(self, **changes)
        args = {}
        for f in fields(self):
            value = getattr(values, f.name)
            if value != f.default:
                args[f.name] = "1" if value is True else value
        return args


@dataclass
class Hit:
    type: str
    id: int
    record: object
    title: Markup
    snippet: Markup


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    label_en: str | None = None


@dataclass
class Results:
    params: Params
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    capped: bool = False  # more than `total` (= COUNT_LIMIT) matches; facets count the first ones
    mode: str = "browse"  # browse (no words) / exact / fold / empty (no searchable words)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    did_you_mean: str | None = None
    truncated: bool = False
    exact_fallback: bool = False  # diacritics typed, nothing matched exactly: folded results
    showing_for: str | None = None  # nothing matched as typed: these are the results of this correction
    left_out: list[str] = field(default_factory=list)  # no match had every word: these were left out

    @property
    def pages(self) -> int:
        return min(MAX_PAGE, max(1, -(-self.total // PAGE_SIZE)))


# ---- the search ---------------------------------------------------------------------------

@dataclass
class _Filters:
    type: str = ""
    kind: str = ""
    province: str = ""
    committee_id: int | None = None
    category_id: int | None = None
    member: bool = False
    unknown: bool = False  # a committee or category that does not exist: nothing matches

    def where(self) -> tuple[str, dict]:
        """As SQL over search_docs d."""
        conditions, params = ["1 = 1"], {}
        if self.unknown:
            conditions.append("1 = 0")
        for name, sql in (("type", "d.doc_type = :f_type"), ("kind", "d.kind = :f_kind"),
                          ("province", "d.province_code = :f_province")):
            if getattr(self, name):
                conditions.append(sql)
                params[f"f_{name}"] = getattr(self, name)
        if self.committee_id is not None:
            conditions.append("d.committee_id = :f_committee")
            params["f_committee"] = self.committee_id
        if self.category_id is not None:
            conditions.append("(d.category_id = :f_category OR d.category_root_id = :f_category)")
            params["f_category"] = self.category_id
        if self.member:
            conditions.append("d.member_offer")
        return " AND ".join(conditions), params

    def terms(self) -> list[str]:
        """As words of the filter column of the SQLite index (documents.filter_terms)."""
        if self.unknown:
            return ["none"]  # no document carries it
        terms = [f"{prefix}{value}" for prefix, value in (
            ("t", self.type), ("k", self.kind), ("p", self.province)) if value]
        terms += [f"{prefix}{value}" for prefix, value in (
            ("c", self.committee_id), ("g", self.category_id)) if value is not None]
        return terms + ["m1"] * self.member


def _filters(params: Params) -> _Filters:
    filters = _Filters(type=params.type, kind=params.kind, province=params.province, member=params.member)
    if params.committee:
        filters.committee_id = db.session.scalar(db.select(Committee.id).where(Committee.code == params.committee))
        filters.unknown |= filters.committee_id is None
    if params.category:
        filters.category_id = db.session.scalar(db.select(Category.id).where(Category.slug == params.category))
        filters.unknown |= filters.category_id is None
    return filters


class Tier(NamedTuple):
    form: str  # exact / fold (see tokens.py)
    phrase: bool  # the words next to each other, in order
    terms: str  # space-separated index words in that form
    title_only: bool
    folded: str  # the same words folded (PostgreSQL indexes word pairs in that form)


def _tiers(form: str, query_words: list[str]) -> list[Tier]:
    """Best first; every tier is within the last one (all words anywhere)."""
    terms = " ".join(exact_word(w) if form == "exact" else fold(w) for w in query_words)
    folded = " ".join(fold(w) for w in query_words)
    if len(query_words) == 1:
        return [Tier(form, False, terms, True, folded), Tier(form, False, terms, False, folded)]
    return [Tier(form, phrase, terms, title_only, folded)
            for phrase, title_only in ((True, True), (False, True), (True, False), (False, False))]


def _level(tier: Tier) -> int:
    """A tier's place among every query's tiers: the phrase in the title 0, all the words in the
    title 1, the phrase anywhere 2, all the words anywhere 3 (one word: in the title 0, anywhere 2)."""
    return 2 * (not tier.title_only) + (not tier.phrase and " " in tier.terms)


def _score(title: str, query: str) -> float:
    """How well a folded title answers the folded words, within a tier: the title being them,
    starting with them, and the share of the title they make, in characters (shorter titles that
    are about the words first: "Xi măng PCB40" before "Bao PP dệt đựng xi măng 50 kg"). String
    operations only: a broad tier scores 2,000 titles per search."""
    if not title:
        return 0.0
    starts = (title + " ").startswith(query + " ")
    return 3.0 * (title == query) + 2.0 * starts + len(query) / max(len(title), len(query))


def _ranked_levels(tiers: list[Tier], filters: _Filters, limit: int) -> list[tuple[int, Match]]:
    """The first `limit` matches in relevance order, each with its tier's level: tier by tier,
    each tier's matches by _score, ties in doc_id order. A tier's first `limit` rows always hold
    enough new ones, as fewer than `limit` were taken before it. (A tier with more than `limit`
    matches scores the first `limit` in doc_id order.)"""
    rows, seen = [], set()
    for tier in tiers:
        query = tier.folded
        found = [row for row in backend().first(tier, filters, limit) if row.doc_id not in seen]
        found.sort(key=lambda row: -_score(row.title_fold, query))  # stable: doc_id breaks ties
        seen.update(row.doc_id for row in found)
        rows += [(_level(tier), row) for row in found]
        if len(rows) >= limit:
            break
    return rows[:limit]


def _ranked(tiers: list[Tier], filters: _Filters, limit: int) -> list[Match]:
    return [row for _level, row in _ranked_levels(tiers, filters, limit)]


ORDERS = {  # over search_docs d; doc_id breaks ties
    "newest": "d.approved_at DESC, d.doc_id DESC",  # one direction: the index (approved_at, doc_id) reads it
    "name": "d.sort_key, d.doc_id",
}


def _browse(filters: _Filters, sort: str, limit: int) -> list[Match]:
    """No words: the catalogue under the filters in the chosen order (relevance means newest)."""
    where, params = filters.where()
    sql = f"SELECT {ROW_COLUMNS} FROM search_docs d WHERE {where} ORDER BY {ORDERS.get(sort, ORDERS['newest'])} LIMIT :limit"  # constant names only, values bound  # nosec B608
    return matches(sql, {**params, "limit": limit})


def _sorted_page(rows: list[Match], sort: str, page: int) -> list[tuple[str, int]]:
    """One page of the matches read, in name or date order (as ORDERS), sorted here: given
    2,000 ids and a LIMIT, a planner may walk the whole name index to find them."""
    condition, ids = backend().among([r.doc_id for r in rows])
    found = db.session.execute(sa.text("SELECT d.doc_id, d.doc_type, d.ref_id, d.approved_at, d.sort_key"  # constant names only, values bound  # nosec B608
                                       f" FROM search_docs d WHERE d.doc_id {condition}"), {"ids": ids}).all()
    if sort == "newest":  # undated last
        found.sort(key=lambda r: (r.approved_at is not None, r.approved_at or 0, r.doc_id), reverse=True)
    else:
        found.sort(key=lambda r: (r.sort_key, r.doc_id))
    return [(r.doc_type, r.ref_id) for r in found[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]]


def _facet_counts(rows: list[Match]) -> dict[str, dict[str, int]]:
    """Counts per facet value over the rows read, one column at a time (2,001 rows at most)."""
    counts = {
        "type": Counter(r.doc_type for r in rows),
        "kind": Counter(r.kind for r in rows if r.kind),
        "province": Counter(r.province_code for r in rows if r.province_code),
        "committee": Counter(str(r.committee_id) for r in rows if r.committee_id is not None),
        "category": Counter(str(r.category_root_id) for r in rows if r.category_root_id is not None),
        "member": Counter("1" for r in rows if r.member_offer),
    }
    return {name: dict(c) for name, c in counts.items() if c}


@dataclass(frozen=True)
class _Answer:
    """What the index answered for one set of parameters: cached, small, no records."""
    mode: str
    total: int
    capped: bool
    facets: dict
    page: list
    keys: frozenset
    did_you_mean: str | None
    exact_fallback: bool
    showing_for: str | None = None
    left_out: tuple = ()


class _Cache:
    """Answers of recent searches in this process, valid only for the index stamp they were
    computed under (search_state.version, replaced in the same transaction as any index change),
    so every worker stops using them as soon as a change commits."""

    def __init__(self, size: int = 2000):
        self.size, self.entries, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        return None

    def put(self, key, value) -> None:
        with self.lock:
            self.entries[key] = value
            if len(self.entries) > self.size:
                self.entries.popitem(last=False)


_answers = _Cache()

STAMP_SECONDS = 1  # how long the cache backend keeps the stamp it was last given or read
STAMP_KEY = "search-stamp"


class _Stamp:
    """search_state.version, as the cache backend (shared by all workers with Redis) holds it.
    Reading the database on every request was a third of the time of a cached page. A commit
    that changed the index writes its new stamp there at once, so every worker's next request
    sees it; a stamp read from the database is only added if none is there, so a reader that
    raced a commit cannot put the old one back. Without a shared backend (SimpleCache, one per
    process) other processes see a change at most STAMP_SECONDS late."""

    def get(self) -> int:
        if db.session.info.get("search_touched"):  # this transaction's own stamp: not for other requests
            return self._read()
        if has_request_context() and "search_stamp" in g:  # one stamp per request, looked up once
            return g.search_stamp
        value = page_cache.get(STAMP_KEY)
        if value is None:
            value = self._read()
            page_cache.set(STAMP_KEY, value, STAMP_SECONDS, only_if_absent=True)
        if has_request_context():
            g.search_stamp = value
        return value

    @staticmethod
    def _read() -> int:
        return db.session.scalar(sa.text("SELECT version FROM search_state"))

    @staticmethod
    def forget() -> None:
        """Read the database again at the next request (all workers', with a shared backend)."""
        page_cache.delete(STAMP_KEY)
        if has_request_context():
            g.pop("search_stamp", None)


stamp = _Stamp()


@sa.event.listens_for(sa.orm.Session, "after_commit")
def _publish_stamp(session) -> None:
    """A transaction that changed the index committed: its stamp is the current one, for all."""
    session.info.pop("search_touched", None)
    if (value := session.info.pop("search_stamp", None)) is not None and has_app_context():
        page_cache.set(STAMP_KEY, value, STAMP_SECONDS)
        g.pop("search_stamp", None)


@sa.event.listens_for(sa.orm.Session, "after_soft_rollback")
def _forget_stamp(session, _transaction) -> None:
    """Rolled back: the stamp in the database (and in the cache) is still the old one."""
    session.info.pop("search_touched", None)
    session.info.pop("search_stamp", None)


def cached(key, compute):
    """compute(), remembered in this process under the current index stamp and `key`."""
    full_key = (stamp.get(), key)
    value = _answers.get(full_key)
    if value is None:
        value = compute()
        _answers.put(full_key, value)
    return value


def _answer(params: Params, query_words: list[str], with_facets: bool, typing: bool = False) -> _Answer:
    filters = _filters(params)
    tiers, mode, exact_fallback, levelled = [], "browse", False, []
    if query_words and has_diacritics(" ".join(query_words)):
        tiers, mode = _tiers("exact", query_words), "exact"
        levelled = _ranked_levels(tiers, filters, COUNT_LIMIT + 1)
    if mode == "browse" and query_words or mode == "exact" and not levelled:
        exact_fallback = mode == "exact"
        tiers, mode = _tiers("fold", query_words), "fold"
        levelled = _ranked_levels(tiers, filters, COUNT_LIMIT + 1)
    keys = set(tiers[-1].terms.split()) if tiers else set()
    did_you_mean, showing_for, left_out = None, None, ()
    if not tiers:
        rows = _browse(filters, params.sort, COUNT_LIMIT + 1)
    elif params.verbatim:
        rows = [row for _level, row in levelled]
    else:
        more = _more_matches([fold(w) for w in query_words], filters, levelled, typing)
        rows, did_you_mean, showing_for, left_out = more.rows, more.did_you_mean, more.showing_for, more.left_out
        if more.keys and mode == "exact":  # the other matches are by folded words: highlight folded
            mode, keys = "fold", {fold(w) for w in query_words}
        keys |= more.keys
    capped, rows = len(rows) > COUNT_LIMIT, rows[:COUNT_LIMIT]
    if tiers and params.sort != "relevance":
        page = _sorted_page(rows, params.sort, params.page)
    else:
        page = [(r.doc_type, r.ref_id) for r in rows[(params.page - 1) * PAGE_SIZE:params.page * PAGE_SIZE]]
    return _Answer(mode, len(rows), capped, _facet_counts(rows) if with_facets else {}, page,
                   frozenset(keys), did_you_mean, exact_fallback, showing_for, tuple(left_out))


def search(params: Params, with_facets: bool = True) -> Results:
    text = params.q
    truncated = len(text) > MAX_QUERY_CHARS
    query_words = words(text[:MAX_QUERY_CHARS])[:MAX_WORDS]
    results = Results(params=params, truncated=truncated)
    if text.strip() and not query_words:
        results.mode = "empty"
        return results
    typing = not truncated and text[-1:].isalnum()  # the last word may be unfinished
    answer = cached(("answer", tuple(query_words), typing, replace(params, q=""), with_facets),
                    lambda: _answer(params, query_words, with_facets, typing))
    results.mode, results.total, results.capped = answer.mode, answer.total, answer.capped
    results.did_you_mean, results.exact_fallback = answer.did_you_mean, answer.exact_fallback
    results.showing_for, results.left_out = answer.showing_for, list(answer.left_out)
    results.facets = _facet_values(answer.facets, params) if with_facets else {}
    results.hits = _load(answer.page, answer.mode, answer.keys)
    return results


# ---- facets with labels -------------------------------------------------------------------

def _facet_values(counts: dict[str, dict[str, int]], params: Params) -> dict[str, list[FacetValue]]:
    """Labels of data (provinces, committees, categories); templates translate the fixed ones."""
    labels = {"province": {code: p.name for code, p in provinces().items()}}
    english = {}
    committee_ids = [int(v) for v in counts.get("committee", {})]
    committees = {str(c.id): c for c in db.session.scalars(db.select(Committee).where(Committee.id.in_(committee_ids)))}
    labels["committee"] = {k: c.name for k, c in committees.items()}
    category_ids = [int(v) for v in counts.get("category", {})]
    categories = {str(c.id): c for c in db.session.scalars(db.select(Category).where(Category.id.in_(category_ids)))}
    labels["category"] = {k: c.name_vi for k, c in categories.items()}
    english["category"] = {k: c.name_en for k, c in categories.items()}
    public_values = {  # what the URL carries: codes and slugs, not ids
        "committee": {k: c.code for k, c in committees.items()},
        "category": {k: c.slug for k, c in categories.items()},
    }
    selected = {"type": params.type, "kind": params.kind, "province": params.province,
                "committee": params.committee, "category": params.category, "member": "1" if params.member else ""}
    facets = {}
    for name in FACETS:
        values = []
        for raw, n in counts.get(name, {}).items():
            if name == "member" and raw != "1":
                continue
            value = public_values.get(name, {}).get(raw, raw)
            values.append(FacetValue(value, labels.get(name, {}).get(raw, raw), n, selected[name] == value,
                                     english.get(name, {}).get(raw)))
        values.sort(key=lambda v: (-v.count, v.label))
        facets[name] = values
    return facets


# ---- hits, highlighted --------------------------------------------------------------------

def highlight(text: str, keys: set[str], mode: str) -> Markup:
    """The original text, escaped, with matched words in <mark> (folded matches too)."""
    key = exact_word if mode == "exact" else fold_word
    out, position = [], 0
    for match in WORD.finditer(text):
        word = unicodedata.normalize("NFC", match.group().casefold())
        if key(word) in keys:
            out.append(escape(text[position:match.start()]))
            out.append(Markup("<mark>%s</mark>") % match.group())
            position = match.end()
    out.append(escape(text[position:]))
    return Markup("").join(out)


def snippet(text: str, keys: set[str], mode: str, width: int = 160) -> Markup:
    key = exact_word if mode == "exact" else fold_word
    start = next((m.start() for m in WORD.finditer(text)
                  if key(unicodedata.normalize("NFC", m.group().casefold())) in keys), 0)
    begin = max(0, text.rfind(" ", 0, max(0, start - width // 3)) + 1) if start > width // 3 else 0
    piece = text[begin:begin + width]
    if begin + width < len(text):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return (Markup("…") if begin else Markup("")) + highlight(piece, keys, mode)


def _load(page: list[tuple[str, int]], mode: str, keys: set[str]) -> list[Hit]:
    offering_ids = [i for t, i in page if t == OFFERING]
    enterprise_ids = [i for t, i in page if t == ENTERPRISE]
    records = {}
    if offering_ids:
        for o in db.session.scalars(db.select(Offering).where(Offering.id.in_(offering_ids))
                                    .options(joinedload(Offering.enterprise), joinedload(Offering.category))):
            records[(OFFERING, o.id)] = o
    if enterprise_ids:
        for e in db.session.scalars(db.select(Enterprise).where(Enterprise.id.in_(enterprise_ids))
                                    .options(joinedload(Enterprise.committee))):
            records[(ENTERPRISE, e.id)] = e
    hits = []
    for doc_type, ref_id in page:
        record = records.get((doc_type, ref_id))
        if record is None:
            continue
        title = record.title if doc_type == OFFERING else record.legal_name
        hits.append(Hit(doc_type, ref_id, record, highlight(title, keys, mode),
                        snippet(record.description or "", keys, mode)))
    return hits


# ---- more than the words as typed (matching.py) ------------------------------------------

class _More(NamedTuple):
    rows: list[Match]
    keys: set[str]  # folded words the other matches were found by, for highlighting
    did_you_mean: str | None = None
    showing_for: str | None = None
    left_out: tuple = ()


def _count(folded: list[str], filters: _Filters, phrase: bool = False, limit: int = FEW_RESULTS * 7) -> int:
    """How many documents have all the words, or the phrase (up to `limit`): one tier read."""
    tiers = _tiers("fold", folded)
    tier = tiers[2 if len(folded) > 1 else 1] if phrase else tiers[-1]
    return len(_ranked([tier], filters, limit))


def _merge(*found: list[tuple[int, Match]]) -> list[Match]:
    """Matches of several queries in one order: by level (_level), and within a level the
    earlier query's first, each in its own order."""
    ordered = sorted((level, n, i, row) for n, rows in enumerate(found) for i, (level, row) in enumerate(rows))
    seen, rows = set(), []
    for _level, _n, _i, row in ordered:
        if row.doc_id not in seen:
            seen.add(row.doc_id)
            rows.append(row)
    return rows[:COUNT_LIMIT + 1]


def _levels_of(folded: list[str], filters: _Filters) -> list[tuple[int, Match]]:
    return _ranked_levels(_tiers("fold", folded), filters, COUNT_LIMIT + 1)


def _likeliest(options: list[list[str]], filters: _Filters) -> list[str] | None:
    """The first query of `options` whose words are found as a phrase, else the first of the
    first three found at all (each try is one read of one tier, a row at most)."""
    for phrase, tries in ((True, options), (False, options[:3])):
        for words in tries:
            if _count(words, filters, phrase=phrase, limit=1):
                return words
    return None


def _more_matches(folded: list[str], filters: _Filters, levelled: list[tuple[int, Match]], typing: bool) -> _More:
    """Matches beyond the words as typed (docs/search.md, "Matching"), merged with them by level:
    the words' synonyms; the unfinished last word completed. When few matched, unknown words
    corrected: the correction's results shown when nothing matched ("results for ..."),
    otherwise offered ("did you mean"). When still few, the best part of the words, saying
    which were left out."""
    found, keys = [levelled], set()
    if len(levelled) < PAGE_SIZE:  # more than a page: synonyms would add only after it
        for alternative in synonyms.alternatives(folded):
            found.append(_levels_of(alternative, filters))
            keys |= set(alternative)
    if typing and len(levelled) < PAGE_SIZE:
        options = [folded[:-1] + [word] for word in matching.completions(folded)]
        completed = _likeliest(options[:matching.CANDIDATES], filters)
        if completed:
            found.append(_levels_of(completed, filters))
            keys |= set(completed)
    rows = _merge(*found)
    if len(rows) >= FEW_RESULTS:
        return _More(rows, keys)
    known = matching.frequencies(folded)
    corrected = _best_correction(folded, known, filters, typing)
    if corrected and _count(corrected, filters, limit=len(rows) + 1) > len(rows):
        if rows:
            return _More(rows, keys, did_you_mean=" ".join(corrected))
        return _More(_ranked(_tiers("fold", corrected), filters, COUNT_LIMIT + 1), keys | set(corrected),
                     showing_for=" ".join(corrected))
    for kept, left_out in matching.partial_queries(folded, known):
        if _count(kept, filters, limit=len(rows) + 1) > len(rows):
            partial = [(level + 4, row) for level, row in _levels_of(kept, filters)]  # after every full match
            more = _merge(*found, partial)
            if len(more) > len(rows):  # the line about words left out only above such results
                return _More(more, keys | set(kept), left_out=tuple(left_out))
    return _More(rows, keys)


def _best_correction(folded: list[str], known: dict[str, int], filters: _Filters, typing: bool) -> list[str] | None:
    """Each unknown word replaced (matching.corrections), one word at a time, by its first
    candidate that makes the query a phrase found in the catalogue, else found at all; None when
    every word is known or nothing is found. A short last word being typed is completed, not corrected."""
    unfinished = typing and len(folded[-1]) <= 2
    options = matching.corrections(folded[:-1] if unfinished else folded, known) + [[folded[-1:]]] * unfinished
    chosen = [o[0] for o in options]
    if _flat(chosen) == folded:
        return None
    for i, candidates in enumerate(options):
        if len(candidates) > 1:
            tries = [_flat(chosen[:i] + [c] + chosen[i + 1:]) for c in candidates]
            best = _likeliest(tries, filters)
            chosen[i] = candidates[tries.index(best)] if best else candidates[0]
    corrected = _flat(chosen)
    return corrected if corrected != folded else None


def _flat(parts: list[list[str]]) -> list[str]:
    return [word for part in parts for word in part][:MAX_WORDS]


# ---- typeahead ----------------------------------------------------------------------------

@dataclass
class Suggestion:
    label: str
    target: str  # offering / enterprise / category
    ref: str  # category slug


def suggest(text: str, limit: int = 8) -> list[Suggestion]:
    """Labels whose words start with what was typed (folded), the most common first."""
    key = fold_text(text[:MAX_QUERY_CHARS])
    if text[-1:].isspace() and key:
        key += " "
    if len(key) < 2:
        return []
    rows = db.session.execute(sa.text(
        "SELECT label, target, ref FROM (SELECT label, target, ref, weight FROM search_suggestions"
        " WHERE key >= :lo AND key < :hi LIMIT 300) s ORDER BY weight DESC, label LIMIT :n"
    ), dict(lo=key, hi=key + "\U0010ffff", n=limit * 4)).all()
    seen, suggestions = set(), []
    for label, target, ref in rows:
        if (label, target) not in seen:
            seen.add((label, target))
            suggestions.append(Suggestion(label, target, ref))
    return suggestions[:limit]
