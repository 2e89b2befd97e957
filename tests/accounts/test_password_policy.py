"""The password policy: 10 characters at least, no common password, not the e-mail address.
Refused with its reason at sign-up, reset, password change, invitation and in the admin CLI."""
import re
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from directory.demo.loader import DEMO_PASSWORD
from directory.models import User
from directory.services import passwords
from tests.conftest import PASSWORD

TOO_SHORT = "Mật khẩu cần từ 10 đến 128 ký tự."
COMMON = "Mật khẩu này quá phổ biến"
IS_EMAIL = "Mật khẩu không được là địa chỉ e-mail"

REFUSED = [
    ("12345678", TOO_SHORT),  # the two the outside test got accepted
    ("aaaaaaaa", TOO_SHORT),
    ("x" * 129, TOO_SHORT),
    ("matkhau123", COMMON),
    ("MatKhau@123", COMMON),  # compared in lower case
    ("123456789a", COMMON),
    ("1q2w3e4r5t", COMMON),
    ("password123", COMMON),
    ("aaaaaaaaaaaaaa", COMMON),  # too few different characters
    ("thuha.nguyen@example.vn", IS_EMAIL),
    ("thuha.nguyen", IS_EMAIL),
    ("Thuha.Nguyen99", IS_EMAIL),
]


@pytest.mark.parametrize("password, reason", REFUSED)
def test_signup_refuses_weak_passwords_with_the_reason(client, db, password, reason):
    response = client.post("/account/signup", data=dict(full_name="Nguyễn Thu Hà", email="thuha.nguyen@example.vn",
                                                         password=password, confirm=password))
    assert response.status_code == 200
    assert reason in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(User.id))) == 0


@pytest.mark.parametrize("password", [PASSWORD, "mat-khau-rat-dai", "Hà Nội mùa thu 2025", DEMO_PASSWORD])
def test_good_passwords_pass(password):
    assert passwords.problem(password, "thuha.nguyen@example.vn") is None


def test_the_demo_password_is_the_one_the_readme_names_and_passes_the_policy():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert f"password `{DEMO_PASSWORD}`" in readme
    emails = re.findall(r"`([\w.]+@ketnoi\.vn)`", readme)
    assert len(emails) >= 7
    assert all(passwords.problem(DEMO_PASSWORD, email) is None for email in emails)


def test_the_list_is_shipped_and_holds_vietnamese_patterns():
    common = passwords._common()
    assert len(common) > 3000
    assert {"matkhau123", "anhyeuem123", "123456789a", "qwertyuiop"} <= common


def test_english_message(client, db):
    client.get("/language/en?next=/")
    page = client.post("/account/signup", data=dict(full_name="Thu Ha", email="thuha@example.vn",
                                                    password="matkhau123", confirm="matkhau123")).get_data(as_text=True)
    assert "This password is too common" in page


def test_reset_refuses_a_weak_password_and_keeps_the_old_one(client, make_user, db, outbox):
    user = make_user(email="quenmatkhau@example.vn")
    db.session.commit()
    client.post("/account/forgot", data={"email": "quenmatkhau@example.vn"})
    [mail] = outbox.glob("*.eml")
    body = message_from_bytes(mail.read_bytes(), policy=policy.default).get_body().get_content()
    link = re.search(r"http://localhost(/account/reset/\S+)", body).group(1)
    for password, reason in (("123456789", TOO_SHORT), ("iloveyou123", COMMON), ("quenmatkhau", IS_EMAIL)):
        response = client.post(link, data={"password": password, "confirm": password})
        assert response.status_code == 200 and reason in response.get_data(as_text=True)
    db.session.refresh(user)
    assert user.check_password(PASSWORD)


def test_password_change_refuses_a_weak_password(client, login, make_user, db):
    user = make_user(email="quanly@example.vn")
    db.session.commit()
    login(user)
    page = client.post("/account/password", data={"current": PASSWORD, "password": "quanly@example.vn",
                                                   "confirm": "quanly@example.vn"}).get_data(as_text=True)
    assert IS_EMAIL in page
    db.session.refresh(user)
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize("password, reason", [("ngan-qua", TOO_SHORT), ("matkhau@123", COMMON),
                                              ("admin@ketnoi.vn", IS_EMAIL)])
def test_admin_cli_refuses_weak_passwords(app, db, password, reason):
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "admin@ketnoi.vn", "--password", password])
    assert result.exit_code != 0 and reason in result.output
    assert db.session.scalar(db.select(db.func.count(User.id))) == 0


def test_admin_cli_creates_a_confirmed_administrator(app, db):
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "admin@ketnoi.vn", "--password",
                                                "mat-khau-quan-tri"])
    assert result.exit_code == 0, result.output
    admin = db.session.scalar(db.select(User))
    assert admin.email_confirmed_at is not None
