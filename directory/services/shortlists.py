"""Shortlists of suppliers and offerings; side-by-side comparison; export to XLSX."""
from datetime import timezone

from flask_babel import gettext as _

from ..extensions import db
from ..i18n import price_label
from ..models import Enterprise, Offering, Shortlist, ShortlistItem
from ..offering_details import lead_time_label, origin_label, price_expired, quantity_label, specs_text, vat_label
from ..reference import province_name
from ..text import fold
from .errors import Conflict, DomainError, NotFound
from .linkages import LOCAL
from .permissions import contact_details
from .quotes import latest_prices

MAX_COMPARE = 4
MAX_LISTS = 50
MAX_ITEMS = 200


def _signed_in(user) -> None:
    if not user.is_authenticated:
        raise NotFound()


def shortlists_of(user) -> list[Shortlist]:
    return list(db.session.scalars(db.select(Shortlist).where(Shortlist.user_id == user.id).order_by(Shortlist.name)))


def get_shortlist(user, shortlist_id: int) -> Shortlist:
    """A shortlist is private to the user who made it."""
    shortlist = db.session.get(Shortlist, shortlist_id)
    if shortlist is None or not user.is_authenticated or shortlist.user_id != user.id:
        raise NotFound()
    return shortlist


def create_shortlist(user, name: str) -> Shortlist:
    _signed_in(user)
    name = (name or "").strip()[:120]
    if not name:
        raise DomainError(_("Hãy đặt tên cho danh sách."))
    if any(s.name == name for s in shortlists_of(user)):
        raise Conflict(_("Bạn đã có danh sách tên này."))
    if len(shortlists_of(user)) >= MAX_LISTS:
        raise DomainError(_("Tối đa %(n)s danh sách.", n=MAX_LISTS))
    shortlist = Shortlist(user_id=user.id, name=name)
    db.session.add(shortlist)
    db.session.flush()
    return shortlist


def add_to_shortlist(user, shortlist: Shortlist, *, offering: Offering | None = None,
                     enterprise: Enterprise | None = None) -> ShortlistItem:
    if shortlist.user_id != user.id:
        raise NotFound()
    if offering is not None:
        if not offering.is_public:
            raise NotFound()
        enterprise = offering.enterprise
    if enterprise is None or not enterprise.is_public:
        raise NotFound()
    for item in shortlist.items:
        if item.enterprise_id == enterprise.id and item.offering_id == (offering.id if offering else None):
            return item
    if len(shortlist.items) >= MAX_ITEMS:
        raise DomainError(_("Một danh sách có tối đa %(n)s mục.", n=MAX_ITEMS))
    item = ShortlistItem(shortlist=shortlist, enterprise=enterprise, offering=offering)
    db.session.add(item)
    db.session.flush()
    return item


def save_to_shortlist(user, *, shortlist_id: int | None, new_name: str | None, supplier: Enterprise,
                      offering: Offering | None = None) -> Shortlist:
    """Save a public offering, or else its supplier, into the user's chosen shortlist or a new one."""
    if new_name:
        target = create_shortlist(user, new_name)
    elif shortlist_id:
        target = get_shortlist(user, shortlist_id)
    else:
        raise DomainError(_("Hãy chọn một danh sách hoặc đặt tên danh sách mới."))
    add_to_shortlist(user, target, offering=offering, enterprise=supplier)
    return target


def remove_item(user, shortlist: Shortlist, item_id: int) -> None:
    item = next((i for i in shortlist.items if i.id == item_id), None)
    if item is None or shortlist.user_id != user.id:
        raise NotFound()
    shortlist.items.remove(item)


def delete_shortlist(user, shortlist: Shortlist) -> None:
    if shortlist.user_id != user.id:
        raise NotFound()
    db.session.delete(shortlist)


def item_facts(item: ShortlistItem) -> dict:
    """What the comparison shows for one entry, as plain text."""
    offering, enterprise = item.offering, item.enterprise
    if offering is not None:
        areas = ", ".join(province_name(a.province_code) for a in offering.delivery_areas) or _("Toàn quốc")
        offer = " ".join(filter(None, [f"−{offering.member_discount_pct}%" if offering.member_discount_pct else "",
                                       offering.member_offer or ""])) or "—"
        price = price_label(offering.price_min, offering.price_max)
        if offering.unit and (offering.price_min or offering.price_max):
            price = f"{price} / {offering.unit}"
        title = offering.title
        details = {
            "unit": offering.unit or "—",
            "min_order": f"{quantity_label(offering.min_order_qty)} {offering.unit or ''}".strip()
            if offering.min_order_qty else "—",
            "lead_time": lead_time_label(offering.lead_time_days) or "—",
            "delivery_terms": offering.delivery_terms or "—",
            "price_valid_until": _valid_until(offering),
            "vat": vat_label(offering.price_includes_vat),
            "origin": origin_label(offering.origin, offering.origin_province_code, offering.origin_country) or "—",
            "specs": [tuple(row) for row in offering.specs or ()],
        }
    else:
        public = [o for o in enterprise.offerings if o.is_public]
        areas = ", ".join(sorted({province_name(a.province_code) for o in public for a in o.delivery_areas})) or _("Toàn quốc")
        offer = _("%(n)s sản phẩm có ưu đãi", n=sum(o.has_member_offer for o in public))
        price = _("%(n)s sản phẩm, dịch vụ", n=len(public))
        title = enterprise.display_name
        details = {key: "—" for key in DETAIL_ROWS} | {"specs": []}
    return {
        "title": title, "supplier": enterprise.legal_name, "price": price, "member_offer": offer,
        "delivery": areas, "committee": enterprise.committee.name if enterprise.committee else _("Ngoài Khối"),
        "province": province_name(enterprise.province_code), **details,
    }


