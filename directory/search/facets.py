"""Facets: counts per value over the matches read, then labelled for the page and the API."""
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..extensions import db
from ..i18n import local_today
from ..models import Category, Certification, Committee, Offering, Status
from ..reference import provinces
from .backends import Match
from .params import ANY_CERTIFICATION, Params

FACETS = ("type", "kind", "province", "committee", "category", "member", "cert")


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    label_en: str | None = None


def facet_counts(rows: list[Match]) -> dict[str, dict[str, int]]:
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


def certification_counts(rows: list[Match], today: date | None = None) -> dict[str, dict[str, int]]:
    """The "cert" facet: how many of the rows read show a badge today, of any kind and of each kind.
    Not in the index (a badge ends at its expiry date): two small reads of the certifications of
    the rows' enterprises, whatever the number of rows (2,001 at most)."""
    today = today or local_today()
    offering_ids = [r.ref_id for r in rows if r.doc_type == "offering"]
    enterprise_ids = [r.ref_id for r in rows if r.doc_type == "enterprise"]
    found = set()  # (doc_type, ref_id, kind)
    if offering_ids:
        found |= {("offering", ref, kind.value) for ref, kind in db.session.execute(
            db.select(Offering.id, Certification.kind).join(Certification, db.and_(
                Certification.enterprise_id == Offering.enterprise_id,
                db.or_(Certification.offering_id.is_(None), Certification.offering_id == Offering.id)))
            .where(Offering.id.in_(offering_ids), Certification.shown_on(today)).distinct())}
    if enterprise_ids:
        found |= {("enterprise", ref, kind.value) for ref, kind in db.session.execute(
            db.select(Certification.enterprise_id, Certification.kind)
            .outerjoin(Offering, Offering.id == Certification.offering_id)
            .where(Certification.enterprise_id.in_(enterprise_ids), Certification.shown_on(today),
                   db.or_(Certification.offering_id.is_(None), Offering.status == Status.APPROVED)).distinct())}
    if not found:
        return {}
    counts = Counter(kind for _type, _ref, kind in found)
    counts[ANY_CERTIFICATION] = len({(doc_type, ref) for doc_type, ref, _kind in found})
    return {"cert": dict(counts)}


def facet_values(counts: dict[str, dict[str, int]], params: Params) -> dict[str, list[FacetValue]]:
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
                "committee": params.committee, "category": params.category, "member": "1" if params.member else "",
                "cert": params.cert}
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
