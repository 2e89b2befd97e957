"""Shortlists of suppliers and offerings; side-by-side comparison; export to XLSX."""
from io import BytesIO

from flask_babel import gettext as _

from ..extensions import db
from ..i18n import price_label
from ..models import Enterprise, Offering, Shortlist, ShortlistItem
from ..reference import province_name
from .errors import Conflict, DomainError, NotFound

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
    else:
        public = [o for o in enterprise.offerings if o.is_public]
        areas = ", ".join(sorted({province_name(a.province_code) for o in public for a in o.delivery_areas})) or _("Toàn quốc")
        offer = _("%(n)s sản phẩm có ưu đãi", n=sum(o.has_member_offer for o in public))
        price = _("%(n)s sản phẩm, dịch vụ", n=len(public))
        title = enterprise.display_name
    return {
        "title": title, "supplier": enterprise.legal_name, "price": price, "member_offer": offer,
        "delivery": areas, "committee": enterprise.committee.name if enterprise.committee else _("Ngoài Khối"),
        "province": province_name(enterprise.province_code),
    }


def compare(shortlist: Shortlist, item_ids: list[int]) -> list[ShortlistItem]:
    chosen = [i for i in shortlist.items if i.id in set(item_ids)] or shortlist.items
    return chosen[:MAX_COMPARE]


def export_xlsx(shortlist: Shortlist) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ..spreadsheets import append_row

    book = Workbook()
    sheet = book.active
    sheet.title = _("Danh sách")
    headings = [_("Sản phẩm / nhà cung cấp"), _("Doanh nghiệp"), _("Giá"), _("Ưu đãi liên kết"),
                _("Khu vực giao hàng"), _("Khối"), _("Tỉnh, thành phố")]
    append_row(sheet, headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in shortlist.items:
        facts = item_facts(item)
        append_row(sheet, [facts[k] for k in ("title", "supplier", "price", "member_offer", "delivery",
                                              "committee", "province")])
    for letter, width in zip("ABCDEFG", (40, 40, 22, 30, 30, 36, 20)):
        sheet.column_dimensions[letter].width = width
    out = BytesIO()
    book.save(out)
    return out.getvalue()



def quick_add_lists(user) -> list[Shortlist] | None:
    """The lists a search result can be saved to in one click; None for a visitor, who has none."""
    return shortlists_of(user) if user.is_authenticated else None
