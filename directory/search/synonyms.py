"""Synonyms applied at query time (docs/search.md, "Synonyms"): groups of phrases that mean the
same to a buyer ("xi măng, cement"), in the table search_synonyms (migration 0016), edited by
administrators (services/synonyms.py). A query that holds a phrase of a group is also searched
with each other phrase of the group in its place; those matches come after the query's own."""
import sqlalchemy as sa

from ..extensions import db
from .answer_cache import per_stamp
from .tokens import fold_text

MAX_ALTERNATIVES = 4  # queries added per search, at most


def parse(terms: str) -> list[str]:
    """A group as stored: phrases separated by commas (or new lines)."""
    return [phrase.strip() for phrase in terms.replace("\n", ",").split(",") if phrase.strip()]


def _table() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Each folded phrase -> the other phrases of its groups."""
    table: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for (terms,) in db.session.execute(sa.text("SELECT terms FROM search_synonyms ORDER BY id")):
        phrases = list(dict.fromkeys(tuple(fold_text(p).split()) for p in parse(terms)))
        for phrase in phrases:
            if phrase:
                table.setdefault(phrase, []).extend(other for other in phrases if other != phrase and other)
    return table


def table() -> dict:
    """The groups, read once per index stamp (an edit replaces the stamp, see services/synonyms.py)."""
    return per_stamp("synonyms", _table)


def alternatives(folded: list[str]) -> list[list[str]]:
    """The query with its longest phrase found in a group replaced by each other phrase of it."""
    groups = table()
    longest = max((len(p) for p in groups), default=0)
    for size in range(min(longest, len(folded)), 0, -1):
        for start in range(len(folded) - size + 1):
            others = groups.get(tuple(folded[start:start + size]))
            if others:
                return [folded[:start] + list(other) + folded[start + size:] for other in others][:MAX_ALTERNATIVES]
    return []
