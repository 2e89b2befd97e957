"""Demo data of the linkage programme: two years of inquiries, threads, needs and deals, so
that the committees' dashboards look like a real programme at first start.

Idempotent: once any inquiry exists, nothing is added. Deterministic: the caller's seeded
generator. Nothing happens after the load: an event that would fall later than its moment (a
message this afternoon, a deal proposed next week) is left out or left undecided; only plans
look ahead (the date goods are wanted, a need's deadline, the end of a contract period, the day a
quote is valid until and its delivery date). Rows are written directly (no notifications or mail
for the past), with the same frozen committee snapshot the services write on confirmation.

Quotes (load_quotes): recent threads get one accepted quote that led to a confirmed deal, one
declined, one open and one expired; the newest open need gets quotes from three suppliers.

Text comes from content.py: INQUIRY_TEMPLATES, REPLY_TEMPLATES and LINKAGE_DESCRIPTIONS are
lists of strings that may use {title}, {quantity}, {unit}, {buyer}, {supplier}, {date};
PEOPLE_NAMES is a list of full names.
"""
import random
from datetime import date, datetime, time, timedelta, timezone

import click

from ..extensions import db
from ..models import (AuditEvent, DealFeedback, Enterprise, Inquiry, InquiryRead, Linkage, LinkageStatus, Message,
                      Need, NeedStatus, Offering, Quote, QuoteItem, QuoteStatus, Role, User)
from ..models.base import Kind, utcnow
from ..services.catalog import public_enterprises, public_offerings
from ..services.linkages import LOCAL, freeze, local_today, quote_summary
from ..text import slugify
from . import content

DAYS = 730  # two years: this year's figures have last year's to be compared with


class _Blank(dict):
    def __missing__(self, key):
        return ""


def fill(template: str, **values) -> str:
    return template.format_map(_Blank(values))


def _utc(day: date, rng: random.Random) -> datetime:
    """A working-hours moment of a Việt Nam day, as naive UTC."""
    local = datetime.combine(day, time(rng.randint(8, 16), rng.randint(0, 59)), LOCAL)
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def _people(enterprises: list[Enterprise], rng) -> dict[int, User]:
    """One purchasing/sales officer per enterprise to write the messages (demo password)."""
    from .loader import DEMO_PASSWORD

    existing = {u.enterprise_id: u for u in db.session.scalars(
        db.select(User).where(User.enterprise_id.is_not(None)).order_by(User.id))}
    names = list(content.PEOPLE_NAMES)
    with click.progressbar(enterprises, label="Tài khoản mẫu") as bar:  # a password hash each: seconds
        for enterprise in bar:
            if enterprise.id in existing:
                continue
            user = User(email=f"kinhdoanh.{slugify(enterprise.slug)[:40]}@demo.ketnoi.vn",
                        full_name=rng.choice(names), role=Role.STAFF, enterprise=enterprise,
                        email_confirmed_at=utcnow())
            user.set_password(DEMO_PASSWORD)
            db.session.add(user)
            existing[enterprise.id] = user
    db.session.flush()
    return existing


def _event(actor: User, action: str, target, when: datetime) -> None:
    db.session.add(AuditEvent(actor_id=actor.id, action=action, target_type=target.type_key(), target_id=target.id,
                              created_at=when))


def _value(offering: Offering, rng) -> tuple[int, int]:
    """A plausible deal value in đồng (whole millions), and the quantity behind it."""
    price = offering.price_min or offering.price_max
    if price:
        quantity = max(1, int(rng.lognormvariate(3, 1.1)))
        value = price * quantity
        if not 5_000_000 <= value <= 20_000_000_000:
            value = int(rng.lognormvariate(19.3, 1.0))
    else:
        quantity, value = rng.randint(1, 12), int(rng.lognormvariate(19.3, 1.0))
    return max(1, round(value / 1_000_000)) * 1_000_000, quantity


