import pytest

from directory.models import AuditEvent, Committee, Offering, Role, Status, User
from directory.services.committees import (create_committee, merge_committee, merge_preview, successor,
                                           update_committee)
from directory.services.errors import DomainError, NotAuthorized


def test_merge_moves_enterprises_and_reviewers_and_retires_the_source(world, db):
    source, target = world["committee_b"], world["committee_a"]
    moved = merge_committee(world["admin"], source, target)
    db.session.commit()
    assert moved == 1
    assert world["b"].committee_id == target.id
    assert world["reviewer_b"].committee_id == target.id
    assert source.active is False and source.merged_into_id == target.id
    events = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action.like("%merge"))).all()
    assert [e.action for e in events] == ["committee.merge"]  # one event for the merge, not one per enterprise
    assert events[0].after["enterprise_ids"] == [world["b"].id]
    assert events[0].after["reviewer_ids"] == [world["reviewer_b"].id]
    assert events[0].after["moved"]["enterprises"] == 1 and events[0].after["moved"]["reviewers"] == 1


@pytest.mark.parametrize("actor", ["reviewer_a", "manager_a", "buyer"])
def test_only_administrators_merge(world, actor):
    with pytest.raises(NotAuthorized, match="không có quyền thực hiện"):
        merge_committee(world[actor], world["committee_b"], world["committee_a"])


def test_merge_into_itself_or_into_a_retired_committee_is_refused(world, db):
    with pytest.raises(DomainError, match="chính nó"):
        merge_committee(world["admin"], world["committee_a"], world["committee_a"])
    merge_committee(world["admin"], world["committee_b"], world["committee_a"])
    with pytest.raises(DomainError, match="ngừng hoạt động"):
        merge_committee(world["admin"], world["committee_a"], world["committee_b"])


def test_rename_keeps_a_before_and_after_in_the_audit(world, db):
    update_committee(world["admin"], world["committee_a"], world["committee_a"].version,
                     name="Đảng ủy Các cơ quan và Doanh nghiệp")
    event = db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "committee.update"))
    assert event.after == {"name": "Đảng ủy Các cơ quan và Doanh nghiệp"}
    assert event.before["name"].startswith("Đảng ủy Khối")


def test_committee_code_must_be_unique(world):
    with pytest.raises(DomainError, match="đã được dùng"):
        update_committee(world["admin"], world["committee_a"], world["committee_a"].version,
                         code=world["committee_b"].code)


def test_admin_pages_are_for_administrators_only(client, world, login):
    assert client.get("/admin/").status_code == 302  # visitors are sent to sign in
    login(world["reviewer_a"])
    assert client.get("/admin/committees").status_code == 403
    login(world["admin"])
    assert world["committee_a"].name in client.get("/admin/committees").get_data(as_text=True)


def test_merge_through_the_page_confirms_first(client, world, login, db):
    login(world["admin"])
    source, target = world["committee_b"], world["committee_a"]
    url = f"/admin/committees/{source.id}/merge"
    page = client.post(url, data={"merge-target_id": target.id}).get_data(as_text=True)
    assert source.name in page and target.name in page  # the confirmation names both
    assert "Cán bộ duyệt" in page and "Mục đang chờ duyệt" in page
    db.session.expire_all()
    assert db.session.get(Committee, source.id).merged_into_id is None  # nothing happened yet
    response = client.post(url, data={"merge-target_id": target.id, "merge-confirmed": "1"}, follow_redirects=True)
    assert "1 doanh nghiệp được chuyển" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Committee, source.id).merged_into_id == target.id


def test_merge_target_has_no_default(client, world, login, db):
    login(world["admin"])
    page = client.get(f"/admin/committees/{world['committee_b'].id}").get_data(as_text=True)
    select = page[page.index('<select class="form-select" id="merge-target_id"'):]
    assert "required" in select[:select.index(">")]
    first = select[select.index("<option"):select.index("</option>")]
    assert 'value=""' in first
    response = client.post(f"/admin/committees/{world['committee_b'].id}/merge", data={"merge-target_id": ""},
                           follow_redirects=True)
    assert "Hãy chọn đơn vị nhận" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Committee, world["committee_b"].id).merged_into_id is None


