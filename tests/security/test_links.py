"""Links that leave the site are built on BASE_URL, never on the request's Host header; with
TRUSTED_HOSTS set, any other Host is refused."""
from email import message_from_bytes, policy

import pytest

from directory.models import Inquiry, Notification
from tests.conftest import PASSWORD

EVIL = {"Host": "evil.example"}
BASE = "https://ketnoi.example.vn"


@pytest.fixture
def base_url(app, monkeypatch):
    monkeypatch.setitem(app.config, "BASE_URL", BASE)


def sign_in_on_evil_host(client, user):
    """Signs in through the form, so that the session cookie belongs to the forged host."""
    response = client.post("/account/login", data={"email": user.email, "password": PASSWORD}, headers=EVIL)
    assert response.status_code == 302


def mails(outbox) -> list[str]:
    return [message_from_bytes(f.read_bytes(), policy=policy.default).get_body().get_content()
            for f in sorted(outbox.glob("*.eml"))]


def test_password_reset_mail_links_to_the_configured_host(client, make_user, db, outbox, base_url):
    make_user(email="quen@example.vn")
    db.session.commit()
    client.post("/account/forgot", data={"email": "quen@example.vn"}, headers=EVIL)
    [body] = mails(outbox)
    assert f"{BASE}/account/reset/" in body and "evil.example" not in body


def test_invitation_mail_links_to_the_configured_host(client, world, outbox, base_url):
    sign_in_on_evil_host(client, world["manager_a"])
    client.post("/workspace/members", data={"email": "moi@example.vn"}, headers=EVIL)
    [body] = mails(outbox)
    assert f"{BASE}/workspace/join/" in body and "evil.example" not in body


def test_inquiry_notification_links_to_the_site_and_its_mail_to_the_configured_host(
        client, world, db, outbox, base_url):
    sign_in_on_evil_host(client, world["buyer"])
    response = client.post(f"/linkage/inquiries/new?offering={world['offering_a'].id}",
                           data={"subject": "Thép D10", "body": "Xin báo giá."}, headers=EVIL)
    assert response.status_code == 302
    inquiry = db.session.scalar(db.select(Inquiry))
    path = f"/linkage/inquiries/{inquiry.id}"
    links = set(db.session.scalars(db.select(Notification.link)))
    assert links == {path}  # in the app: a site path, whatever host the page is read on
    bodies = mails(outbox)
    assert len(bodies) == 2  # manager and staff of the supplier
    assert all(f"{BASE}{path}" in body and "evil.example" not in body for body in bodies)


def test_unknown_host_is_refused_when_trusted_hosts_are_set(app, client, monkeypatch):
    assert client.get("/", headers=EVIL).status_code == 200  # unset: no check (make run)
    monkeypatch.setitem(app.config, "TRUSTED_HOSTS", ["ketnoi.example.vn"])
    assert client.get("/", headers=EVIL).status_code == 400
    assert client.get("/", headers={"Host": "ketnoi.example.vn"}).status_code == 200


def test_trusted_hosts_come_from_a_comma_separated_variable(monkeypatch):
    from directory.config import _list

    monkeypatch.setenv("TRUSTED_HOSTS", " ketnoi.example.vn, .ketnoi.vn ,")
    assert _list("TRUSTED_HOSTS") == ["ketnoi.example.vn", ".ketnoi.vn"]
    monkeypatch.setenv("TRUSTED_HOSTS", "")
    assert _list("TRUSTED_HOSTS") is None
