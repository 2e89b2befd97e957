"""Spelling ("did you mean"): unknown words corrected against the index vocabulary (search_terms)."""
import sqlalchemy as sa

from ..extensions import db
from .documents import MIN_TERM_CHARS
from .filters import Filters
from .ranking import ranked, tiers_for

FEW_RESULTS = 3  # below this many results a correction is looked for (it costs a vocabulary scan)
MAX_EDITS = 2  # edit distance of a correction at most...
SHORT_WORD_CHARS = 4  # ...and 1 for a word this short: within 2 edits, most short words are near many


def distance(a: str, b: str, limit: int = MAX_EDITS) -> int:
    """Damerau-Levenshtein (optimal string alignment), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def correct_word(word: str) -> str:
    """The most frequent index word within edit distance 1 (short words) or 2."""
    limit = 1 if len(word) <= SHORT_WORD_CHARS else MAX_EDITS
    rows = db.session.execute(sa.text(
        "SELECT term, freq FROM search_terms WHERE length(term) BETWEEN :lo AND :hi"
        " AND (substr(term, 1, 1) = :c1 OR substr(term, 2, 1) = :c2)"
    ), dict(lo=len(word) - limit, hi=len(word) + limit, c1=word[:1], c2=word[1:2])).all()
    best = None
    for term, freq in rows:
        d = distance(word, term, limit)
        if d <= limit and (best is None or (d, -freq) < best[0]):
            best = ((d, -freq), term)
    return best[1] if best else word


def did_you_mean(folded: list[str], filters: Filters, total: int) -> str | None:
    """The query with its unknown words corrected, if that finds more than `total`."""
    known = set(db.session.scalars(sa.text("SELECT term FROM search_terms WHERE term IN :t")
                                   .bindparams(sa.bindparam("t", expanding=True)), {"t": folded}))
    corrected = [w if w in known or w.isdigit() or len(w) < MIN_TERM_CHARS else correct_word(w) for w in folded]
    if corrected == folded:
        return None
    better = len(ranked(tiers_for("fold", corrected)[-1:], filters, total + 1))
    return " ".join(corrected) if better > total else None
