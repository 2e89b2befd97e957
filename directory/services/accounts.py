"""Accounts: sign-up, sign-in, password reset by a single-use, expiring link."""
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ..extensions import db
from ..models import Role, User
from ..models.base import utcnow
from ..text import nfc
from ..urls import absolute_url
from .audit import record_event
from .errors import DomainError
from .mail import send_mail


def normalize_email(email: str) -> str:
    return (nfc(email) or "").lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(db.select(User).where(User.email == normalize_email(email)))


def register_user(email: str, password: str, full_name: str, phone: str | None = None,
                  role: Role = Role.MANAGER, **extra) -> User:
    if find_user_by_email(email):
        raise DomainError(_("Địa chỉ e-mail này đã có tài khoản. Hãy đăng nhập hoặc đặt lại mật khẩu."))
    user = User(email=normalize_email(email), full_name=nfc(full_name), phone=phone, role=role, **extra)
    user.set_password(password)
    db.session.add(user)
    record_event(None, "user.register", user, after={"email": user.email, "role": user.role.value})
    return user


def authenticate(email: str, password: str) -> User | None:
    """The user if the password is right and the account active, else None."""
    user = find_user_by_email(email)
    if user is None or not user.check_password(password) or not user.active:
        return None
    user.last_login_at = utcnow()
    return user


def _reset_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="password-reset")


def make_reset_token(user: User) -> str:
    # The current hash is inside the token: once the password changes, the link is spent.
    return _reset_serializer().dumps({"id": user.id, "h": user.password_hash[-16:]})


def user_for_reset_token(token: str) -> User:
    try:
        data = _reset_serializer().loads(token, max_age=current_app.config["PASSWORD_RESET_MAX_AGE"])
    except SignatureExpired:
        raise DomainError(_("Liên kết đặt lại mật khẩu đã hết hạn. Hãy yêu cầu liên kết mới."))
    except BadSignature:
        raise DomainError(_("Liên kết đặt lại mật khẩu không hợp lệ."))
    user = db.session.get(User, data.get("id")) if isinstance(data, dict) else None
    if user is None or not user.active or user.password_hash[-16:] != data.get("h"):
        raise DomainError(_("Liên kết đặt lại mật khẩu đã được dùng hoặc không còn hiệu lực."))
    return user


def request_password_reset(email: str) -> None:
    """Mail a reset link if the account exists; say nothing either way (no account probing)."""
    user = find_user_by_email(email)
    if user is None or not user.active:
        return
    link = absolute_url("accounts.reset_password", token=make_reset_token(user))
    minutes = current_app.config["PASSWORD_RESET_MAX_AGE"] // 60
    send_mail(
        user.email,
        _("Đặt lại mật khẩu – Kết nối Doanh nghiệp"),
        _("Xin chào %(name)s,\n\nĐể đặt mật khẩu mới, hãy mở liên kết sau (hiệu lực %(minutes)s phút, "
          "chỉ dùng được một lần):\n%(link)s\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này.",
          name=user.full_name, minutes=minutes, link=link),
    )


def reset_password(token: str, new_password: str) -> User:
    user = user_for_reset_token(token)
    user.set_password(new_password)
    record_event(user, "user.password_reset", user)
    return user