def load_programme(rng: random.Random) -> None:
    if db.session.scalar(db.select(Inquiry.id).limit(1)) is not None:
        return
    enterprises = list(db.session.scalars(public_enterprises().order_by(Enterprise.id)))
    offerings = list(db.session.scalars(public_offerings().order_by(Offering.id)))
    if not offerings:
        return
    people = _people(enterprises, rng)
    now, today = utcnow(), local_today()
    start = today - timedelta(days=DAYS)
    with click.progressbar(range(DAYS), label="Chương trình liên kết (yêu cầu, giao dịch)") as days:
        for n in days:
            day = start + timedelta(days=n + 1)
            if day.weekday() >= 5 and rng.random() < 0.8:  # few deals on weekends
                continue
            growth = 0.55 + 0.45 * n / DAYS  # the programme grows: fewer deals a year ago
            for _ in range(rng.choices((0, 1, 2, 3), weights=(0.25, 0.4, 0.25, 0.1))[0]):
                if rng.random() < growth:
                    _thread(rng, day, now, enterprises, offerings, people)
            if rng.random() < 0.06 * growth:
                _need(rng, day, now, enterprises, offerings, people)
    db.session.flush()
    load_quotes(rng, now, offerings, people)
    _deal_feedback(rng, now, people)


def _thread(rng, day, now, enterprises, offerings, people) -> None:
    offering = rng.choice(offerings)
    supplier = offering.enterprise
    # Mostly between committees (the point of the programme), some within, a few outside buyers.
    roll = rng.random()
    pool = [e for e in enterprises if e.id != supplier.id]
    if roll < 0.12:
        pool = [e for e in pool if e.committee_id is None] or pool
    elif roll < 0.40:
        pool = [e for e in pool if e.committee_id == supplier.committee_id] or pool
    else:
        pool = [e for e in pool if e.committee_id not in (None, supplier.committee_id)] or pool
    buyer = rng.choice(pool)
    asker, answerer = people[buyer.id], people[supplier.id]
    value, quantity = _value(offering, rng)
    values = dict(title=offering.title, quantity=quantity, unit=offering.unit or "", buyer=buyer.display_name,
                  supplier=supplier.display_name, date=(day + timedelta(days=20)).strftime("%d/%m/%Y"))
    asked_at = _utc(day, rng)
    if asked_at > now:
        return  # later today
    inquiry = Inquiry(buyer=buyer, supplier=supplier, offering=offering, created_by_id=asker.id,
                      subject=offering.title[:200], quantity=f"{quantity} {offering.unit or ''}".strip()[:100],
                      wanted_on=day + timedelta(days=rng.randint(7, 45)),
                      buyer_committee_id=buyer.committee_id, supplier_committee_id=supplier.committee_id,
                      created_at=asked_at, last_message_at=asked_at)
    db.session.add(inquiry)
    messages = [Message(inquiry=inquiry, author_id=asker.id, enterprise_id=buyer.id, created_at=asked_at,
                        body=fill(rng.choice(content.INQUIRY_TEMPLATES), **values))]
    when = asked_at
    for turn in range(rng.choices((0, 1, 2, 3), weights=(0.15, 0.45, 0.25, 0.15))[0]):
        later = when + timedelta(hours=rng.randint(2, 60))
        if later > now:
            break
        when = later
        side = (answerer, supplier) if turn % 2 == 0 else (asker, buyer)
        messages.append(Message(inquiry=inquiry, author_id=side[0].id, enterprise_id=side[1].id, created_at=when,
                                body=fill(rng.choice(content.REPLY_TEMPLATES), **values)))
    inquiry.messages = messages
    inquiry.last_message_at = when
    # Both sides have read all but the newest days' messages.
    if now - when > timedelta(days=3):
        db.session.flush()
        for user in (asker, answerer):
            db.session.add(InquiryRead(inquiry_id=inquiry.id, user_id=user.id, read_at=when))
    if len(messages) > 1 and rng.random() < 0.5:
        _linkage(rng, inquiry, offering, value, when, now, values, people)


