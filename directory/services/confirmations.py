"""Fresh listings: an enterprise re-confirms each approved offering once a year (the date rules are
in directory/freshness.py). One click confirms one offering, another every offering due within 30
days or overdue; neither goes back to review. Approval and an approved edit confirm too
(reviews.decide). Reminders go 30 and 7 days before the due day, once each per cycle."""
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from .. import freshness, search
from ..extensions import db
from ..models import Enterprise, Offering, Role, Status
from ..search.schema import COUNTS, DOCS
from ..models.base import utcnow
from ..urls import site_url
from .audit import record_event
from .lifecycle import refuse_status
from .mail import in_language_of
from .notifications import notify
from .permissions import can_edit_offering, can_list_offerings, require


def confirmed_values(now=None) -> dict:
    """The columns of a confirmation made now (the due day counts from today in Việt Nam)."""
    return {"confirmed_at": now or utcnow(), "confirm_due_on": freshness.due_after(freshness.local_today())}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _confirm(actor, ids: list[int]) -> list[int]:
    """Confirm these approved offerings, in one UPDATE (its row locks taken before the index's, as a
    single confirmation takes them: no deadlock between two tabs). One already confirmed today, or
    no longer approved, is left as it is. Returns the ids confirmed."""
    if not ids:
        return []
    values = confirmed_values()
    before = {o_id: due for o_id, due in db.session.execute(
        db.select(Offering.id, Offering.confirm_due_on).where(Offering.id.in_(ids)))}
    done = db.session.scalars(
        db.update(Offering)
        .where(Offering.id.in_(ids), Offering.status == Status.APPROVED,
               sa.or_(Offering.confirm_due_on.is_(None), Offering.confirm_due_on < values["confirm_due_on"]))
        .values(**values).returning(Offering.id).execution_options(synchronize_session=False)).all()
    for offering in db.session.scalars(db.select(Offering).where(Offering.id.in_(done)).order_by(Offering.id)
                                       .execution_options(populate_existing=True)):
        record_event(actor, "offering.confirm", offering,
                     before={"confirm_due_on": _iso(before.get(offering.id))},
                     after={"confirm_due_on": _iso(offering.confirm_due_on)})
        search.sync_offering(offering)  # back in search at once when it had left
    db.session.flush()
    return sorted(done)


def confirm_offering(actor, offering: Offering) -> bool:
    """"Xác nhận thông tin vẫn đúng": True if confirmed now, False if it already was today (a second
    tab, a double click)."""
    require(can_edit_offering(actor, offering))
    if offering.status != Status.APPROVED:
        raise refuse_status(offering, _("xác nhận"))
    if _confirm(actor, [offering.id]):
        return True
    db.session.refresh(offering)
    if offering.status != Status.APPROVED:  # archived meanwhile
        raise refuse_status(offering, _("xác nhận"))
    return False


def due_offerings(enterprise: Enterprise, today: date | None = None) -> list[Offering]:
    """Its approved offerings due within 30 days or overdue (in or past the grace period)."""
    today = today or freshness.local_today()
    return list(db.session.scalars(db.select(Offering).where(
        Offering.enterprise_id == enterprise.id, Offering.status == Status.APPROVED,
        Offering.confirm_due_on <= today + timedelta(days=freshness.DUE_SOON_DAYS)).order_by(Offering.id)))


def confirm_due_offerings(actor, enterprise: Enterprise) -> int:
    """"Xác nhận tất cả": every offering of due_offerings at once; returns how many."""
    require(can_list_offerings(actor, enterprise))
    return len(_confirm(actor, [o.id for o in due_offerings(enterprise)]))


# ---- reminders (the daily job) ------------------------------------------------------------

def send_reminders(today: date | None = None) -> int:
    """Remind the managers of each enterprise, in one message, of its approved offerings due in 30
    or 7 days (the nearest reminder passed, if the job missed a day). Each reminder is claimed by a
    conditional UPDATE before it is sent, so a second run, or two at once, sends nothing more.
    Returns the number of enterprises reminded."""
    today = today or freshness.local_today()
    candidates = db.session.scalars(db.select(Offering).where(
        Offering.is_public, Offering.confirm_due_on >= today,
        Offering.confirm_due_on <= today + timedelta(days=max(freshness.REMINDER_DAYS)))
        .order_by(Offering.enterprise_id, Offering.id))
    due = defaultdict(list)
    for offering in candidates:
        stage = freshness.reminder_for(offering.confirm_due_on, today)
        if stage is None or _claim(offering, stage) is False:
            continue
        due[offering.enterprise].append(offering)
    for enterprise, offerings in due.items():
        _remind(enterprise, offerings, today)
    db.session.flush()
    return len(due)


def _claim(offering: Offering, stage: int) -> bool:
    not_yet = sa.or_(Offering.reminded_due_on.is_(None), Offering.reminded_due_on != offering.confirm_due_on,
                     Offering.reminded_days > stage)
    claimed = db.session.execute(
        db.update(Offering).where(Offering.id == offering.id, Offering.confirm_due_on == offering.confirm_due_on,
                                  not_yet)
        .values(reminded_due_on=offering.confirm_due_on, reminded_days=stage)
        .execution_options(synchronize_session=False)).rowcount
    return claimed == 1


