"""Fresh listings: the date rules of the yearly re-confirmation of approved offerings.

An offering is confirmed on a local day (Asia/Ho_Chi_Minh) — at its approval, at the approval of
an edit, and each time its enterprise clicks "Xác nhận thông tin vẫn đúng" — and is due again one
year later (`confirm_due_on`, stored). Until its due day it is current; from the day after it is
"chưa xác nhận lại" (overdue); after CONFIRMATION_GRACE_DAYS more days it leaves search and the
public listings. Every state is a comparison of the stored due day with today, made at query time:
nothing waits for a nightly job, a listing drops out at local midnight by itself.

Plain functions of dates, importable by every layer (models, search, services).
"""
import enum
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from flask import current_app, has_app_context

from . import i18n

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
DEFAULT_GRACE_DAYS = 30
REMINDER_DAYS = (30, 7)  # days before the due day; each sent once per offering and cycle
DUE_SOON_DAYS = 30  # from then on the workspace offers to confirm (and "confirm all due" takes it)


class Freshness(str, enum.Enum):
    CURRENT = "current"  # confirmed within the year, due in more than 30 days
    DUE_SOON = "due_soon"  # due within 30 days
    OVERDUE = "overdue"  # past its due day, in the grace period: shown as "chưa xác nhận lại"
    HIDDEN = "hidden"  # past the grace period: out of search and the listings


def local_today() -> date:
    """Today in Việt Nam (i18n.local_today; tests replace either to fix "today")."""
    return i18n.local_today()


def local_day(moment: datetime) -> date:
    """The local day of a naive UTC datetime, as stored in the database."""
    return moment.replace(tzinfo=timezone.utc).astimezone(LOCAL).date()


def due_after(confirmed_on: date) -> date:
    """One year later; a confirmation on 29 February is due on 28 February."""
    try:
        return confirmed_on.replace(year=confirmed_on.year + 1)
    except ValueError:
        return confirmed_on.replace(year=confirmed_on.year + 1, day=28)


def grace_days() -> int:
    if has_app_context():
        return int(current_app.config.get("CONFIRMATION_GRACE_DAYS", DEFAULT_GRACE_DAYS))
    return DEFAULT_GRACE_DAYS


def oldest_listed_due(today: date | None = None) -> date:
    """An offering due on this day or later is still in search today (due + grace >= today)."""
    return (today or local_today()) - timedelta(days=grace_days())


def leaves_search_on(due_on: date) -> date:
    """The first day the offering is out of search."""
    return due_on + timedelta(days=grace_days() + 1)


def freshness(due_on: date | None, today: date | None = None) -> Freshness:
    if due_on is None:  # not approved yet, or approved before there was a rule: never stale
        return Freshness.CURRENT
    today = today or local_today()
    if today <= due_on - timedelta(days=DUE_SOON_DAYS + 1):
        return Freshness.CURRENT
    if today <= due_on:
        return Freshness.DUE_SOON
    if due_on >= oldest_listed_due(today):
        return Freshness.OVERDUE
    return Freshness.HIDDEN


def reminder_for(due_on: date, today: date | None = None) -> int | None:
    """Which reminder is due today (30 or 7 days before; the nearest one passed), or None."""
    days_left = (due_on - (today or local_today())).days
    if days_left < 0:
        return None
    passed = [days for days in REMINDER_DAYS if days_left <= days]
    return min(passed) if passed else None