def _linkage(rng, inquiry, offering, value, when, now, values, people) -> None:
    buyer, supplier = inquiry.buyer, inquiry.supplier
    proposer_side = buyer if rng.random() < 0.5 else supplier
    other_side = supplier if proposer_side is buyer else buyer
    proposed_at = when + timedelta(days=rng.randint(1, 14))
    if proposed_at > now:
        return  # not proposed yet
    starts_on = proposed_at.date() - timedelta(days=rng.randint(0, 5))
    linkage = Linkage(
        buyer=buyer, supplier=supplier, proposed_by_enterprise=proposer_side,
        proposed_by_id=people[proposer_side.id].id, inquiry=inquiry, value=value, starts_on=starts_on,
        ends_on=starts_on + timedelta(days=rng.choice((90, 180, 365))) if rng.random() < 0.3 else None,
        description=fill(rng.choice(content.LINKAGE_DESCRIPTIONS), **values), offerings=[offering],
        created_at=proposed_at,
    )
    db.session.add(linkage)
    db.session.flush()
    _event(people[proposer_side.id], "linkage.propose", linkage, proposed_at)
    decided_at = proposed_at + timedelta(days=rng.randint(0, 6))
    if decided_at > now:
        return  # still waiting for the other side
    roll = rng.random()
    decider = people[other_side.id]
    linkage.decided_at, linkage.decided_by_id = decided_at, decider.id
    if roll < 0.09:
        linkage.status = LinkageStatus.DECLINED
        linkage.decline_reason = "Giá và thời gian giao hàng chưa phù hợp."
        _event(decider, "linkage.decline", linkage, decided_at)
        return
    linkage.status = LinkageStatus.CONFIRMED
    freeze(linkage, decided_at.replace(tzinfo=timezone.utc).astimezone(LOCAL).date())
    _event(decider, "linkage.confirm", linkage, decided_at)
    if roll > 0.95:
        cancelled_at = decided_at + timedelta(days=rng.randint(5, 40))
        if cancelled_at < now:
            linkage.status, linkage.cancelled_at = LinkageStatus.CANCELLED, cancelled_at
            linkage.cancelled_by_id = people[buyer.id].id
            linkage.cancel_reason = "Dự án của bên mua tạm dừng nên hai bên thống nhất huỷ hợp đồng."
            _event(people[buyer.id], "linkage.cancel", linkage, cancelled_at)


def _need(rng, day, now, enterprises, offerings, people) -> None:
    offering = rng.choice(offerings)
    buyer = rng.choice([e for e in enterprises if e.id != offering.enterprise_id])
    quantity = rng.choice((5, 10, 20, 30, 50, 100, 200))
    price = offering.price_min or offering.price_max
    need = Need(
        enterprise=buyer, committee_id=buyer.committee_id, created_by_id=people[buyer.id].id,
        title=f"Cần mua: {offering.title}"[:200], category_id=offering.category_id,
        description=fill(rng.choice(content.INQUIRY_TEMPLATES), title=offering.title, unit=offering.unit or "",
                         quantity=quantity, buyer=buyer.display_name),
        quantity=quantity, unit=(offering.unit or "gói")[:40],
        # a budget around the list price (whole millions), or none where the offering says "liên hệ"
        budget_min=_millions(price * quantity * 0.8) if price else None,
        budget_max=_millions(price * quantity * 1.1) if price else None,
        province_code=buyer.province_code, deadline=day + timedelta(days=rng.randint(10, 60)),
        status=NeedStatus.CLOSED if day < local_today() - timedelta(days=60) else NeedStatus.OPEN,
        created_at=_utc(day, rng),
    )
    if need.created_at <= now:  # else: later today
        db.session.add(need)


