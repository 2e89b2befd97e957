import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import TimestampMixin


class Committee(TimestampMixin, db.Model):
    """An approving bloc body. Data, not code: it can be renamed and merged."""

    __tablename__ = "committees"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    province_code: Mapped[str] = mapped_column(sa.String(2))  # province since 01/07/2025
    legacy_province_name: Mapped[str | None] = mapped_column(sa.String(100))
    landline_area_code: Mapped[str | None] = mapped_column(sa.String(5))
    active: Mapped[bool] = mapped_column(default=True)
    merged_into_id: Mapped[int | None] = mapped_column(sa.ForeignKey("committees.id"))
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # the edit form's optimistic check

    merged_into: Mapped["Committee | None"] = relationship(remote_side=[id])

    def __repr__(self) -> str:
        return f"<Committee {self.code}>"


class CommitteeRedirect(db.Model):
    """An old key of a committee (merged into another, or given a new code): its links lead there."""

    __tablename__ = "committee_redirects"

    code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    committee_id: Mapped[int] = mapped_column(sa.ForeignKey("committees.id", ondelete="CASCADE"), index=True)
