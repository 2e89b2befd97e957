"""Colleagues: invitation by an expiring signed link, acceptance, removal, promotion."""
import email
import email.policy
import re

import pytest
from itsdangerous import URLSafeTimedSerializer

from directory.models import Invitation, Role, User
from directory.services import members
from directory.services.errors import DomainError, NotAuthorized


def _link(outbox) -> str:
    message = email.message_from_bytes(next(outbox.glob("*.eml")).read_bytes(), policy=email.policy.default)
    mail = message.get_body().get_content()
    return re.search(r"(/workspace/join/[\w.\-]+)", mail).group(1)


def test_manager_invites_and_a_new_colleague_joins_as_staff(client, login, world, outbox, db):
    login(world["manager_a"])
    response = client.post("/workspace/members", data={"email": "Dong.Nghiep@Example.vn"})
    assert response.status_code == 302
    link = _link(outbox)
    with client.session_transaction() as session:
        session.clear()
    assert world["a"].display_name in client.get(link).get_data(as_text=True)
    response = client.post(link, data={"full_name": "Trần Thị Bình", "password": "mat-khau-456",
                                       "confirm": "mat-khau-456"})
    assert response.status_code == 302
    user = db.session.scalar(db.select(User).where(User.email == "dong.nghiep@example.vn"))
    assert user.enterprise_id == world["a"].id and user.role == Role.STAFF
    # single use
    again = client.get(link, follow_redirects=True).get_data(as_text=True)
    assert "đã được dùng" in again


def test_signed_up_user_without_enterprise_accepts_while_signed_in(client, login, world, make_user, outbox, db):
    user = make_user(Role.MANAGER, email="rieng@example.vn")
    db.session.commit()
    with client.application.test_request_context():
        members.invite_colleague(world["manager_a"], world["a"], "rieng@example.vn")
    db.session.commit()
    login(user)
    assert client.post(_link(outbox)).status_code == 302
    db.session.refresh(user)
    assert user.enterprise_id == world["a"].id and user.role == Role.STAFF


def test_invitation_for_another_email_is_refused(client, login, world, make_user, outbox, db):
    other = make_user(Role.MANAGER)
    db.session.commit()
    with client.application.test_request_context():
        members.invite_colleague(world["manager_a"], world["a"], "ai-do@example.vn")
    db.session.commit()
    login(other)
    page = client.post(_link(outbox)).get_data(as_text=True)
    assert "ai-do@example.vn" in page
    db.session.refresh(other)
    assert other.enterprise_id is None


def test_expired_and_forged_links_are_refused(app, world, db):
    invitation = Invitation(enterprise_id=world["a"].id, email="x@example.vn")
    db.session.add(invitation)
    db.session.commit()
    old = URLSafeTimedSerializer(app.secret_key, salt="invitation")
    token = old.dumps({"i": invitation.id})
    app.config["INVITATION_MAX_AGE"], saved = -1, app.config["INVITATION_MAX_AGE"]
    try:
        with pytest.raises(DomainError, match="hết hạn"):
            members.invitation_for_token(token)
    finally:
        app.config["INVITATION_MAX_AGE"] = saved
    # Signed with another key: deterministic, unlike editing characters of the
    # signature (the last base64 character carries padding bits).
    forged = URLSafeTimedSerializer("another-key", salt="invitation").dumps({"i": invitation.id})
    for bad in (forged, "not-a-token", ""):
        with pytest.raises(DomainError, match="không hợp lệ"):
            members.invitation_for_token(bad)


def test_staff_cannot_invite_remove_or_promote(world, db):
    with pytest.raises(NotAuthorized, match="Chỉ người quản lý của doanh nghiệp mời được"):
        members.invite_colleague(world["staff_a"], world["a"], "a@example.vn")
    with pytest.raises(NotAuthorized, match="Chỉ người quản lý của doanh nghiệp làm được việc này"):
        members.remove_colleague(world["staff_a"], world["a"], world["manager_a"].id)
    with pytest.raises(NotAuthorized, match="Chỉ người quản lý của doanh nghiệp làm được việc này"):
        members.promote_colleague(world["staff_a"], world["a"], world["staff_a"].id)


def test_manager_promotes_then_removes_a_colleague_but_not_the_last_manager(world, db):
    members.promote_colleague(world["manager_a"], world["a"], world["staff_a"].id)
    assert world["staff_a"].role == Role.MANAGER
    members.remove_colleague(world["manager_a"], world["a"], world["staff_a"].id)
    assert world["staff_a"].enterprise_id is None
    with pytest.raises(DomainError, match="ít nhất một người quản lý"):
        members.remove_colleague(world["manager_a"], world["a"], world["manager_a"].id)


def test_removed_colleague_loses_access_to_the_workspace(client, login, world, db):
    members.remove_colleague(world["manager_a"], world["a"], world["staff_a"].id)
    db.session.commit()
    login(world["staff_a"])
    assert client.get(f"/workspace/offerings/{world['offering_a'].id}").status_code == 404
