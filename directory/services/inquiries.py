"""Inquiries and their threads: a buyer asks, the supplier answers, both read the thread."""
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import selectinload
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Enterprise, Inquiry, InquiryRead, InquiryStatus, Message, Offering, Status, User
from ..models.base import insert_for, utcnow
from ..urls import site_url
from .attachments import store
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .notifications import notify
from .permissions import can_reply_inquiry, can_trade, can_view_inquiry, require

MAX_MESSAGE = 5000


def link_for(endpoint: str, **values) -> str:
    """A site path for a notification (its mail carries the absolute link)."""
    return site_url(endpoint, **values)


def enterprise_users(enterprise_id: int) -> list[User]:
    return list(db.session.scalars(
        db.select(User).where(User.enterprise_id == enterprise_id, User.active.is_(True)).order_by(User.id)
    ))


def notify_enterprise(enterprise_id: int, subject: str, body: str, link: str, except_user=None) -> None:
    for user in enterprise_users(enterprise_id):
        if except_user is None or user.id != except_user.id:
            notify(user, subject, body, link)


def _check_text(body: str | None) -> str:
    body = (body or "").strip()
    if not body:
        raise DomainError(_("Hãy nhập nội dung tin nhắn."))
    if len(body) > MAX_MESSAGE:
        raise DomainError(_("Tin nhắn tối đa %(n)s ký tự.", n=MAX_MESSAGE))
    return body


def send_inquiry(actor, supplier: Enterprise, *, subject: str, body: str, offering: Offering | None = None,
                 quantity: str | None = None, wanted_on: date | None = None, attachment=None,
                 need=None) -> Inquiry:
    """Open a thread from the actor's enterprise to a supplier (or, for a need, to its buyer)."""
    require(can_trade(actor), _("Chỉ người dùng của một doanh nghiệp mới gửi được yêu cầu."))
    mine = actor.enterprise
    if need is not None:  # a supplier answers a need with an offer: the need's poster is the buyer
        buyer, supplier = need.enterprise, mine
    else:
        buyer = mine
    if buyer.id == supplier.id:
        raise DomainError(_("Không thể gửi yêu cầu cho chính doanh nghiệp của mình."))
    if not supplier.is_public or buyer.status in (Status.SUSPENDED, Status.REJECTED):
        raise NotFound()
    if offering is not None and (offering.enterprise_id != supplier.id or not offering.is_public):
        raise NotFound()
    if wanted_on is not None and not date.today() - timedelta(days=1) <= wanted_on <= date.today() + timedelta(days=5 * 366):
        raise DomainError(_("Ngày cần hàng phải từ hôm nay đến tối đa 5 năm tới."))
    body = _check_text(body)
    stored = store(attachment)
    now = utcnow()
    inquiry = Inquiry(
        buyer=buyer, supplier=supplier, offering=offering, need=need, created_by_id=actor.id,
        subject=subject.strip()[:200], quantity=(quantity or "").strip()[:100] or None, wanted_on=wanted_on,
        buyer_committee_id=buyer.committee_id, supplier_committee_id=supplier.committee_id,
        created_at=now, last_message_at=now,
    )
    db.session.add(inquiry)
    message = Message(inquiry=inquiry, author_id=actor.id, enterprise_id=mine.id, body=body, created_at=now)
    if stored:
        message.attachment_path, message.attachment_name = stored
    db.session.add(message)
    record_event(actor, "inquiry.send", inquiry, after=snapshot(inquiry))
    _mark_read(actor, inquiry, now)
    other = supplier if mine.id == buyer.id else buyer
    notify_enterprise(
        other.id,
        _l("Yêu cầu mới từ %(name)s: %(subject)s", name=mine.display_name, subject=inquiry.subject),
        body[:500], link_for("linkage.inquiry", inquiry_id=inquiry.id),
    )
    db.session.flush()
    return inquiry


