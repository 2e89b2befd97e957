"""Running a search: parameters -> ranked page, total, facets, "did you mean".

The jobs live in their own modules: params (Params, limits), filters, ranking (tiers, relevance
and the other orders), answer_cache (answers kept per index stamp), facets, highlight (the
page's hits), more_matches (synonyms, completion, corrections, partial matches; its word-level
candidates in matching) and typeahead (suggest). Views and the API import from
here or from the package.
"""
from dataclasses import dataclass, field, replace

from ..text import fold, has_diacritics
from . import matching
from .answer_cache import cached
from .facets import FACETS, FacetValue, Shown, certification_counts, facet_counts, facet_values, shown_certifications
from .filters import filters_for
from .highlight import Hit, load_hits
from .params import COUNT_LIMIT, MAX_PAGE, MAX_QUERY_CHARS, MAX_WORDS, PAGE_SIZE, Params
from .more_matches import more_matches
from .ranking import browse, ranked_levels, sorted_page, tiers_for
from .tokens import words
from .typeahead import Suggestion, suggest

__all__ = ["COUNT_LIMIT", "FACETS", "MAX_PAGE", "PAGE_SIZE", "FacetValue", "Hit", "Params", "Results",
           "Suggestion", "search", "suggest"]


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
    # Matches per type (the tabs), of the search without its type filter: the tabs keep their
    # counts once one is chosen. None when they would not be exact (more than COUNT_LIMIT matches).
    type_counts: dict[str, int] | None = None
    # The badges the page's hits show today, (type, id) -> Shown (read with the facets; words in
    # services/certifications.badges_of).
    badges: dict[tuple[str, int], list[Shown]] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return min(MAX_PAGE, max(1, -(-self.total // PAGE_SIZE)))


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
    badges: tuple = ()  # Shown of the page's hits


def _answer(params: Params, query_words: list[str], with_facets: bool, typing: bool = False) -> _Answer:
    filters = filters_for(params)
    tiers, mode, exact_fallback, levelled = [], "browse", False, []
    folded = [fold(w) for w in query_words]
    known = matching.frequencies(folded)
    nowhere = matching.found_nowhere(folded, known)  # a word the catalogue lacks: nothing to read (typos, foreign words)

    def levels(tiers):
        return [] if nowhere else ranked_levels(tiers, filters, COUNT_LIMIT + 1)

    if query_words and has_diacritics(" ".join(query_words)):
        tiers, mode = tiers_for("exact", query_words), "exact"
        levelled = levels(tiers)
    if mode == "browse" and query_words or mode == "exact" and not levelled:
        exact_fallback = mode == "exact"
        tiers, mode = tiers_for("fold", query_words), "fold"
        levelled = levels(tiers)
    keys = set(tiers[-1].terms.split()) if tiers else set()
    did_you_mean, showing_for, left_out = None, None, ()
    if not tiers:
        rows = browse(filters, params.sort, COUNT_LIMIT + 1)
    elif params.verbatim:
        rows = [row for _level, row in levelled]
    else:
        more = more_matches(folded, known, filters, levelled, typing)
        rows, did_you_mean, showing_for, left_out = more.rows, more.did_you_mean, more.showing_for, more.left_out
        if more.keys and mode == "exact":  # the other matches are by folded words: highlight folded
            mode, keys = "fold", {fold(w) for w in query_words}
        keys |= more.keys
    capped, rows = len(rows) > COUNT_LIMIT, rows[:COUNT_LIMIT]
    if tiers and params.sort != "relevance":
        page = sorted_page(rows, params.sort, params.page)
    else:
        page = [(r.doc_type, r.ref_id) for r in rows[(params.page - 1) * PAGE_SIZE:params.page * PAGE_SIZE]]
    facets, badges = {}, ()
    if with_facets:  # one read of the certifications: the "cert" facet and the page's badges
        shown = shown_certifications(rows)
        facets = {**facet_counts(rows), **certification_counts(shown)}
        on_page = set(page)
        badges = tuple(s for s in shown if (s.doc_type, s.ref_id) in on_page)
    return _Answer(mode, len(rows), capped, facets, page,
                   frozenset(keys), did_you_mean, exact_fallback, showing_for, tuple(left_out), badges)


def search(params: Params, with_facets: bool = True) -> Results:
    text = params.q
    truncated = len(text) > MAX_QUERY_CHARS
    query_words = words(text[:MAX_QUERY_CHARS])[:MAX_WORDS]
    results = Results(params=params, truncated=truncated)
    if text.strip() and not query_words:
        results.mode = "empty"
        return results
    typing = not truncated and text[-1:].isalnum()  # the last word may be unfinished
    def answer_for(chosen: Params) -> _Answer:
        return cached(("answer", tuple(query_words), typing, replace(chosen, q=""), with_facets),
                      lambda: _answer(chosen, query_words, with_facets, typing))

    answer = answer_for(params)
    if with_facets:
        # The "all" tab's answer (its first page, as that tab shows it) for the tabs' counts.
        every_type = answer_for(replace(params, type="", page=1, sort="relevance")) if params.type else answer
        if not every_type.capped:
            results.type_counts = dict(every_type.facets.get("type", {}))
    results.mode, results.total, results.capped = answer.mode, answer.total, answer.capped
    results.did_you_mean, results.exact_fallback = answer.did_you_mean, answer.exact_fallback
    results.showing_for, results.left_out = answer.showing_for, list(answer.left_out)
    results.facets = facet_values(answer.facets, params) if with_facets else {}
    results.hits = load_hits(answer.page, answer.mode, answer.keys)
    for shown in answer.badges:
        results.badges.setdefault((shown.doc_type, shown.ref_id), []).append(shown)
    return results
