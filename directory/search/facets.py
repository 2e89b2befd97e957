"""Facets: counts per value over the matches read, then labelled for the page and the API."""
from collections import Counter
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import NamedTuple

import sqlalchemy as sa

from ..extensions import db
from ..i18n import local_today
from ..models import CertKind, Certification, Offering, Status
from ..reference import provinces
from .backends import Match, backend
from .filters import names
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
    """Counts per facet value over the rows read, one column at a time (2,001 rows at most),
    each counted by C code (itemgetter), the keys made strings after."""
    def column(name: str, empty=(None,)) -> Counter:
        found = Counter(map(itemgetter(Match._fields.index(name)), rows))
        for value in empty:
            found.pop(value, None)
        return found

    counts = {
        "type": column("doc_type"),
        "kind": column("kind", (None, "")),
        "province": column("province_code", (None, "")),
        "committee": Counter({str(k): n for k, n in column("committee_id").items()}),
        "category": Counter({str(k): n for k, n in column("category_root_id").items()}),
        "member": Counter({"1": n for k, n in column("member_offer").items() if k}),
    }
    return {name: dict(c) for name, c in counts.items() if c}


class Shown(NamedTuple):
    """A badge one match shows today: enough to count the "cert" facet and to word the badge."""
    doc_type: str
    ref_id: int
    kind: str
    ocop_stars: int | None
    award_year: int | None
    expires_on: date


def shown_certifications(rows: list[Match], today: date | None = None) -> list[Shown]:
    """The badges the rows show today, in one read however many rows (2,001 at most): an offering
    shows its enterprise's and its own, an enterprise its own and its public offerings'. Not in the
    index: a badge ends at its expiry date with no change to the index (models.Certification.shown_on)."""
    today = today or local_today()
    offering_ids = [r.ref_id for r in rows if r.doc_type == "offering"]
    enterprise_ids = [r.ref_id for r in rows if r.doc_type == "enterprise"]
    if not offering_ids and not enterprise_ids:
        return []
    columns = (Certification.kind, Certification.ocop_stars, Certification.award_year, Certification.expires_on)
    of_offerings = (db.select(sa.literal("offering"), Offering.id, *columns).join(Certification, db.and_(
        Certification.enterprise_id == Offering.enterprise_id,
        db.or_(Certification.offering_id.is_(None), Certification.offering_id == Offering.id)))
        .where(backend().one_of(Offering.id, offering_ids), Certification.shown_on(today)))
    certified = sa.orm.aliased(Offering)
    of_enterprises = (db.select(sa.literal("enterprise"), Certification.enterprise_id, *columns)
                      .outerjoin(certified, certified.id == Certification.offering_id)
                      .where(backend().one_of(Certification.enterprise_id, enterprise_ids), Certification.shown_on(today),
                             db.or_(Certification.offering_id.is_(None), certified.status == Status.APPROVED)))
    return [Shown(t, ref, CertKind(kind).value, stars, year, expires)
            for t, ref, kind, stars, year, expires in db.session.execute(sa.union_all(of_offerings, of_enterprises))]


def certification_counts(shown: list[Shown]) -> dict[str, dict[str, int]]:
    """The "cert" facet: matches showing a badge of any kind, and of each kind."""
    if not shown:
        return {}
    counts = Counter(kind for _type, _ref, kind in {(s.doc_type, s.ref_id, s.kind) for s in shown})
    counts[ANY_CERTIFICATION] = len({(s.doc_type, s.ref_id) for s in shown})
    return {"cert": dict(counts)}


def facet_values(counts: dict[str, dict[str, int]], params: Params) -> dict[str, list[FacetValue]]:
    """Labels of data (provinces, committees, categories); templates translate the fixed ones."""
    labels = {"province": {code: p.name for code, p in provinces().items()}}
    english = {}
    known = names()  # read once per index stamp
    committees = {v: c for v in counts.get("committee", {}) if (c := known.committees.get(int(v)))}
    labels["committee"] = {k: c.name for k, c in committees.items()}
    categories = {v: c for v in counts.get("category", {}) if (c := known.categories.get(int(v)))}
    labels["category"] = {k: c.name for k, c in categories.items()}
    english["category"] = {k: c.name_en for k, c in categories.items()}
    public_values = {  # what the URL carries: codes and slugs, not ids
        "committee": {k: c.key for k, c in committees.items()},
        "category": {k: c.key for k, c in categories.items()},
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
