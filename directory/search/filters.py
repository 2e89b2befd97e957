"""A search's filters (type, kind, province, committee, category, member offer, price, made in
Vietnam, certification), as SQL over the documents table and as words of the SQLite index. The
price, the origin, the certifications and the re-confirmation are not words of the index: they are
checked on each match (`checked_sql`), so both engines add those conditions to their queries. A
certification's badge ends with its expiry date and a listing's grace period with its due day, both
compared with today at each search: nothing in the index has to change at midnight. ("Made in
Vietnam" is rare enough among the first matches read not to need index words, and an origin edit
then touches no index row.)"""
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .. import freshness
from ..extensions import db
from ..i18n import local_today
from ..models import MADE_IN_VIETNAM, Category, CategoryRedirect, Committee
from .answer_cache import per_stamp
from .params import ANY_CERTIFICATION, Params

# A document with a badge: a verified certification, not expired today (models.Certification.shown_on),
# of the offering's enterprise (its own or the offering's), or of the enterprise (its own or a public
# offering's). Constant text only; the values are bound.
_CERTIFIED = (  # {kind}: "" or a bound kind condition; one literal, the badge condition twice
    "((d.doc_type = 'offering' AND EXISTS (SELECT 1 FROM offerings co JOIN certifications c"
    " ON c.enterprise_id = co.enterprise_id AND (c.offering_id IS NULL OR c.offering_id = co.id)"
    " WHERE co.id = d.ref_id AND c.status = 'approved' AND c.expires_on >= :f_today{kind}))"
    " OR (d.doc_type = 'enterprise' AND EXISTS (SELECT 1 FROM certifications c LEFT JOIN offerings co"
    " ON co.id = c.offering_id WHERE c.enterprise_id = d.ref_id AND (c.offering_id IS NULL OR co.status = 'approved')"
    " AND c.status = 'approved' AND c.expires_on >= :f_today{kind})))"
)


class Label(NamedTuple):
    key: str  # what a URL carries: a committee's code, a category's slug
    name: str
    name_en: str | None = None


class Names(NamedTuple):
    """Committees and categories as search's filters and facets name them."""
    committees: dict[int, Label]
    committee_ids: dict[str, int]  # by code
    categories: dict[int, Label]
    category_ids: dict[str, int]  # by slug, a merged category's old slug too (its target)
    moved: dict[str, str]  # a merged category's old slug -> the current slug


def _read_names() -> Names:
    committees = {c.id: Label(c.code, c.name) for c in db.session.execute(
        db.select(Committee.id, Committee.code, Committee.name))}
    categories, redirects = {}, {}
    for cid, slug, name_vi, name_en, old_slug in db.session.execute(  # each category with its old slugs, if any
            db.select(Category.id, Category.slug, Category.name_vi, Category.name_en, CategoryRedirect.slug)
            .outerjoin(CategoryRedirect, CategoryRedirect.category_id == Category.id)):
        categories[cid] = Label(slug, name_vi, name_en)
        if old_slug is not None:
            redirects[old_slug] = cid
    current = {label.key: cid for cid, label in categories.items()}
    moved = {slug: categories[cid].key for slug, cid in redirects.items() if slug not in current and cid in categories}
    return Names(committees, {label.key: cid for cid, label in committees.items()}, categories,
                 {**{slug: cid for slug, cid in redirects.items() if cid in categories}, **current}, moved)


def names() -> Names:
    """Read once per index stamp: every rename, re-key and merge of a committee or category
    gives the index a new stamp (services/committees.py, services/categories.py), and a new
    one has no documents until an approval, which gives one too."""
    return per_stamp("names", _read_names)


