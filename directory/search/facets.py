"""Facets: counts per value over the matches read, then labelled for the page and the API."""
from collections import Counter
from dataclasses import dataclass

from ..extensions import db
from ..models import Category, Committee
from ..reference import provinces
from .backends import Match
from .params import Params

FACETS = ("type", "kind", "province", "committee", "category", "member")


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
