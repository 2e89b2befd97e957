"""Administration of user accounts."""
from flask_babel import gettext as _

from ..extensions import db
from ..models import Committee, Enterprise, Role, User
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .lifecycle import claim_version
from .permissions import is_admin, require

FIELDS = ("role", "active", "committee_id", "enterprise_id")


def get_user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound()
    return user


def update_user(actor, user: User, role: Role, active: bool, committee_id: int | None,
                enterprise_id: int | None, *, expected_version: int | None) -> User:
    """Set a user's role and attachment; the role decides which attachment is kept.
    `expected_version`: the version the form was loaded at (EditConflict if it is not the current one)."""
    require(is_admin(actor))
    claim_version(user, expected_version)
    if user.id == actor.id and (role != Role.ADMIN or not active):
        raise DomainError(_("Bạn không thể tự bỏ quyền quản trị hoặc tự khóa tài khoản của mình."))
    if role == Role.REVIEWER and (committee_id is None or db.session.get(Committee, committee_id) is None):
        raise DomainError(_("Cán bộ duyệt phải thuộc một Đảng ủy Khối."))
    if role in (Role.MANAGER, Role.STAFF) and enterprise_id is not None \
            and db.session.get(Enterprise, enterprise_id) is None:
        raise DomainError(_("Không tìm thấy doanh nghiệp."))
    before = snapshot(user, FIELDS)
    user.role, user.active = role, active
    user.committee_id = committee_id if role == Role.REVIEWER else None
    user.enterprise_id = enterprise_id if role in (Role.MANAGER, Role.STAFF) else None
    record_event(actor, "user.update", user, before=before, after=snapshot(user, FIELDS))
    return user
