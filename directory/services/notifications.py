"""In-app notifications, each also sent by mail."""
from ..extensions import db
from ..models import Notification, User
from ..models.base import utcnow
from ..urls import absolute
from .mail import send_mail


def notify(user: User, subject: str, body: str = "", link: str | None = None) -> Notification:
    """`link` is a site path: kept as it is for the page, made absolute on BASE_URL for the mail."""
    note = Notification(user_id=user.id, subject=subject, body=body, link=link)
    db.session.add(note)
    send_mail(user.email, subject, f"{body}\n\n{absolute(link) if link else ''}".strip())
    return note


def unread_count(user: User) -> int:
    return db.session.scalar(
        db.select(db.func.count(Notification.id)).where(
            Notification.user_id == user.id, Notification.read_at.is_(None)
        )
    ) or 0


def mark_all_read(user: User) -> None:
    db.session.execute(
        db.update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
