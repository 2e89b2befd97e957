import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship
from stdnum.vn import mst

from ..extensions import db
from .base import Status, TimestampMixin, enum_column


class Ownership(str, enum.Enum):
    STATE = "state"
    JOINT_STOCK = "joint_stock"
    LIMITED = "limited"
    PRIVATE = "private"
    COOPERATIVE = "cooperative"
    FDI = "fdi"


EMPLOYEE_BANDS = ("1-9", "10-49", "50-199", "200-499", "500+")


class Enterprise(TimestampMixin, db.Model):
    """A member enterprise (committee set) or an outside buyer (committee empty)."""

    __tablename__ = "enterprises"
    __table_args__ = (  # a committee's page lists its approved members by name, a page at a time
        sa.Index("ix_enterprises_committee_status_name", "committee_id", "status", "legal_name"),
        # the review desk's list of a committee's enterprises (an administrator's: all) by name
        sa.Index("ix_enterprises_committee_name", "committee_id", "legal_name", "id"),
        sa.Index("ix_enterprises_name", "legal_name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(100), unique=True)
    legal_name: Mapped[str] = mapped_column(sa.String(255))
    short_name: Mapped[str | None] = mapped_column(sa.String(120))
    tax_code: Mapped[str] = mapped_column(sa.String(13), unique=True)  # compact form
    committee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"), index=True)
    ownership: Mapped[Ownership] = mapped_column(enum_column(Ownership))
    address_line: Mapped[str] = mapped_column(sa.String(255), default="")
    ward: Mapped[str | None] = mapped_column(sa.String(120))
    province_code: Mapped[str] = mapped_column(sa.String(2))
    phone: Mapped[str | None] = mapped_column(sa.String(20))  # E.164
    email: Mapped[str | None] = mapped_column(sa.String(254))
    website: Mapped[str | None] = mapped_column(sa.String(255))
    description: Mapped[str] = mapped_column(sa.Text, default="")
    employee_band: Mapped[str | None] = mapped_column(sa.String(10))
    founded_year: Mapped[int | None]
    logo_path: Mapped[str | None] = mapped_column(sa.String(255))
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.DRAFT, index=True)
    submitted_at: Mapped[datetime | None]
    approved_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)  # optimistic check for concurrent reviews

    committee: Mapped["Committee | None"] = relationship()  # noqa: F821
    sectors: Mapped[list["EnterpriseSector"]] = relationship(
        back_populates="enterprise", cascade="all, delete-orphan", order_by="EnterpriseSector.code"
    )
    offerings: Mapped[list["Offering"]] = relationship(  # noqa: F821
        back_populates="enterprise", order_by="Offering.id"
    )
    users: Mapped[list["User"]] = relationship(back_populates="enterprise")  # noqa: F821

    @property
    def is_member(self) -> bool:
        return self.committee_id is not None

    @hybrid_property
    def is_public(self) -> bool:
        """What the public may see of enterprises, written once: `enterprise.is_public` tests a
        record, `where(Enterprise.is_public)` filters a query (listings: services/catalog.py)."""
        return self.status == Status.APPROVED

    @property
    def display_name(self) -> str:
        return self.short_name or self.legal_name

    @property
    def tax_code_display(self) -> str:
        return mst.format(self.tax_code)

    def __repr__(self) -> str:
        return f"<Enterprise {self.slug}>"


class EnterpriseSector(db.Model):
    """A VSIC code, always with the version it belongs to (2018 or 2025)."""

    __tablename__ = "enterprise_sectors"

    enterprise_id: Mapped[int] = mapped_column(
        sa.ForeignKey("enterprises.id", ondelete="CASCADE"), primary_key=True
    )
    vsic_version: Mapped[str] = mapped_column(sa.String(4), primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(10), primary_key=True)

    enterprise: Mapped[Enterprise] = relationship(back_populates="sectors")
