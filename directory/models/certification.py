import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, TimestampMixin, enum_column


class CertKind(str, enum.Enum):
    """What an enterprise may declare; the rules of each kind are in services/certifications.py."""

    OCOP = "ocop"  # Mỗi xã một sản phẩm: 3-5 stars, one product, 36 months
    ISO_9001 = "iso9001"
    ISO_14001 = "iso14001"
    ISO_22000 = "iso22000"
    HACCP = "haccp"
    VIETGAP = "vietgap"
    CR = "cr"  # Dấu hợp quy CR: one product
    HVNCLC = "hvnclc"  # Hàng Việt Nam chất lượng cao: a consumer-voted title, self-declared


class Certification(TimestampMixin, db.Model):
    """A certification an enterprise declares, with its scanned document, verified by its committee.

    The status is the listings' one (models.base.Status): pending (chờ duyệt), approved (đã xác minh),
    rejected (bị từ chối), archived (withdrawn by the owner: kept, as its decisions are). A badge
    shows while it is approved and `expires_on` is not past: `shows_on(today)`, compared at each
    read, so an expired one leaves every page on its own, without a job.
    """

    __tablename__ = "certifications"
    __table_args__ = (
        sa.CheckConstraint("expires_on > issued_on", name="valid_period"),
        sa.CheckConstraint("ocop_stars IS NULL OR ocop_stars BETWEEN 3 AND 5", name="ocop_stars_range"),
        sa.Index("ix_certifications_enterprise_status", "enterprise_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"))
    offering_id: Mapped[int | None] = mapped_column(sa.ForeignKey("offerings.id"), index=True)
    kind: Mapped[CertKind] = mapped_column(enum_column(CertKind))
    ocop_stars: Mapped[int | None]
    award_year: Mapped[int | None]  # Hàng Việt Nam chất lượng cao: the year of the title
    number: Mapped[str] = mapped_column(sa.String(100))
    issuer: Mapped[str] = mapped_column(sa.String(200))
    issued_on: Mapped[date]
    expires_on: Mapped[date]
    document_path: Mapped[str] = mapped_column(sa.String(255))  # generated name under uploads/private
    document_name: Mapped[str] = mapped_column(sa.String(255))  # the name the user gave
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.PENDING, index=True)
    submitted_at: Mapped[datetime | None]
    approved_at: Mapped[datetime | None]  # the last verification
    ever_verified: Mapped[bool] = mapped_column(default=False, server_default=sa.false())  # then never deleted
    reminded_for: Mapped[date | None]  # the expiry date the owner was reminded of (once per date)
    version: Mapped[int] = mapped_column(default=1)

    enterprise: Mapped["Enterprise"] = relationship()  # noqa: F821
    offering: Mapped["Offering | None"] = relationship()  # noqa: F821

    def shows_on(self, today: date) -> bool:
        """A badge today: verified and not expired (valid through its expiry date)."""
        return self.status == Status.APPROVED and self.expires_on >= today

    @classmethod
    def shown_on(cls, today: date) -> sa.ColumnElement[bool]:
        """`shows_on` in SQL (search/filters.py writes the same condition over its own alias)."""
        return sa.and_(cls.status == Status.APPROVED, cls.expires_on >= today)

    def __repr__(self) -> str:
        return f"<Certification {self.id} {self.kind.value} {self.number!r}>"
