"""Fresh listings: the yearly re-confirmation of approved offerings (directory/freshness.py,
services/confirmations.py). Today is fixed by replacing freshness.local_today."""
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from directory import freshness
from directory.freshness import Freshness
from directory.models import AuditEvent, Decision, Notification, Offering, Status
from directory.search import Params, reindex, search
from directory.services import catalog, confirmations, offerings, reviews
from directory.workspace.history import SENTENCES
from tests.conftest import run_together

TODAY = date(2027, 3, 15)


@pytest.fixture
def today(monkeypatch):
    """A settable "today" in Việt Nam for every layer (they all call freshness.local_today)."""
    clock = {"day": TODAY}
    monkeypatch.setattr(freshness, "local_today", lambda: clock["day"])
    return clock


def due(offering_id: int):
    from directory.extensions import db
    db.session.expire_all()
    return db.session.get(Offering, offering_id).confirm_due_on


# ---- the date rules ------------------------------------------------------------------------

def test_due_one_year_after_the_local_day_of_confirmation():
    assert freshness.due_after(date(2026, 12, 7)) == date(2027, 12, 7)
    assert freshness.due_after(date(2028, 2, 29)) == date(2029, 2, 28)  # no 29 February next year


def test_the_confirmation_day_is_the_day_in_viet_nam_not_in_utc():
    # 18:30 UTC on 31/12 is 01:30 on 01/01 in Hà Nội: the due day follows the local day.
    assert freshness.local_day(datetime(2026, 12, 31, 18, 30)) == date(2027, 1, 1)
    assert freshness.local_day(datetime(2026, 12, 31, 16, 59)) == date(2026, 12, 31)


@pytest.mark.parametrize("today_, state", [
    (date(2027, 11, 6), Freshness.CURRENT),   # 31 days before
    (date(2027, 11, 7), Freshness.DUE_SOON),  # 30 days before
    (date(2027, 12, 7), Freshness.DUE_SOON),  # the due day itself is still on time
    (date(2027, 12, 8), Freshness.OVERDUE),   # the day after: "chưa xác nhận lại"
    (date(2028, 1, 6), Freshness.OVERDUE),    # the 30th day of grace: still in search
    (date(2028, 1, 7), Freshness.HIDDEN),     # out of search
])
def test_states_on_the_edge_days(app, today_, state):
    assert freshness.freshness(date(2027, 12, 7), today_) == state
    if state == Freshness.HIDDEN:
        assert freshness.leaves_search_on(date(2027, 12, 7)) == today_


def test_the_grace_period_is_configured(app, monkeypatch):
    monkeypatch.setitem(app.config, "CONFIRMATION_GRACE_DAYS", 10)
    assert freshness.freshness(date(2027, 12, 7), date(2027, 12, 17)) == Freshness.OVERDUE
    assert freshness.freshness(date(2027, 12, 7), date(2027, 12, 18)) == Freshness.HIDDEN


@pytest.mark.parametrize("days_left, reminder", [(31, None), (30, 30), (8, 30), (7, 7), (1, 7), (0, 7), (-1, None)])
def test_which_reminder_is_due(days_left, reminder):
    assert freshness.reminder_for(TODAY + timedelta(days=days_left), TODAY) == reminder


# ---- approval, edits and confirmations set the date -------------------------------------

def test_approval_and_an_approved_edit_confirm_the_offering(world, make_offering, db, today):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    reviews.decide(world["reviewer_a"], offering, Decision.APPROVE, offering.version)
    db.session.commit()
    assert due(offering.id) == date(2028, 3, 15)
    today["day"] = date(2028, 3, 1)
    offerings.update_offering(world["staff_a"], offering, {"title": "Thép cuộn D12"}, expected_version=offering.version)
    revision = offerings.pending_revision(offering)
    db.session.commit()
    assert due(offering.id) == date(2028, 3, 15)  # a pending edit is not a confirmation
    reviews.decide(world["reviewer_a"], revision, Decision.APPROVE, revision.version)
    db.session.commit()
    assert due(offering.id) == date(2029, 3, 1)


