"""Offerings of an enterprise: create, edit (directly or as a revision), submit, withdraw, archive."""
from datetime import date
from decimal import Decimal, InvalidOperation

from flask_babel import gettext as _

from .. import search
from ..extensions import db
from ..models import MAX_PRICE, Category, Enterprise, Kind, Offering, OfferingArea, OfferingImage, Origin, Status
from ..models.base import utcnow
from ..reference import country_codes, provinces
from ..text import fold, nfc
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .lifecycle import claim_version, pending_revision, propose_revision, refuse_status, transition
from .permissions import can_edit_offering, can_list_offerings, require
from .uploads import MAX_IMAGES, PreparedImage, save_image

SCALAR_FIELDS = ("kind", "title", "description", "category_id", "unit", "price_min", "price_max",
                 "member_offer", "member_discount_pct", "min_order_qty", "lead_time_days", "delivery_terms",
                 "price_valid_until", "price_includes_vat", "origin", "origin_province_code", "origin_country",
                 "specs")

# The limits of the details (the form says them too).
MAX_UNIT = 40
MAX_QUANTITY = Decimal("1e11")  # below Numeric(14, 3)'s 10^11
MAX_LEAD_TIME_DAYS = 730
MAX_DELIVERY_TERMS = 200
MAX_SPECS = 20
MAX_SPEC_NAME, MAX_SPEC_VALUE = 80, 200


def quantity_text(value: Decimal | None) -> str | None:
    """A quantity as the values dict holds it (JSON: a revision stores it): "12.5", "1000"."""
    if value is None:
        return None
    return format(Decimal(value).normalize(), "f")


def _stored(field: str, value):
    """A value of the values dict (JSON-safe: revisions and audit events store it) as the column takes it."""
    if value is None:
        return None
    if field == "kind":
        return Kind(value)
    if field == "origin":
        return Origin(value)
    if field == "min_order_qty":
        return Decimal(value)
    if field == "price_valid_until":
        return date.fromisoformat(value)
    return value


def editable_values(offering: Offering) -> dict:
    values = {f: getattr(offering, f) for f in SCALAR_FIELDS}
    values["kind"] = offering.kind.value if offering.kind else None
    values["origin"] = offering.origin.value if offering.origin else None
    values["min_order_qty"] = quantity_text(offering.min_order_qty)
    values["price_valid_until"] = offering.price_valid_until.isoformat() if offering.price_valid_until else None
    values["specs"] = [list(row) for row in offering.specs or []]
    values["areas"] = sorted(a.province_code for a in offering.delivery_areas)
    values["images"] = [i.path for i in offering.images]
    return values


def apply_values(offering: Offering, values: dict) -> None:
    for field in SCALAR_FIELDS:
        if field in values:
            setattr(offering, field, _stored(field, values[field]))
    if "areas" in values:
        wanted = set(values["areas"])
        offering.delivery_areas = [a for a in offering.delivery_areas if a.province_code in wanted]
        have = {a.province_code for a in offering.delivery_areas}
        offering.delivery_areas.extend(OfferingArea(province_code=c) for c in sorted(wanted - have))
    if "images" in values:
        by_path = {i.path: i for i in offering.images}
        offering.images = [by_path.get(path) or OfferingImage(path=path) for path in values["images"]]
        for position, image in enumerate(offering.images):
            image.position = position


def clean_specs(rows) -> list[list[str]]:
    """The specification table as stored: [[name, value], ...] in order, NFC, single spaces, blank
    rows dropped. Raises DomainError for a row with one half only, a name or value too long, two
    rows of the same name (compared without case or diacritics) or more than MAX_SPECS rows."""
    cleaned, seen = [], set()
    for name, value in rows or ():
        name, value = (" ".join(nfc(str(text or "")).split()) for text in (name, value))
        if not name and not value:
            continue
        if not name or not value:
            raise DomainError(_("Thông số «%(text)s» cần cả tên và giá trị.", text=name or value))
        if len(name) > MAX_SPEC_NAME or len(value) > MAX_SPEC_VALUE:
            raise DomainError(_("Tên thông số tối đa %(name)s ký tự, giá trị tối đa %(value)s ký tự.",
                                name=MAX_SPEC_NAME, value=MAX_SPEC_VALUE))
        key = fold(name)
        if key in seen:
            raise DomainError(_("Thông số «%(name)s» được nhập hai lần.", name=name))
        seen.add(key)
        cleaned.append([name, value])
    if len(cleaned) > MAX_SPECS:
        raise DomainError(_("Tối đa %(n)s dòng thông số.", n=MAX_SPECS))
    return cleaned


