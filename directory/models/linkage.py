"""The linkage programme: inquiries and their threads, needs, recorded deals (linkages),
shortlists and saved searches; their rules are in services/ (docs/architecture.md)."""
import enum
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import enum_column, utcnow

MAX_VALUE = 10**15  # đồng; a larger deal value is a typing error


class InquiryStatus(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class Inquiry(db.Model):
    """A buyer enterprise asks a supplier about an offering (or the enterprise as a whole).

    An answer to a need is an inquiry too: the supplier opens it, `need_id` is set.
    The committees are recorded as they were when the thread began, for the statistics.
    """

    __tablename__ = "inquiries"

    id: Mapped[int] = mapped_column(primary_key=True)
    buyer_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    offering_id: Mapped[int | None] = mapped_column(sa.ForeignKey("offerings.id"), index=True)
    need_id: Mapped[int | None] = mapped_column(sa.ForeignKey("needs.id"), index=True)
    created_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    subject: Mapped[str] = mapped_column(sa.String(200))
    quantity: Mapped[str | None] = mapped_column(sa.String(100))
    wanted_on: Mapped[date | None]
    status: Mapped[InquiryStatus] = mapped_column(enum_column(InquiryStatus), default=InquiryStatus.OPEN)
    buyer_committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"), index=True)
    supplier_committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_message_at: Mapped[datetime] = mapped_column(default=utcnow)

    buyer: Mapped["Enterprise"] = relationship(foreign_keys=[buyer_id])  # noqa: F821
    supplier: Mapped["Enterprise"] = relationship(foreign_keys=[supplier_id])  # noqa: F821
    offering: Mapped["Offering | None"] = relationship()  # noqa: F821
    need: Mapped["Need | None"] = relationship(back_populates="offers")
    created_by: Mapped["User"] = relationship()  # noqa: F821
    messages: Mapped[list["Message"]] = relationship(
        back_populates="inquiry", order_by="Message.id", cascade="all, delete-orphan"
    )
    quotes: Mapped[list["Quote"]] = relationship(  # noqa: F821
        back_populates="inquiry", order_by="Quote.id", cascade="all, delete-orphan")

    def party_ids(self) -> tuple[int, int]:
        return self.buyer_id, self.supplier_id


class Message(db.Model):
    """One message of an inquiry thread, with an optional attachment kept off the public uploads."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(sa.ForeignKey("inquiries.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"))  # the side that wrote
    body: Mapped[str] = mapped_column(sa.Text)
    attachment_path: Mapped[str | None] = mapped_column(sa.String(255))  # generated name
    attachment_name: Mapped[str | None] = mapped_column(sa.String(255))  # the name the user gave
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    inquiry: Mapped[Inquiry] = relationship(back_populates="messages")
    author: Mapped["User"] = relationship()  # noqa: F821


class InquiryRead(db.Model):
    """When a user last opened a thread: what came after is unread for them."""

    __tablename__ = "inquiry_reads"

    inquiry_id: Mapped[int] = mapped_column(sa.ForeignKey("inquiries.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(default=utcnow)


class NeedStatus(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class Need(db.Model):
    """A buyer's published need (nhu cầu): what it wants to buy, how much, for what budget, where
    and by when. Suppliers answer it with a quote in a thread of their own (Inquiry.need_id)."""

    __tablename__ = "needs"
    __table_args__ = (
        sa.CheckConstraint("budget_max IS NULL OR budget_min IS NULL OR budget_min <= budget_max",
                           name="budget_order"),
        sa.CheckConstraint("quantity IS NULL OR quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"), index=True)  # as posted
    created_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    category_id: Mapped[int | None] = mapped_column(sa.ForeignKey("categories.id"), index=True)
    province_code: Mapped[str | None] = mapped_column(sa.String(2))  # the delivery area
    deadline: Mapped[date | None]
    quantity: Mapped[Decimal | None] = mapped_column(sa.Numeric(16, 3))
    unit: Mapped[str | None] = mapped_column(sa.String(40))
    budget_min: Mapped[int | None] = mapped_column(sa.BigInteger)  # whole đồng
    budget_max: Mapped[int | None] = mapped_column(sa.BigInteger)
    version: Mapped[int] = mapped_column(default=1)  # the edit form's optimistic check
    status: Mapped[NeedStatus] = mapped_column(enum_column(NeedStatus), default=NeedStatus.OPEN, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    enterprise: Mapped["Enterprise"] = relationship()  # noqa: F821
    category: Mapped["Category | None"] = relationship()  # noqa: F821
    offers: Mapped[list[Inquiry]] = relationship(back_populates="need", order_by="Inquiry.id")


class LinkageStatus(str, enum.Enum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    CANCELLED = "cancelled"


linkage_offerings = sa.Table(
    "linkage_offerings",
    db.metadata,
    sa.Column("linkage_id", sa.ForeignKey("linkages.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("offering_id", sa.ForeignKey("offerings.id"), primary_key=True),
)


class Linkage(db.Model):
    """A deal between a buyer and a supplier (giao dịch liên kết). Only confirmed ones count.

    At confirmation the committees' ids, names and provinces are copied onto the row, and the
    date of confirmation is kept as the day it counts for: renaming or merging committees,
    or suspending an enterprise later, cannot rewrite past figures.
    """

    __tablename__ = "linkages"
    __table_args__ = (
        sa.CheckConstraint("value >= 0", name="value_positive"),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period_order"),
        sa.CheckConstraint("buyer_id <> supplier_id", name="two_parties"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    buyer_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    proposed_by_enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"))
    proposed_by_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    inquiry_id: Mapped[int | None] = mapped_column(sa.ForeignKey("inquiries.id"), index=True)
    quote_id: Mapped[int | None] = mapped_column(sa.ForeignKey("quotes.id"), index=True)  # the accepted quote
    value: Mapped[int] = mapped_column(sa.BigInteger)  # whole đồng
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]  # empty: a single date, not a period
    delivery_on: Mapped[date | None]  # the agreed delivery (or completion) date; feedback opens on it
    description: Mapped[str] = mapped_column(sa.Text, default="")
    contract_path: Mapped[str | None] = mapped_column(sa.String(255))
    contract_name: Mapped[str | None] = mapped_column(sa.String(255))
    status: Mapped[LinkageStatus] = mapped_column(
        enum_column(LinkageStatus), default=LinkageStatus.PROPOSED, index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decline_reason: Mapped[str | None] = mapped_column(sa.Text)
    cancelled_at: Mapped[datetime | None]
    cancelled_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    cancel_reason: Mapped[str | None] = mapped_column(sa.Text)
    # Frozen at confirmation (see the class docstring).
    confirmed_on: Mapped[date | None] = mapped_column(index=True)
    category_id: Mapped[int | None] = mapped_column(sa.ForeignKey("categories.id"))
    buyer_committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"), index=True)
    buyer_committee_name: Mapped[str | None] = mapped_column(sa.String(200))
    buyer_province_code: Mapped[str | None] = mapped_column(sa.String(2))
    supplier_committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"), index=True)
    supplier_committee_name: Mapped[str | None] = mapped_column(sa.String(200))
    supplier_province_code: Mapped[str | None] = mapped_column(sa.String(2))
    buyer_name: Mapped[str | None] = mapped_column(sa.String(255))
    supplier_name: Mapped[str | None] = mapped_column(sa.String(255))

    buyer: Mapped["Enterprise"] = relationship(foreign_keys=[buyer_id])  # noqa: F821
    supplier: Mapped["Enterprise"] = relationship(foreign_keys=[supplier_id])  # noqa: F821
    proposed_by_enterprise: Mapped["Enterprise"] = relationship(  # noqa: F821
        foreign_keys=[proposed_by_enterprise_id])
    proposed_by: Mapped["User"] = relationship(foreign_keys=[proposed_by_id])  # noqa: F821
    inquiry: Mapped[Inquiry | None] = relationship()
    quote: Mapped["Quote | None"] = relationship(back_populates="linkages")  # noqa: F821
    category: Mapped["Category | None"] = relationship()  # noqa: F821
    offerings: Mapped[list["Offering"]] = relationship(  # noqa: F821
        secondary=linkage_offerings, order_by="Offering.id")

    @property
    def counterparty_id(self) -> int:
        """The enterprise that must confirm: the side that did not propose."""
        return self.supplier_id if self.proposed_by_enterprise_id == self.buyer_id else self.buyer_id

    @property
    def due_on(self) -> date:
        """The day the deal was to be done: its delivery date, else the end of its period, else its date.
        Each side may give its feedback from this day on (services/feedback.py)."""
        return self.delivery_on or self.ends_on or self.starts_on


MAX_FEEDBACK_TEXT = 1000  # characters of a comment or an answer: a few factual sentences
MAX_HIDE_REASON = 300


class DealFeedback(db.Model):
    """One side's short, factual feedback on the other after a confirmed deal was due: three yes/no
    facts and a comment, with one public answer by the side it is about. A committee reviewer or an
    administrator may hide the comment or the answer with a reason; the facts stay counted.
    Rules in services/feedback.py."""

    __tablename__ = "deal_feedback"
    __table_args__ = (
        sa.UniqueConstraint("linkage_id", "by_enterprise_id", name="uq_deal_feedback_side"),  # one per side
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    linkage_id: Mapped[int] = mapped_column(sa.ForeignKey("linkages.id", ondelete="CASCADE"), index=True)
    by_enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"))  # the side that writes
    about_enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    on_time: Mapped[bool]
    as_agreed: Mapped[bool]
    would_deal_again: Mapped[bool]
    comment: Mapped[str] = mapped_column(sa.String(MAX_FEEDBACK_TEXT), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)
    comment_hidden_reason: Mapped[str | None] = mapped_column(sa.String(MAX_HIDE_REASON))
    comment_hidden_at: Mapped[datetime | None]
    comment_hidden_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    answer: Mapped[str | None] = mapped_column(sa.String(MAX_FEEDBACK_TEXT))
    answered_at: Mapped[datetime | None]
    answer_author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    answer_hidden_reason: Mapped[str | None] = mapped_column(sa.String(MAX_HIDE_REASON))
    answer_hidden_at: Mapped[datetime | None]
    answer_hidden_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))

    linkage: Mapped[Linkage] = relationship()
    by_enterprise: Mapped["Enterprise"] = relationship(foreign_keys=[by_enterprise_id])  # noqa: F821
    about_enterprise: Mapped["Enterprise"] = relationship(foreign_keys=[about_enterprise_id])  # noqa: F821
    author: Mapped["User"] = relationship(foreign_keys=[author_id])  # noqa: F821


class Shortlist(db.Model):
    """A user's named list of suppliers and offerings to compare."""

    __tablename__ = "shortlists"
    __table_args__ = (sa.UniqueConstraint("user_id", "name", name="uq_shortlists_user_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    items: Mapped[list["ShortlistItem"]] = relationship(
        back_populates="shortlist", cascade="all, delete-orphan", order_by="ShortlistItem.id"
    )


class ShortlistItem(db.Model):
    """An offering, or a supplier as a whole (offering empty)."""

    __tablename__ = "shortlist_items"
    __table_args__ = (
        sa.UniqueConstraint("shortlist_id", "enterprise_id", "offering_id", name="uq_shortlist_items_entry"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shortlist_id: Mapped[int] = mapped_column(sa.ForeignKey("shortlists.id", ondelete="CASCADE"), index=True)
    enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"))
    offering_id: Mapped[int | None] = mapped_column(sa.ForeignKey("offerings.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    shortlist: Mapped[Shortlist] = relationship(back_populates="items")
    enterprise: Mapped["Enterprise"] = relationship()  # noqa: F821
    offering: Mapped["Offering | None"] = relationship()  # noqa: F821


class SavedSearch(db.Model):
    """A search a user wants to hear about: new approved offerings that match, daily."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    query: Mapped[str] = mapped_column(sa.String(200))
    filters: Mapped[dict] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_sent_at: Mapped[datetime] = mapped_column(default=utcnow)  # offerings approved after it are new

    user: Mapped["User"] = relationship()  # noqa: F821
