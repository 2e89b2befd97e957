"""A committee's members as the import spreadsheet (services/sheet_format.py): what an export
writes, an import reads back unchanged (docs/imports.md)."""
from collections import Counter
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import selectinload
from stdnum.vn import mst

from ..extensions import db
from ..models import Category, Committee, Enterprise, Offering, Origin, Status
from ..reference import country_name, province_name
from ..text import fold
from . import sheet_format as fmt
from .permissions import can_import_members, is_admin, require

CHUNK = 500


def category_labels() -> dict[int, str]:
    """What the import accepts for each category: its Vietnamese name, or its slug when two share a name."""
    rows = db.session.execute(sa.select(Category.id, Category.slug, Category.name_vi)).all()
    names = Counter(fold(name) for _id, _slug, name in rows)
    return {i: name if names[fold(name)] == 1 else slug for i, slug, name in rows}


def export_rows(actor, committee: Committee | None) -> Iterator[list]:
    """Rows in the import's column order: a committee's members, or (administrators, committee None)
    every member enterprise. Archived records are left out. Permission is checked at the call, not at
    the first row."""
    require(is_admin(actor) if committee is None else can_import_members(actor, committee))
    return _rows(committee)


def _rows(committee: Committee | None) -> Iterator[list]:
    query = sa.select(Enterprise.id).where(Enterprise.status != Status.ARCHIVED).order_by(Enterprise.tax_code)
    query = query.where(Enterprise.committee_id == committee.id) if committee else \
        query.where(Enterprise.committee_id.is_not(None))
    ids = db.session.scalars(query).all()
    categories = category_labels()
    codes = dict(db.session.execute(sa.select(Committee.id, Committee.code)).all())
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        enterprises = db.session.scalars(
            sa.select(Enterprise).where(Enterprise.id.in_(chunk)).order_by(Enterprise.tax_code)
            .options(selectinload(Enterprise.sectors))).all()
        offerings: dict[int, list[Offering]] = {}
        for offering in db.session.scalars(
                sa.select(Offering).where(Offering.enterprise_id.in_(chunk), Offering.status != Status.ARCHIVED)
                .order_by(Offering.title, Offering.id).options(selectinload(Offering.delivery_areas))):
            offerings.setdefault(offering.enterprise_id, []).append(offering)
        for enterprise in enterprises:
            head = _enterprise_cells(enterprise, codes)
            for offering in offerings.get(enterprise.id) or [None]:
                yield head + _offering_cells(offering, categories)
        for record in [*enterprises, *(o for group in offerings.values() for o in group)]:
            db.session.expunge(record)  # bounded memory: a chunk at a time


def _enterprise_cells(e: Enterprise, codes: dict[int, str]) -> list:
    values = {
        "tax_code": mst.format(e.tax_code), "legal_name": e.legal_name, "short_name": e.short_name or "",
        "committee": codes.get(e.committee_id, ""), "ownership": fmt.OWNERSHIP_NAMES[e.ownership],
        "province": province_name(e.province_code), "ward": e.ward or "", "address_line": e.address_line,
        "phone": e.phone or "", "email": e.email or "", "website": e.website or "", "description": e.description or "",
        "sectors": fmt.LIST_SEPARATOR.join(f"{s.vsic_version}:{s.code}" for s in e.sectors),
    }
    return [values[key] for key in fmt.ENTERPRISE_KEYS]


def _offering_cells(o: Offering | None, categories: dict[int, str]) -> list:
    if o is None:
        return [""] * len(fmt.OFFERING_KEYS)
    values = {
        "kind": fmt.KIND_NAMES[o.kind], "title": o.title, "offering_description": o.description or "",
        "category": categories.get(o.category_id, ""), "unit": o.unit or "",
        "price_min": o.price_min, "price_max": o.price_max,
        "member_offer": o.member_offer or "",
        "member_discount_pct": o.member_discount_pct,
        "areas": fmt.LIST_SEPARATOR.join(province_name(a.province_code) for a in o.delivery_areas),
        "min_order_qty": o.min_order_qty, "lead_time_days": o.lead_time_days, "delivery_terms": o.delivery_terms or "",
        "price_valid_until": o.price_valid_until, "price_includes_vat": fmt.VAT_NAMES.get(o.price_includes_vat, ""),
        "origin": fmt.ORIGIN_NAMES[o.origin] if o.origin else "",
        "origin_place": (country_name(o.origin_country) if o.origin == Origin.IMPORTED
                         else province_name(o.origin_province_code)) if o.origin else "",
        "specs": fmt.LIST_SEPARATOR.join(f"{name}: {value}" for name, value in o.specs or ()),
    }
    return [values[key] for key in fmt.OFFERING_KEYS]


def export_xlsx(actor, committee: Committee | None) -> bytes:
    return fmt.workbook_of(export_rows(actor, committee))