def _check_details(values: dict) -> None:
    """The offering details (migration 0022): unit, quantity, lead time, terms, price validity, origin, specs."""
    if "unit" in values and not (values["unit"] or "").strip():
        raise DomainError(_("Hãy nhập đơn vị tính, ví dụ tấn, m³, bộ, gói dịch vụ."))
    if len(values.get("unit") or "") > MAX_UNIT:
        raise DomainError(_("Đơn vị tính tối đa %(n)s ký tự.", n=MAX_UNIT))
    if values.get("min_order_qty") is not None:
        try:
            quantity = Decimal(values["min_order_qty"])
        except (InvalidOperation, TypeError, ValueError):
            quantity = Decimal(0)
        if not (quantity.is_finite() and 0 < quantity < MAX_QUANTITY) or quantity != quantity.quantize(Decimal("0.001")):
            raise DomainError(_("Số lượng đặt tối thiểu phải là số dương, tối đa ba chữ số thập phân."))
    lead_time = values.get("lead_time_days")
    if lead_time is not None and not (isinstance(lead_time, int) and 0 <= lead_time <= MAX_LEAD_TIME_DAYS):
        raise DomainError(_("Thời gian giao hàng từ 0 đến %(n)s ngày.", n=MAX_LEAD_TIME_DAYS))
    if len(values.get("delivery_terms") or "") > MAX_DELIVERY_TERMS:
        raise DomainError(_("Điều kiện giao hàng tối đa %(n)s ký tự.", n=MAX_DELIVERY_TERMS))
    if values.get("price_valid_until") is not None:
        try:
            date.fromisoformat(values["price_valid_until"])
        except (TypeError, ValueError):
            raise DomainError(_("Ngày hết hạn báo giá không hợp lệ.")) from None
    if values.get("price_includes_vat") not in (None, True, False):
        raise DomainError(_("Giá đã gồm VAT: chọn có, không hoặc chưa rõ."))
    origin = values.get("origin")
    if origin is not None and origin not in {o.value for o in Origin}:
        raise DomainError(_("Xuất xứ không hợp lệ."))
    province, country = values.get("origin_province_code"), values.get("origin_country")
    if province is not None and (origin not in (Origin.MADE_IN_VIETNAM.value, Origin.ASSEMBLED_IN_VIETNAM.value)
                                 or province not in provinces()):
        raise DomainError(_("Tỉnh, thành phố sản xuất chỉ chọn cho hàng sản xuất hoặc lắp ráp tại Việt Nam."))
    if country is not None and (origin != Origin.IMPORTED.value or country not in country_codes()):
        raise DomainError(_("Nước xuất xứ chỉ chọn cho hàng nhập khẩu, trong danh sách các nước."))
    if "specs" in values and values["specs"] != clean_specs(values["specs"]):
        raise DomainError(_("Bảng thông số không hợp lệ."))


def check_values(values: dict) -> None:
    """The rules the form also checks, kept here so that no caller can skip them."""
    _check_details(values)
    low, high = values.get("price_min"), values.get("price_max")
    for price in (low, high):
        if price is not None and not 0 <= price <= MAX_PRICE:
            raise DomainError(_("Giá phải từ 0 đến %(max)s đồng.", max=f"{MAX_PRICE:,}".replace(",", ".")))
    if low is not None and high is not None and low > high:
        raise DomainError(_("Giá thấp nhất không được lớn hơn giá cao nhất."))
    discount = values.get("member_discount_pct")
    if discount is not None and not 1 <= discount <= 100:
        raise DomainError(_("Mức giảm giá ưu đãi phải từ 1 đến 100%."))
    if values.get("category_id") is not None and db.session.get(Category, values["category_id"]) is None:
        raise DomainError(_("Nhóm sản phẩm, dịch vụ đã chọn không tồn tại."))
    unknown = set(values.get("areas", ())) - set(provinces())
    if unknown:
        raise DomainError(_("Khu vực giao hàng không hợp lệ."))
    if len(values.get("images", ())) > MAX_IMAGES:
        raise DomainError(_("Mỗi sản phẩm, dịch vụ có tối đa %(n)s ảnh.", n=MAX_IMAGES))


