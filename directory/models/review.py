import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import enum_column, utcnow


class Decision(str, enum.Enum):
    APPROVE = "approve"
    REJECT = "reject"
    SUSPEND = "suspend"
    REINSTATE = "reinstate"


class Review(db.Model):
    """A committee's decision on an enterprise or an offering, with its reason."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[str] = mapped_column(sa.String(20))  # "enterprise" | "offering"
    target_id: Mapped[int]
    decision: Mapped[Decision] = mapped_column(enum_column(Decision))
    reason: Mapped[str | None] = mapped_column(sa.Text)
    reviewer_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    reviewer: Mapped["User"] = relationship()  # noqa: F821
    reasons: Mapped[list["ReviewReason"]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def reason_codes(self) -> list["ReasonCode"]:
        return sorted((r.code for r in self.reasons), key=list(ReasonCode).index)

    __table_args__ = (sa.Index("ix_reviews_target", "target_type", "target_id"),)


class ReasonCode(str, enum.Enum):
    """The committee's standard reasons for a rejection (labels in services/reviews.py)."""

    INCOMPLETE = "incomplete"
    WRONG_CATEGORY = "wrong_category"
    NOT_OWN_PRODUCT = "not_own_product"
    DUPLICATE = "duplicate"
    TAX_CODE = "tax_code"
    WRONG_COMMITTEE = "wrong_committee"
    # certifications
    UNREADABLE_DOCUMENT = "unreadable_document"
    DOCUMENT_MISMATCH = "document_mismatch"
    WRONG_PRODUCT = "wrong_product"
    UNVERIFIABLE = "unverifiable"


class ReviewReason(db.Model):
    """One standard reason ticked on a decision; the free text stays in `Review.reason`."""

    __tablename__ = "review_reasons"

    review_id: Mapped[int] = mapped_column(sa.ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[ReasonCode] = mapped_column(enum_column(ReasonCode), primary_key=True)
