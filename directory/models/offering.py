import enum
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import freshness
from ..extensions import db
from .base import Kind, Status, TimestampMixin, enum_column
from .enterprise import Enterprise

MAX_PRICE = 10**15  # one million billion đồng: anything above is a typing error


class Origin(str, enum.Enum):
    """Where a product is made (the programme: "Người Việt Nam ưu tiên dùng hàng Việt Nam")."""

    MADE_IN_VIETNAM = "made_vn"  # with the province of manufacture
    ASSEMBLED_IN_VIETNAM = "assembled_vn"  # with the province where it is assembled
    IMPORTED = "imported"  # with the country it comes from


MADE_IN_VIETNAM = (Origin.MADE_IN_VIETNAM, Origin.ASSEMBLED_IN_VIETNAM)  # the search filter "hàng sản xuất tại Việt Nam"


class Offering(TimestampMixin, db.Model):
    """A product or service an enterprise lists (sản phẩm / dịch vụ)."""

    __tablename__ = "offerings"
    __table_args__ = (
        sa.CheckConstraint("price_min IS NULL OR price_min >= 0", name="price_min_positive"),
        sa.CheckConstraint(
            "price_max IS NULL OR price_min IS NULL OR price_max >= price_min", name="price_range"
        ),
        # The newest first (home page, category pages): read backwards in order, not sorted from a
        # full scan. Not led by status: a planner would then take it for any "approved" filter.
        sa.Index("ix_offerings_approved_at", "approved_at", "id"),
        sa.Index("ix_offerings_category_approved_at", "category_id", "approved_at", "id"),  # a category's page
        sa.Index("ix_offerings_confirm_due_on", "confirm_due_on"),  # reminders, the freshness counts
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(sa.ForeignKey("enterprises.id"), index=True)
    kind: Mapped[Kind] = mapped_column(enum_column(Kind))
    title: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    category_id: Mapped[int | None] = mapped_column(sa.ForeignKey("categories.id"), index=True)
    # Required on every create and edit since migration 0022; older rows may still lack it
    # (shown as not given) until their next edit: see the migration for why none is guessed.
    unit: Mapped[str | None] = mapped_column(sa.String(40))
    # Whole đồng. Both empty: "liên hệ"; equal: an exact price; otherwise a range.
    price_min: Mapped[int | None] = mapped_column(sa.BigInteger)
    price_max: Mapped[int | None] = mapped_column(sa.BigInteger)
    member_offer: Mapped[str | None] = mapped_column(sa.String(500))
    member_discount_pct: Mapped[int | None]
    # What a buyer decides on besides the price (migration 0022); all optional.
    min_order_qty: Mapped[Decimal | None] = mapped_column(sa.Numeric(14, 3))  # in `unit`
    lead_time_days: Mapped[int | None]
    delivery_terms: Mapped[str | None] = mapped_column(sa.String(200))
    price_valid_until: Mapped[date | None] = mapped_column(sa.Date)
    price_includes_vat: Mapped[bool | None]  # None: not said
    origin: Mapped[Origin | None] = mapped_column(enum_column(Origin))
    origin_province_code: Mapped[str | None] = mapped_column(sa.String(2))  # made or assembled in Vietnam
    origin_country: Mapped[str | None] = mapped_column(sa.String(2))  # imported: ISO 3166 alpha-2
    # The specification table: [[name, value], ...] in the owner's order (services.offerings.clean_specs).
    specs: Mapped[list | None] = mapped_column(sa.JSON)
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.DRAFT, index=True)
    submitted_at: Mapped[datetime | None]
    approved_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)
    # The yearly re-confirmation (directory/freshness.py): when the enterprise last said the listing
    # is still right (approval counts), the local day it is due again, and the last reminder sent
    # (the due day it was for and how many days before it), so each is sent once per cycle.
    confirmed_at: Mapped[datetime | None]
    confirm_due_on: Mapped[date | None]
    reminded_due_on: Mapped[date | None]
    reminded_days: Mapped[int | None]

    enterprise: Mapped[Enterprise] = relationship(back_populates="offerings")
    category: Mapped["Category | None"] = relationship()  # noqa: F821
    delivery_areas: Mapped[list["OfferingArea"]] = relationship(
        cascade="all, delete-orphan", order_by="OfferingArea.province_code"
    )
    images: Mapped[list["OfferingImage"]] = relationship(
        cascade="all, delete-orphan", order_by="OfferingImage.position"
    )

    @property
    def has_member_offer(self) -> bool:
        return bool(self.member_offer or self.member_discount_pct)

    @property
    def made_in_vietnam(self) -> bool:
        return self.origin in MADE_IN_VIETNAM

    @hybrid_property
    def is_public(self) -> bool:
        """What the public may see of offerings, written once: an approved offering of a public
        enterprise. `offering.is_public` tests a record, `where(Offering.is_public)` filters a query
        (listings: services/catalog.py)."""
        return self.status == Status.APPROVED and self.enterprise.is_public

    @is_public.inplace.expression
    @classmethod
    def _is_public_expression(cls) -> sa.ColumnElement[bool]:
        # EXISTS, not a join: a listing in date order then reads the offerings' date index from the
        # newest and stops at the page, where a join would let the planner start from the enterprises.
        return sa.and_(cls.status == Status.APPROVED, cls.enterprise.has(Enterprise.is_public))

    @property
    def freshness(self) -> "freshness.Freshness":
        return freshness.freshness(self.confirm_due_on)

    @hybrid_property
    def is_listed(self) -> bool:
        """Public and not past its re-confirmation grace period today: what search, the home page
        and the category and enterprise lists show. Its page stays reachable (is_public)."""
        return self.is_public and self.freshness != freshness.Freshness.HIDDEN

    @is_listed.inplace.expression
    @classmethod
    def _is_listed_expression(cls) -> sa.ColumnElement[bool]:
        # Today is read when the statement runs, not when it is built (catalog caches the Select).
        oldest = sa.bindparam("oldest_listed_due", callable_=freshness.oldest_listed_due, type_=sa.Date)
        return sa.and_(cls.is_public, sa.or_(cls.confirm_due_on.is_(None), cls.confirm_due_on >= oldest))

    def __repr__(self) -> str:
        return f"<Offering {self.id} {self.title!r}>"


class OfferingArea(db.Model):
    """A province an offering is delivered to; no row at all means nationwide."""

    __tablename__ = "offering_areas"

    offering_id: Mapped[int] = mapped_column(
        sa.ForeignKey("offerings.id", ondelete="CASCADE"), primary_key=True
    )
    province_code: Mapped[str] = mapped_column(sa.String(2), primary_key=True)


class OfferingImage(db.Model):
    __tablename__ = "offering_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    offering_id: Mapped[int] = mapped_column(
        sa.ForeignKey("offerings.id", ondelete="CASCADE"), index=True
    )
    path: Mapped[str] = mapped_column(sa.String(255))  # generated name under instance/uploads
    position: Mapped[int] = mapped_column(default=0)
