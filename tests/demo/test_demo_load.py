import unicodedata

import pytest
from stdnum.vn import mst

from directory.demo.loader import DEMO_PASSWORD, load_demo
from directory.models import Committee, Enterprise, Offering, Review, Role, Status, User


@pytest.fixture
def demo(db):
    load_demo()
    db.session.commit()


def count(db, model, *where):
    return db.session.scalar(db.select(db.func.count()).select_from(model).where(*where))


def test_demo_data(db, demo, app):
    """One load (it takes seconds), then every property the README promises."""
    check_committees(db)
    check_offerings(db)
    check_valid_and_nfc(db)
    check_idempotent(db)
    check_if_empty(app)


def check_committees(db):
    committees = db.session.scalars(db.select(Committee)).all()
    assert {c.code for c in committees} == {"haiphong", "hanoi", "thaibinh", "vinhphuc", "hanam", "phutho", "bacgiang"}
    for committee in committees:
        assert count(db, Enterprise, Enterprise.committee_id == committee.id) >= 10


def check_offerings(db):
    assert count(db, Offering) >= 300
    assert count(db, Offering, Offering.member_offer.is_not(None)) > 50
    for status in (Status.APPROVED, Status.PENDING, Status.REJECTED):
        assert count(db, Offering, Offering.status == status) > 0
    assert count(db, Enterprise, Enterprise.status == Status.PENDING) > 0
    rejected = count(db, Enterprise, Enterprise.status == Status.REJECTED) + count(db, Offering, Offering.status == Status.REJECTED)
    assert count(db, Review) == rejected  # each rejection carries its reason


def check_valid_and_nfc(db):
    for enterprise in db.session.scalars(db.select(Enterprise)):
        assert mst.is_valid(enterprise.tax_code) and enterprise.tax_code == mst.compact(enterprise.tax_code)
        assert unicodedata.is_normalized("NFC", enterprise.legal_name + enterprise.description)
    for offering in db.session.scalars(db.select(Offering)):
        assert unicodedata.is_normalized("NFC", offering.title + offering.description)
        assert "Sản phẩm 1" not in offering.title and "lorem" not in offering.description.lower()


def test_demo_has_one_account_per_role_and_they_sign_in(db, demo, client):
    users = db.session.scalars(db.select(User).where(User.email.like("%@ketnoi.vn"))).all()
    assert len(users) == 7  # the README's table
    assert {u.role for u in users} == set(Role)
    assert any(u.enterprise and u.enterprise.committee_id is None for u in users)  # an outside buyer
    for user in users:
        response = client.post("/account/login", data={"email": user.email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, user.email
        client.post("/account/logout")


def check_idempotent(db):
    before = [count(db, m) for m in (Committee, Enterprise, Offering, User, Review)]
    load_demo()
    db.session.commit()
    assert [count(db, m) for m in (Committee, Enterprise, Offering, User, Review)] == before


def check_if_empty(app):
    result = app.test_cli_runner().invoke(args=["demo", "load", "--if-empty"])
    assert result.exit_code == 0 and "bỏ qua" in result.output
