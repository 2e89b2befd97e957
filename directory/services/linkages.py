"""Recorded deals: either side proposes, the other confirms or declines; a confirmed deal may be
cancelled with a reason. Nothing is deleted: every step is an AuditEvent."""
from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, selectinload
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from .. import search
from ..extensions import db
from ..i18n import date_format, local_today, money, quantity  # local_today: the committees count by Việt Nam's day
from ..models import MAX_VALUE, Enterprise, Inquiry, Linkage, LinkageStatus, Offering, Quote, QuoteStatus, Status
from ..models.base import utcnow
from .attachments import store
from .audit import record_event, snapshot
from .catalog import get_public_enterprise, public_enterprises, public_offerings
from .errors import Conflict, DomainError, NotFound
from .inquiries import get_inquiry, link_for, notify_enterprise
from .permissions import (can_cancel_linkage, can_decide_linkage, can_trade, can_view_linkage,
                          require)

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
EARLIEST = date(2023, 2, 6)  # the programme was agreed in Hà Nội on 06/02/2023
MAX_REASON = 2000


def _check_terms(value, starts_on, ends_on, description, delivery_on=None) -> None:
    if value is None or not 0 < value <= MAX_VALUE:
        raise DomainError(_("Giá trị giao dịch phải lớn hơn 0 và không quá 1 triệu tỷ đồng."))
    if starts_on is None or not EARLIEST <= starts_on <= local_today() + timedelta(days=3 * 366):
        raise DomainError(_("Ngày giao dịch phải từ 06/02/2023 đến tối đa 3 năm tới."))
    if ends_on is not None and (ends_on < starts_on or ends_on > starts_on + timedelta(days=10 * 366)):
        raise DomainError(_("Ngày kết thúc phải sau ngày bắt đầu và trong vòng 10 năm."))
    if delivery_on is not None and not starts_on <= delivery_on <= starts_on + timedelta(days=10 * 366):
        raise DomainError(_("Ngày giao hàng, hoàn thành phải từ ngày giao dịch trở đi và trong vòng 10 năm."))
    if len(description or "") > 5000:
        raise DomainError(_("Mô tả tối đa 5000 ký tự."))


@dataclass
class Proposal:
    """What the form proposing a deal starts from."""

    counterparties: list[Enterprise]  # the choice: the one counterparty when it is known
    offerings: list[Offering]  # what either side, as a member supplier, may sell in the deal
    counterparty: Enterprise | None = None
    inquiry: Inquiry | None = None
    side: str | None = None  # the actor's side, "buyer" or "supplier", when it is known
    offering_ids: list[int] = field(default_factory=list)  # chosen beforehand (the inquiry's offering)
    quote: Quote | None = None  # an accepted quote the deal is proposed from: its value and description
    value: int | None = None
    starts_on: date | None = None
    description: str = ""


def quote_summary(quote: Quote) -> str:
    """The deal's description from an accepted quote: its number, day and lines."""
    lines = "; ".join(f"{item.description}: {quantity(item.quantity)} {item.unit} × {money(item.unit_price)}".replace(
        "  ", " ") for item in quote.items)
    return _("Theo báo giá số %(id)s ngày %(date)s: %(lines)s.", id=quote.id, date=date_format(quote.created_at),
             lines=lines)[:5000]


def _from_quote(actor, quote_id: int) -> Proposal:
    """The buyer's proposal from a quote it accepted: the supplier, the quoted offerings, the total."""
    quote = db.session.get(Quote, quote_id)
    if quote is None or actor.enterprise_id != quote.inquiry.buyer_id:
        raise NotFound()
    if quote.status != QuoteStatus.ACCEPTED:
        raise Conflict(_("Chỉ lập đề nghị giao dịch từ một báo giá đã được chấp nhận."))
    thread = quote.inquiry
    chosen = sorted({item.offering_id for item in quote.items if item.offering_id})
    starts_on = quote.delivery_on if quote.delivery_on and quote.delivery_on >= local_today() else local_today()
    return Proposal([thread.supplier], supplier_offerings(thread.supplier), thread.supplier, thread, "buyer", chosen,
                    quote=quote, value=quote.total, starts_on=starts_on, description=quote_summary(quote))


