"""Every place that lists records for visitors, or that a visitor's link points at, shows the
public ones only: approved offerings of approved enterprises (`is_public` on the models; the
listings in services/catalog.py).

One public enterprise with one public offering stands beside an enterprise in every other state
(each with an offering that is itself approved) and an offering of the public enterprise in every
other state. All share the word "Xiphong"; the public records are named "Hienthi", the others
"Angiau" (in their names, titles and slugs). Each place must show "hienthi" (so that it lists
something at all) and never "angiau".
"""
from datetime import timedelta

import pytest

from directory.extensions import db as _db
from directory.models import Enterprise, Kind, Notification, Role, Status
from directory.models.base import utcnow
from directory.search import reindex
from directory.services import catalog, linkages, needs, reports, saved_searches

HIDDEN = (Status.DRAFT, Status.PENDING, Status.REJECTED, Status.SUSPENDED, Status.ARCHIVED)


@pytest.fixture
def scene(db, make_committee, make_category, make_enterprise, make_offering, make_user):
    committee, elsewhere = make_committee(code="khoi-xiphong"), make_committee(code="khoi-mua")
    category = make_category(slug="nhom-xiphong", name_vi="Nhóm Xiphong", name_en="Xiphong group", kind=Kind.PRODUCT)
    shown = make_enterprise(committee=committee, slug="hienthi", legal_name="Công ty Xiphong Hienthi",
                            short_name="Xiphong Hienthi")
    public = make_offering(enterprise=shown, title="Xiphong Hienthi cuộn", category=category)
    hidden_enterprises, hidden_offerings = {}, {}
    for status in HIDDEN:
        enterprise = make_enterprise(committee=committee, slug=f"angiau-{status.value}", status=status,
                                     legal_name=f"Công ty Xiphong Angiau {status.value}",
                                     short_name=f"Xiphong Angiau {status.value}")
        hidden_enterprises[status] = enterprise
        # approved itself: only its enterprise's state hides it
        hidden_offerings[f"of-{status.value}-enterprise"] = make_offering(
            enterprise=enterprise, title=f"Xiphong Angiau hàng của {status.value}", category=category)
        hidden_offerings[status.value] = make_offering(
            enterprise=shown, title=f"Xiphong Angiau {status.value}", category=category, status=status)
    buyer = make_enterprise(committee=elsewhere, slug="ben-mua")
    trader = make_user(Role.MANAGER, enterprise=buyer)
    reviewer = make_user(Role.REVIEWER, committee=committee)
    reindex()  # as approvals and suspensions keep it: the index holds the public records only
    _db.session.commit()
    return dict(committee=committee, category=category, shown=shown, public=public, buyer=buyer, trader=trader,
                reviewer=reviewer, hidden_enterprises=hidden_enterprises, hidden_offerings=hidden_offerings)


def _visitor(path):
    return lambda client, login, scene: client.get(path(scene))


def _as(role, path):
    def fetch(client, login, scene):
        login(scene[role])
        return client.get(path(scene))
    return fetch


def _need_posted(client, login, scene):
    """The trader posts a need in the category: the programme home then suggests suppliers."""
    login(scene["trader"])
    form = {"title": "Cần mua Xiphong", "category": scene["category"].id, "description": "", "province": ""}
    assert client.post("/linkage/needs/new", data=form).status_code == 302
    return client.get("/linkage/")


PAGES = {
    "home": _visitor(lambda s: "/"),
    "committee": _visitor(lambda s: f"/committees/{s['committee'].code}"),
    "category": _visitor(lambda s: f"/categories/{s['category'].slug}"),
    "enterprise's offerings": _visitor(lambda s: f"/enterprises/{s['shown'].slug}"),
    "search": _visitor(lambda s: "/search/?q=xiphong"),
    "search, enterprises": _visitor(lambda s: "/search/?q=xiphong&type=enterprise"),
    "typeahead": _visitor(lambda s: "/search/suggest?q=xiphong"),
    "API search": _visitor(lambda s: "/api/v1/search?q=xiphong"),
    "API enterprise's offerings": _visitor(lambda s: f"/api/v1/enterprises/{s['shown'].slug}"),
    "deal counterparties": _as("trader", lambda s: "/linkage/linkages/new"),
    "programme suggestions": _need_posted,
    "committee catalogue": _as("reviewer", lambda s: f"/reports/committees/{s['committee'].code}/catalogue"),
}


@pytest.mark.parametrize("place", PAGES)
def test_a_page_that_lists_records_lists_the_public_ones_only(client, login, scene, place):
    response = PAGES[place](client, login, scene)
    assert response.status_code == 200
    text = response.get_data(as_text=True).lower()
    assert "hienthi" in text
    assert "angiau" not in text


def test_the_services_that_tell_users_of_records_tell_of_the_public_ones_only(scene, db):
    trader = scene["trader"]
    need = needs.post_need(trader, title="Cần mua Xiphong", category=scene["category"])
    assert needs.matching_suppliers(need) == [scene["shown"]]

    saved = saved_searches.save_search(trader, "xiphong", {})
    saved.last_sent_at = utcnow() - timedelta(hours=1)
    assert saved_searches.send_digest() == 1
    digest = db.session.scalar(db.select(Notification).where(Notification.user_id == trader.id,
                                                             Notification.subject.contains("xiphong")))
    assert "Hienthi" in digest.body and "Angiau" not in digest.body

    assert [o.title for o, _why in linkages.suggested_offerings(scene["buyer"])] == ["Xiphong Hienthi cuộn"]
    period = reports.Period(utcnow().date() - timedelta(days=30), utcnow().date())
    report = reports.build_report(scene["committee"], period)
    assert (report.members, report.offerings) == (1, 1)
    assert catalog.committee_size(scene["committee"]) == 1
    assert catalog.category_size(scene["category"]) == 1
    assert [e.slug for e in db.session.scalars(catalog.public_enterprises().where(
        Enterprise.committee_id == scene["committee"].id))] == ["hienthi"]


# (who asks, the link to an enterprise, the link to an offering or None)
LOOKUPS = {
    "public page": ("visitor", lambda e: f"/enterprises/{e.slug}", lambda o: f"/offerings/{o.id}"),
    "API": ("visitor", lambda e: f"/api/v1/enterprises/{e.slug}", lambda o: f"/api/v1/offerings/{o.id}"),
    "inquiry": ("trader", lambda e: f"/linkage/inquiries/new?enterprise={e.slug}",
                lambda o: f"/linkage/inquiries/new?offering={o.id}"),
    "shortlist": ("trader", lambda e: f"/linkage/shortlists/add?enterprise={e.slug}",
                  lambda o: f"/linkage/shortlists/add?offering={o.id}"),
    "deal": ("trader", lambda e: f"/linkage/linkages/new?enterprise={e.slug}", None),
}


@pytest.mark.parametrize("place", LOOKUPS)
def test_a_link_to_a_record_that_is_not_public_is_not_found(client, login, scene, place):
    who, enterprise_url, offering_url = LOOKUPS[place]
    if who == "trader":
        login(scene["trader"])
    assert client.get(enterprise_url(scene["shown"])).status_code == 200
    for status, enterprise in scene["hidden_enterprises"].items():
        assert client.get(enterprise_url(enterprise)).status_code == 404, status
    if offering_url is not None:
        assert client.get(offering_url(scene["public"])).status_code == 200
        for label, offering in scene["hidden_offerings"].items():
            assert client.get(offering_url(offering)).status_code == 404, label