def test_one_click_confirms_without_review_and_is_audited(world, make_offering, db, client_for, today):
    offering = make_offering(enterprise=world["a"], confirm_due_on=date(2027, 3, 20), version=3)
    db.session.commit()
    response = client_for(world["staff_a"]).post(f"/workspace/offerings/{offering.id}/confirm")
    assert response.status_code == 302
    db.session.expire_all()
    offering = db.session.get(Offering, offering.id)
    assert offering.confirm_due_on == date(2028, 3, 15) and offering.status == Status.APPROVED
    assert offering.version == 3  # no edit form open on it goes stale
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "offering.confirm"))
    assert event.target_id == offering.id and event.actor_id == world["staff_a"].id
    assert "offering.confirm" in SENTENCES


def test_confirm_all_due_takes_only_those_due_within_30_days_or_overdue(world, make_offering, db, client_for, today):
    soon = make_offering(enterprise=world["a"], confirm_due_on=TODAY + timedelta(days=30))
    overdue = make_offering(enterprise=world["a"], confirm_due_on=TODAY - timedelta(days=3))
    gone = make_offering(enterprise=world["a"], confirm_due_on=TODAY - timedelta(days=90))
    later = make_offering(enterprise=world["a"], confirm_due_on=TODAY + timedelta(days=31))
    draft = make_offering(enterprise=world["a"], status=Status.DRAFT, confirm_due_on=TODAY)
    other = make_offering(enterprise=world["b"], confirm_due_on=TODAY)
    db.session.commit()
    response = client_for(world["manager_a"]).post("/workspace/offerings/confirm-due")
    assert response.status_code == 302
    assert {due(o.id) for o in (soon, overdue, gone)} == {date(2028, 3, 15)}
    assert due(later.id) == TODAY + timedelta(days=31)
    assert due(draft.id) == TODAY and due(other.id) == TODAY


@pytest.mark.parametrize("who, status", [("manager_b", 404), ("reviewer_a", 404), ("buyer", 404), ("admin", 302)])
def test_only_the_owner_confirms(world, db, client_for, who, status, today):
    world["offering_a"].confirm_due_on = TODAY
    db.session.commit()
    response = client_for(world[who]).post(f"/workspace/offerings/{world['offering_a'].id}/confirm")
    assert response.status_code == status
    assert (due(world["offering_a"].id) == TODAY) == (status != 302)


def test_a_draft_cannot_be_confirmed(world, make_offering, db):
    draft = make_offering(enterprise=world["a"], status=Status.DRAFT)
    db.session.commit()
    with pytest.raises(Exception, match="xác nhận"):
        confirmations.confirm_offering(world["staff_a"], draft)


def test_confirm_all_refused_to_an_outside_buyer_and_a_visitor(world, client_for, client):
    assert client_for(world["buyer"]).post("/workspace/offerings/confirm-due").status_code == 403
    assert client.post("/workspace/offerings/confirm-due").status_code in (302, 401)


def test_two_tabs_confirming_at_once_confirm_once(world, make_offering, db, client_for, today):
    tabs = [client_for(world["staff_a"]), client_for(world["manager_a"])]
    for round_ in range(5):
        offering = make_offering(enterprise=world["a"], confirm_due_on=TODAY - timedelta(days=40 + round_))
        db.session.commit()
        urls = [f"/workspace/offerings/{offering.id}/confirm", "/workspace/offerings/confirm-due"]
        results = run_together(*(lambda tab=tab, url=url: tab.post(url) for tab, url in zip(tabs, urls)))
        assert [getattr(r, "status_code", r) for r in results] == [302, 302], f"round {round_}"
        assert due(offering.id) == date(2028, 3, 15)
        events = db.session.scalar(sa.select(sa.func.count(AuditEvent.id)).where(
            AuditEvent.action == "offering.confirm", AuditEvent.target_id == offering.id))
        assert events == 1, f"round {round_}: confirmed twice"


# ---- leaving and re-entering search, listings and counts -----------------------------------

def _found(query="thép") -> set[int]:
    return {h.id for h in search(Params(q=query)).hits if h.type == "offering"}


