"""Matches beyond the words as typed (docs/search.md, "Matching"): synonyms, the unfinished last
word completed, unknown words corrected ("did you mean", or "results for" when nothing matched),
and the best part of the words when still few matched. The word-level candidates come from
matching.py; here each is tried against the index, one tier read at a time."""
from typing import NamedTuple

from . import matching, synonyms
from .backends import Match
from .filters import Filters
from .params import COUNT_LIMIT, MAX_WORDS, PAGE_SIZE
from .ranking import ranked, ranked_levels, tiers_for

FEW_RESULTS = 3  # below this many results corrections and partial matches are looked for (a vocabulary read)
PARTIAL_LEVEL_OFFSET = 4  # partial matches rank after every level of a full match (ranking.level is 0-3)
REAL_WORD_TRIES = 12  # replacements tried for a typo that is a word too (key reads; the index only for a fit)
REAL_WORD_MAX_WORDS = 6  # longer queries: partial matches
SCATTERED = 3  # ranking.level of "all the words anywhere": a match below it has the words as a phrase or in its title


class More(NamedTuple):
    rows: list[Match]
    keys: set[str]  # folded words the other matches were found by, for highlighting
    did_you_mean: str | None = None
    showing_for: str | None = None
    left_out: tuple = ()


def _count(folded: list[str], filters: Filters, phrase: bool = False, limit: int = FEW_RESULTS * 7) -> int:
    """How many documents have all the words, or the phrase (up to `limit`): one tier read."""
    tiers = tiers_for("fold", folded)
    tier = tiers[2 if len(folded) > 1 else 1] if phrase else tiers[-1]
    return len(ranked([tier], filters, limit))


def _merge(*found: list[tuple[int, Match]]) -> list[Match]:
    """Matches of several queries in one order: by level (ranking.level), and within a level the
    earlier query's first, each in its own order."""
    if len(found) == 1:  # one query's matches are already in that order (ranking.ranked_levels), each once
        return [row for _level, row in found[0][:COUNT_LIMIT + 1]]
    ordered = sorted((level, n, i, row) for n, rows in enumerate(found) for i, (level, row) in enumerate(rows))
    seen, rows = set(), []
    for _level, _n, _i, row in ordered:
        if row.doc_id not in seen:
            seen.add(row.doc_id)
            rows.append(row)
    return rows[:COUNT_LIMIT + 1]


def _levels_of(folded: list[str], filters: Filters) -> list[tuple[int, Match]]:
    return ranked_levels(tiers_for("fold", folded), filters, COUNT_LIMIT + 1)


def _likeliest(options: list[list[str]], filters: Filters, phrases: bool = True) -> list[str] | None:
    """The first query of `options` whose words are found as a phrase, else the first of the
    first three found at all (each try is one read of one tier, a row at most). `phrases` False:
    the caller knows none is found as a phrase."""
    for phrase, tries in ((True, options if phrases else []), (False, options[:3])):
        for words in tries:
            if _count(words, filters, phrase=phrase, limit=1):
                return words
    return None