def proposal(actor, *, inquiry_id: int | None = None, slug: str = "", quote_id: int | None = None) -> Proposal:
    """From a quote the actor's enterprise accepted (everything pre-filled), from an inquiry the
    actor's enterprise is a party to (its other party), from a public enterprise's page (that
    enterprise), or else a choice of every other public enterprise."""
    if quote_id is not None:
        return _from_quote(actor, quote_id)
    mine = actor.enterprise
    side = "buyer" if mine.committee_id is None else None  # an outside buyer only buys
    if inquiry_id is not None:
        thread = get_inquiry(actor, inquiry_id)
        if mine.id not in thread.party_ids():
            raise NotFound()
        counterparty = thread.supplier if thread.buyer_id == mine.id else thread.buyer
        side = side or ("buyer" if thread.buyer_id == mine.id else "supplier")
        chosen = [thread.offering_id] if thread.offering_id else []
    elif slug:
        thread, counterparty, chosen = None, get_public_enterprise(slug), []
        if counterparty.id == mine.id:
            raise NotFound()
    else:
        others = public_enterprises().where(Enterprise.id != mine.id).order_by(Enterprise.legal_name)
        return Proposal(list(db.session.scalars(others)), [], side=side)
    sellers = [e for e in (counterparty, mine) if e.committee_id is not None]
    return Proposal([counterparty], [o for e in sellers for o in supplier_offerings(e)], counterparty, thread,
                    side, chosen)


def propose_linkage(actor, counterparty: Enterprise, *, actor_is_buyer: bool, value: int, starts_on: date,
                    ends_on: date | None = None, delivery_on: date | None = None, description: str = "", offerings=(),
                    inquiry: Inquiry | None = None, contract=None, quote: Quote | None = None) -> Linkage:
    require(can_trade(actor), _("Chỉ người dùng của một doanh nghiệp mới ghi nhận được giao dịch."))
    mine = actor.enterprise
    if counterparty.id == mine.id:
        raise DomainError(_("Hãy chọn một doanh nghiệp khác làm đối tác."))
    if not counterparty.is_public:
        raise NotFound()
    buyer, supplier = (mine, counterparty) if actor_is_buyer else (counterparty, mine)
    if supplier.committee_id is None:
        raise DomainError(_("Bên bán phải là doanh nghiệp thành viên của một Khối."))
    if inquiry is not None and set(inquiry.party_ids()) != {buyer.id, supplier.id}:
        raise DomainError(_("Yêu cầu đã chọn không thuộc hai doanh nghiệp này."))
    if quote is not None:  # the deal an accepted quote leads to: proposed by its buyer to its supplier
        if quote.status != QuoteStatus.ACCEPTED or (quote.inquiry.buyer_id, quote.inquiry.supplier_id) != (
                buyer.id, supplier.id):
            raise DomainError(_("Báo giá đã chọn chưa được chấp nhận hoặc không thuộc hai doanh nghiệp này."))
        inquiry = inquiry or quote.inquiry
    offerings = list(offerings)
    if any(o.enterprise_id != supplier.id for o in offerings):
        raise DomainError(_("Chỉ chọn sản phẩm, dịch vụ của bên bán."))
    _check_terms(value, starts_on, ends_on, description, delivery_on)
    stored = store(contract)
    linkage = Linkage(
        buyer=buyer, supplier=supplier, proposed_by_enterprise=mine, proposed_by_id=actor.id,
        inquiry=inquiry, quote=quote, value=value, starts_on=starts_on, ends_on=ends_on, delivery_on=delivery_on,
        description=(description or "").strip(), offerings=offerings,
    )
    if stored:
        linkage.contract_path, linkage.contract_name = stored
    db.session.add(linkage)
    record_event(actor, "linkage.propose", linkage, after=snapshot(linkage))
    notify_enterprise(
        counterparty.id,
        _l("%(name)s đề nghị xác nhận một giao dịch liên kết", name=mine.display_name),
        _l("Giá trị: %(value)s. Hãy xác nhận hoặc từ chối.", value=money(value)),
        link_for("linkage.linkage", linkage_id=linkage.id),
    )
    return linkage


