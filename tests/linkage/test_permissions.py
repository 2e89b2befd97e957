"""Only the two parties, their committees' reviewers and administrators see an inquiry or a
linkage: every other role is tried, in the services and through the pages."""
from datetime import date

import pytest

from directory.models import Role
from directory.services import inquiries
from directory.services.errors import NotFound
from directory.services.permissions import can_view_inquiry, can_view_linkage

from .helpers import confirmed_linkage

# Inquiry from the outside buyer to A; linkage between B (buyer) and A (supplier).
INQUIRY_SEES = {"buyer", "staff_a", "manager_a", "reviewer_a", "admin"}
LINKAGE_SEES = {"manager_b", "staff_a", "manager_a", "reviewer_a", "reviewer_b", "admin"}


@pytest.fixture
def everyone(world, make_user, make_committee, make_enterprise, db):
    """The world's users plus those no rule names: another committee's reviewer and member,
    a user without an enterprise."""
    other = make_committee(code="khoi-c")
    users = {k: v for k, v in world.items() if hasattr(v, "role")}
    users["reviewer_c"] = make_user(Role.REVIEWER, committee=other)
    users["manager_c"] = make_user(Role.MANAGER, enterprise=make_enterprise(committee=other))
    users["no_enterprise"] = make_user(Role.MANAGER)
    db.session.commit()
    return users


@pytest.fixture
def records(world, db):
    inquiry = inquiries.send_inquiry(world["buyer"], world["a"], subject="Hỏi giá", body="Xin báo giá",
                                     offering=world["offering_a"])
    linkage = confirmed_linkage(world["manager_b"], world["manager_a"], world["a"], on=date(2025, 4, 1))
    db.session.commit()
    return inquiry, linkage


def test_every_role_sees_an_inquiry_only_if_it_is_a_party_a_committee_or_admin(everyone, records):
    inquiry, _ = records
    seen = {name for name, user in everyone.items() if can_view_inquiry(user, inquiry)}
    assert seen == INQUIRY_SEES
    for name, user in everyone.items():
        if name not in INQUIRY_SEES:
            with pytest.raises(NotFound, match="^$"):  # the plain 404, with no message
                inquiries.get_inquiry(user, inquiry.id)


def test_every_role_sees_a_linkage_only_if_it_is_a_party_a_committee_or_admin(everyone, records):
    _, linkage = records
    seen = {name for name, user in everyone.items() if can_view_linkage(user, linkage)}
    assert seen == LINKAGE_SEES


@pytest.mark.parametrize("kind", ["inquiry", "linkage"])
def test_pages_answer_200_to_those_who_may_see_and_404_to_everyone_else(everyone, records, client, login, kind):
    inquiry, linkage = records
    url, allowed = ((f"/linkage/inquiries/{inquiry.id}", INQUIRY_SEES) if kind == "inquiry"
                    else (f"/linkage/linkages/{linkage.id}", LINKAGE_SEES))
    assert client.get(url).status_code == 302  # visitors are sent to sign in
    for name, user in everyone.items():
        login(user)
        status = client.get(url).status_code
        assert status == (200 if name in allowed else 404), name


def test_reviewers_see_their_own_committee_dashboard_only(everyone, client, login, world):
    code_a, code_b = world["committee_a"].code, world["committee_b"].code
    expected = {
        "reviewer_a": {code_a: 200, code_b: 403, "all": 403},
        "reviewer_b": {code_a: 403, code_b: 200, "all": 403},
        "admin": {code_a: 200, code_b: 200, "all": 200},
        "manager_a": {code_a: 403, code_b: 403, "all": 403},
        "buyer": {code_a: 403, code_b: 403, "all": 403},
    }
    for name, answers in expected.items():
        login(everyone[name])
        for code, status in answers.items():
            url = "/reports/all" if code == "all" else f"/reports/committees/{code}"
            assert client.get(url).status_code == status, (name, code)
            export = "/reports/all/export.xlsx" if code == "all" else f"/reports/committees/{code}/export.xlsx"
            assert client.get(export).status_code == status, (name, code, "export")


def test_a_reviewer_cannot_confirm_or_cancel(everyone, records, client, login, world):
    _, linkage = records
    login(world["reviewer_a"])
    response = client.post(f"/linkage/linkages/{linkage.id}/cancel", data={"reason": "Không hợp lệ"})
    assert response.status_code == 403
    assert linkage.status.value == "confirmed"
