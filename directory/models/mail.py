"""Outgoing mail, queued in the database."""
import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import enum_column, utcnow


class MailStatus(str, enum.Enum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class OutgoingMail(db.Model):
    """A mail written in the transaction of the change that causes it and delivered after the
    commit by the job worker (services.mail), so a rolled-back change sends nothing and no
    request waits for SMTP."""

    __tablename__ = "outgoing_mails"
    __table_args__ = (sa.Index("ix_outgoing_mails_status_created_at", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(sa.String(254))
    subject: Mapped[str] = mapped_column(sa.String(255))
    body: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[MailStatus] = mapped_column(enum_column(MailStatus), default=MailStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(sa.String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_attempt_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
