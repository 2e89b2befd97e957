"""In-app notifications, each also sent by mail: a greeting, what happened in a sentence, and an
absolute link, in the recipient's language (tests/jobs/test_mail_kinds.py checks every kind)."""
from flask_babel import gettext as _

from ..extensions import db
from ..models import Notification, User
from ..models.base import utcnow
from ..urls import absolute, site_url
from .mail import in_language_of, send_mail


def notify(user: User, subject, body="", link: str | None = None) -> Notification:
    """`subject` (what happened, as a sentence without its full stop) and `body` may be lazy strings
    (`_l`): they are read in the recipient's language. `link` is a site path: kept as it is for the
    page, made absolute for the mail; without one the mail leads to the notifications page."""
    link = link or site_url("accounts.notifications")
    with in_language_of(user):
        subject, body = str(subject), str(body or "")
        note = Notification(user_id=user.id, subject=subject, body=body, link=link)
        db.session.add(note)
        send_mail(user.email, subject, mail_text(user, subject, body, link))
    return note


def mail_text(user: User, subject: str, body: str, link: str) -> str:
    sentence = " ".join(subject.split())
    sentence = sentence if sentence.endswith((".", "!", "?")) else f"{sentence}."
    parts = [_("Xin chào %(name)s,", name=user.full_name), sentence, body,
             _("Xem chi tiết: %(link)s", link=absolute(link))]
    return "\n\n".join(part for part in parts if part)


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