def freeze(linkage: Linkage, on: date) -> None:
    """Copy what the statistics need, as it is today, onto the confirmed linkage."""
    buyer, supplier = linkage.buyer, linkage.supplier
    linkage.confirmed_on = on
    linkage.buyer_committee_id = buyer.committee_id
    linkage.buyer_committee_name = buyer.committee.name if buyer.committee else None
    linkage.buyer_province_code = buyer.committee.province_code if buyer.committee else buyer.province_code
    linkage.supplier_committee_id = supplier.committee_id
    linkage.supplier_committee_name = supplier.committee.name if supplier.committee else None
    linkage.supplier_province_code = (
        supplier.committee.province_code if supplier.committee else supplier.province_code)
    linkage.buyer_name, linkage.supplier_name = buyer.display_name, supplier.display_name
    first = next((o for o in linkage.offerings if o.category_id), None)
    linkage.category_id = first.category_id if first else None


def _decide(actor, linkage: Linkage, status: LinkageStatus, reason: str | None = None) -> Linkage:
    require(can_decide_linkage(actor, linkage), _("Chỉ bên được đề nghị mới xác nhận hoặc từ chối."))
    if linkage.status != LinkageStatus.PROPOSED:
        raise Conflict(_("Giao dịch này đã được xử lý."))
    before = snapshot(linkage)
    linkage.status, linkage.decided_at, linkage.decided_by_id = status, utcnow(), actor.id
    if status == LinkageStatus.CONFIRMED:
        freeze(linkage, local_today())
        search.touch()  # the supplier's public pages count its confirmed deals (services/feedback.py)
        subject = _l("%(name)s đã xác nhận giao dịch liên kết", name=actor.enterprise.display_name)
    else:
        linkage.decline_reason = (reason or "").strip()[:MAX_REASON] or None
        subject = _l("%(name)s đã từ chối giao dịch liên kết", name=actor.enterprise.display_name)
    record_event(actor, f"linkage.{'confirm' if status == LinkageStatus.CONFIRMED else 'decline'}",
                 linkage, before=before, after=snapshot(linkage))
    notify_enterprise(linkage.proposed_by_enterprise_id, subject, linkage.decline_reason or "",
                      link_for("linkage.linkage", linkage_id=linkage.id))
    db.session.flush()
    return linkage


def confirm_linkage(actor, linkage: Linkage) -> Linkage:
    return _decide(actor, linkage, LinkageStatus.CONFIRMED)


def decline_linkage(actor, linkage: Linkage, reason: str | None = None) -> Linkage:
    return _decide(actor, linkage, LinkageStatus.DECLINED, reason)


def cancel_linkage(actor, linkage: Linkage, reason: str) -> Linkage:
    """A confirmed deal that fell through stops counting; the row and its history stay."""
    require(can_cancel_linkage(actor, linkage))
    if linkage.status != LinkageStatus.CONFIRMED:
        raise Conflict(_("Chỉ huỷ được giao dịch đã xác nhận."))
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("Hãy nêu lý do huỷ giao dịch."))
    before = snapshot(linkage)
    linkage.status, linkage.cancelled_at, linkage.cancelled_by_id = LinkageStatus.CANCELLED, utcnow(), actor.id
    linkage.cancel_reason = reason[:MAX_REASON]
    search.touch()  # it leaves the supplier's public record (services/feedback.py)
    record_event(actor, "linkage.cancel", linkage, before=before, after=snapshot(linkage))
    other = linkage.supplier_id if actor.enterprise_id == linkage.buyer_id else linkage.buyer_id
    notify_enterprise(other, _l("%(name)s đã huỷ một giao dịch liên kết", name=actor.enterprise.display_name),
                      linkage.cancel_reason, link_for("linkage.linkage", linkage_id=linkage.id))
    db.session.flush()
    return linkage


def get_linkage(actor, linkage_id: int) -> Linkage:
    linkage = db.session.get(Linkage, linkage_id)
    if linkage is None or not can_view_linkage(actor, linkage):
        raise NotFound()
    return linkage