def _deal_feedback(rng, now, people) -> None:
    """Delivery dates on most single-date deals (a plan: it may lie ahead), and feedback on the
    confirmed deals whose delivery date has come: by most buyers, some suppliers; mostly positive,
    some late or short of what was agreed, a few answered by the supplier, one comment hidden by
    the supplier's committee. Each written on or after the day the deal was due and confirmed."""
    today = local_today()
    reviewers = {u.committee_id: u for u in db.session.scalars(
        db.select(User).where(User.role == Role.REVIEWER).order_by(User.id))}
    hidden = None
    with click.progressbar(list(db.session.scalars(db.select(Linkage).order_by(Linkage.id))),
                           label="Đánh giá sau giao dịch") as deals:
        for linkage in deals:
            if linkage.ends_on is None and rng.random() < 0.7:
                linkage.delivery_on = linkage.starts_on + timedelta(days=rng.choice((7, 10, 14, 21, 30, 45)))
            if linkage.status != LinkageStatus.CONFIRMED or linkage.due_on > today:
                continue
            opens = max(linkage.due_on, linkage.confirmed_on)
            for side, chance in (("buyer", 0.75), ("supplier", 0.35)):
                when = _utc(opens + timedelta(days=rng.randint(0, 20)), rng)
                if rng.random() > chance or when > now:
                    continue
                writer = linkage.buyer if side == "buyer" else linkage.supplier
                about = linkage.supplier if side == "buyer" else linkage.buyer
                on_time, as_agreed = rng.random() < 0.88, rng.random() < 0.94
                again = rng.random() < (0.95 if on_time and as_agreed else 0.45)
                if side == "supplier":
                    texts = content.FEEDBACK_ABOUT_BUYER[:3] if on_time else content.FEEDBACK_ABOUT_BUYER[3:]
                else:
                    texts = (content.FEEDBACK_QUALITY if not as_agreed else
                             content.FEEDBACK_LATE if not on_time else content.FEEDBACK_GOOD)
                item = DealFeedback(linkage=linkage, by_enterprise_id=writer.id, about_enterprise_id=about.id,
                                    author_id=people[writer.id].id, on_time=on_time, as_agreed=as_agreed,
                                    would_deal_again=again, created_at=when, updated_at=when,
                                    comment=rng.choice(texts) if rng.random() < 0.8 else "")
                db.session.add(item)
                db.session.flush()
                db.session.add(AuditEvent(actor_id=item.author_id, action="feedback.give",
                                          target_type=DealFeedback.type_key(), target_id=item.id, created_at=when))
                answered = when + timedelta(days=rng.randint(1, 4))
                if side == "buyer" and not (on_time and as_agreed) and rng.random() < 0.4 and answered < now:
                    item.answer, item.answered_at = rng.choice(content.FEEDBACK_ANSWERS), answered
                    item.answer_author_id = people[about.id].id
                    db.session.add(AuditEvent(actor_id=item.answer_author_id, action="feedback.answer",
                                              target_type=DealFeedback.type_key(), target_id=item.id,
                                              created_at=answered))
                elif (hidden is None and side == "buyer" and not on_time and answered < now
                      and about.committee_id in reviewers):
                    hidden = item
                    moderator = reviewers[about.committee_id]  # the demo reviewer of that committee sees it
                    item.comment, item.comment_hidden_reason = content.FEEDBACK_HIDDEN
                    item.comment_hidden_at, item.comment_hidden_by_id = answered, moderator.id
                    db.session.add(AuditEvent(actor_id=moderator.id, action="feedback.hide_comment",
                                              target_type=DealFeedback.type_key(), target_id=item.id,
                                              created_at=answered))
    db.session.flush()
def _millions(amount: float) -> int:
    return max(1, round(amount / 1_000_000)) * 1_000_000


# ---- quotes -----------------------------------------------------------------------------------

QUOTE_TERMS = ("Giao tại kho bên mua, bên bán chịu cước vận chuyển.", "Giao tại nhà máy bên bán (EXW).",
               "Giao làm hai đợt, mỗi đợt cách nhau 15 ngày.")
VAT_NOTES = ("Đơn giá chưa gồm thuế GTGT 10%.", "Đơn giá đã gồm thuế GTGT 8%.", "Đơn giá đã gồm thuế GTGT.")


