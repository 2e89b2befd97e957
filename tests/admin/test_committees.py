import pytest

from directory.models import AuditEvent, Role, User
from directory.services.committees import merge_committee, update_committee
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
    assert {e.action for e in events} == {"committee.merge", "enterprise.committee_merge"}


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


def test_merge_through_the_page(client, world, login, db):
    login(world["admin"])
    response = client.post(f"/admin/committees/{world['committee_b'].id}/merge",
                           data={"merge-target_id": world["committee_a"].id}, follow_redirects=True)
    assert "1 doanh nghiệp được chuyển" in response.get_data(as_text=True)


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