def _remind(enterprise: Enterprise, offerings: list[Offering], today: date) -> None:
    link = site_url("workspace.index", _anchor="offerings-heading")
    for user in enterprise.users:
        if not user.active or user.role != Role.MANAGER:
            continue
        with in_language_of(user):
            subject = ngettext("%(num)s sản phẩm, dịch vụ cần xác nhận lại thông tin",
                               "%(num)s sản phẩm, dịch vụ cần xác nhận lại thông tin", len(offerings))
            lines = [_("- «%(title)s»: hạn xác nhận %(due)s (còn %(days)s ngày)", title=o.title,
                       due=o.confirm_due_on.strftime("%d/%m/%Y"), days=(o.confirm_due_on - today).days)
                     for o in offerings]
            lines.append(_("Mỗi năm một lần, doanh nghiệp xác nhận thông tin vẫn đúng để sản phẩm, dịch vụ "
                           "tiếp tục hiện trong kết quả tìm kiếm; chỉ cần một lần bấm, không phải duyệt lại."))
            body = "\n".join(lines)
        notify(user, subject, body, link)


# ---- the committee's view ---------------------------------------------------------------

FRESHNESS_LABELS = {
    freshness.Freshness.CURRENT: _l("Đã xác nhận trong năm"),
    freshness.Freshness.DUE_SOON: _l("Đến hạn trong 30 ngày"),
    freshness.Freshness.OVERDUE: _l("Chưa xác nhận lại (trong thời gian gia hạn)"),
    freshness.Freshness.HIDDEN: _l("Đã rời khỏi tìm kiếm"),
}


@dataclass
class FreshnessCounts:
    current: int = 0
    due_soon: int = 0
    overdue: int = 0
    hidden: int = 0

    @property
    def total(self) -> int:
        return self.current + self.due_soon + self.overdue + self.hidden

    def get(self, state: freshness.Freshness) -> int:
        return getattr(self, state.value)

    @classmethod
    def sum(cls, many) -> "FreshnessCounts":
        """Several committees' counts together (a merged bloc, all committees)."""
        total = cls()
        for counts in many:
            for state in STATES:
                setattr(total, state.value, total.get(state) + counts.get(state))
        return total


STATES = tuple(freshness.Freshness)
LISTED_AT_MOST = 500  # a committee's list of one state; the dashboard gives the full count


def _state_condition(state: freshness.Freshness, today: date):
    due, soon = Offering.confirm_due_on, today + timedelta(days=freshness.DUE_SOON_DAYS)
    oldest = freshness.oldest_listed_due(today)
    return {
        freshness.Freshness.CURRENT: sa.or_(due.is_(None), due > soon),
        freshness.Freshness.DUE_SOON: sa.and_(due >= today, due <= soon),
        freshness.Freshness.OVERDUE: sa.and_(due < today, due >= oldest),
        freshness.Freshness.HIDDEN: due < oldest,
    }[state]


def committee_listings(committee_ids: list[int], state: freshness.Freshness,
                       today: date | None = None) -> list[Offering]:
    """Approved offerings of these committees' approved members in one freshness state, the
    longest due first (the page a reviewer reaches from the dashboard's counts)."""
    today = today or freshness.local_today()
    return list(db.session.scalars(
        db.select(Offering).join(Offering.enterprise)
        .where(Offering.is_public, Enterprise.committee_id.in_(committee_ids), _state_condition(state, today))
        .options(sa.orm.contains_eager(Offering.enterprise))
        .order_by(Offering.confirm_due_on, Offering.id).limit(LISTED_AT_MOST)))


def freshness_counts(committee_ids: list[int] | None, today: date | None = None) -> dict[int, FreshnessCounts]:
    """Approved offerings of approved member enterprises per committee and freshness;
    `committee_ids` None: every committee. Not counted per request: the search index keeps each
    committee's public offerings (search_counts, in the transaction of every change), and only
    those due within DUE_SOON_DAYS or past due are read, by the index of their due day (one grouped
    read); the rest are current."""
    today = today or freshness.local_today()
    oldest = freshness.oldest_listed_due(today)
    docs, kept = DOCS.c, COUNTS.c
    due = docs.due_on
    totals = sa.select(kept.value, kept.n).where(kept.facet == "committee_offering")
    few = (sa.select(docs.committee_id, sa.func.count().filter(due >= today),
                     sa.func.count().filter(due < today, due >= oldest), sa.func.count().filter(due < oldest))
           .where(docs.doc_type == "offering", docs.committee_id.is_not(None),
                  due < today + timedelta(days=freshness.DUE_SOON_DAYS + 1))
           .group_by(docs.committee_id))
    if committee_ids is not None:
        totals, few = totals.where(kept.value.in_(committee_ids)), few.where(docs.committee_id.in_(committee_ids))
    found: dict[int, FreshnessCounts] = defaultdict(FreshnessCounts)
    for committee_id, n in db.session.execute(totals):
        found[committee_id].current = n
    for committee_id, due_soon, overdue, hidden in db.session.execute(few):
        counts = found[committee_id]
        counts.due_soon, counts.overdue, counts.hidden = due_soon, overdue, hidden
        counts.current -= due_soon + overdue + hidden
    return {committee_id: counts for committee_id, counts in found.items() if counts.total}
