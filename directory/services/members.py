"""Colleagues of an enterprise: invitation by an expiring signed link, removal, promotion."""
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..extensions import db
from ..models import Enterprise, Invitation, Role, User
from ..models.base import utcnow
from ..urls import absolute_url
from .accounts import find_user_by_email, normalize_email, register_user
from .audit import record_event
from .errors import DomainError, NotFound
from .mail import in_language_of, send_mail
from .permissions import can_manage_members, require


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="invitation")


def invitation_link(invitation: Invitation) -> str:
    return absolute_url("workspace.join", token=_serializer().dumps({"i": invitation.id}))


def invite_colleague(actor, enterprise: Enterprise, email: str) -> Invitation:
    require(can_manage_members(actor, enterprise), _("Chỉ người quản lý của doanh nghiệp mời được thành viên."))
    email = normalize_email(email)
    existing = find_user_by_email(email)
    if existing is not None and existing.enterprise_id == enterprise.id:
        raise DomainError(_("%(email)s đã là thành viên của doanh nghiệp.", email=email))
    invitation = Invitation(enterprise_id=enterprise.id, email=email, invited_by_id=actor.id)
    db.session.add(invitation)
    record_event(actor, "invitation.create", invitation, after={"email": email, "enterprise_id": enterprise.id})
    days = current_app.config["INVITATION_MAX_AGE"] // 86400
    with in_language_of(existing):  # someone without an account reads the site's language
        send_mail(email, _("Lời mời tham gia %(name)s – Kết nối Doanh nghiệp", name=enterprise.display_name),
                  _("Xin chào,\n\n%(manager)s mời bạn tham gia tài khoản doanh nghiệp %(name)s trên Kết nối "
                    "Doanh nghiệp. Mở liên kết sau để nhận lời mời (hiệu lực %(days)s ngày, dùng một "
                    "lần):\n%(link)s",
                    manager=actor.full_name, name=enterprise.legal_name, days=days, link=invitation_link(invitation)))
    return invitation


def invitation_for_token(token: str) -> Invitation:
    try:
        data = _serializer().loads(token, max_age=current_app.config["INVITATION_MAX_AGE"])
    except SignatureExpired:
        raise DomainError(_("Lời mời đã hết hạn. Hãy đề nghị người quản lý gửi lời mời mới."))
    except BadSignature:
        raise DomainError(_("Liên kết mời không hợp lệ."))
    invitation = db.session.get(Invitation, data.get("i")) if isinstance(data, dict) else None
    if invitation is None or invitation.accepted_at or invitation.revoked_at:
        raise DomainError(_("Lời mời này đã được dùng hoặc không còn hiệu lực."))
    return invitation


def accept_invitation(token: str, user=None, full_name: str | None = None, password: str | None = None) -> User:
    """Attach the signed-in user (whose e-mail must be the invited one), or create the account."""
    invitation = invitation_for_token(token)
    role = Role.MANAGER if invitation.as_manager else Role.STAFF  # a claim makes the enterprise's manager
    if user is not None and user.is_authenticated:
        if user.email != invitation.email:
            raise DomainError(_("Lời mời này gửi tới %(email)s. Hãy đăng nhập bằng tài khoản đó.",
                                email=invitation.email))
        if user.enterprise_id is not None or user.role in (Role.REVIEWER, Role.ADMIN):
            raise DomainError(_("Tài khoản của bạn đã thuộc một doanh nghiệp hoặc một Đảng ủy Khối."))
        user.enterprise_id, user.role = invitation.enterprise_id, role
    else:
        if find_user_by_email(invitation.email):
            raise DomainError(_("Đã có tài khoản với e-mail %(email)s: hãy đăng nhập rồi mở lại liên kết mời.",
                                email=invitation.email))
        user = register_user(invitation.email, password, full_name, role=role,
                             enterprise_id=invitation.enterprise_id)
    if user.email_confirmed_at is None:  # the invitation was mailed to this address and opened
        user.email_confirmed_at = utcnow()
    invitation.accepted_at = utcnow()
    db.session.flush()
    record_event(user, "invitation.accept", invitation, after={"user_id": user.id})
    return user


def _colleague(actor, enterprise: Enterprise, user_id: int) -> User:
    require(can_manage_members(actor, enterprise), _("Chỉ người quản lý của doanh nghiệp làm được việc này."))
    user = db.session.get(User, user_id)
    if user is None or user.enterprise_id != enterprise.id:
        raise NotFound(_("Không tìm thấy thành viên này trong doanh nghiệp."))
    return user


def remove_colleague(actor, enterprise: Enterprise, user_id: int) -> User:
    """The colleague keeps an account without an enterprise (it may register or be invited again)."""
    user = _colleague(actor, enterprise, user_id)
    managers = [u for u in enterprise.users if u.role == Role.MANAGER and u.active]
    if user.role == Role.MANAGER and len(managers) <= 1:
        raise DomainError(_("Doanh nghiệp cần ít nhất một người quản lý."))
    before = {"enterprise_id": user.enterprise_id, "role": user.role.value}
    user.enterprise_id, user.role = None, Role.MANAGER
    db.session.flush()
    db.session.expire(enterprise, ["users"])
    record_event(actor, "member.remove", user, before=before, after={"enterprise_id": None, "role": "manager"})
    return user


def promote_colleague(actor, enterprise: Enterprise, user_id: int) -> User:
    user = _colleague(actor, enterprise, user_id)
    if user.role == Role.MANAGER:
        raise DomainError(_("%(name)s đã là người quản lý.", name=user.full_name))
    user.role = Role.MANAGER
    record_event(actor, "member.promote", user, before={"role": "staff"}, after={"role": "manager"})
    return user


def pending_invitations(enterprise: Enterprise) -> list[Invitation]:
    return list(db.session.scalars(
        db.select(Invitation).where(Invitation.enterprise_id == enterprise.id, Invitation.accepted_at.is_(None),
                                    Invitation.revoked_at.is_(None)).order_by(Invitation.created_at.desc())))
