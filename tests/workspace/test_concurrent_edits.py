"""Concurrent edits: real threads, each request with its own app context and session.

Every edit form carries the version it was loaded at; of two saves at the same version exactly
one passes and the other answers 409 with the user's input kept. An offering or profile has at
most one pending revision, whatever the timing.
"""
import pytest

from directory.extensions import db as _db
from directory.models import Committee, Enterprise, Offering, Revision, Role, Status, User
from directory.services import lifecycle, offerings
from tests.conftest import run_together

ROUNDS = 10


def offering_form(offering, **overrides) -> dict:
    data = {"kind": "product", "title": offering.title, "description": offering.description, "unit": "tấn",
            "price_mode": "exact", "price_min": "15.500.000", "version": str(offering.version)}
    return {**data, **overrides}


def profile_form(enterprise, **overrides) -> dict:
    data = {"legal_name": enterprise.legal_name, "short_name": enterprise.short_name, "ownership": "joint_stock",
            "address_line": enterprise.address_line, "province_code": "01", "phone": "024 3825 1234",
            "email": enterprise.email, "employee_band": "", "version": str(enterprise.version)}
    return {**data, **overrides}


def pending_count(kind: str, target_id: int) -> int:
    _db.session.expire_all()
    return _db.session.scalar(_db.select(_db.func.count(Revision.id)).where(
        Revision.target_type == kind, Revision.target_id == target_id, Revision.status == Status.PENDING))


def statuses(results) -> list:
    """Status codes in order, or the exception a request raised (a 500 in production)."""
    return sorted((r if isinstance(r, Exception) else r.status_code for r in results), key=str)


# ---- races with real threads --------------------------------------------------------------

def test_double_submitted_offering_edit_leaves_exactly_one_pending_revision(world, make_offering, db, client_for):
    tabs = [client_for(world["staff_a"]), client_for(world["staff_a"])]
    for round_ in range(ROUNDS):
        offering = make_offering(enterprise=world["a"])
        db.session.commit()
        url, data = f"/workspace/offerings/{offering.id}/edit", offering_form(offering, title=f"Thép D12 lần {round_}")
        results = run_together(*(lambda tab=tab: tab.post(url, data=data) for tab in tabs))
        assert pending_count("offering", offering.id) == 1, f"round {round_}: {results}"
        assert statuses(results) == [302, 409], f"round {round_}: {results}"


def test_two_colleagues_saving_an_offering_loaded_at_the_same_version(world, make_offering, db, client_for):
    colleagues = [client_for(world["manager_a"]), client_for(world["staff_a"])]
    for round_ in range(ROUNDS):
        offering = make_offering(enterprise=world["a"], status=Status.DRAFT)
        db.session.commit()
        url, offering_id = f"/workspace/offerings/{offering.id}/edit", offering.id
        titles = [f"Bản của quản lý {round_}", f"Bản của nhân viên {round_}"]
        forms = [offering_form(offering, title=t) for t in titles]  # read here, not in the threads
        results = run_together(*(lambda c=c, f=f: c.post(url, data=f) for c, f in zip(colleagues, forms)))
        assert statuses(results) == [302, 409], f"round {round_}: {results}"
        winner = titles[[r.status_code for r in results].index(302)]
        db.session.expire_all()
        assert db.session.get(Offering, offering_id).title == winner, f"round {round_}: the loser overwrote"


def test_two_managers_saving_an_approved_profile_loaded_at_the_same_version(world, make_user, db, client_for):
    second = make_user(Role.MANAGER, enterprise=world["a"])
    db.session.commit()
    managers = [client_for(world["manager_a"]), client_for(second)]
    for round_ in range(ROUNDS):
        db.session.expire_all()
        enterprise = db.session.get(Enterprise, world["a"].id)
        descriptions = [f"Giới thiệu của người thứ nhất {round_}", f"Giới thiệu của người thứ hai {round_}"]
        forms = [profile_form(enterprise, description=d) for d in descriptions]  # read here, not in the threads
        results = run_together(*(lambda c=c, f=f: c.post("/workspace/profile", data=f) for c, f in zip(managers, forms)))
        assert statuses(results) == [302, 409], f"round {round_}: {results}"
        winner = descriptions[[r.status_code for r in results].index(302)]
        assert pending_count("enterprise", enterprise.id) == 1
        assert lifecycle.pending_revision(enterprise).proposed["description"] == winner, f"round {round_}"


def test_concurrent_first_revisions_end_as_one_pending_row(app, world, make_offering, db):
    """Without the form's version (a service caller): the partial unique index catches the race
    and the second proposal updates the first one's row in place."""
    for round_ in range(ROUNDS):
        offering = make_offering(enterprise=world["a"])
        db.session.commit()
        ids = (offering.id, world["staff_a"].id, world["manager_a"].id)

        def propose(user_id, title):
            with app.app_context():
                record, user = _db.session.get(Offering, ids[0]), _db.session.get(User, user_id)
                lifecycle.propose_revision(user, record, dict(offerings.editable_values(record), title=title))
                _db.session.commit()
                return "ok"

        results = run_together(lambda: propose(ids[1], "Một"), lambda: propose(ids[2], "Hai"))
        assert results == ["ok", "ok"], f"round {round_}: {results}"
        assert pending_count("offering", ids[0]) == 1, f"round {round_}"


