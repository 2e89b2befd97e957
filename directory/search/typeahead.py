"""Typeahead: labels (offering titles, enterprise names, categories) whose words start with what
was typed, from search_suggestions."""
from dataclasses import dataclass

import sqlalchemy as sa

from ..extensions import db
from .params import MAX_QUERY_CHARS
from .tokens import fold_text

SUGGESTIONS = 8  # shown under the box
MIN_PREFIX_CHARS = 2  # one letter starts too many words to suggest anything useful
# Keys read in key order for a prefix, the most common of them shown: bounds the cost of a
# short prefix that starts thousands of keys.
CANDIDATES = 300
# A label is keyed from each of its words, so one label can come back several times: read this
# many times the labels wanted, for enough distinct ones to remain.
REPEATS_READ = 4


@dataclass
class Suggestion:
    label: str
    target: str  # offering / enterprise / category
    ref: str  # category slug


def suggest(text: str, limit: int = SUGGESTIONS) -> list[Suggestion]:
    """Labels whose words start with what was typed (folded), the most common first."""
    key = fold_text(text[:MAX_QUERY_CHARS])
    if text[-1:].isspace() and key:
        key += " "
    if len(key) < MIN_PREFIX_CHARS:
        return []
    rows = db.session.execute(sa.text(
        "SELECT label, target, ref FROM (SELECT label, target, ref, weight FROM search_suggestions"
        " WHERE key >= :lo AND key < :hi LIMIT :candidates) s ORDER BY weight DESC, label LIMIT :n"
    ), dict(lo=key, hi=key + "\U0010ffff", candidates=CANDIDATES, n=limit * REPEATS_READ)).all()
    seen, suggestions = set(), []
    for label, target, ref in rows:
        if (label, target) not in seen:
            seen.add((label, target))
            suggestions.append(Suggestion(label, target, ref))
    return suggestions[:limit]
