"""What a reviewer checks before deciding and a visitor never sees: is the tax code valid, and is
this record already in the directory (the same tax code, a very similar name in the province)."""
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from stdnum.vn import mst

from ..extensions import db
from ..models import Enterprise, Offering, Revision, Status
from ..text import fold
from .lifecycle import owner_enterprise, revision_target

SIMILAR = 0.85  # SequenceMatcher ratio of two names, legal form left out, from which they look alike
MAX_CANDIDATES = 500  # rows compared in Python for one page: bounded however large the province
# Words of the legal form (folded) that every other name shares: left out before comparing.
LEGAL_FORM = re.compile(r"\b(tong cong ty|cong ty|tnhh|co phan|mot thanh vien|hai thanh vien tro len|mtv|"
                        r"chi nhanh|doanh nghiep tu nhan|hop tac xa|tap doan|trach nhiem huu han|jsc|ltd|co)\b")


@dataclass
class ReviewChecks:
    tax_code: str  # as the record states it (a revision: as proposed)
    tax_code_valid: bool
    same_tax_code: list[Enterprise] = field(default_factory=list)  # the same code, or a branch of it
    similar_enterprises: list[Enterprise] = field(default_factory=list)  # a near name in the same province
    similar_offerings: list[Offering] = field(default_factory=list)  # a near title at the same enterprise


def name_key(name: str) -> str:
    """A name as compared: folded, legal form and punctuation left out."""
    return " ".join(LEGAL_FORM.sub(" ", re.sub(r"[^\w]+", " ", fold(name or ""))).split())


def looks_alike(a: str, b: str) -> bool:
    a, b = name_key(a), name_key(b)
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR)


def checks_for(record) -> ReviewChecks:
    """The checks for an enterprise, an offering (its enterprise's and its title's) or a revision
    (the values it proposes)."""
    target = revision_target(record) if isinstance(record, Revision) else record
    proposed = record.proposed if isinstance(record, Revision) else {}
    enterprise = owner_enterprise(target)
    values = proposed if isinstance(target, Enterprise) else {}
    tax_code = values.get("tax_code") or enterprise.tax_code
    checks = ReviewChecks(tax_code=tax_code, tax_code_valid=mst.is_valid(tax_code or ""),
                          same_tax_code=_same_tax_code(enterprise, tax_code),
                          similar_enterprises=_similar_enterprises(
                              enterprise, values.get("legal_name") or enterprise.legal_name,
                              values.get("province_code") or enterprise.province_code))
    if isinstance(target, Offering):
        checks.similar_offerings = _similar_offerings(target, proposed.get("title") or target.title)
    return checks


def _same_tax_code(enterprise: Enterprise, tax_code: str) -> list[Enterprise]:
    """Other enterprises with this code, or the head office and branches sharing its 10 digits."""
    head = mst.compact(tax_code or "")[:10]
    if len(head) != 10 or not head.isdigit():
        return []
    return list(db.session.scalars(db.select(Enterprise).where(
        Enterprise.tax_code.like(f"{head}%"), Enterprise.id != enterprise.id).order_by(Enterprise.tax_code)))


def _similar_enterprises(enterprise: Enterprise, name: str, province_code: str) -> list[Enterprise]:
    """Candidates share the longest word of the name (so the database narrows them down), then
    difflib compares the names; a spelling with other diacritics is left to the tax-code check."""
    words = [w for w in re.split(r"\W+", name or "") if len(w) >= 3 and LEGAL_FORM.fullmatch(fold(w)) is None]
    if not words:
        return []
    word = max(words, key=len)
    candidates = db.session.scalars(db.select(Enterprise).where(
        Enterprise.province_code == province_code, Enterprise.id != enterprise.id,
        Enterprise.status != Status.DRAFT, Enterprise.legal_name.ilike(f"%{_escape(word)}%", escape="\\"))
        .order_by(Enterprise.id).limit(MAX_CANDIDATES))
    return [e for e in candidates if looks_alike(e.legal_name, name)]


def _similar_offerings(offering: Offering, title: str) -> list[Offering]:
    others = db.session.scalars(db.select(Offering).where(
        Offering.enterprise_id == offering.enterprise_id, Offering.id != offering.id,
        Offering.status.not_in((Status.DRAFT, Status.ARCHIVED))).order_by(Offering.id).limit(MAX_CANDIDATES))
    return [o for o in others if looks_alike(o.title, title)]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
