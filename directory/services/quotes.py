"""Structured quotes: the supplier's side of a thread prices items (its own offerings or free text),
the buyer's side accepts or declines. A newer quote in the thread supersedes the open one; a quote
past its valid-until day reads as expired (Quote.state), nothing flips it. Accepting leads to the
linkage proposal form, pre-filled from the quote (linkages.proposal); the other side confirms the
deal as for any proposal. Suppliers answer a need with a quote in a thread of their own."""
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..i18n import date_format, money
from ..models import MAX_VALUE, Inquiry, InquiryStatus, Need, NeedStatus, Offering, Quote, QuoteItem, QuoteStatus
from ..models.base import utcnow
from .audit import record_event, snapshot
from .errors import AlreadyDecided, Conflict, DomainError, NotFound
from .inquiries import get_inquiry, link_for, notify_enterprise, send_inquiry
from .linkages import local_today, supplier_offerings
from .permissions import can_answer_quote, can_quote, can_supply, can_view_inquiry, require

MAX_ITEMS = 20
MAX_QUANTITY = Decimal(10**9)
MAX_VALIDITY = timedelta(days=366)  # a price held for more than a year is not a quote
MAX_REASON = 2000


@dataclass
class ItemInput:
    """One line as the form read it; the service checks it."""

    offering_id: int | None = None
    description: str = ""
    quantity: Decimal | None = None
    unit: str = ""
    unit_price: int | None = None

    def is_blank(self) -> bool:
        return not (self.offering_id or self.description.strip() or self.quantity is not None
                    or self.unit_price is not None)