def _quote(rng, inquiry: Inquiry, offering: Offering, author: User, at: datetime, quantity: int, valid_days: int,
           status=QuoteStatus.SENT, list_price: int | None = None) -> Quote:
    """One line for `offering` at about its list price (or the given one), a little off, as negotiated."""
    list_price = list_price or offering.price_min or offering.price_max or rng.choice((2_500_000, 8_000_000, 45_000_000))
    unit_price = max(1_000, round(list_price * rng.uniform(0.9, 1.02), -3))
    sent_on = at.replace(tzinfo=timezone.utc).astimezone(LOCAL).date()
    quote = Quote(inquiry=inquiry, author_id=author.id, created_at=at, status=status,
                  valid_until=sent_on + timedelta(days=valid_days),
                  delivery_on=sent_on + timedelta(days=rng.randint(7, 30)), delivery_terms=rng.choice(QUOTE_TERMS),
                  vat_note=rng.choice(VAT_NOTES), total=unit_price * quantity,
                  items=[QuoteItem(position=0, offering=offering, description=offering.title[:200], quantity=quantity,
                                   unit=(offering.unit or "gói")[:40], unit_price=unit_price,
                                   line_total=unit_price * quantity)])
    db.session.add(quote)
    db.session.flush()
    _event(author, "quote.send", quote, at)
    return quote


def load_quotes(rng, now: datetime, offerings: list[Offering], people: dict[int, User]) -> None:
    """The four fates of a quote in recent threads (those the demo accounts' enterprises bought in
    first, so that signing in shows them), and three suppliers' quotes on one open need."""
    showcase = _showcase_buyers()
    recent = sorted(db.session.scalars(
        db.select(Inquiry).where(Inquiry.offering_id.is_not(None), Inquiry.need_id.is_(None),
                                 Inquiry.created_at >= now - timedelta(days=45),
                                 Inquiry.created_at <= now - timedelta(days=3),
                                 ~db.select(Linkage.id).where(Linkage.inquiry_id == Inquiry.id).exists())),
        key=lambda i: (i.buyer_id not in showcase, i.created_at))
    if len(recent) < 4:
        return
    chosen = sorted(recent[:4], key=lambda i: i.created_at)
    for inquiry, fate in zip(chosen, ("expired", "declined", "accepted", "open")):
        buyer, supplier = people[inquiry.buyer_id], people[inquiry.supplier_id]
        at = inquiry.created_at + timedelta(hours=rng.randint(3, 20))
        if fate == "open":
            at = now - timedelta(hours=30)  # sent yesterday: the buyer is still thinking
        elif fate == "expired":
            at = min(at, now - timedelta(days=10))  # valid a week: over by now
        quote = _quote(rng, inquiry, inquiry.offering, supplier, at, rng.choice((10, 20, 30)),
                       valid_days=7 if fate == "expired" else 30)
        decided_at = quote.created_at + timedelta(hours=rng.randint(4, 30))
        if fate in ("declined", "accepted"):
            quote.status = QuoteStatus.ACCEPTED if fate == "accepted" else QuoteStatus.DECLINED
            quote.decided_at, quote.decided_by_id = decided_at, buyer.id
            if fate == "declined":
                quote.decline_reason = "Cảm ơn quý công ty. Đơn giá cao hơn dự toán được duyệt nên lần này chúng tôi chưa chọn."
            _event(buyer, f"quote.{'accept' if fate == 'accepted' else 'decline'}", quote, decided_at)
            if fate == "accepted":
                _deal_from(quote, decided_at, now, people)
    _need_quotes(rng, now, offerings, people)


def _showcase_buyers() -> set[int]:
    """The enterprises of the demo accounts (README), whose pages the quotes should reach."""
    return set(db.session.scalars(db.select(User.enterprise_id).where(User.email.like("%@ketnoi.vn"),
                                                                      User.enterprise_id.is_not(None))))


