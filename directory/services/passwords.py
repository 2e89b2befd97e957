"""The password policy: one place, used by sign-up, reset, password change, invitations and the CLI."""
import functools
from pathlib import Path

from flask_babel import gettext as _

from .errors import DomainError

MIN_LENGTH, MAX_LENGTH = 10, 128
COMMON_PASSWORDS = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt"


class WeakPassword(DomainError):
    """A password the policy refuses; the message says why."""


@functools.cache
def _common() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def problem(password: str, email: str | None = None) -> str | None:
    """Why `password` is refused for the account `email`, or None when it is acceptable."""
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        return _("Mật khẩu cần từ %(min)s đến %(max)s ký tự.", min=MIN_LENGTH, max=MAX_LENGTH)
    lowered = password.lower()
    if lowered in _common() or len(set(lowered)) < 4:
        return _("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.")
    if email:
        email = email.strip().lower()
        local = email.partition("@")[0]
        if lowered in (email, local) or (len(local) >= 4 and local in lowered and len(lowered) - len(local) < 4):
            return _("Mật khẩu không được là địa chỉ e-mail hay phần tên của nó.")
    return None


def check(password: str, email: str | None = None) -> None:
    """Raise WeakPassword when the policy refuses `password`."""
    if message := problem(password, email):
        raise WeakPassword(message)
