"""An account lists offerings and sends inquiries only once its e-mail address is confirmed."""
import re
from email import message_from_bytes, policy

import flask_migrate
import pytest

from directory.models import Role, User
from directory.services.permissions import can_list_offerings, can_trade


def mailed_link(outbox, path: str) -> str:
    links = []
    for mail in sorted(outbox.glob("*.eml")):
        body = message_from_bytes(mail.read_bytes(), policy=policy.default).get_body().get_content()
        links += re.findall(rf"(?:https?://[^/\s]+)?({path}[\w.\-]+)", body)
    return links[-1]


def signup(client):
    return client.post("/account/signup", data=dict(full_name="Nguyễn Thị Thu Hà", email="thuha@example.vn",
                                                    password="mat-khau-rat-dai", confirm="mat-khau-rat-dai"),
                       follow_redirects=True)


@pytest.fixture
def new_member(client, db, outbox, make_enterprise):
    """A new sign-up, then attached to an approved member enterprise (as an invitation would)."""
    page = signup(client).get_data(as_text=True)
    user = db.session.scalar(db.select(User).where(User.email == "thuha@example.vn"))
    user.enterprise = make_enterprise()
    db.session.commit()
    return user, page


def test_signup_mails_a_confirmation_link_and_says_so(new_member, outbox):
    user, page = new_member
    assert user.email_confirmed_at is None
    assert "gửi thư xác nhận tới thuha@example.vn" in page
    assert "Gửi lại thư xác nhận" in page  # the reminder with its resend button
    assert mailed_link(outbox, "/account/confirm/")


def test_an_unconfirmed_account_can_neither_list_nor_inquire_until_it_confirms(client, new_member, outbox, db):
    user, _page = new_member
    for url in ("/workspace/offerings/new", f"/linkage/inquiries/new?enterprise={user.enterprise.slug}"):
        refused = client.get(url)
        assert refused.status_code == 403
        assert "Hãy xác nhận địa chỉ e-mail" in refused.get_data(as_text=True)
    assert not can_trade(user) and not can_list_offerings(user, user.enterprise)

    confirmed = client.get(mailed_link(outbox, "/account/confirm/"), follow_redirects=True)
    assert "đã được xác nhận" in confirmed.get_data(as_text=True)
    db.session.refresh(user)
    assert user.email_confirmed_at is not None
    assert client.get("/workspace/offerings/new").status_code == 200
    assert "Gửi lại thư xác nhận" not in client.get("/workspace/").get_data(as_text=True)


def test_resend_mails_a_new_link(client, new_member, outbox):
    before = len(list(outbox.glob("*.eml")))
    page = client.post("/account/confirm/resend", follow_redirects=True).get_data(as_text=True)
    assert "Đã gửi lại thư xác nhận" in page
    assert len(list(outbox.glob("*.eml"))) == before + 1


@pytest.mark.parametrize("token", ["abc.def.ghi", "%00", "x" * 5000])
def test_a_bad_confirmation_link_is_refused_politely(client, token):
    response = client.get(f"/account/confirm/{token}", follow_redirects=True)
    assert response.status_code in (200, 400, 404)  # a NUL never reaches the view: 400
    assert response.status_code != 200 or "không hợp lệ" in response.get_data(as_text=True)


def test_a_confirmation_link_for_an_old_address_is_refused(client, new_member, outbox, db):
    user, _page = new_member
    link = mailed_link(outbox, "/account/confirm/")
    user.email = "moi@example.vn"
    db.session.commit()
    assert "không hợp lệ" in client.get(link, follow_redirects=True).get_data(as_text=True)
    db.session.refresh(user)
    assert user.email_confirmed_at is None


def test_an_expired_confirmation_link_is_refused(app, client, new_member, outbox, monkeypatch):
    monkeypatch.setitem(app.config, "EMAIL_CONFIRMATION_MAX_AGE", -1)
    assert "hết hạn" in client.get(mailed_link(outbox, "/account/confirm/"), follow_redirects=True).get_data(as_text=True)


def test_accepting_an_invitation_confirms_the_address(client, db, make_enterprise, make_user, outbox):
    from directory.services import members

    manager = make_user(Role.MANAGER, enterprise=make_enterprise())
    members.invite_colleague(manager, manager.enterprise, "dongnghiep@example.vn")
    db.session.commit()
    response = client.post(mailed_link(outbox, "/workspace/join/"),
                           data={"full_name": "Đồng Nghiệp", "password": "mat-khau-rat-dai", "confirm": "mat-khau-rat-dai"})
    assert response.status_code == 302
    user = db.session.scalar(db.select(User).where(User.email == "dongnghiep@example.vn"))
    assert user.email_confirmed_at is not None and can_trade(user)


def test_the_migration_counts_existing_accounts_as_confirmed(make_user, db):
    make_user(email_confirmed_at=None)
    db.session.commit()
    db.session.remove()
    flask_migrate.downgrade(revision="0012-1")
    flask_migrate.upgrade()
    assert db.session.scalar(db.select(db.func.count(User.id)).where(User.email_confirmed_at.is_(None))) == 0
