"""Enterprise profiles: registration, editing (directly or as a revision), submission."""
from flask_babel import gettext as _
from stdnum.vn import mst

from .. import search
from ..extensions import db
from ..models import Committee, Enterprise, EnterpriseSector, Ownership, Role, Status
from ..models.base import utcnow
from ..text import slugify
from .audit import record_event, snapshot
from .errors import DomainError
from .lifecycle import claim_version, propose_revision, refuse_status, transition
from .permissions import can_edit_enterprise, can_register_enterprise, require
from .uploads import PreparedImage, save_image

# The editable values of a profile, as stored in a Revision (JSON-ready).
SCALAR_FIELDS = ("legal_name", "short_name", "tax_code", "committee_id", "ownership", "address_line", "ward",
                 "province_code", "phone", "email", "website", "description", "employee_band",
                 "founded_year", "logo_path")
# Fixed once approved: a change of identity or committee goes through an administrator.
LOCKED_WHEN_APPROVED = ("tax_code", "committee_id")


def editable_values(enterprise: Enterprise) -> dict:
    values = {f: getattr(enterprise, f) for f in SCALAR_FIELDS}
    values["ownership"] = enterprise.ownership.value if enterprise.ownership else None
    values["sectors"] = sorted(f"{s.vsic_version}:{s.code}" for s in enterprise.sectors)
    return values


def apply_values(enterprise: Enterprise, values: dict) -> None:
    for field in SCALAR_FIELDS:
        if field in values:
            setattr(enterprise, field, Ownership(values[field]) if field == "ownership" else values[field])
    if "sectors" in values:
        wanted = {tuple(s.split(":", 1)) for s in values["sectors"]}
        enterprise.sectors = [s for s in enterprise.sectors if (s.vsic_version, s.code) in wanted]
        have = {(s.vsic_version, s.code) for s in enterprise.sectors}
        for version, code in sorted(wanted - have):
            enterprise.sectors.append(EnterpriseSector(vsic_version=version, code=code))


def check_tax_code(tax_code: str, enterprise: Enterprise | None = None) -> str:
    """The compact code, or a message naming the enterprise that already holds it."""
    if not mst.is_valid(tax_code or ""):
        raise DomainError(_("Mã số thuế không hợp lệ: cần 10 chữ số (hoặc 13 với chi nhánh, "
                            "ví dụ 0100112437-001) và đúng chữ số kiểm tra."))
    compact = mst.compact(tax_code)
    holder = db.session.scalar(db.select(Enterprise).where(Enterprise.tax_code == compact))
    if holder is not None and holder is not enterprise:
        raise DomainError(_(
            "Mã số thuế %(code)s đã được đăng ký cho %(name)s. Nếu bạn làm việc tại doanh nghiệp này, "
            "hãy đề nghị người quản lý tài khoản của doanh nghiệp mời bạn tham gia (mục «Thành viên»).",
            code=mst.format(compact), name=holder.legal_name))
    return compact


def _check_committee(committee_id: int | None) -> None:
    if committee_id is not None:
        committee = db.session.get(Committee, committee_id)
        if committee is None or not committee.active:
            raise DomainError(_("Đảng ủy Khối đã chọn không còn hoạt động."))


def _unique_slug(name: str) -> str:
    base = slugify(name, max_length=90)
    slug, n = base, 1
    while db.session.scalar(db.select(Enterprise.id).where(Enterprise.slug == slug)) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def register_enterprise(actor, values: dict, logo: PreparedImage | None = None) -> Enterprise:
    """The registering user becomes the enterprise's manager; the profile starts as a draft."""
    require(can_register_enterprise(actor), _("Tài khoản này không thể đăng ký thêm doanh nghiệp."))
    values = dict(values, tax_code=check_tax_code(values.get("tax_code")))
    _check_committee(values.get("committee_id"))
    enterprise = Enterprise(slug=_unique_slug(values.get("short_name") or values["legal_name"]),
                            status=Status.DRAFT)
    apply_values(enterprise, values)
    if logo is not None:
        enterprise.logo_path = save_image(logo)
    db.session.add(enterprise)
    db.session.flush()
    actor.enterprise = enterprise
    actor.role = Role.MANAGER
    record_event(actor, "enterprise.register", enterprise, after=snapshot(enterprise))
    return enterprise


def update_enterprise(actor, enterprise: Enterprise, values: dict, logo: PreparedImage | None = None, *,
                      expected_version: int | None) -> str:
    """Draft or rejected: changed in place ("saved"). Approved: a pending revision ("revision").
    `expected_version` is the version the form was loaded at (EditConflict if it is not the current one)."""
    require(can_edit_enterprise(actor, enterprise))
    claim_version(enterprise, expected_version)
    values = dict(values)
    if enterprise.status == Status.APPROVED:
        for field in LOCKED_WHEN_APPROVED:
            values.pop(field, None)
    elif enterprise.status in (Status.DRAFT, Status.REJECTED):
        values["tax_code"] = check_tax_code(values.get("tax_code", enterprise.tax_code), enterprise)
        _check_committee(values.get("committee_id"))
    else:
        raise refuse_status(enterprise, _("sửa hồ sơ"))
    if logo is not None:
        values["logo_path"] = save_image(logo)
    if enterprise.status == Status.APPROVED:
        current = editable_values(enterprise)
        proposed = {**current, **values}
        if proposed == current:
            raise DomainError(_("Bạn chưa thay đổi gì."))
        propose_revision(actor, enterprise, proposed, current)
        return "revision"
    before = snapshot(enterprise)
    apply_values(enterprise, values)
    db.session.flush()
    record_event(actor, "enterprise.update", enterprise, before=before, after=snapshot(enterprise))
    search.sync_enterprise(enterprise)
    return "saved"


def submit_enterprise(actor, enterprise: Enterprise, expected_version: int | None) -> None:
    """Draft or rejected → pending for its committee (for outside-the-bloc: administrators)."""
    require(can_edit_enterprise(actor, enterprise))
    transition(actor, enterprise, "enterprise.submit", expected_version,
               {Status.DRAFT, Status.REJECTED}, Status.PENDING, _("gửi duyệt"), submitted_at=utcnow())


def withdraw_enterprise(actor, enterprise: Enterprise, expected_version: int | None) -> None:
    """Pending → draft, to change something before the committee decides."""
    require(can_edit_enterprise(actor, enterprise))
    transition(actor, enterprise, "enterprise.withdraw", expected_version,
               {Status.PENDING}, Status.DRAFT, _("rút lại"))
