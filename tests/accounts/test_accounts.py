import re
import unicodedata
from email import message_from_bytes, policy

import pytest

from directory.models import AuditEvent, User
from tests.conftest import PASSWORD


def signup(client, **overrides):
    data = dict(full_name="Nguyễn Thị Thu Hà", email="thuha@example.vn", password="mat-khau-rat-dai",
                confirm="mat-khau-rat-dai")
    return client.post("/account/signup", data={**data, **overrides}, follow_redirects=True)


def test_signup_creates_a_hashed_account_and_signs_in(client, db):
    response = signup(client)
    assert response.status_code == 200
    user = db.session.scalar(db.select(User).where(User.email == "thuha@example.vn"))
    assert user.password_hash != "mat-khau-rat-dai" and user.check_password("mat-khau-rat-dai")
    assert "Nguyễn Thị Thu Hà" in response.get_data(as_text=True)  # the navbar greets the user
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "user.register"))


def test_signup_stores_nfd_input_as_nfc(client, db):
    signup(client, full_name=unicodedata.normalize("NFD", "Đặng Văn Lâm"))
    user = db.session.scalar(db.select(User))
    assert user.full_name == unicodedata.normalize("NFC", "Đặng Văn Lâm")


def test_signup_refuses_an_email_already_registered(client, make_user, db):
    make_user(email="thuha@example.vn")
    db.session.commit()
    page = signup(client, email="ThuHa@Example.vn").get_data(as_text=True)
    assert "đã có tài khoản" in page
    assert db.session.scalar(db.select(db.func.count(User.id))) == 1


@pytest.mark.parametrize("overrides, message", [
    ({"full_name": ""}, "Hãy nhập họ và tên."),
    ({"full_name": "A" * 10_000}, "tối đa 120 ký tự"),
    ({"email": "khong-phai-email"}, "không hợp lệ"),
    ({"password": "ngan", "confirm": "ngan"}, "từ 10 đến 128 ký tự"),
    ({"confirm": "khac-han-mat-khau"}, "không khớp"),
    ({"full_name": "😀" * 50 + "<script>alert(1)</script>", "email": "x@y"}, "không hợp lệ"),
])
def test_signup_bad_input_is_answered_on_the_form(client, db, overrides, message):
    response = signup(client, **overrides)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert message in page
    assert "<script>alert(1)</script>" not in page
    assert db.session.scalar(db.select(db.func.count(User.id))) == 0


def test_login_and_logout(client, make_user, db):
    user = make_user(email="quanly@example.vn")
    db.session.commit()
    response = client.post("/account/login", data={"email": "QUANLY@example.vn", "password": PASSWORD})
    assert response.status_code == 302
    assert user.full_name in client.get("/").get_data(as_text=True)
    client.post("/account/logout")
    assert user.full_name not in client.get("/").get_data(as_text=True)


def test_login_with_a_wrong_password_says_so(client, make_user, db):
    make_user(email="quanly@example.vn")
    db.session.commit()
    page = client.post("/account/login", data={"email": "quanly@example.vn", "password": "sai-mat-khau"})
    assert "E-mail hoặc mật khẩu không đúng." in page.get_data(as_text=True)


def test_inactive_user_cannot_sign_in(client, make_user, db):
    make_user(email="nghiviec@example.vn", active=False)
    db.session.commit()
    response = client.post("/account/login", data={"email": "nghiviec@example.vn", "password": PASSWORD})
    assert response.status_code == 200


def test_login_redirects_only_to_this_site(client, make_user, db):
    make_user(email="quanly@example.vn")
    db.session.commit()
    data = {"email": "quanly@example.vn", "password": PASSWORD}
    assert client.post("/account/login?next=//evil.example/x", data=data).headers["Location"] == "/"
    client.post("/account/logout")
    assert client.post("/account/login?next=/account/notifications", data=data).headers["Location"] == "/account/notifications"


def _reset_link(outbox) -> str:
    [mail] = sorted(outbox.glob("*.eml"))
    body = message_from_bytes(mail.read_bytes(), policy=policy.default).get_body().get_content()
    return re.search(r"http://localhost(/account/reset/\S+)", body).group(1)


def test_password_reset_link_works_once(client, make_user, db, outbox):
    make_user(email="quenmatkhau@example.vn")
    db.session.commit()
    client.post("/account/forgot", data={"email": "quenmatkhau@example.vn"})
    link = _reset_link(outbox)
    response = client.post(link, data={"password": "mat-khau-moi-123", "confirm": "mat-khau-moi-123"})
    assert response.status_code == 302
    assert client.post("/account/login", data={"email": "quenmatkhau@example.vn",
                                               "password": "mat-khau-moi-123"}).status_code == 302
    client.post("/account/logout")
    again = client.get(link, follow_redirects=True).get_data(as_text=True)
    assert "đã được dùng" in again


def test_password_reset_link_expires(app, client, make_user, db, outbox, monkeypatch):
    make_user(email="quenmatkhau@example.vn")
    db.session.commit()
    client.post("/account/forgot", data={"email": "quenmatkhau@example.vn"})
    link = _reset_link(outbox)
    monkeypatch.setitem(app.config, "PASSWORD_RESET_MAX_AGE", -1)
    assert "hết hạn" in client.get(link, follow_redirects=True).get_data(as_text=True)


def test_forgot_password_does_not_reveal_whether_an_account_exists(client, db, outbox):
    response = client.post("/account/forgot", data={"email": "khongco@example.vn"}, follow_redirects=True)
    assert "Nếu e-mail này có tài khoản" in response.get_data(as_text=True)
    assert list(outbox.glob("*.eml")) == []


def test_tampered_reset_token_is_refused(client):
    response = client.get("/account/reset/abc.def.ghi", follow_redirects=True)
    assert "không hợp lệ" in response.get_data(as_text=True)