def test_a_lapsed_listing_leaves_search_at_midnight_and_comes_back_with_one_click(
        world, make_offering, make_category, db, today, client_for, client):
    category = make_category(slug="thep", name_vi="Thép", name_en="Steel")
    lapsing = make_offering(enterprise=world["a"], title="Thép hộp mạ kẽm", category=category,
                            confirm_due_on=TODAY - timedelta(days=30))  # the last day of grace
    fresh = make_offering(enterprise=world["a"], title="Thép tấm cán nóng", category=category,
                          confirm_due_on=TODAY + timedelta(days=200))
    db.session.commit()
    reindex()
    db.session.commit()
    assert {lapsing.id, fresh.id} <= _found()
    assert catalog.category_size(category) == 2
    assert lapsing.id in {o.id for o in catalog.newest_offerings()}

    today["day"] = TODAY + timedelta(days=1)  # nothing runs: only the date changes
    results = search(Params(q="thép"))
    assert lapsing.id not in _found() and fresh.id in _found()
    # The facets count what is shown: the lapsed one is in neither.
    assert {v.value: v.count for v in results.facets["category"]} == {"thep": 1}
    assert {v.value: v.count for v in results.facets["type"]} == {"offering": results.total}
    assert lapsing.id not in _found("")  # browsing too
    assert catalog.category_size(category) == 1
    assert lapsing.id not in {o.id for o in catalog.newest_offerings()}
    assert lapsing.id not in {o.id for o in db.session.scalars(catalog.listed_offerings())}
    assert catalog.get_public_offering(lapsing.id).id == lapsing.id  # not deleted
    api = client.get("/api/v1/search?q=th%C3%A9p").get_json()
    assert lapsing.id not in {item.get("id") for item in api["items"]}
    assert client.get(f"/api/v1/offerings/{lapsing.id}").get_json()["freshness"] == "hidden"

    assert client_for(world["staff_a"]).post(f"/workspace/offerings/{lapsing.id}/confirm").status_code == 302
    assert lapsing.id in _found()
    assert catalog.category_size(category) == 2


def test_the_public_page_of_a_lapsed_listing(world, db, client, client_for, today):
    offering = world["offering_a"]
    offering.confirm_due_on = TODAY - timedelta(days=10)
    db.session.commit()
    page = client.get(f"/offerings/{offering.id}")
    assert page.status_code == 200 and "Chưa xác nhận lại" in page.text and "15.500.000" in page.text
    today["day"] = TODAY + timedelta(days=30)  # past the grace period: the page cache is keyed by day too
    page = client.get(f"/offerings/{offering.id}")
    assert page.status_code == 200
    assert "chưa được xác nhận lại" in page.text and 'name="robots" content="noindex"' in page.text
    assert "15.500.000" not in page.text  # the stale details are not shown as if current
    for who in ("staff_a", "reviewer_a", "admin"):
        own = client_for(world[who]).get(f"/offerings/{offering.id}")
        assert own.status_code == 200 and "15.500.000" in own.text and "đã rời khỏi tìm kiếm" in own.text
    assert "15.500.000" not in client_for(world["manager_b"]).get(f"/offerings/{offering.id}").text


def test_the_workspace_shows_what_is_due(world, db, client_for, today):
    world["offering_a"].confirm_due_on = TODAY - timedelta(days=5)
    db.session.commit()
    page = client_for(world["staff_a"]).get("/workspace/").text
    assert "Chưa xác nhận lại" in page and "Xác nhận thông tin vẫn đúng" in page
    assert "Xác nhận tất cả thông tin vẫn đúng" in page and "10/03/2027" in page


# ---- reminders -------------------------------------------------------------------------------

def _reminders(user) -> list[Notification]:
    from directory.extensions import db
    return list(db.session.scalars(sa.select(Notification).where(Notification.user_id == user.id)
                                   .order_by(Notification.id)))


