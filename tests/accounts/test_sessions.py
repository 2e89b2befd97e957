"""Sign-ins end for real: a copy of the old cookies, replayed in a fresh browser, opens nothing
after sign-out, after a password reset or change, after "sign out everywhere"."""
import re
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

import pytest
from werkzeug.security import generate_password_hash

from directory.models import LoginSession, Role
from directory.models.base import utcnow
from tests.conftest import PASSWORD

COOKIES = ("session", "remember_token")


@pytest.fixture
def manager(db, make_user, make_enterprise):
    user = make_user(Role.MANAGER, email="quanly@example.vn", enterprise=make_enterprise())
    user.password_hash = generate_password_hash(PASSWORD, "pbkdf2:sha256:1")  # many sign-ins, each fast
    db.session.commit()
    return user


@pytest.fixture
def new_client(app):
    """A fresh test client: another browser, or an attacker holding copied cookies."""
    return app.test_client


def sign_in(client, remember=True):
    response = client.post("/account/login", data={"email": "quanly@example.vn", "password": PASSWORD,
                                                   "remember": "y" if remember else ""})
    assert response.status_code == 302
    return {name: client.get_cookie(name).value for name in COOKIES if client.get_cookie(name)}


def opens_workspace(new_client, cookies: dict) -> bool:
    client = new_client()
    for name, value in cookies.items():
        client.set_cookie(name, value)
    response = client.get("/workspace/")
    assert response.status_code in (200, 302)
    return response.status_code == 200


def test_a_copy_of_the_cookies_works_while_signed_in(client, new_client, manager):
    """The replay below is a real one: before sign-out each copied cookie opens the workspace alone."""
    cookies = sign_in(client)
    assert set(cookies) == set(COOKIES)
    assert opens_workspace(new_client, {"session": cookies["session"]})
    assert opens_workspace(new_client, {"remember_token": cookies["remember_token"]})


def test_sign_out_ends_the_old_session_and_remember_cookies(client, new_client, manager):
    cookies = sign_in(client)
    client.post("/account/logout")
    assert not opens_workspace(new_client, {"session": cookies["session"]})
    assert not opens_workspace(new_client, {"remember_token": cookies["remember_token"]})


def test_sign_out_leaves_the_other_browsers_signed_in(client, new_client, manager):
    other = new_client()
    sign_in(other)
    sign_in(client)
    client.post("/account/logout")
    assert other.get("/workspace/").status_code == 200


def _reset_link(outbox) -> str:
    [mail] = sorted(outbox.glob("*.eml"))
    body = message_from_bytes(mail.read_bytes(), policy=policy.default).get_body().get_content()
    return re.search(r"http://localhost(/account/reset/\S+)", body).group(1)


def test_password_reset_ends_every_session_and_remember_cookie(client, new_client, manager, outbox):
    cookies = sign_in(client)
    elsewhere = new_client()
    elsewhere.post("/account/forgot", data={"email": "quanly@example.vn"})
    response = elsewhere.post(_reset_link(outbox), data={"password": "mat-khau-moi-2025", "confirm": "mat-khau-moi-2025"})
    assert response.status_code == 302
    assert client.get("/workspace/").status_code == 302
    assert not opens_workspace(new_client, {"session": cookies["session"]})
    assert not opens_workspace(new_client, {"remember_token": cookies["remember_token"]})


def test_sign_out_everywhere_ends_every_session(client, new_client, manager):
    other = new_client()
    other_cookies = sign_in(other)
    cookies = sign_in(client)
    assert client.post("/account/sign-out-everywhere").status_code == 302
    assert other.get("/workspace/").status_code == 302
    for copied in (cookies, other_cookies):
        assert not opens_workspace(new_client, copied)
        assert not opens_workspace(new_client, {"remember_token": copied["remember_token"]})


def test_password_change_keeps_this_browser_and_ends_the_others(client, new_client, manager, db):
    other = new_client()
    other_cookies = sign_in(other)
    sign_in(client)
    response = client.post("/account/password", data={"current": PASSWORD, "password": "mat-khau-moi-2025",
                                                        "confirm": "mat-khau-moi-2025"})
    assert response.status_code == 302
    assert client.get("/workspace/").status_code == 200
    assert other.get("/workspace/").status_code == 302
    assert not opens_workspace(new_client, {"remember_token": other_cookies["remember_token"]})
    db.session.refresh(manager)
    assert manager.check_password("mat-khau-moi-2025")


def test_password_change_needs_the_current_password(client, manager, db):
    sign_in(client)
    page = client.post("/account/password", data={"current": "sai-mat-khau", "password": "mat-khau-moi-2025",
                                                   "confirm": "mat-khau-moi-2025"}).get_data(as_text=True)
    assert "Mật khẩu hiện tại không đúng." in page
    db.session.refresh(manager)
    assert manager.check_password(PASSWORD)


def test_a_sign_in_expires_after_the_remember_duration(app, client, new_client, manager, db):
    cookies = sign_in(client)
    db.session.execute(db.update(LoginSession).values(
        created_at=utcnow() - app.config["REMEMBER_COOKIE_DURATION"] - timedelta(minutes=1)))
    db.session.commit()
    assert not opens_workspace(new_client, {"remember_token": cookies["remember_token"]})
    assert client.get("/workspace/").status_code == 302


def test_the_server_keeps_only_a_hash_of_each_sign_in_key(client, manager, db):
    sign_in(client)
    [row] = db.session.scalars(db.select(LoginSession)).all()
    with client.session_transaction() as session:
        key = session["_user_id"]
    assert row.user_id == manager.id and key not in row.key_hash and len(key) >= 40


def test_remember_cookie_is_http_only_same_site_and_lasts_30_days(client, manager):
    response = client.post("/account/login", data={"email": "quanly@example.vn", "password": PASSWORD, "remember": "y"})
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("remember_token=")]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    expires = parsedate_to_datetime(re.search(r"Expires=([^;]+)", cookie).group(1))
    assert 29 <= (expires - datetime.now(timezone.utc)).days <= 30


def test_remember_cookie_is_secure_whenever_the_session_cookie_is(monkeypatch):
    import importlib

    import directory.config as config

    monkeypatch.setenv("SESSION_COOKIE_SECURE", "true")
    try:
        reloaded = importlib.reload(config)
        assert reloaded.Config.SESSION_COOKIE_SECURE is True and reloaded.Config.REMEMBER_COOKIE_SECURE is True
    finally:
        monkeypatch.delenv("SESSION_COOKIE_SECURE")
        importlib.reload(config)