@dataclass
class Filters:
    type: str = ""
    kind: str = ""
    province: str = ""
    committee_id: int | None = None
    category_id: int | None = None
    member: bool = False
    price_from: int | None = None
    price_to: int | None = None
    cert: str = ""  # a CertKind value, ANY_CERTIFICATION or "" (no filter)
    made_in_vn: bool = False  # offerings made or assembled in Vietnam
    unknown: bool = False  # a committee or category that does not exist: nothing matches
    # Offerings due for re-confirmation before this day are past their grace period: out of search.
    # Set from today by filters_for; None only where a caller wants every document (tests).
    oldest_due: date | None = None

    def where(self) -> tuple[str, dict]:
        """As SQL over search_docs d."""
        conditions, params = ["1 = 1"], {}
        if self.unknown:
            conditions.append("1 = 0")
        for name, sql in (("type", "d.doc_type = :f_type"), ("kind", "d.kind = :f_kind"),
                          ("province", "d.province_code = :f_province")):
            if getattr(self, name):
                conditions.append(sql)
                params[f"f_{name}"] = getattr(self, name)
        if self.committee_id is not None:
            conditions.append("d.committee_id = :f_committee")
            params["f_committee"] = self.committee_id
        if self.category_id is not None:
            conditions.append("(d.category_id = :f_category OR d.category_root_id = :f_category)")
            params["f_category"] = self.category_id
        if self.member:
            conditions.append("d.member_offer")
        checked, checked_params = self.checked_sql()
        if checked:
            conditions.append(checked)
            params.update(checked_params)
        return " AND ".join(conditions), params

    def checked_sql(self) -> tuple[str, dict]:
        """The conditions that are not words of the SQLite index, checked on each match by both
        engines: the price and origin, the certifications, and the re-confirmation (search_docs.due_on against
        today's cut-off, so a listing leaves search at local midnight with no change to the index);
        "" if none applies."""
        conditions, params = [], {}
        for sql, values in (self.offering_sql(), self.cert_sql()):
            if sql:
                conditions.append(sql)
                params.update(values)
        if self.oldest_due is not None:
            conditions.append("(d.due_on IS NULL OR d.due_on >= :f_oldest_due)")
            params["f_oldest_due"] = self.oldest_due
        return " AND ".join(conditions), params

    def cert_sql(self) -> tuple[str, dict]:
        """Documents showing a certification's badge today (of the chosen kind), "" if no filter."""
        if not self.cert:
            return "", {}
        params = {"f_today": local_today()}  # a badge ends with its expiry date: compared at each search
        kind = ""
        if self.cert != ANY_CERTIFICATION:
            kind, params["f_cert"] = " AND c.kind = :f_cert", self.cert
        return _CERTIFIED.format(kind=kind), params

    def offering_sql(self) -> tuple[str, dict]:
        """The conditions read from the offerings table, as SQL over search_docs d ("" if none):
        offerings whose price range reaches into [price_from, price_to] (an exact price is a range
        of one; "liên hệ" has none and is left out; the lowest and the highest price each fall back
        to the other when only one is set), and offerings made or assembled in Vietnam."""
        if self.price_from is None and self.price_to is None and not self.made_in_vn:
            return "", {}
        bounds, params = [], {}
        if self.made_in_vn:
            bounds.append("o.origin IN (" + ", ".join(f"'{o.value}'" for o in MADE_IN_VIETNAM) + ")")
        if self.price_from is not None:
            bounds.append("COALESCE(o.price_max, o.price_min) >= :f_price_from")
            params["f_price_from"] = self.price_from
        if self.price_to is not None:
            bounds.append("COALESCE(o.price_min, o.price_max) <= :f_price_to")
            params["f_price_to"] = self.price_to
        return ("d.doc_type = 'offering' AND EXISTS (SELECT 1 FROM offerings o WHERE o.id = d.ref_id AND "  # constant names only, values bound  # nosec B608
                + " AND ".join(bounds) + ")"), params

    def terms(self) -> list[str]:
        """As words of the filter column of the SQLite index (documents.filter_terms)."""
        if self.unknown:
            return ["none"]  # no document carries it
        terms = [f"{prefix}{value}" for prefix, value in (
            ("t", self.type), ("k", self.kind), ("p", self.province)) if value]
        terms += [f"{prefix}{value}" for prefix, value in (
            ("c", self.committee_id), ("g", self.category_id)) if value is not None]
        return terms + ["m1"] * self.member


def filters_for(params: Params) -> Filters:
    """The parameters' filters, the committee code and category slug looked up as ids."""
    filters = Filters(type=params.type, kind=params.kind, province=params.province, member=params.member,
                      price_from=params.price_from, price_to=params.price_to, made_in_vn=params.made_in_vn,
                      cert=params.cert, oldest_due=freshness.oldest_listed_due())
    if params.committee:
        filters.committee_id = names().committee_ids.get(params.committee)
        filters.unknown |= filters.committee_id is None
    if params.category:  # a merged category's slug filters by the category it went into
        filters.category_id = names().category_ids.get(params.category)
        filters.unknown |= filters.category_id is None
    return filters


def moved_category(params: Params) -> str | None:
    """The current slug when the parameters name a merged category by its old slug
    (services.categories.merge_category keeps it in category_redirects), else None."""
    # a current category wins, as in filters_for: never a redirect loop
    return names().moved.get(params.category) if params.category else None