def _deal_from(quote: Quote, accepted_at: datetime, now: datetime, people) -> None:
    """The buyer proposes the deal the quote led to; the supplier confirms it the next day."""
    inquiry = quote.inquiry
    proposed_at = accepted_at + timedelta(hours=1)
    if proposed_at > now:
        return
    linkage = Linkage(buyer=inquiry.buyer, supplier=inquiry.supplier, proposed_by_enterprise=inquiry.buyer,
                      proposed_by_id=people[inquiry.buyer_id].id, inquiry=inquiry, quote=quote, value=quote.total,
                      starts_on=proposed_at.date(), description=quote_summary(quote),
                      offerings=[item.offering for item in quote.items if item.offering], created_at=proposed_at)
    db.session.add(linkage)
    db.session.flush()
    _event(people[inquiry.buyer_id], "linkage.propose", linkage, proposed_at)
    confirmed_at = proposed_at + timedelta(hours=20)
    if confirmed_at > now:
        return
    linkage.status, linkage.decided_at = LinkageStatus.CONFIRMED, confirmed_at
    linkage.decided_by_id = people[inquiry.supplier_id].id
    freeze(linkage, confirmed_at.replace(tzinfo=timezone.utc).astimezone(LOCAL).date())
    _event(people[inquiry.supplier_id], "linkage.confirm", linkage, confirmed_at)


def _need_quotes(rng, now: datetime, offerings: list[Offering], people) -> None:
    """The outside demo buyer (muahang@ketnoi.vn) posted a need three days ago; three suppliers of
    its category answered with quotes, for it to compare."""
    buyer = db.session.scalar(db.select(Enterprise).where(Enterprise.committee_id.is_(None)).order_by(Enterprise.id))
    by_category: dict[tuple, dict[int, Offering]] = {}  # same category and unit: comparable prices
    for offering in offerings:
        if (offering.category_id and offering.price_min and offering.kind == Kind.PRODUCT and buyer is not None
                and offering.enterprise_id != buyer.id):
            by_category.setdefault((offering.category_id, offering.unit), {}).setdefault(offering.enterprise_id, offering)
    answers = next((list(found.values())[:3] for found in by_category.values() if len(found) >= 3), None)
    if buyer is None or buyer.id not in people or answers is None:
        return
    wanted, posted_at = answers[0], now - timedelta(days=3)
    quantity = 20
    need = Need(enterprise=buyer, committee_id=None, created_by_id=people[buyer.id].id,
                title=f"Cần mua {wanted.title[:1].lower()}{wanted.title[1:]}"[:200], category_id=wanted.category_id,
                description=f"Chúng tôi cần {quantity} {wanted.unit or 'gói'} {wanted.title.lower()} cho công trình mới, "
                            "giao một lần, kèm chứng từ xuất xưởng.",
                quantity=quantity, unit=(wanted.unit or "gói")[:40],
                budget_min=_millions(wanted.price_min * quantity * 0.85),
                budget_max=_millions(wanted.price_min * quantity * 1.1), province_code=buyer.province_code,
                deadline=local_today() + timedelta(days=12), created_at=posted_at)
    db.session.add(need)
    for n, offering in enumerate(answers):
        supplier, at = offering.enterprise, posted_at + timedelta(hours=5 + 9 * n)
        author = people[supplier.id]
        inquiry = Inquiry(buyer=buyer, supplier=supplier, need=need, created_by_id=author.id,
                          subject=f"Chào giá: {need.title}"[:200], buyer_committee_id=None,
                          supplier_committee_id=supplier.committee_id, created_at=at, last_message_at=at)
        inquiry.messages = [Message(author_id=author.id, enterprise_id=supplier.id, created_at=at,
                                    body=f"Chúng tôi gửi báo giá cho nhu cầu “{need.title}”.")]
        db.session.add(inquiry)
        _quote(rng, inquiry, offering, author, at, quantity, valid_days=30, list_price=wanted.price_min)
