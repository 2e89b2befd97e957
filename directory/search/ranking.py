"""Ranking: the matches of a query in relevance order, or the catalogue in a chosen order.

Rules (docs/search.md): match exact forms when the user typed diacritics, folded forms when not or
when the exact match finds nothing. Ranking is by tier: the phrase in the title, all words in
the title, the phrase anywhere, all words anywhere; within a tier by how well the title answers
(title_score), then by doc_id, a scrambled number that is the neutral tie-break
(documents.doc_id). The engines list each tier in doc_id order and stop at COUNT_LIMIT, so a
broad word costs no more than a rare one:

- up to COUNT_LIMIT matches, everything is exact: total, facets, every sort and page;
- beyond, the total shows as "more than COUNT_LIMIT", and the facets count, and the name and
  date sorts order, the COUNT_LIMIT most relevant matches; the relevance order is exact.
"""
from typing import NamedTuple

import sqlalchemy as sa

from ..extensions import db
from ..models import Offering
from ..text import fold
from .backends import ROW_COLUMNS, Match, backend, matches
from .documents import OFFERING
from .filters import Filters
from .params import PAGE_SIZE
from .schema import DOCS
from .tokens import exact_word


LONG_QUERY = 4  # words or more: rarely thousands of documents with all of them (ranked_levels)


class Tier(NamedTuple):
    form: str  # exact / fold (see tokens.py)
    phrase: bool  # the words next to each other, in order
    terms: str  # space-separated index words in that form
    title_only: bool
    folded: str  # the same words folded (PostgreSQL indexes word pairs in that form)


def tiers_for(form: str, query_words: list[str]) -> list[Tier]:
    """Best first; every tier is within the last one (all words anywhere)."""
    terms = " ".join(exact_word(w) if form == "exact" else fold(w) for w in query_words)
    folded = " ".join(fold(w) for w in query_words)
    if len(query_words) == 1:
        return [Tier(form, False, terms, True, folded), Tier(form, False, terms, False, folded)]
    return [Tier(form, phrase, terms, title_only, folded)
            for phrase, title_only in ((True, True), (False, True), (True, False), (False, False))]


def level(tier: Tier) -> int:
    """A tier's place among every query's tiers: the phrase in the title 0, all the words in the
    title 1, the phrase anywhere 2, all the words anywhere 3 (one word: in the title 0, anywhere 2)."""
    return 2 * (not tier.title_only) + (not tier.phrase and " " in tier.terms)


def title_score(title: str, query: str) -> float:
    """How well a folded title answers the folded words, within a tier: the title being them,
    starting with them, and the share of the title they make, in characters (shorter titles that
    are about the words first: "Xi măng PCB40" before "Bao PP dệt đựng xi măng 50 kg"). String
    operations only: a broad tier scores COUNT_LIMIT titles per search."""
    if not title:
        return 0.0
    starts = (title + " ").startswith(query + " ")
    return 3.0 * (title == query) + 2.0 * starts + len(query) / max(len(title), len(query))


def ranked_levels(tiers: list[Tier], filters: Filters, limit: int) -> list[tuple[int, Match]]:
    """The first `limit` matches in relevance order, each with its tier's level: tier by tier,
    each tier's matches by title_score, ties in doc_id order. A tier's first `limit` rows always
    hold enough new ones, as fewer than `limit` were taken before it. (A tier with more than
    `limit` matches scores the first `limit` in doc_id order.)

    When the first tier does not fill the page of matches, the last (all the words anywhere,
    which holds every other tier) is read next, or first for LONG_QUERY words or more. With
    fewer than `limit` matches it holds them all, and each one's tier is decided on its own
    words (`_levelled_here`): a phrase or title read of common words that few documents have
    together walks every document that has them all (tens of ms at a million listings), where
    reading the few documents' text is one read by key. Otherwise the tiers between are read,
    and the last one's rows are already there."""
    rows, seen, every = [], set(), None
    last_first = len(tiers[0].terms.split()) >= LONG_QUERY  # few documents have all the words: skip to them
    for n, tier in enumerate(tiers):
        if n == int(not last_first) and len(tiers) > 2:
            every = backend().first(tiers[-1], filters, limit)
            if len(every) < limit:
                return _levelled_here(tiers, every)
        found = every if every is not None and n == len(tiers) - 1 else backend().first(tier, filters, limit)
        found = [row for row in found if row.doc_id not in seen]
        query = tier.folded
        found.sort(key=lambda row: -title_score(row.title_fold, query))  # stable: doc_id breaks ties
        seen.update(row.doc_id for row in found)
        rows += [(level(tier), row) for row in found]
        if len(rows) >= limit:
            break
    return rows[:limit]