def test_reminders_30_and_7_days_before_once_each_grouped_per_enterprise(world, make_offering, make_user, db, today):
    world["offering_a"].confirm_due_on = TODAY + timedelta(days=30)
    second = make_offering(enterprise=world["a"], title="Thép hình H200", confirm_due_on=TODAY + timedelta(days=25))
    make_offering(enterprise=world["a"], title="Thép tấm", confirm_due_on=TODAY + timedelta(days=60))
    db.session.commit()
    manager, staff = world["manager_a"], world["staff_a"]

    assert confirmations.send_reminders() == 1
    db.session.commit()
    assert confirmations.send_reminders() == 0  # the job ran twice: nothing more
    db.session.commit()
    sent = _reminders(manager)
    assert len(sent) == 1 and "2 sản phẩm" in sent[0].subject
    assert "Thép hình H200" in sent[0].body and "14/04/2027" in sent[0].body
    assert _reminders(staff) == []  # managers only

    today["day"] = TODAY + timedelta(days=10)  # nothing new: both already had their 30-day reminder
    assert confirmations.send_reminders() == 0
    today["day"] = second.confirm_due_on - timedelta(days=7)
    assert confirmations.send_reminders() == 1
    db.session.commit()
    assert len(_reminders(manager)) == 2 and "Thép hình H200" in _reminders(manager)[-1].body
    assert confirmations.send_reminders() == 0

    confirmations.confirm_offering(manager, second)  # a new cycle: reminded again in a year
    db.session.commit()
    today["day"] = due(second.id) - timedelta(days=30)
    world["offering_a"].confirm_due_on = due(second.id) + timedelta(days=300)
    db.session.commit()
    assert confirmations.send_reminders() == 1


def test_reminders_sent_by_two_jobs_at_once_are_sent_once(app, world, db, today):
    world["offering_a"].confirm_due_on = TODAY + timedelta(days=7)
    db.session.commit()

    def job():
        with app.app_context():
            n = confirmations.send_reminders()
            from directory.extensions import db as session
            session.session.commit()
            return n

    results = run_together(job, job)
    assert sorted(r if isinstance(r, int) else -1 for r in results) in ([0, 1],), results
    assert len(_reminders(world["manager_a"])) == 1


# ---- the committee's figures --------------------------------------------------------------

def test_freshness_counts_per_committee(world, make_offering, db, today):
    a, b = world["a"], world["b"]
    world["offering_a"].confirm_due_on = TODAY + timedelta(days=100)  # current
    make_offering(enterprise=a, confirm_due_on=TODAY + timedelta(days=3))  # due soon
    make_offering(enterprise=a, confirm_due_on=TODAY - timedelta(days=3))  # overdue
    make_offering(enterprise=a, confirm_due_on=TODAY - timedelta(days=31))  # hidden
    make_offering(enterprise=a, confirm_due_on=TODAY - timedelta(days=31), status=Status.ARCHIVED)  # not counted
    make_offering(enterprise=b, confirm_due_on=TODAY - timedelta(days=31))
    db.session.commit()
    reindex()  # the counts are the index's (search_counts and search_docs.due_on), as every change keeps them
    db.session.commit()
    counts = confirmations.freshness_counts([world["committee_a"].id])
    found = counts[world["committee_a"].id]
    assert (found.current, found.due_soon, found.overdue, found.hidden) == (1, 1, 1, 1)
    assert world["committee_b"].id not in counts
    assert confirmations.freshness_counts(None)[world["committee_b"].id].hidden == 1