def reply(actor, inquiry: Inquiry, body: str, attachment=None) -> Message:
    require(can_reply_inquiry(actor, inquiry))
    body = _check_text(body)
    stored = store(attachment)
    now = utcnow()
    message = Message(inquiry=inquiry, author_id=actor.id, enterprise_id=actor.enterprise_id, body=body,
                      created_at=now)
    if stored:
        message.attachment_path, message.attachment_name = stored
    db.session.add(message)
    inquiry.last_message_at = now
    inquiry.status = InquiryStatus.OPEN  # a new message opens a closed conversation again
    db.session.flush()
    record_event(actor, "inquiry.reply", inquiry, after={"message_id": message.id})
    _mark_read(actor, inquiry, now)
    other = inquiry.supplier_id if actor.enterprise_id == inquiry.buyer_id else inquiry.buyer_id
    notify_enterprise(
        other,
        _l("Trả lời mới về: %(subject)s", subject=inquiry.subject),
        body[:500], link_for("linkage.inquiry", inquiry_id=inquiry.id),
    )
    return message


def close_inquiry(actor, inquiry: Inquiry) -> None:
    """Either party marks the conversation as done; a later reply opens it again."""
    require(can_reply_inquiry(actor, inquiry))
    if inquiry.status == InquiryStatus.CLOSED:
        raise DomainError(_("Cuộc trao đổi này đã được đóng."))
    inquiry.status = InquiryStatus.CLOSED
    record_event(actor, "inquiry.close", inquiry, before={"status": "open"}, after={"status": "closed"})


def get_inquiry(actor, inquiry_id: int) -> Inquiry:
    """The inquiry if the actor may see it; NotFound hides others' threads."""
    inquiry = db.session.get(Inquiry, inquiry_id)
    if inquiry is None or not can_view_inquiry(actor, inquiry):
        raise NotFound()
    return inquiry


def get_attachment(actor, message_id: int) -> Message:
    """Only the two parties download what they exchanged."""
    message = db.session.get(Message, message_id)
    if message is None or not message.attachment_path:
        raise NotFound()
    if not actor.is_authenticated or actor.enterprise_id not in message.inquiry.party_ids():
        raise NotFound()
    return message


def _mark_read(user, inquiry: Inquiry, when=None) -> None:
    """One upsert: two tabs opening the same unread thread at once both write, neither fails."""
    db.session.flush()  # a new inquiry needs its id
    insert = insert_for(InquiryRead).values(inquiry_id=inquiry.id, user_id=user.id, read_at=when or utcnow())
    db.session.execute(insert.on_conflict_do_update(index_elements=["inquiry_id", "user_id"],
                                                    set_={"read_at": insert.excluded.read_at}))


def mark_read(user, inquiry: Inquiry) -> None:
    if user.enterprise_id in inquiry.party_ids():
        _mark_read(user, inquiry)
        db.session.flush()


def _unread_query(user) -> sa.Select:
    """(inquiry id, unread count) for the threads of the user's enterprise."""
    read = sa.orm.aliased(InquiryRead)
    return (
        db.select(Message.inquiry_id, sa.func.count(Message.id))
        .join(Inquiry, Inquiry.id == Message.inquiry_id)
        .outerjoin(read, sa.and_(read.inquiry_id == Inquiry.id, read.user_id == user.id))
        .where(
            sa.or_(Inquiry.buyer_id == user.enterprise_id, Inquiry.supplier_id == user.enterprise_id),
            Message.enterprise_id != user.enterprise_id,
            sa.or_(read.read_at.is_(None), Message.created_at > read.read_at),
        )
        .group_by(Message.inquiry_id)
    )


def inbox(user, box: str = "all") -> list[tuple[Inquiry, int]]:
    """The threads of the user's enterprise, newest activity first, each with its unread count."""
    if not user.is_authenticated or user.enterprise_id is None:
        return []
    unread = dict(db.session.execute(_unread_query(user)).tuples().all())
    query = db.select(Inquiry)
    if box == "sent":
        query = query.where(Inquiry.buyer_id == user.enterprise_id)
    elif box == "received":
        query = query.where(Inquiry.supplier_id == user.enterprise_id)
    else:
        query = query.where(sa.or_(Inquiry.buyer_id == user.enterprise_id, Inquiry.supplier_id == user.enterprise_id))
    threads = db.session.scalars(query.order_by(Inquiry.last_message_at.desc(), Inquiry.id.desc()).limit(200)
                                 .options(selectinload(Inquiry.buyer), selectinload(Inquiry.supplier)))
    return [(inquiry, unread.get(inquiry.id, 0)) for inquiry in threads]


def unread_total(user) -> int:
    if not user.is_authenticated or user.enterprise_id is None:
        return 0
    return sum(n for _, n in db.session.execute(_unread_query(user)).tuples())