def linkages_of(enterprise_id: int) -> list[Linkage]:
    return list(db.session.scalars(
        db.select(Linkage)
        .where(sa.or_(Linkage.buyer_id == enterprise_id, Linkage.supplier_id == enterprise_id))
        .order_by(Linkage.created_at.desc(), Linkage.id.desc())
        .options(selectinload(Linkage.buyer), selectinload(Linkage.supplier))  # the counterparty of each row
    ))


def supplier_offerings(supplier: Enterprise) -> list[Offering]:
    """What the proposal and offer forms may list: the supplier's approved offerings, whatever its
    profile's state (a party names what it sells; this is not a listing for visitors)."""
    return list(db.session.scalars(
        db.select(Offering).where(Offering.enterprise_id == supplier.id, Offering.status == Status.APPROVED)
        .order_by(Offering.title)
    ))


def suggested_offerings(enterprise: Enterprise, limit: int = 12) -> list[tuple[Offering, list[str]]]:
    """Approved offerings of other committees' enterprises in the categories this buyer has
    bought (confirmed linkages), asked about (inquiries) or posted needs for; each with why."""
    from ..i18n import current_locale
    from ..models import Category, Need

    reasons: dict[int, list[str]] = {}
    bought = db.session.execute(
        db.select(Linkage.category_id, sa.func.count(Linkage.id))
        .where(Linkage.buyer_id == enterprise.id, Linkage.status == LinkageStatus.CONFIRMED,
               Linkage.category_id.is_not(None))
        .group_by(Linkage.category_id)).tuples().all()
    asked = db.session.execute(
        db.select(Offering.category_id, sa.func.count(Inquiry.id)).join(Inquiry.offering)
        .where(Inquiry.buyer_id == enterprise.id, Offering.category_id.is_not(None))
        .group_by(Offering.category_id)).tuples().all()
    needed = db.session.execute(
        db.select(Need.category_id, sa.func.count(Need.id))
        .where(Need.enterprise_id == enterprise.id, Need.category_id.is_not(None))
        .group_by(Need.category_id)).tuples().all()
    wanted = {category_id for rows in (bought, asked, needed) for category_id, _n in rows}
    locale = current_locale()
    names = {c.id: c.name(locale) for c in db.session.scalars(db.select(Category).where(Category.id.in_(wanted)))}
    explain = (
        (bought, lambda name, n: ngettext("Doanh nghiệp của bạn đã mua nhóm “%(name)s” (%(num)s giao dịch).",
                                          "Doanh nghiệp của bạn đã mua nhóm “%(name)s” (%(num)s giao dịch).",
                                          n, name=name)),
        (asked, lambda name, n: ngettext("Bạn đã hỏi giá nhóm “%(name)s” (%(num)s yêu cầu).",
                                         "Bạn đã hỏi giá nhóm “%(name)s” (%(num)s yêu cầu).", n, name=name)),
        (needed, lambda name, n: _("Bạn đã đăng nhu cầu về nhóm “%(name)s”.", name=name)),
    )
    for rows, text in explain:
        for category_id, n in rows:
            reasons.setdefault(category_id, []).append(text(names.get(category_id, ""), n))
    if not reasons:
        return []
    already = db.select(Inquiry.offering_id).where(Inquiry.buyer_id == enterprise.id,
                                                   Inquiry.offering_id.is_not(None))
    query = (
        public_offerings().join(Offering.enterprise)
        .where(Offering.category_id.in_(reasons), Enterprise.id != enterprise.id,
               Enterprise.committee_id.is_not(None), Offering.id.not_in(already))
        .order_by(Offering.member_discount_pct.desc().nulls_last(), Offering.approved_at.desc(), Offering.id)
    )
    if enterprise.committee_id is not None:
        query = query.where(Enterprise.committee_id != enterprise.committee_id)
    suggestions = []
    cards = (contains_eager(Offering.enterprise).selectinload(Enterprise.committee), selectinload(Offering.category))
    for offering in db.session.scalars(query.limit(limit).options(*cards)):
        why = list(reasons[offering.category_id])
        why.append(_("Nhà cung cấp thuộc %(committee)s.", committee=offering.enterprise.committee.name))
        if offering.has_member_offer:
            why.append(_("Có ưu đãi cho doanh nghiệp liên kết."))
        suggestions.append((offering, why))
    return suggestions