def test_merge_preview_counts_what_moves(world, db, make_offering):
    source = world["committee_b"]
    make_offering(world["b"], status=Status.PENDING)
    world["b"].status = Status.PENDING
    db.session.commit()
    preview = merge_preview(world["admin"], source)
    offerings = db.session.scalar(db.select(db.func.count(Offering.id)).where(Offering.enterprise_id == world["b"].id))
    assert (preview.enterprises, preview.offerings, preview.reviewers) == (1, offerings, 1)
    assert preview.pending == 2  # the enterprise and the offering waiting for a decision
    with pytest.raises(NotAuthorized):
        merge_preview(world["reviewer_b"], source)


def test_old_keys_lead_to_the_survivor(client, world, login, db):
    source, target = world["committee_b"], world["committee_a"]
    merge_committee(world["admin"], source, target)
    db.session.commit()
    assert client.get("/committees/khoi-b?page=2").headers["Location"].endswith("/committees/khoi-a?page=2")
    assert client.get("/committees/khoi-b").status_code == 301
    response = client.get("/search/?q=thep&committee=khoi-b")
    assert response.status_code == 301
    assert "committee=khoi-a" in response.headers["Location"] and "q=thep" in response.headers["Location"]
    response = client.get("/api/v1/search?committee=khoi-b")
    assert response.status_code == 301 and "committee=khoi-a" in response.headers["Location"]
    assert client.get("/search/?committee=khoi-a").status_code == 200  # the survivor's own key stays
    for junk in ("code=x", "_external=1&_scheme=https", "page=%FF"):  # passed on as they came, never a 500
        response = client.get(f"/committees/khoi-b?{junk}", headers={"Host": "localhost"})
        assert response.status_code == 301 and response.headers["Location"] == f"/committees/khoi-a?{junk}", junk
    login(world["admin"])
    for path in ("", "/print", "/export.xlsx", "/catalogue"):
        response = client.get(f"/reports/committees/khoi-b{path}?start=2025-01-01")
        assert response.status_code == 301, path
        assert response.headers["Location"].startswith(f"/reports/committees/khoi-a{path}?start=2025-01-01")


def test_a_chain_of_merges_and_a_new_code_lead_to_the_newest_key(client, world, db, make_committee):
    a, b = world["committee_a"], world["committee_b"]
    c = make_committee(code="khoi-c")
    merge_committee(world["admin"], b, a)
    merge_committee(world["admin"], a, c)
    update_committee(world["admin"], c, c.version, code="khoi-moi")
    db.session.commit()
    for old in ("khoi-a", "khoi-b", "khoi-c"):
        assert successor(old).id == c.id
        assert client.get(f"/committees/{old}").headers["Location"].endswith("/committees/khoi-moi")
    assert successor("khoi-moi") is None and successor("khong-co") is None
    assert client.get("/committees/khong-co").status_code == 404


def test_a_new_committee_may_take_a_key_that_was_retired_by_a_new_code(world, db, client):
    a = world["committee_a"]
    update_committee(world["admin"], a, a.version, code="khoi-a-moi")
    create_committee(world["admin"], code="khoi-a", name="Đảng ủy Khối mới", province_code="01", active=True)
    db.session.commit()
    assert successor("khoi-a") is None
    assert client.get("/committees/khoi-a").status_code == 200


def test_admin_cannot_demote_themself(client, world, login, db):
    login(world["admin"])
    response = client.post(f"/admin/users/{world['admin'].id}",
                           data={"role": "staff", "active": "y", "committee_id": 0, "enterprise_id": 0,
                                 "version": world["admin"].version})
    assert "tự bỏ quyền quản trị" in response.get_data(as_text=True)
    assert db.session.get(User, world["admin"].id).role == Role.ADMIN


def test_admin_makes_a_user_reviewer_of_a_committee(client, world, login, db):
    login(world["admin"])
    target = world["manager_b"]
    response = client.post(f"/admin/users/{target.id}", data={
        "role": "reviewer", "active": "y", "committee_id": world["committee_b"].id, "enterprise_id": world["b"].id,
        "version": target.version})
    assert response.status_code == 302
    db.session.expire_all()
    user = db.session.get(User, target.id)
    assert user.role == Role.REVIEWER and user.committee_id == world["committee_b"].id and user.enterprise_id is None