def _levelled_here(tiers: list[Tier], every: list[Match]) -> list[tuple[int, Match]]:
    """All the matches of a query (`every`, in doc_id order) in relevance order, each one's tier
    found on its title and body words, which are what the engines index (tokens.py): a phrase is
    the words next to each other in one field, as FTS5 has it (PostgreSQL's own phrase reads are
    word pairs, docs/search.md; here both engines agree). The database tests the texts where
    they lie and returns only the matches above the last tier, with their tier: most matches
    have the words scattered, and their texts need not travel."""
    if not every:
        return []
    form = "exact" if tiers[0].form == "exact" else "fold"
    docs = DOCS.c
    title, body = (sa.literal(" ") + docs[f"{field}_{form}"] + sa.literal(" ") for field in ("title", "body"))
    phrase, words = f"% {tiers[0].terms} %", [f"% {w} %" for w in tiers[0].terms.split()]  # letters and digits only
    in_title = sa.and_(*(title.like(w) for w in words))
    above_last = dict(db.session.execute(
        sa.select(docs.doc_id, sa.case((title.like(phrase), 0), (in_title, 1), else_=2))
        .where(backend().one_of(docs.doc_id, [row.doc_id for row in every]), sa.or_(in_title, body.like(phrase)))).all())
    last = len(tiers) - 1
    query = tiers[0].folded
    ordered = sorted(((above_last.get(row.doc_id, last), -title_score(row.title_fold, query), i, row)
                      for i, row in enumerate(every)), key=lambda t: t[:3])
    return [(level(tiers[n]), row) for n, _score, _i, row in ordered]


def ranked(tiers: list[Tier], filters: Filters, limit: int) -> list[Match]:
    return [row for _level, row in ranked_levels(tiers, filters, limit)]


# An offering's price for the price orders (Filters.offering_sql's bounds): the lowest for cheapest
# first, the highest for dearest first; each falls back to the other. Enterprises and offerings
# without a price have none and come last either way.
LOW_PRICE, HIGH_PRICE = "COALESCE(p.price_min, p.price_max)", "COALESCE(p.price_max, p.price_min)"
ORDERS = {  # over search_docs d (and offerings p, PRICED); doc_id breaks ties
    "newest": "d.approved_at DESC, d.doc_id DESC",  # one direction: the index (approved_at, doc_id) reads it
    "name": "d.sort_key, d.doc_id",
    "price_asc": f"{LOW_PRICE} IS NULL, {LOW_PRICE}, d.doc_id",
    "price_desc": f"{HIGH_PRICE} IS NULL, {HIGH_PRICE} DESC, d.doc_id",
}
PRICED = " LEFT JOIN offerings p ON d.doc_type = 'offering' AND p.id = d.ref_id"


def browse(filters: Filters, sort: str, limit: int) -> list[Match]:
    """No words: the catalogue under the filters in the chosen order (relevance means newest)."""
    where, params = filters.where()
    joined = PRICED if sort.startswith("price") else ""
    sql = f"SELECT {ROW_COLUMNS} FROM search_docs d{joined} WHERE {where} ORDER BY {ORDERS.get(sort, ORDERS['newest'])} LIMIT :limit"  # constant names only, values bound  # nosec B608
    return matches(sql, {**params, "limit": limit})


def sorted_page(rows: list[Match], sort: str, page: int) -> list[tuple[str, int]]:
    """One page of the matches read, in name, date or price order (as ORDERS), sorted here: given
    2,000 ids and a LIMIT, a planner may walk the whole name index to find them."""
    docs = DOCS.c
    query = (sa.select(docs.doc_id, docs.doc_type, docs.ref_id, docs.approved_at, docs.sort_key)
             .where(backend().one_of(docs.doc_id, [r.doc_id for r in rows])))
    if sort.startswith("price"):  # joined only for a price order: each match costs a read of its offering
        query = (query.add_columns(sa.func.coalesce(Offering.price_min, Offering.price_max).label("low"),
                                   sa.func.coalesce(Offering.price_max, Offering.price_min).label("high"))
                 .outerjoin(Offering, sa.and_(docs.doc_type == OFFERING, Offering.id == docs.ref_id)))
    found = db.session.execute(query).all()
    if sort == "newest":  # undated last
        found.sort(key=lambda r: (r.approved_at is not None, r.approved_at or 0, r.doc_id), reverse=True)
    elif sort == "price_asc":  # unpriced last
        found.sort(key=lambda r: (r.low is None, r.low or 0, r.doc_id))
    elif sort == "price_desc":
        found.sort(key=lambda r: (r.high is None, -(r.high or 0), r.doc_id))
    else:
        found.sort(key=lambda r: (r.sort_key, r.doc_id))
    return [(r.doc_type, r.ref_id) for r in found[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]]
