"""Shared column helpers and enums for the models."""
import enum
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def insert_for(model) -> sa.Insert:
    """INSERT for the session's database, with its ON CONFLICT clauses (SQLite and PostgreSQL
    spell them alike: on_conflict_do_update / on_conflict_do_nothing)."""
    from sqlalchemy.dialects import postgresql, sqlite

    from ..extensions import db

    dialect = db.session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)


def enum_column(enum_class: type[enum.Enum], **kwargs) -> sa.Enum:
    """Store an enum by value, as VARCHAR on every database (no native ENUM to migrate)."""
    return sa.Enum(
        enum_class,
        native_enum=False,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        **kwargs,
    )


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Status(str, enum.Enum):
    """Lifecycle of enterprises and offerings; the transitions are in services/lifecycle.py."""

    DRAFT = "draft"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUSPENDED = "suspended"
    ARCHIVED = "archived"


class Kind(str, enum.Enum):
    PRODUCT = "product"
    SERVICE = "service"
