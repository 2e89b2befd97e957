"""Sign-in is limited per account as well as per address, and costs one hash whether or not the
account exists."""
import hashlib

import pytest

from directory import create_app
from directory.config import Config
from directory.extensions import db as _db
from directory.extensions import limiter
from directory.services import accounts
from tests.conftest import PASSWORD, IsolatedClient


@pytest.fixture
def limited(app):
    """The app with rate limits on (memory storage, counts of its own). The limiter is one object
    per process: it is switched off again afterwards, as the rest of the suite expects."""
    class Limited(Config):
        pass

    for name, value in app.config.items():
        if name.isupper():
            setattr(Limited, name, value)
    Limited.RATELIMIT_ENABLED, Limited.RATELIMIT_STORAGE_URI = True, "memory://"
    limited_app = create_app(Limited)
    limited_app.test_client_class = IsolatedClient
    yield limited_app
    limiter.enabled = False
    with limited_app.app_context():
        _db.engine.dispose()


def cheap_user(make_user, email):
    """A hash that takes no time to check, so that many sign-ins stay fast (the count is the point)."""
    from werkzeug.security import generate_password_hash

    user = make_user(email=email)
    user.password_hash = generate_password_hash(PASSWORD, "pbkdf2:sha256:1")
    return user


def attempt(app, email, password, address, **client_options):
    client = app.test_client(**client_options)
    return client.post("/account/login", data={"email": email, "password": password},
                       environ_base={"REMOTE_ADDR": address})


def test_repeated_failures_lock_the_account_from_any_address(limited, make_user, db):
    cheap_user(make_user, "quanly@example.vn")
    cheap_user(make_user, "khac@example.vn")
    db.session.commit()
    for n in range(5):  # five addresses, one wrong password each: under every per-address limit
        assert attempt(limited, "QuanLy@example.vn", "sai-mat-khau", f"203.0.113.{n}").status_code == 200
    locked = attempt(limited, "quanly@example.vn", PASSWORD, "198.51.100.1")  # even the right password waits
    assert locked.status_code == 429
    page = locked.get_data(as_text=True)
    assert "tạm khóa đăng nhập" in page and 'name="email"' in page  # the sign-in page, not an error page
    assert attempt(limited, "khac@example.vn", PASSWORD, "203.0.113.0").status_code == 302  # others are not


def test_the_lockout_message_is_translated(limited, make_user, db):
    cheap_user(make_user, "quanly@example.vn")
    db.session.commit()
    for n in range(5):
        attempt(limited, "quanly@example.vn", "sai-mat-khau", f"203.0.113.{n}")
    client = limited.test_client()
    client.get("/language/en?next=/")
    locked = client.post("/account/login", data={"email": "quanly@example.vn", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Sign-in to this account is locked for a while" in locked.get_data(as_text=True)


def test_successful_sign_ins_do_not_count_towards_the_lockout(limited, make_user, db):
    cheap_user(make_user, "quanly@example.vn")
    db.session.commit()
    for n in range(6):
        assert attempt(limited, "quanly@example.vn", PASSWORD, f"203.0.113.{n}").status_code == 302


def test_a_flood_of_posts_from_one_address_is_capped(limited, db):
    responses = [attempt(limited, f"khongco{n}@example.vn", "", "203.0.113.9")  # no password: no hash, fast
                 for n in range(31)]
    assert [r.status_code for r in responses] == [200] * 30 + [429]
    assert "Hãy thử lại sau 1 phút" in responses[-1].get_data(as_text=True)


@pytest.fixture
def hash_verifications(monkeypatch):
    """Counts scrypt runs: werkzeug verifies every password hash of this app with hashlib.scrypt."""
    calls = []
    real = hashlib.scrypt

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    return calls


def test_a_missing_account_costs_the_same_hash_verifications_as_an_existing_one(client, make_user, db,
                                                                                 hash_verifications):
    make_user(email="quanly@example.vn")
    db.session.commit()
    client.post("/account/login", data={"email": "quanly@example.vn", "password": "sai-mat-khau"})
    existing = len(hash_verifications)
    client.post("/account/login", data={"email": "khongco@example.vn", "password": "sai-mat-khau"})
    missing = len(hash_verifications) - existing
    assert existing == missing == 1


def test_the_dummy_hash_uses_the_default_method_and_cost():
    from werkzeug.security import generate_password_hash

    method = generate_password_hash("x").split("$")[0]
    assert accounts.DUMMY_HASH.split("$")[0] == method


def sign_up(app, n, address, **overrides):
    data = {"full_name": f"Nguyễn Văn {n}", "email": f"dn{n}@vanphong.vn", "password": "mat-khau-van-phong-2025",
            "confirm": "mat-khau-van-phong-2025", **overrides}
    return app.test_client().post("/account/signup", data=data, environ_base={"REMOTE_ADDR": address})


def test_an_office_registers_twenty_enterprises_in_a_row(limited, db):
    for n in range(3):  # a form sent back with a mistake and corrected costs nothing
        assert sign_up(limited, 0, "203.0.113.9", confirm="khong-khop").status_code == 200
    for n in range(20):
        assert sign_up(limited, n, "203.0.113.9").status_code == 302, n
    assert db.session.scalar(db.select(db.func.count()).select_from(accounts.User)) == 20


def test_sign_ups_per_address_per_hour_are_limited_and_the_refusal_says_when(limited, db, monkeypatch):
    monkeypatch.setitem(limited.config, "SIGNUPS_PER_ADDRESS", "3 per hour")
    for n in range(3):
        assert sign_up(limited, n, "203.0.113.10").status_code == 302
    refused = sign_up(limited, 3, "203.0.113.10")
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "Hãy thử lại sau 60 phút" in page and 'name="full_name"' in page
    assert sign_up(limited, 4, "198.51.100.10").status_code == 302  # another address has its own count


def test_a_password_guessing_loop_over_many_accounts_is_stopped(limited, make_user, db):
    for n in range(25):
        cheap_user(make_user, f"nv{n}@example.vn")
    db.session.commit()
    for n in range(20):  # one wrong password for each of twenty accounts: under each account's limit
        assert attempt(limited, f"nv{n}@example.vn", "doan-mo", "203.0.113.50").status_code == 200, n
    stopped = attempt(limited, "nv21@example.vn", PASSWORD, "203.0.113.50")
    assert stopped.status_code == 429
    assert "quá nhiều lần nhập sai mật khẩu từ địa chỉ mạng của bạn. Hãy thử lại sau 15 phút" in stopped.get_data(
        as_text=True)
    assert attempt(limited, "nv22@example.vn", PASSWORD, "198.51.100.50").status_code == 302


def test_an_office_signs_in_together_from_one_address(limited, make_user, db):
    for n in range(25):
        cheap_user(make_user, f"vp{n}@example.vn")
    db.session.commit()
    for n in range(25):
        assert attempt(limited, f"vp{n}@example.vn", PASSWORD, "203.0.113.60").status_code == 302, n