def _line(supplier_id: int, offerings: dict[int, Offering], item: ItemInput, position: int) -> QuoteItem:
    number = position + 1
    offering = None
    if item.offering_id:
        offering = offerings.get(item.offering_id)
        if offering is None or offering.enterprise_id != supplier_id:
            raise DomainError(_("Dòng %(n)s: chỉ báo giá sản phẩm, dịch vụ đã duyệt của doanh nghiệp mình.", n=number))
    description = (item.description or "").strip()[:200] or (offering.title[:200] if offering else "")
    if not description:
        raise DomainError(_("Dòng %(n)s: hãy chọn sản phẩm, dịch vụ hoặc ghi tên mặt hàng.", n=number))
    if item.quantity is None or not Decimal(0) < item.quantity <= MAX_QUANTITY:
        raise DomainError(_("Dòng %(n)s: số lượng phải lớn hơn 0 và không quá 1 tỷ.", n=number))
    if item.unit_price is None or not 0 <= item.unit_price <= MAX_VALUE:
        raise DomainError(_("Dòng %(n)s: hãy nhập đơn giá bằng số đồng, từ 0 đến 1 triệu tỷ đồng.", n=number))
    unit = (item.unit or "").strip()[:40] or ((offering.unit or "") if offering else "")
    line_total = int((item.quantity * item.unit_price).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return QuoteItem(position=position, offering=offering, description=description, quantity=item.quantity,
                     unit=unit[:40], unit_price=item.unit_price, line_total=line_total)


def _check_terms(valid_until: date | None, delivery_on: date | None, today: date) -> None:
    if valid_until is None or not today <= valid_until <= today + MAX_VALIDITY:
        raise DomainError(_("Báo giá phải còn hiệu lực: hạn từ hôm nay đến tối đa một năm tới."))
    if delivery_on is not None and not today <= delivery_on <= today + timedelta(days=3 * 366):
        raise DomainError(_("Ngày giao hàng phải từ hôm nay đến tối đa 3 năm tới."))


def send_quote(actor, inquiry: Inquiry, *, items: list[ItemInput], valid_until: date | None,
               delivery_on: date | None = None, delivery_terms: str = "", vat_note: str = "",
               note: str = "") -> Quote:
    """The supplier's side prices the thread; an open quote of the thread before it is superseded."""
    require(can_quote(actor, inquiry), _("Chỉ bên bán trong cuộc trao đổi mới gửi được báo giá."))
    today = local_today()
    items = [item for item in items if not item.is_blank()]
    if not items:
        raise DomainError(_("Hãy nhập ít nhất một mặt hàng: sản phẩm hoặc tên hàng, số lượng và đơn giá."))
    if len(items) > MAX_ITEMS:
        raise DomainError(_("Một báo giá có tối đa %(n)s mặt hàng.", n=MAX_ITEMS))
    offerings = {o.id: o for o in supplier_offerings(inquiry.supplier)}
    lines = [_line(inquiry.supplier_id, offerings, item, n) for n, item in enumerate(items)]
    total = sum(line.line_total for line in lines)
    if not 0 < total <= MAX_VALUE:
        raise DomainError(_("Tổng giá trị báo giá phải lớn hơn 0 và không quá 1 triệu tỷ đồng."))
    _check_terms(valid_until, delivery_on, today)
    if len(note or "") > 5000:
        raise DomainError(_("Ghi chú tối đa 5000 ký tự."))
    # Of the thread's quotes only the newest can be accepted: the open one is superseded, in one
    # statement, so a buyer accepting it at this moment either wins first or finds it superseded.
    # Two quotes sent at once in the thread take turns (the thread's row is locked on PostgreSQL;
    # SQLite writes one transaction at a time), so the second supersedes the first.
    db.session.execute(sa.select(Inquiry.id).where(Inquiry.id == inquiry.id).with_for_update())
    db.session.execute(
        sa.update(Quote).where(Quote.inquiry_id == inquiry.id, Quote.status == QuoteStatus.SENT)
        .values(status=QuoteStatus.SUPERSEDED).execution_options(synchronize_session="fetch"))
    now = utcnow()
    quote = Quote(inquiry=inquiry, author_id=actor.id, total=total, items=lines, valid_until=valid_until,
                  delivery_on=delivery_on, delivery_terms=(delivery_terms or "").strip()[:500] or None,
                  vat_note=(vat_note or "").strip()[:200] or None, note=(note or "").strip() or None,
                  created_at=now)
    db.session.add(quote)
    inquiry.last_message_at, inquiry.status = now, InquiryStatus.OPEN
    record_event(actor, "quote.send", quote, after=snapshot(quote))
    notify_enterprise(
        inquiry.buyer_id,
        _l("%(name)s gửi báo giá: %(subject)s", name=inquiry.supplier.display_name, subject=inquiry.subject),
        _l("Tổng giá trị %(total)s, hiệu lực đến %(date)s.", total=money(total), date=date_format(valid_until)),
        link_for("linkage.inquiry", inquiry_id=inquiry.id),
    )
    db.session.flush()
    return quote


def quote_need(actor, need: Need, *, items: list[ItemInput], valid_until: date | None, **terms) -> Quote:
    """A supplier answers a need: in its thread for that need (opened by the first quote)."""
    start_need_quote(actor, need)
    thread = db.session.scalar(db.select(Inquiry).where(Inquiry.need_id == need.id,
                                                        Inquiry.supplier_id == actor.enterprise_id))
    if thread is None:
        # Checked before the thread opens, so that a refused quote leaves no empty thread behind.
        if not [item for item in items if not item.is_blank()]:
            raise DomainError(_("Hãy nhập ít nhất một mặt hàng: sản phẩm hoặc tên hàng, số lượng và đơn giá."))
        _check_terms(valid_until, terms.get("delivery_on"), local_today())
        thread = send_inquiry(actor, actor.enterprise, subject=_("Chào giá: %(title)s", title=need.title)[:200],
                              body=_("Chúng tôi gửi báo giá cho nhu cầu “%(title)s”.", title=need.title), need=need)
    return send_quote(actor, thread, items=items, valid_until=valid_until, **terms)



def get_quote(actor, quote_id: int) -> Quote:
    """The quote if the actor may read its thread; NotFound hides others'."""
    quote = db.session.get(Quote, quote_id)
    if quote is None or not can_view_inquiry(actor, quote.inquiry):
        raise NotFound()
    return quote


def _decide(actor, quote: Quote, status: QuoteStatus, reason: str | None = None) -> Quote:
    require(can_answer_quote(actor, quote), _("Chỉ bên mua mới chấp nhận hoặc từ chối báo giá."))
    today = local_today()
    state = quote.state(today)
    if state == "expired":
        raise Conflict(_("Báo giá này đã hết hiệu lực từ sau ngày %(date)s. Hãy đề nghị bên bán gửi báo giá mới.",
                         date=date_format(quote.valid_until)))
    if state != "sent":
        raise AlreadyDecided(decided_message(state))
    reason = (reason or "").strip()[:MAX_REASON] or None
    before = snapshot(quote)
    # The state check and the change are one statement: of two tabs deciding at once, one wins.
    result = db.session.execute(
        sa.update(Quote)
        .where(Quote.id == quote.id, Quote.status == QuoteStatus.SENT, Quote.valid_until >= today)
        .values(status=status, decided_at=utcnow(), decided_by_id=actor.id,
                decline_reason=reason if status == QuoteStatus.DECLINED else None)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        db.session.refresh(quote)
        raise AlreadyDecided(decided_message(quote.state(today)))
    db.session.refresh(quote)
    inquiry = quote.inquiry
    record_event(actor, f"quote.{'accept' if status == QuoteStatus.ACCEPTED else 'decline'}", quote,
                 before=before, after=snapshot(quote))
    buyer = inquiry.buyer.display_name
    if status == QuoteStatus.ACCEPTED:
        subject = _l("%(name)s đã chấp nhận báo giá của doanh nghiệp bạn", name=buyer)
        body = _l("Tổng giá trị %(total)s. Bên mua sẽ gửi đề nghị xác nhận giao dịch liên kết.",
                  total=money(quote.total))
    else:
        subject = _l("%(name)s cảm ơn báo giá của doanh nghiệp bạn nhưng chưa chọn báo giá này", name=buyer)
        body = reason or ""
    notify_enterprise(inquiry.supplier_id, subject, body, link_for("linkage.inquiry", inquiry_id=inquiry.id))
    db.session.flush()
    return quote


def decided_message(state: str) -> str:
    """What the second tab (or colleague) is told when the quote was decided meanwhile."""
    messages = {
        "accepted": _("Báo giá này đã được chấp nhận trước đó."),
        "declined": _("Báo giá này đã bị từ chối trước đó."),
        "superseded": _("Báo giá này đã được thay bằng một báo giá mới hơn của bên bán."),
        "expired": _("Báo giá này đã hết hiệu lực. Hãy đề nghị bên bán gửi báo giá mới."),
    }
    return messages.get(state, _("Báo giá này vừa được xử lý. Hãy xem trạng thái mới."))


def accept_quote(actor, quote: Quote) -> Quote:
    return _decide(actor, quote, QuoteStatus.ACCEPTED)


def decline_quote(actor, quote: Quote, reason: str | None = None) -> Quote:
    return _decide(actor, quote, QuoteStatus.DECLINED, reason)


def thread_entries(inquiry: Inquiry) -> list[tuple[str, object]]:
    """Messages and quotes of a thread in the order they came: ("message", m) or ("quote", q); the
    quotes' lines, authors and deals read at once (not per quote)."""
    quotes = db.session.scalars(
        db.select(Quote).where(Quote.inquiry_id == inquiry.id).order_by(Quote.id)
        .options(selectinload(Quote.items), selectinload(Quote.author), selectinload(Quote.linkages)))
    entries = [("message", m) for m in inquiry.messages] + [("quote", q) for q in quotes]
    return sorted(entries, key=lambda entry: (entry[1].created_at, entry[0] == "quote"))


def quotes_for_need(actor, need: Need) -> list[Quote]:
    """The need's owner compares the newest quote of each supplier's thread; others see none."""
    if actor.enterprise_id != need.enterprise_id:
        return []
    quotes = db.session.scalars(
        db.select(Quote).join(Quote.inquiry).where(Inquiry.need_id == need.id)
        .order_by(Quote.created_at.desc(), Quote.id.desc())
        .options(selectinload(Quote.items), selectinload(Quote.linkages),
                 selectinload(Quote.inquiry).selectinload(Inquiry.supplier)))
    newest: dict[int, Quote] = {}
    for quote in quotes:
        newest.setdefault(quote.inquiry_id, quote)
    return sorted(newest.values(), key=lambda q: q.total)


def latest_prices(actor, offering_ids: list[int]) -> dict[int, QuoteItem]:
    """The newest quoted line per offering among quotes the actor's enterprise received (one query)."""
    if not offering_ids or not getattr(actor, "enterprise_id", None):
        return {}
    lines = db.session.scalars(
        db.select(QuoteItem).join(QuoteItem.quote).join(Quote.inquiry)
        .where(QuoteItem.offering_id.in_(offering_ids), Inquiry.buyer_id == actor.enterprise_id)
        .order_by(Quote.created_at.desc(), Quote.id.desc(), QuoteItem.position)
        .options(selectinload(QuoteItem.quote)))
    latest: dict[int, QuoteItem] = {}
    for line in lines:
        latest.setdefault(line.offering_id, line)
    return latest


def quote_form_thread(actor, inquiry_id: int) -> Inquiry:
    """The thread a quote form is for, once the actor may quote in it (403 for the buyer and the
    committees, who read the thread)."""
    inquiry = get_inquiry(actor, inquiry_id)
    require(can_quote(actor, inquiry), _("Chỉ bên bán trong cuộc trao đổi mới gửi được báo giá."))
    return inquiry


def start_need_quote(actor, need: Need) -> None:
    """Whether the actor may answer the need with a quote: asked before the form is shown too, so
    that the refusal comes before the work of filling it in."""
    require(can_supply(actor), _("Chỉ doanh nghiệp có sản phẩm, dịch vụ đã duyệt mới gửi được báo giá."))
    if need.enterprise_id == actor.enterprise_id:
        raise DomainError(_("Không thể chào giá cho nhu cầu của chính doanh nghiệp mình."))
    if need.status != NeedStatus.OPEN:
        raise Conflict(_("Nhu cầu này đã đóng."))
    if need.deadline is not None and need.deadline < local_today():
        raise Conflict(_("Nhu cầu này đã hết hạn nhận chào giá."))
