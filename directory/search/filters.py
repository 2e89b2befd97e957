"""A search's filters (type, kind, province, committee, category, member offer, price, made in
Vietnam), as SQL over the documents table and as words of the SQLite index. The price and the
origin are not in the index: they are read from the offerings table (`offering_sql`), so both
engines add that condition to their queries. ("Made in Vietnam" is rare enough among the first
matches read not to need index words, and an origin edit then touches no index row.)"""
from dataclasses import dataclass

from ..extensions import db
from ..models import MADE_IN_VIETNAM, Category, CategoryRedirect, Committee
from .params import Params


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
    made_in_vn: bool = False  # offerings made or assembled in Vietnam
    unknown: bool = False  # a committee or category that does not exist: nothing matches

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
        offering, offering_params = self.offering_sql()
        if offering:
            conditions.append(offering)
            params.update(offering_params)
        return " AND ".join(conditions), params

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
                      price_from=params.price_from, price_to=params.price_to, made_in_vn=params.made_in_vn)
    if params.committee:
        filters.committee_id = db.session.scalar(db.select(Committee.id).where(Committee.code == params.committee))
        filters.unknown |= filters.committee_id is None
    if params.category:
        filters.category_id = db.session.scalar(db.select(Category.id).where(Category.slug == params.category))
        if filters.category_id is None:  # a merged category's slug filters by the category it went into
            filters.category_id = db.session.scalar(db.select(CategoryRedirect.category_id)
                                                    .where(CategoryRedirect.slug == params.category))
        filters.unknown |= filters.category_id is None
    return filters


def moved_category(params: Params) -> str | None:
    """The current slug when the parameters name a merged category by its old slug
    (services.categories.merge_category keeps it in category_redirects), else None."""
    if not params.category or db.session.scalar(db.select(Category.id).where(Category.slug == params.category)):
        return None  # a current category wins, as in filters_for: never a redirect loop
    return db.session.scalar(db.select(Category.slug).join(CategoryRedirect, CategoryRedirect.category_id == Category.id)
                             .where(CategoryRedirect.slug == params.category))