# ---- the 409 page and the version the form carries ---------------------------------------

def test_stale_save_answers_409_with_what_changed_and_keeps_the_input(world, make_offering, db, client, login):
    offering = make_offering(enterprise=world["a"], status=Status.DRAFT, title="Thép cuộn D10")
    db.session.commit()
    seen = offering.version
    login(world["manager_a"])
    form = client.get(f"/workspace/offerings/{offering.id}/edit").get_data(as_text=True)
    assert f'name="version" type="hidden" value="{seen}"' in form
    assert client.post(f"/workspace/offerings/{offering.id}/edit",
                       data=offering_form(offering, title="Tên của đồng nghiệp", unit="cuộn")).status_code == 302
    response = client.post(f"/workspace/offerings/{offering.id}/edit",
                           data=offering_form(offering, title="Tên của tôi", version=str(seen)))
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "đã lưu thay đổi sau khi bạn mở biểu mẫu" in page
    assert 'value="Tên của tôi"' in page  # the input is kept
    assert "Tên của đồng nghiệp" in page and "cuộn" in page  # the current values, in the diff
    db.session.expire_all()
    offering = db.session.get(Offering, offering.id)
    assert offering.title == "Tên của đồng nghiệp"
    assert f'name="version" type="hidden" value="{offering.version}"' in page  # saving again applies
    again = client.post(f"/workspace/offerings/{offering.id}/edit",
                        data=offering_form(offering, title="Tên của tôi"))
    assert again.status_code == 302
    db.session.expire_all()
    assert db.session.get(Offering, offering.id).title == "Tên của tôi"


def test_stale_profile_save_in_english_says_so(world, db, client, login):
    login(world["manager_a"])
    enterprise = world["a"]
    stale = profile_form(enterprise, description="Mô tả cũ", version=str(enterprise.version - 1))
    with client.session_transaction() as session:
        session["lang"] = "en"
    response = client.post("/workspace/profile", data=stale)
    assert response.status_code == 409
    assert "saved a change after you opened this form" in response.get_data(as_text=True)
    assert lifecycle.pending_revision(enterprise) is None


@pytest.mark.parametrize("version", [None, "", "abc", "1.0", "-1", "²", "9" * 30])
def test_missing_or_non_numeric_version_is_a_conflict(world, make_offering, db, client, login, version):
    offering = make_offering(enterprise=world["a"], status=Status.DRAFT)
    db.session.commit()
    login(world["manager_a"])
    data = offering_form(offering, title="Không được lưu")
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    assert client.post(f"/workspace/offerings/{offering.id}/edit", data=data).status_code == 409
    profile = profile_form(world["a"], description="Không được lưu")
    profile.pop("version") if version is None else profile.update(version=version)
    assert client.post("/workspace/profile", data=profile).status_code == 409
    db.session.expire_all()
    assert db.session.get(Offering, offering.id).title != "Không được lưu"
    assert lifecycle.pending_revision(world["a"]) is None


@pytest.mark.parametrize("version", [None, "abc", "0"])
def test_non_numeric_version_does_not_skip_the_check_of_a_state_change(world, make_offering, db, client, login,
                                                                        version):
    offering = make_offering(enterprise=world["a"], status=Status.DRAFT)
    db.session.commit()
    login(world["manager_a"])
    response = client.post(f"/workspace/offerings/{offering.id}/submit",
                           data={} if version is None else {"version": version}, follow_redirects=True)
    assert "đã được người khác xử lý hoặc vừa được sửa" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Offering, offering.id).status == Status.DRAFT


def test_admin_committee_form_answers_409_on_a_stale_version(world, db, client, login):
    committee = world["committee_a"]
    login(world["admin"])
    data = {"code": committee.code, "name": "Tên mới của quản trị viên", "province_code": "01", "active": "y"}
    assert f'name="version" type="hidden" value="{committee.version}"' in client.get(
        f"/admin/committees/{committee.id}").get_data(as_text=True)
    assert client.post(f"/admin/committees/{committee.id}",
                       data={**data, "version": str(committee.version)}).status_code == 302
    response = client.post(f"/admin/committees/{committee.id}", data={**data, "name": "Tên khác",
                                                                      "version": str(committee.version)})
    assert response.status_code == 409
    assert "Tên mới của quản trị viên" in response.get_data(as_text=True)
    assert client.post(f"/admin/committees/{committee.id}", data={**data, "version": "x"}).status_code == 409
    db.session.expire_all()
    assert db.session.get(Committee, committee.id).name == "Tên mới của quản trị viên"


def test_admin_user_form_answers_409_on_a_stale_version(world, db, client, login):
    user = world["staff_a"]
    login(world["admin"])
    data = {"role": "manager", "committee_id": "0", "enterprise_id": str(world["a"].id), "active": "y"}
    assert f'name="version" type="hidden" value="{user.version}"' in client.get(
        f"/admin/users/{user.id}").get_data(as_text=True)
    assert client.post(f"/admin/users/{user.id}", data={**data, "version": str(user.version)}).status_code == 302
    stale = client.post(f"/admin/users/{user.id}", data={**data, "role": "staff", "active": "",
                                                         "version": str(user.version)})
    assert stale.status_code == 409
    assert "Người quản lý" in stale.get_data(as_text=True) or "quản lý" in stale.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, user.id).role == Role.MANAGER
