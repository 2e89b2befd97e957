from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, enum_column, utcnow


PENDING_ONLY = "status = 'pending'"  # the partial index's condition, also named by ON CONFLICT


class Revision(db.Model):
    """A proposed change to an approved enterprise or offering, waiting for its committee.

    The record keeps its approved values (and stays public) until the revision is approved;
    `proposed` holds the full set of editable values as JSON (services.listing.editable_values).
    A record has at most one pending revision; a second edit updates it (services.lifecycle).
    """

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[str] = mapped_column(sa.String(20))  # "enterprise" | "offering"
    target_id: Mapped[int]
    proposed: Mapped[dict] = mapped_column(sa.JSON)
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.PENDING, index=True)
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(sa.Text)  # the committee's comment on a rejection
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    author: Mapped["User | None"] = relationship()  # noqa: F821

    __table_args__ = (
        sa.Index("ix_revisions_target", "target_type", "target_id"),
        # At most one pending revision per record: two would both be approved, the older maybe last.
        sa.Index("uq_revisions_pending_target", "target_type", "target_id", unique=True,
                 sqlite_where=sa.text(PENDING_ONLY), postgresql_where=sa.text(PENDING_ONLY)),
    )

