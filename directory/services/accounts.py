"""Accounts: sign-up, sign-in, password reset by a single-use, expiring link, e-mail confirmation."""
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.security import check_password_hash

from ..extensions import db
from ..models import Role, User
from ..models.base import utcnow
from ..text import nfc
from ..urls import absolute_url
from . import passwords, sessions
from .audit import record_event
from .errors import DomainError
from .mail import in_language_of, send_mail


def normalize_email(email: str) -> str:
    return (nfc(email) or "").lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(db.select(User).where(User.email == normalize_email(email)))


def register_user(email: str, password: str, full_name: str, phone: str | None = None,
                  role: Role = Role.MANAGER, **extra) -> User:
    if find_user_by_email(email):
        raise DomainError(_("Địa chỉ e-mail này đã có tài khoản. Hãy đăng nhập hoặc đặt lại mật khẩu."))
    passwords.check(password, normalize_email(email))
    user = User(email=normalize_email(email), full_name=nfc(full_name), phone=phone, role=role, **extra)
    user.set_password(password)
    db.session.add(user)
    record_event(None, "user.register", user, after={"email": user.email, "role": user.role.value})
    return user


def sign_up(email: str, password: str, full_name: str) -> User:
    """A new account (a manager without an enterprise yet) and the mail that confirms its address."""
    user = register_user(email, password, full_name)
    db.session.flush()
    send_confirmation(user)
    return user


# Verified when the account does not exist, so that a sign-in costs one hash either way. Made by
# werkzeug's generate_password_hash with its default method and cost (a test keeps them equal).
DUMMY_HASH = ("scrypt:32768:8:1$EfPxwWFeXEbCwvAq$2689ca691d2a6bf7ea57d39af9011213d9a58599566a4387bbf506e23018296c"
              "9ae2d88a1a85a507cdbc4b005be03b90c5ae301961a418499c598e42870c8f57")


def authenticate(email: str, password: str) -> User | None:
    """The user if the password is right and the account active, else None. A missing account
    costs one hash verification too (against a dummy hash), so timing tells no account apart."""
    user = find_user_by_email(email)
    right = check_password_hash(user.password_hash if user else DUMMY_HASH, password)
    if user is None or not right or not user.active:
        return None
    user.last_login_at = utcnow()
    return user


def set_password(user: User, password: str) -> None:
    """Change the password if the policy allows it, and end every sign-in of the account
    (services/sessions.py): a stolen cookie dies with the old password."""
    passwords.check(password, user.email)
    user.set_password(password)
    sessions.end_all(user)


def change_password(user: User, current: str, new: str) -> None:
    if not user.check_password(current):
        raise DomainError(_("Mật khẩu hiện tại không đúng."))
    set_password(user, new)
    record_event(user, "user.password_change", user)


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
    with in_language_of(user):
        send_mail(
            user.email,
            _("Đặt lại mật khẩu – Kết nối Doanh nghiệp"),
            _("Xin chào %(name)s,\n\nĐể đặt mật khẩu mới, hãy mở liên kết sau (hiệu lực %(minutes)s phút, "
              "chỉ dùng được một lần):\n%(link)s\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này.",
              name=user.full_name, minutes=minutes, link=link),
        )


def reset_password(token: str, new_password: str) -> User:
    user = user_for_reset_token(token)
    set_password(user, new_password)
    record_event(user, "user.password_reset", user)
    return user


# ---- e-mail confirmation ---------------------------------------------------------------------

def _confirmation_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="email-confirmation")


def send_confirmation(user: User) -> None:
    """Mail a link that proves the user reads this address (valid EMAIL_CONFIRMATION_MAX_AGE)."""
    token = _confirmation_serializer().dumps({"id": user.id, "e": user.email})
    link = absolute_url("accounts.confirm_email", token=token)
    with in_language_of(user):
        send_mail(
            user.email,
            _("Xác nhận địa chỉ e-mail – Kết nối Doanh nghiệp"),
            _("Xin chào %(name)s,\n\nĐể xác nhận địa chỉ e-mail của tài khoản, hãy mở liên kết sau "
              "(hiệu lực %(days)s ngày):\n%(link)s\n\nNếu bạn không tạo tài khoản, hãy bỏ qua thư này.",
              name=user.full_name, days=current_app.config["EMAIL_CONFIRMATION_MAX_AGE"] // 86400, link=link),
        )


def confirm_email(token: str) -> User:
    try:
        data = _confirmation_serializer().loads(token, max_age=current_app.config["EMAIL_CONFIRMATION_MAX_AGE"])
    except SignatureExpired:
        raise DomainError(_("Liên kết xác nhận đã hết hạn. Hãy đăng nhập và yêu cầu gửi lại thư xác nhận."))
    except BadSignature:
        raise DomainError(_("Liên kết xác nhận không hợp lệ."))
    user = db.session.get(User, data.get("id")) if isinstance(data, dict) and isinstance(data.get("id"), int) else None
    if user is None or user.email != data.get("e"):
        raise DomainError(_("Liên kết xác nhận không hợp lệ."))
    if user.email_confirmed_at is None:
        user.email_confirmed_at = utcnow()
        record_event(user, "user.email_confirm", user)
    return user
