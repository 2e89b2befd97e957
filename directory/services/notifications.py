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


def mark_read_for_page(user: User, paths: set[str]) -> bool:
    """The user opened a page: the unread notifications that point at it are read. One small
    read first, so the usual page (nothing unread points at it) writes nothing. True when some
    were marked."""
    unread = db.session.scalars(
        db.select(Notification.id).where(Notification.user_id == user.id, Notification.read_at.is_(None),
                                         Notification.link.in_(paths))
    ).all()
    if unread:
        db.session.execute(db.update(Notification).where(Notification.id.in_(unread)).values(read_at=utcnow()))
    return bool(unread)
