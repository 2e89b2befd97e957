"""Structured quotes (báo giá) in an inquiry thread: the supplier prices items, the buyer accepts
or declines; the rules are in services/quotes.py."""
import enum
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import enum_column, utcnow


class QuoteStatus(str, enum.Enum):
    """What is stored. "Expired" is not stored: a sent quote past its valid-until day reads as
    expired (Quote.state), so no job has to flip it at midnight."""

    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SUPERSEDED = "superseded"  # the supplier sent a newer quote in the same thread


class Quote(db.Model):
    __tablename__ = "quotes"
    __table_args__ = (sa.CheckConstraint("total >= 0", name="total_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(sa.ForeignKey("inquiries.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    total: Mapped[int] = mapped_column(sa.BigInteger)  # whole đồng: the sum of the line totals
    vat_note: Mapped[str | None] = mapped_column(sa.String(200))
    delivery_on: Mapped[date | None]
    delivery_terms: Mapped[str | None] = mapped_column(sa.String(500))
    valid_until: Mapped[date]
    note: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[QuoteStatus] = mapped_column(enum_column(QuoteStatus), default=QuoteStatus.SENT, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decline_reason: Mapped[str | None] = mapped_column(sa.Text)

    inquiry: Mapped["Inquiry"] = relationship(back_populates="quotes")  # noqa: F821
    author: Mapped["User"] = relationship(foreign_keys=[author_id])  # noqa: F821
    items: Mapped[list["QuoteItem"]] = relationship(
        back_populates="quote", order_by="QuoteItem.position", cascade="all, delete-orphan")
    linkages: Mapped[list["Linkage"]] = relationship(back_populates="quote")  # noqa: F821

    def state(self, today: date) -> str:
        """sent, accepted, declined, superseded, or expired (sent, and valid_until has passed)."""
        if self.status == QuoteStatus.SENT and self.valid_until < today:
            return "expired"
        return self.status.value


class QuoteItem(db.Model):
    """One line: one of the supplier's offerings or a free-text item, quantity × unit price."""

    __tablename__ = "quote_items"
    __table_args__ = (
        sa.CheckConstraint("quantity > 0", name="quantity_positive"),
        sa.CheckConstraint("unit_price >= 0", name="unit_price_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(sa.ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    offering_id: Mapped[int | None] = mapped_column(sa.ForeignKey("offerings.id"), index=True)
    description: Mapped[str] = mapped_column(sa.String(200))  # the offering's title when one is chosen
    quantity: Mapped[Decimal] = mapped_column(sa.Numeric(16, 3))
    unit: Mapped[str] = mapped_column(sa.String(40), default="")
    unit_price: Mapped[int] = mapped_column(sa.BigInteger)  # whole đồng
    line_total: Mapped[int] = mapped_column(sa.BigInteger)  # quantity × unit price, rounded to the đồng

    quote: Mapped[Quote] = relationship(back_populates="items")
    offering: Mapped["Offering | None"] = relationship()  # noqa: F821