def _quoted_cells(line) -> list:
    """The newest price quoted to the user's enterprise for an offering: unit price, unit, day."""
    if line is None:
        return [None, "", None]
    day = line.quote.created_at.replace(tzinfo=timezone.utc).astimezone(LOCAL).date()
    return [line.unit_price, line.unit, day]


# The offering details a comparison lines up (item_facts keys), before the specification rows.
DETAIL_ROWS = ("unit", "min_order", "lead_time", "delivery_terms", "price_valid_until", "vat", "origin")


def _valid_until(offering: Offering) -> str:
    if offering.price_valid_until is None:
        return "—"
    shown = offering.price_valid_until.strftime("%d/%m/%Y")
    return _("%(date)s (giá đã hết hạn)", date=shown) if price_expired(offering.price_valid_until) else shown


def spec_rows(facts: list[dict]) -> list[tuple[str, list[str]]]:
    """The specification rows of a comparison: the union of the items' names, in the order they
    first appear, one row per name (matched without case or diacritics: "Mác thép" = "mác thep"),
    "—" for an item without it."""
    names: dict[str, str] = {}
    for item in facts:
        for name, _value in item["specs"]:
            names.setdefault(fold(name), name)
    by_item = [{fold(name): value for name, value in item["specs"]} for item in facts]
    return [(name, [values.get(key, "—") for values in by_item]) for key, name in names.items()]


def compare(shortlist: Shortlist, item_ids: list[int]) -> list[ShortlistItem]:
    chosen = [i for i in shortlist.items if i.id in set(item_ids)] or shortlist.items
    return chosen[:MAX_COMPARE]


def export_xlsx(user, shortlist: Shortlist) -> bytes:
    """The list as a table to sort and sum: prices as numbers of đồng, the supplier's tax code
    and contact (as far as this user may see it, permissions.contact_details), a link to each item."""
    from openpyxl import Workbook

    from ..spreadsheets import COUNT, DATE, MONEY, QUANTITY, Column, save, write_table
    from ..urls import absolute_url

    if shortlist.user_id != user.id:
        raise NotFound()
    columns = [Column(_("Sản phẩm / nhà cung cấp")), Column(_("Doanh nghiệp")), Column(_("Mã số thuế")),
               Column(_("Giá từ (đồng)"), MONEY), Column(_("Giá đến (đồng)"), MONEY), Column(_("Đơn vị tính")),
               Column(_("Ưu đãi liên kết")), Column(_("Giảm giá hội viên (%)"), COUNT),
               Column(_("Đặt tối thiểu"), QUANTITY), Column(_("Thời gian giao hàng (ngày)"), COUNT),
               Column(_("Điều kiện giao hàng")), Column(_("Giá áp dụng đến"), DATE), Column(_("Giá đã gồm VAT")),
               Column(_("Xuất xứ")), Column(_("Thông số"), max_width=80),
               Column(_("Khu vực giao hàng")),
               Column(_("Khối")), Column(_("Tỉnh, thành phố")), Column(_("Điện thoại")), Column(_("E-mail")),
               Column(_("Website")), Column(_("Báo giá gần nhất: đơn giá (đồng)"), MONEY),
               Column(_("Báo giá gần nhất: đơn vị")), Column(_("Báo giá gần nhất: ngày"), DATE),
               Column(_("Liên kết"), max_width=70)]
    quoted = latest_prices(user, [item.offering_id for item in shortlist.items if item.offering_id])
    rows = []
    for item in shortlist.items:
        facts, offering, enterprise = item_facts(item), item.offering, item.enterprise
        contacts = contact_details(user, enterprise)
        link = (absolute_url("public.offering", offering_id=offering.id) if offering is not None
                else absolute_url("public.enterprise", slug=enterprise.slug))
        rows.append([
            facts["title"], enterprise.legal_name, enterprise.tax_code_display,
            offering.price_min if offering is not None else None, offering.price_max if offering is not None else None,
            (offering.unit or "") if offering is not None else "",
            (offering.member_offer or "") if offering is not None else facts["member_offer"],
            offering.member_discount_pct if offering is not None else None,
            *(_detail_cells(offering) if offering is not None else [None, None, "", None, "", "", ""]),
            facts["delivery"], facts["committee"], facts["province"],
            contacts.get("phone") or "", contacts.get("email") or "", contacts.get("website") or "",
            *_quoted_cells(quoted.get(item.offering_id)), link,
        ])
    book = Workbook()
    sheet = book.active
    sheet.title = _("Danh sách")
    write_table(sheet, columns, rows)
    return save(book)


def _detail_cells(offering: Offering) -> list:
    """The export's detail columns: numbers and the date typed, the rest as the comparison reads them."""
    return [offering.min_order_qty, offering.lead_time_days, offering.delivery_terms or "",
            offering.price_valid_until, vat_label(offering.price_includes_vat) if offering.price_includes_vat is not None else "",
            origin_label(offering.origin, offering.origin_province_code, offering.origin_country),
            specs_text(offering.specs)]


def quick_add_lists(user) -> list[Shortlist] | None:
    """The lists a search result can be saved to in one click; None for a visitor, who has none."""
    return shortlists_of(user) if user.is_authenticated else None
