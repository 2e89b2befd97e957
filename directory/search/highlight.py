"""The page's hits: their records loaded, titles and snippets with the matched words marked."""
import unicodedata
from dataclasses import dataclass

from markupsafe import Markup, escape
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import Enterprise, Offering
from .documents import ENTERPRISE, OFFERING
from .tokens import WORD, exact_word, fold_word

SNIPPET_CHARS = 160  # of the description under a hit: about two lines of the results column
# A snippet starts up to 1/SNIPPET_LEAD of its width before the first matched word, so the
# word comes with some of what precedes it.
SNIPPET_LEAD = 3


@dataclass
class Hit:
    type: str
    id: int
    record: object
    title: Markup
    snippet: Markup


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


def snippet(text: str, keys: set[str], mode: str, width: int = SNIPPET_CHARS) -> Markup:
    key = exact_word if mode == "exact" else fold_word
    start = next((m.start() for m in WORD.finditer(text)
                  if key(unicodedata.normalize("NFC", m.group().casefold())) in keys), 0)
    lead = width // SNIPPET_LEAD
    begin = max(0, text.rfind(" ", 0, max(0, start - lead)) + 1) if start > lead else 0
    piece = text[begin:begin + width]
    if begin + width < len(text):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return (Markup("…") if begin else Markup("")) + highlight(piece, keys, mode)


def load_hits(page: list[tuple[str, int]], mode: str, keys: set[str]) -> list[Hit]:
    """The page's records in its order (one query per type); one gone since is left out."""
    offering_ids = [i for t, i in page if t == OFFERING]
    enterprise_ids = [i for t, i in page if t == ENTERPRISE]
    records = {}
    if offering_ids:
        for o in db.session.scalars(db.select(Offering).where(Offering.id.in_(offering_ids))
                                    .options(joinedload(Offering.enterprise), joinedload(Offering.category),
                                             selectinload(Offering.images))):  # the cards' thumbnails
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
