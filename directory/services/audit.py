"""The audit trail: one AuditEvent per change, in the same transaction as the change."""
import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import inspect

from ..extensions import db
from ..models import AuditEvent


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):  # a quantity, as services.offerings.quantity_text writes it
        return format(value.normalize(), "f")
    return value


def snapshot(record, fields=None) -> dict:
    """The record's column values as JSON-ready data (for before/after)."""
    columns = inspect(record).mapper.column_attrs
    return {c.key: _plain(getattr(record, c.key)) for c in columns if fields is None or c.key in fields}


def record_event(actor, action: str, target, before: dict | None = None, after: dict | None = None) -> AuditEvent:
    if before is not None and after is not None:  # keep only what changed
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        changed.discard("updated_at")
        before = {k: before.get(k) for k in changed}
        after = {k: after.get(k) for k in changed}
    db.session.flush()  # the target needs its id
    event = AuditEvent(
        actor_id=getattr(actor, "id", None),
        action=action,
        target_type=target.type_key(),
        target_id=target.id,
        before=before,
        after=after,
    )
    db.session.add(event)
    return event
