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
    check_offering_details(db)
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


def check_offering_details(db):
    """Every demo offering has a unit and its terms; goods have an origin and 2-6 specification
    rows that the service would accept; most are made in Vietnam, in a real province."""
    from directory.reference import provinces
    from directory.services.offerings import check_values, editable_values

    offerings = db.session.scalars(db.select(Offering)).all()
    goods = [o for o in offerings if o.kind.value == "product"]
    for offering in offerings:
        assert offering.unit and offering.lead_time_days is not None and offering.delivery_terms
        check_values(editable_values(offering))  # the rules of the form hold for the demo too
    for offering in goods:
        assert offering.origin is not None and 2 <= len(offering.specs) <= 6
        if offering.made_in_vietnam:
            assert offering.origin_province_code in provinces()
    made_here = sum(o.made_in_vietnam for o in goods)
    assert made_here > len(goods) * 0.8 and made_here < len(goods)  # most, not all: some are imported
    assert any(o.price_valid_until for o in offerings) and any(o.min_order_qty for o in goods)


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


# Plans may lie ahead of the load: the date goods are wanted, a need's deadline, the end of a
# contract period. Everything else is something that has happened.
PLANS = {("inquiries", "wanted_on"), ("needs", "deadline"), ("linkages", "ends_on"),
         ("offerings", "price_valid_until")}  # the end of a price's validity is a plan too


def test_demo_never_dates_anything_after_its_load(db, app):
    from datetime import date, datetime, timedelta

    from directory.extensions import db as _db
    from directory.models.base import utcnow
    from directory.services.linkages import local_today

    load_demo()
    db.session.commit()
    loaded_at, today = utcnow(), local_today()
    later = {}
    for table in _db.metadata.sorted_tables:
        for column in table.columns:
            if (table.name, column.name) in PLANS or column.type.python_type not in (date, datetime):
                continue
            latest = db.session.scalar(db.select(db.func.max(column)))
            if isinstance(latest, str):  # SQLite hands back a date as text in an aggregate
                latest = (datetime.fromisoformat(latest) if column.type.python_type is datetime
                          else date.fromisoformat(latest))
            limit = loaded_at if column.type.python_type is datetime else today
            if latest is not None and latest > limit:
                later[f"{table.name}.{column.name}"] = str(latest)
    assert later == {}, f"dated after the load ({loaded_at:%Y-%m-%d %H:%M} UTC): {later}"
    # and the programme does reach up to the load: the newest inquiry is recent
    newest = db.session.scalar(db.select(db.func.max(_db.metadata.tables["inquiries"].c.created_at)))
    newest = datetime.fromisoformat(newest) if isinstance(newest, str) else newest
    assert loaded_at - newest < timedelta(days=7)


def test_demo_images_are_drawn_placeholders(db, demo, app):
    from pathlib import Path

    from PIL import Image

    from directory.models import OfferingImage

    folder = Path(app.config["UPLOAD_FOLDER"])
    enterprises = db.session.scalars(db.select(Enterprise)).all()
    assert enterprises and all(e.logo_path for e in enterprises)
    with Image.open(folder / enterprises[0].logo_path) as logo:
        assert logo.size == (240, 240)
    images = db.session.scalars(db.select(OfferingImage)).all()
    offerings = count(db, Offering)
    assert offerings / 2 < len(images) < offerings  # most offerings, not all
    assert len({i.path for i in images}) == len(images)  # a file of its own each
    with Image.open(folder / images[0].path) as tile:
        assert tile.size == (640, 480)
