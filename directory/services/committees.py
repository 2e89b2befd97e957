"""Committees are data: an administrator adds, renames and merges them; nothing is lost."""
from flask_babel import gettext as _

from .. import search
from ..extensions import db
from ..models import Committee, Enterprise, User
from ..text import nfc
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .lifecycle import claim_version
from .permissions import is_admin, require

EDITABLE = ("code", "name", "province_code", "legacy_province_name", "landline_area_code", "active")


def active_committees() -> list[Committee]:
    """The committees an enterprise, a reviewer or a merge may be assigned to, by name."""
    return list(db.session.scalars(db.select(Committee).where(Committee.active.is_(True)).order_by(Committee.name)))


def all_committees() -> list[Committee]:
    """Every committee, the active ones first: merged ones keep their past reports."""
    return list(db.session.scalars(db.select(Committee).order_by(Committee.active.desc(), Committee.name)))


def get_committee(committee_id: int) -> Committee:
    committee = db.session.get(Committee, committee_id)
    if committee is None:
        raise NotFound()
    return committee


def _check_code_free(code: str, committee: Committee | None = None) -> None:
    other = db.session.scalar(db.select(Committee).where(Committee.code == code))
    if other is not None and other is not committee:
        raise DomainError(_("Mã %(code)s đã được dùng cho %(name)s.", code=code, name=other.name))


def create_committee(actor, **values) -> Committee:
    require(is_admin(actor))
    _check_code_free(values["code"])
    committee = Committee(**{k: nfc(v) if isinstance(v, str) else v for k, v in values.items() if k in EDITABLE})
    db.session.add(committee)
    record_event(actor, "committee.create", committee, after=snapshot(committee, EDITABLE))
    return committee


def update_committee(actor, committee: Committee, expected_version: int | None, **values) -> Committee:
    """`expected_version`: the version the form was loaded at (EditConflict if it is not the current one)."""
    require(is_admin(actor))
    claim_version(committee, expected_version)
    if "code" in values:
        _check_code_free(values["code"], committee)
    before = snapshot(committee, EDITABLE)
    for key in EDITABLE:
        if key in values:
            setattr(committee, key, nfc(values[key]) if isinstance(values[key], str) else values[key])
    record_event(actor, "committee.update", committee, before=before, after=snapshot(committee, EDITABLE))
    search.touch()  # cached search pages show the committee's name
    if (committee.name, committee.legacy_province_name) != (before.get("name"), before.get("legacy_province_name")):
        # Its members' index documents carry these names (search/documents.py: committee_context).
        for enterprise in db.session.scalars(db.select(Enterprise).where(Enterprise.committee_id == committee.id)):
            search.sync_enterprise(enterprise)
    return committee


def merge_committee(actor, source: Committee, target: Committee) -> int:
    """Move the source's enterprises and reviewers to the target and retire the source.

    Past linkages keep the committee recorded when they were confirmed, so the figures
    of earlier periods do not change. Returns the number of enterprises moved.
    """
    require(is_admin(actor))
    if source.id == target.id:
        raise DomainError(_("Không thể hợp nhất một Đảng ủy Khối vào chính nó."))
    if not target.active or target.merged_into_id is not None:
        raise DomainError(_("Đơn vị nhận đã ngừng hoạt động; hãy chọn đơn vị đang hoạt động."))
    if source.merged_into_id is not None:
        raise DomainError(_("%(name)s đã được hợp nhất trước đó.", name=source.name))
    before = snapshot(source, ("active", "merged_into_id"))
    enterprises = db.session.scalars(db.select(Enterprise).where(Enterprise.committee_id == source.id)).all()
    for enterprise in enterprises:
        record_event(actor, "enterprise.committee_merge", enterprise,
                     before={"committee_id": source.id}, after={"committee_id": target.id})
        enterprise.committee_id = target.id
        search.sync_enterprise(enterprise)  # the committee filter and facet follow the move
    db.session.execute(db.update(User).where(User.committee_id == source.id).values(committee_id=target.id))
    source.active = False
    source.merged_into_id = target.id
    record_event(actor, "committee.merge", source, before=before,
                 after={"active": False, "merged_into_id": target.id, "enterprises_moved": len(enterprises)})
    return len(enterprises)
