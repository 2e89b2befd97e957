"""Offerings of an enterprise: create, edit (directly or as a revision), submit, withdraw, archive."""
from flask_babel import gettext as _

from .. import search
from ..extensions import db
from ..models import MAX_PRICE, Category, Enterprise, Kind, Offering, OfferingArea, OfferingImage, Status
from ..models.base import utcnow
from ..reference import provinces
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .lifecycle import claim_version, pending_revision, propose_revision, refuse_status, transition
from .permissions import can_edit_offering, can_list_offerings, require
from .uploads import MAX_IMAGES, PreparedImage, save_image

SCALAR_FIELDS = ("kind", "title", "description", "category_id", "unit", "price_min", "price_max",
                 "member_offer", "member_discount_pct")


def editable_values(offering: Offering) -> dict:
    values = {f: getattr(offering, f) for f in SCALAR_FIELDS}
    values["kind"] = offering.kind.value if offering.kind else None
    values["areas"] = sorted(a.province_code for a in offering.delivery_areas)
    values["images"] = [i.path for i in offering.images]
    return values


def apply_values(offering: Offering, values: dict) -> None:
    for field in SCALAR_FIELDS:
        if field in values:
            setattr(offering, field, Kind(values[field]) if field == "kind" else values[field])
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


def check_values(values: dict) -> None:
    """The rules the form also checks, kept here so that no caller can skip them."""
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