def more_matches(folded: list[str], known: dict[str, int], filters: Filters, levelled: list[tuple[int, Match]],
                 typing: bool) -> More:
    """The matches of the words as typed (`levelled`; `known`: the words' frequencies) merged by
    level with: the words' synonyms; the unfinished last word completed. When few matched,
    unknown words corrected, or else a typo that is a word too: the correction's results shown
    when nothing matched ("results for ..."), otherwise offered ("did you mean"). When still few,
    the best part of the words, saying which were left out."""
    found, keys = [levelled], set()
    if len(levelled) < PAGE_SIZE:  # more than a page: synonyms would add only after it
        alternatives = synonyms.alternatives(folded)
        theirs = matching.frequencies(word for alternative in alternatives for word in alternative)
        for alternative in alternatives:  # a group's phrase the catalogue lacks ("fertiliser") is not read
            found.append([] if matching.found_nowhere(alternative, theirs) else _levels_of(alternative, filters))
            keys |= set(alternative)
    if typing and len(levelled) < PAGE_SIZE:
        options = [folded[:-1] + [word] for word in matching.completions(folded)]
        completed = _likeliest(options[:matching.CANDIDATES], filters)
        if completed:
            found.append(_levels_of(completed, filters))
            keys |= set(completed)
    rows = _merge(*found)
    if len(rows) >= FEW_RESULTS:
        return More(rows, keys)
    corrected = _best_correction(folded, known, filters, typing)
    if corrected and _count(corrected, filters, limit=len(rows) + 1) > len(rows):
        if rows:
            return More(rows, keys, did_you_mean=" ".join(corrected))
        return _showing(corrected, filters, keys)
    corrected = _real_word_correction(folded, filters, len(levelled), typing)
    if corrected:  # the words as typed fit no title: a phrase among their few matches keeps them
        if any(level < SCATTERED for level, _row in levelled):
            return More(rows, keys, did_you_mean=" ".join(corrected))
        return _showing(corrected, filters, keys)
    for kept, left_out in matching.partial_queries(folded, known):
        if _count(kept, filters, limit=len(rows) + 1) > len(rows):
            partial = [(level + PARTIAL_LEVEL_OFFSET, row) for level, row in _levels_of(kept, filters)]
            more = _merge(*found, partial)
            if len(more) > len(rows):  # the line about words left out only above such results
                return More(more, keys | set(kept), left_out=tuple(left_out))
    return More(rows, keys)


def _showing(corrected: list[str], filters: Filters, keys: set[str]) -> More:
    """The results of a correction in place of the few (or none) of the words as typed."""
    return More(ranked(tiers_for("fold", corrected), filters, COUNT_LIMIT + 1), keys | set(corrected),
                showing_for=" ".join(corrected))


def _best_correction(folded: list[str], known: dict[str, int], filters: Filters, typing: bool) -> list[str] | None:
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
            left, right = [w for part in chosen[:i] for w in part], [w for part in chosen[i + 1:] for w in part]
            longest = len(left) + max(map(len, candidates)) + len(right)
            phrases = longest > MAX_WORDS or _phrase_possible(left, right, filters)  # cut at MAX_WORDS: not known
            best = _likeliest(tries, filters, phrases)
            chosen[i] = candidates[tries.index(best)] if best else candidates[0]
    corrected = _flat(chosen)
    return corrected if corrected != folded else None


def _phrase_possible(left: list[str], right: list[str], filters: Filters) -> bool:
    """Whether a try (`left` + a candidate + `right`) can be found as a phrase: only if the words
    on either side of the candidate are, each (one read of a row at most). A long query's phrase
    read costs as much whatever the candidate, so two reads here spare one per candidate when
    the rest of the words never stand together ("thep cuon gia ? hai phong moi")."""
    return all(len(part) < 2 or _count(part, filters, phrase=True, limit=1) for part in (left, right))


def _real_word_correction(folded: list[str], filters: Filters, found: int, typing: bool) -> list[str] | None:
    """The words as typed find few (`found`) and no unknown word's correction finds more: a word that
    starts a title phrase with neither neighbour ("gao tam thon": "tam thon") replaced by one
    that does with one (matching.real_word_variants: "thom"; matching.title_phrase), when the
    query then finds clearly more (2 × found + 1). None for one word (a rare word is no typo)
    or more than REAL_WORD_MAX_WORDS, when every word fits a neighbour, or no replacement does.
    A last word of up to 2 letters being typed is completed, not replaced."""
    if not 2 <= len(folded) <= REAL_WORD_MAX_WORDS:
        return None
    pairs = [matching.title_phrase(folded[j:j + 2]) for j in range(len(folded) - 1)]
    last = len(folded) - (typing and len(folded[-1]) <= 2)
    suspects = [i for i in range(last) if not (i > 0 and pairs[i - 1] or i < len(pairs) and pairs[i])]
    enough = 2 * found + 1
    for i, variant in matching.real_word_variants(folded, suspects)[:REAL_WORD_TRIES]:
        tried = folded[:i] + [variant] + folded[i + 1:]
        neighbours = [tried[j:j + 2] for j in (i - 1, i) if 0 <= j < len(tried) - 1]
        if any(map(matching.title_phrase, neighbours)) and _count(tried, filters, limit=enough) >= enough:
            return tried
    return None


def _flat(parts: list[list[str]]) -> list[str]:
    return [word for part in parts for word in part][:MAX_WORDS]
