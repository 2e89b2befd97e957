"""Outgoing mail: queued in the database with the change that causes it, delivered after the
commit by the job worker (directory/jobs.py), by SMTP when MAIL_SERVER is set and otherwise
as .eml files in the outbox folder."""
import smtplib
import uuid
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from flask import current_app
from flask_babel import force_locale

from ..extensions import db
from ..jobs import MAIL_RETRIES, after_commit, deliver_mail
from ..models import MailStatus, OutgoingMail
from ..models.base import utcnow
from .permissions import is_admin, require

MAX_ATTEMPTS = MAIL_RETRIES + 1
STALLED_AFTER = timedelta(minutes=10)  # a mail never tried by then lost its job: enqueue again
RETRY_CHAIN_LOST_AFTER = timedelta(hours=2)  # longer than the longest wait between retries


def mail_locale(user) -> str:
    """The language a mail to `user` is written in: their choice, else the site's (None: unknown)."""
    config = current_app.config
    locale = getattr(user, "locale", None)
    return locale if locale in config["LANGUAGES"] else config["BABEL_DEFAULT_LOCALE"]


def in_language_of(user):
    """`with in_language_of(user):` translations read in the recipient's language, not the actor's."""
    return force_locale(mail_locale(user))


def send_mail(to: str, subject: str, body: str) -> OutgoingMail:
    """Queue a mail; it goes out once the current transaction commits."""
    mail = OutgoingMail(recipient=to, subject=" ".join(subject.split())[:255], body=body)
    db.session.add(mail)
    db.session.flush()
    after_commit(deliver_mail, mail.id)
    return mail


def deliver(mail_id: int) -> None:
    """Send one queued mail and record the outcome. Raises while another attempt is left."""
    mail = db.session.get(OutgoingMail, mail_id)
    if mail is None or mail.status != MailStatus.PENDING:
        return  # rolled back, already sent, or given up
    mail.attempts += 1
    mail.last_attempt_at = utcnow()
    try:
        transmit(build_message(mail))
    except (OSError, smtplib.SMTPException) as error:
        mail.last_error = f"{type(error).__name__}: {error}"[:500]
        if mail.attempts >= MAX_ATTEMPTS:
            mail.status = MailStatus.FAILED
        db.session.commit()
        current_app.logger.warning("mail %s to %s failed (attempt %s): %s",
                                   mail.id, mail.recipient, mail.attempts, error)
        if mail.status == MailStatus.PENDING:
            raise
        return
    mail.status, mail.sent_at, mail.last_error = MailStatus.SENT, utcnow(), None
    db.session.commit()


def build_message(mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_SENDER"]
    message["To"] = mail.recipient
    message["Subject"] = mail.subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(idstring=str(mail.id), domain="ketnoi.local")
    message.set_content(mail.body)
    return message


def transmit(message: EmailMessage) -> None:
    config = current_app.config
    if config["MAIL_SERVER"]:
        with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=config["MAIL_TIMEOUT"]) as smtp:
            if config["MAIL_USE_TLS"]:
                smtp.starttls()
            if config["MAIL_USERNAME"]:
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
            smtp.send_message(message)
    else:
        outbox = Path(config["MAIL_OUTBOX"])
        outbox.mkdir(parents=True, exist_ok=True)
        name = f"{formatdate(usegmt=True)[5:25].replace(' ', '-').replace(':', '')}-{uuid.uuid4().hex[:8]}.eml"
        (outbox / name).write_bytes(bytes(message))


def stalled_mail_ids() -> list[int]:
    """Pending mails whose job was lost (the queue was down at commit, or was emptied)."""
    now = utcnow()
    return list(db.session.scalars(db.select(OutgoingMail.id).where(
        OutgoingMail.status == MailStatus.PENDING,
        db.or_(db.and_(OutgoingMail.attempts == 0, OutgoingMail.created_at < now - STALLED_AFTER),
               OutgoingMail.last_attempt_at < now - RETRY_CHAIN_LOST_AFTER),
    ).order_by(OutgoingMail.id)))


def failed_mails(actor, page: int):
    require(is_admin(actor))
    return db.paginate(db.select(OutgoingMail).where(OutgoingMail.status == MailStatus.FAILED)
                       .order_by(OutgoingMail.id.desc()), page=page, per_page=50, error_out=False)


def retry_failed(actor, mail_ids: list[int]) -> int:
    """Give failed mails a new round of attempts (an administrator fixed the cause)."""
    require(is_admin(actor))
    mails = db.session.scalars(db.select(OutgoingMail).where(
        OutgoingMail.id.in_(mail_ids), OutgoingMail.status == MailStatus.FAILED)).all()
    for mail in mails:
        mail.status, mail.attempts = MailStatus.PENDING, 0
        after_commit(deliver_mail, mail.id)
    return len(mails)


def mail_counts(actor) -> dict[str, int]:
    require(is_admin(actor))
    rows = db.session.execute(db.select(OutgoingMail.status, db.func.count()).group_by(OutgoingMail.status))
    return {status.value: count for status, count in rows}
