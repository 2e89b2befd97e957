import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Kind, enum_column


class Category(db.Model):
    """A node of the product and service tree used for browsing and facets."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("categories.id"), index=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    name_vi: Mapped[str] = mapped_column(sa.String(120))
    name_en: Mapped[str] = mapped_column(sa.String(120))
    kind: Mapped[Kind] = mapped_column(enum_column(Kind))
    position: Mapped[int] = mapped_column(default=0)

    parent: Mapped["Category | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Category"]] = relationship(
        back_populates="parent", order_by="Category.position"
    )

    def name(self, locale: str) -> str:
        return self.name_en if locale == "en" else self.name_vi

    def __repr__(self) -> str:
        return f"<Category {self.slug}>"


class CategoryRedirect(db.Model):
    """The slug of a category merged into another (and so deleted): its old links lead there."""

    __tablename__ = "category_redirects"

    slug: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    category_id: Mapped[int] = mapped_column(sa.ForeignKey("categories.id", ondelete="CASCADE"), index=True)
