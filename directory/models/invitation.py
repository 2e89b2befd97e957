from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow


class Invitation(db.Model):
    """A manager's invitation of a colleague, or (as_manager) a committee's invitation to claim an
    imported enterprise as its manager; the mailed link carries its id, signed."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    email: Mapped[str] = mapped_column(sa.String(254))
    invited_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    as_manager: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    enterprise: Mapped["Enterprise"] = relationship()  # noqa: F821