def get_own_offering(actor, offering_id: int) -> Offering:
    """An offering the actor may edit; another enterprise's id is simply not found."""
    offering = db.session.get(Offering, offering_id)
    if offering is None or not can_edit_offering(actor, offering):
        raise NotFound(_("Không tìm thấy sản phẩm, dịch vụ này trong doanh nghiệp của bạn."))
    return offering


def _with_new_images(values: dict, new_images: list[PreparedImage]) -> dict:
    """Check the count first, then write the files: nothing is stored for a refused form."""
    images = list(values.get("images", ()))
    if len(images) + len(new_images) > MAX_IMAGES:
        raise DomainError(_("Mỗi sản phẩm, dịch vụ có tối đa %(n)s ảnh.", n=MAX_IMAGES))
    check_values(values)
    return dict(values, images=images + [save_image(p) for p in new_images])


def create_offering(actor, enterprise: Enterprise, values: dict, new_images: list[PreparedImage] = ()) -> Offering:
    require(can_list_offerings(actor, enterprise),
            _("Doanh nghiệp ngoài Khối chỉ tìm mua, không đăng sản phẩm, dịch vụ."))
    values = {"unit": None, **values}  # required: a create without one is refused by check_values
    if enterprise.status == Status.SUSPENDED:
        raise refuse_status(enterprise, _("thêm sản phẩm, dịch vụ"))
    values = _with_new_images(dict(values, images=[]), list(new_images))
    offering = Offering(enterprise=enterprise, status=Status.DRAFT)
    apply_values(offering, values)
    db.session.add(offering)
    db.session.flush()
    record_event(actor, "offering.create", offering, after={**snapshot(offering), **values})
    return offering


def update_offering(actor, offering: Offering, values: dict, new_images: list[PreparedImage] = (), *,
                    expected_version: int | None) -> str:
    """Draft or rejected: changed in place ("saved"). Approved: a pending revision ("revision").
    `values["images"]` lists the current images to keep, in order. `expected_version` is the
    version the form was loaded at (EditConflict if it is not the current one)."""
    require(can_edit_offering(actor, offering))
    claim_version(offering, expected_version)
    if offering.status not in (Status.DRAFT, Status.REJECTED, Status.APPROVED):
        raise refuse_status(offering, _("sửa"))
    revision = pending_revision(offering)
    known = {i.path for i in offering.images} | set(revision.proposed["images"] if revision else ())
    if not set(values.get("images", ())) <= known:
        raise DomainError(_("Ảnh không thuộc sản phẩm, dịch vụ này."))
    values = _with_new_images(values, list(new_images))
    if offering.status == Status.APPROVED:
        current = editable_values(offering)
        proposed = {**current, **values}
        if proposed == current:
            raise DomainError(_("Bạn chưa thay đổi gì."))
        propose_revision(actor, offering, proposed, current)
        return "revision"
    before = {**snapshot(offering), **editable_values(offering)}
    apply_values(offering, values)
    db.session.flush()
    record_event(actor, "offering.update", offering, before=before,
                 after={**snapshot(offering), **editable_values(offering)})
    search.sync_offering(offering)
    return "saved"


def submit_offering(actor, offering: Offering, expected_version: int | None) -> None:
    require(can_edit_offering(actor, offering))
    if offering.enterprise.status not in (Status.PENDING, Status.APPROVED):
        raise DomainError(_("Hãy gửi duyệt hồ sơ doanh nghiệp trước khi gửi duyệt sản phẩm, dịch vụ."))
    transition(actor, offering, "offering.submit", expected_version,
               {Status.DRAFT, Status.REJECTED}, Status.PENDING, _("gửi duyệt"), submitted_at=utcnow())


def withdraw_offering(actor, offering: Offering, expected_version: int | None) -> None:
    require(can_edit_offering(actor, offering))
    transition(actor, offering, "offering.withdraw", expected_version,
               {Status.PENDING}, Status.DRAFT, _("rút lại"))


def archive_offering(actor, offering: Offering, expected_version: int | None) -> None:
    """The owner takes an offering off the directory; a pending revision goes with it."""
    require(can_edit_offering(actor, offering))
    transition(actor, offering, "offering.archive", expected_version,
               {Status.DRAFT, Status.PENDING, Status.APPROVED, Status.REJECTED}, Status.ARCHIVED,
               _("lưu trữ"))
    revision = pending_revision(offering)
    if revision is not None:
        revision.status = Status.ARCHIVED
        record_event(actor, "revision.archive", revision, after={"status": "archived"})
    search.sync_offering(offering)