def test_freshness_counts_agree_with_each_listing_state_on_every_edge_day(world, make_offering, make_enterprise, db,
                                                                          today):
    """The kept counts less the few due (by the due_on index) give what classifying every public
    offering of a member enterprise gives, on each edge day, and stay right after a confirmation."""
    a, b = world["a"], world["b"]
    pending = make_enterprise(committee=world["committee_a"], slug="dn-cho", status=Status.PENDING)
    oldest = freshness.oldest_listed_due(TODAY)
    days = [None, TODAY + timedelta(days=31), TODAY + timedelta(days=30), TODAY, TODAY - timedelta(days=1),
            oldest, oldest - timedelta(days=1)]
    for day in days:
        make_offering(enterprise=a, confirm_due_on=day)
        make_offering(enterprise=b, confirm_due_on=day)
        make_offering(enterprise=world["outside"], confirm_due_on=day)  # not a member: not counted
        make_offering(enterprise=pending, confirm_due_on=day)  # not public
        make_offering(enterprise=a, confirm_due_on=day, status=Status.ARCHIVED)
    db.session.commit()
    reindex()
    db.session.commit()

    def expected(committee_ids):
        found = {}
        for offering in db.session.scalars(db.select(Offering)):
            committee_id = offering.enterprise.committee_id
            if offering.is_public and committee_id is not None and (committee_ids is None or committee_id in committee_ids):
                counts = found.setdefault(committee_id, confirmations.FreshnessCounts())
                state = freshness.freshness(offering.confirm_due_on, TODAY)
                setattr(counts, state.value, counts.get(state) + 1)
        return found

    for ids in (None, [world["committee_a"].id], [world["committee_b"].id, world["committee_a"].id]):
        assert confirmations.freshness_counts(ids) == expected(ids)
    assert {s: confirmations.freshness_counts(None)[world["committee_a"].id].get(s) for s in Freshness} == {
        Freshness.CURRENT: 3, Freshness.DUE_SOON: 2, Freshness.OVERDUE: 2, Freshness.HIDDEN: 1}  # world's own is current

    overdue = db.session.scalar(db.select(Offering).where(Offering.enterprise_id == a.id, Offering.status == Status.APPROVED,
                                                          Offering.confirm_due_on == TODAY - timedelta(days=1)))
    assert confirmations.confirm_offering(world["manager_a"], overdue)
    db.session.commit()
    assert confirmations.freshness_counts(None) == expected(None)  # the change kept the index's counts


def test_the_dashboard_shows_the_counts_and_links_to_the_lists(world, make_offering, db, client_for, today):
    world["offering_a"].confirm_due_on = TODAY + timedelta(days=100)
    make_offering(enterprise=world["a"], title="Ống thép đen", confirm_due_on=TODAY - timedelta(days=45))
    make_offering(enterprise=world["a"], confirm_due_on=TODAY - timedelta(days=2))
    db.session.commit()
    reindex()
    db.session.commit()
    reviewer = client_for(world["reviewer_a"])
    page = reviewer.get("/reports/committees/khoi-a").text
    assert 'data-freshness="hidden"><a href="/reports/committees/khoi-a/listings/hidden">1</a>' in page
    assert 'data-freshness="overdue"><a href="/reports/committees/khoi-a/listings/overdue">1</a>' in page
    assert 'data-freshness="current"><a href="/reports/committees/khoi-a/listings/current">1</a>' in page
    listing = reviewer.get("/reports/committees/khoi-a/listings/hidden")
    assert listing.status_code == 200 and "Ống thép đen" in listing.text and "29/01/2027" in listing.text
    assert "Thép cuộn" not in listing.text
    assert reviewer.get("/reports/committees/khoi-a/listings/stale").status_code == 404
    assert client_for(world["reviewer_b"]).get("/reports/committees/khoi-a/listings/hidden").status_code == 403
    everything = client_for(world["admin"]).get("/reports/all").text
    assert "/reports/committees/khoi-a/listings/hidden" in everything and "/reports/committees/khoi-b/listings" not in everything


# ---- migration 0025 -------------------------------------------------------------------------

def test_migration_0025_counts_existing_listings_as_confirmed_at_their_approval(world, make_offering, db):
    import flask_migrate

    late = make_offering(enterprise=world["a"], title="Thép góc", approved_at=datetime(2026, 6, 30, 18, 0))  # 01/07 in Hà Nội
    draft = make_offering(enterprise=world["a"], status=Status.DRAFT, approved_at=None)
    late_id, draft_id = late.id, draft.id
    db.session.commit()
    reindex()
    db.session.commit()
    db.session.remove()
    flask_migrate.downgrade(revision="0021")
    db.session.remove()
    flask_migrate.upgrade()
    assert due(late_id) == date(2027, 7, 1) and due(draft_id) is None
    indexed = db.session.scalar(sa.text("SELECT due_on FROM search_docs WHERE doc_type = 'offering' AND ref_id = :id"),
                                {"id": late_id})
    assert str(indexed)[:10] == "2027-07-01"
