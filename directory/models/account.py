import enum
from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from .base import TimestampMixin, enum_column, utcnow


class Role(str, enum.Enum):
    """An outside buyer is a manager or staff of an enterprise without a committee."""

    MANAGER = "manager"
    STAFF = "staff"
    REVIEWER = "reviewer"
    ADMIN = "admin"


class User(UserMixin, TimestampMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)  # stored lower-case
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    full_name: Mapped[str] = mapped_column(sa.String(120))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    enterprise_id: Mapped[int | None] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    locale: Mapped[str | None] = mapped_column(sa.String(5))
    last_login_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # the administrator's edit form
    # None until the owner opens the confirmation link (or accepts an invitation mailed to it);
    # listing and trading wait for it (services/permissions.py).
    email_confirmed_at: Mapped[datetime | None]

    enterprise: Mapped["Enterprise | None"] = relationship(back_populates="users")  # noqa: F821
    committee: Mapped["Committee | None"] = relationship()  # noqa: F821

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    # Set by services/sessions.py for the sign-in this request runs under; Flask-Login stores it.
    login_key = None  # str

    def get_id(self) -> str | None:
        """Flask-Login's "alternative id": the key of one sign-in (LoginSession), not the user id,
        so that ending that sign-in (or all of them) ends every cookie that carries it."""
        return self.login_key

    @property
    def email_confirmed(self) -> bool:
        return self.email_confirmed_at is not None

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive users
        return self.active

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class LoginSession(db.Model):
    """One sign-in of a user: see services/sessions.py. Only a hash of its key is stored."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship()
