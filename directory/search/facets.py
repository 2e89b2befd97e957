"""Facets: counts per value over the matches read, then labelled for the page and the API."""
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

from ..reference import provinces
from .backends import Match
from .filters import names
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
