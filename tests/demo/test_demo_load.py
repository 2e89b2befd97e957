import unicodedata
from datetime import timedelta

import pytest
from stdnum.vn import mst

from directory.demo.loader import DEMO_PASSWORD, load_demo
from directory.freshness import Freshness
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
    check_freshness(db)
    check_certifications(db)
    check_offering_details(db)
    check_valid_and_nfc(db)
    check_deal_feedback(db)
    check_idempotent(db)
    check_if_empty(app)


def check_committees(db):
    committees = db.session.scalars(db.select(Committee)).all()
    assert {c.code for c in committees} == {"haiphong", "hanoi", "thaibinh", "vinhphuc", "hanam", "phutho", "bacgiang"}
    for committee in committees:
        assert count(db, Enterprise, Enterprise.committee_id == committee.id) >= 10


def check_certifications(db):
    """OCOP ratings, ISO 9001, one title of the year, one waiting in each committee's queue, one
    expiring within 30 days, one expired; every product-level one names its enterprise's product."""
    from datetime import timedelta

    from directory.i18n import local_today
    from directory.models import CertKind, Certification

    today = local_today()
    certs = db.session.scalars(db.select(Certification)).all()
    kinds = {c.kind for c in certs}
    assert {CertKind.OCOP, CertKind.ISO_9001, CertKind.HVNCLC, CertKind.CR, CertKind.VIETGAP} <= kinds
    assert {c.ocop_stars for c in certs if c.kind == CertKind.OCOP} == {3, 4}
    assert all(c.award_year for c in certs if c.kind == CertKind.HVNCLC)
    pending = {c.enterprise.committee.code for c in certs if c.status == Status.PENDING}
    assert pending == {c.code for c in db.session.scalars(db.select(Committee))}
    verified = [c for c in certs if c.status == Status.APPROVED]
    assert any(today <= c.expires_on <= today + timedelta(days=30) for c in verified)
    assert any(c.expires_on < today for c in verified)
    assert all(c.offering.enterprise_id == c.enterprise_id for c in certs if c.offering)
    assert all(c.offering for c in certs if c.kind in (CertKind.OCOP, CertKind.CR))


def check_offerings(db):
    assert count(db, Offering) >= 300
    assert count(db, Offering, Offering.member_offer.is_not(None)) > 50
    for status in (Status.APPROVED, Status.PENDING, Status.REJECTED):
        assert count(db, Offering, Offering.status == status) > 0
    assert count(db, Enterprise, Enterprise.status == Status.PENDING) > 0
    rejected = count(db, Enterprise, Enterprise.status == Status.REJECTED) + count(db, Offering, Offering.status == Status.REJECTED)
    assert count(db, Review) == rejected  # each rejection carries its reason


def check_freshness(db):
    """Most approved listings confirmed recently; some due soon, some overdue, two out of search."""
    from collections import Counter

    states = Counter(o.freshness for o in db.session.scalars(db.select(Offering).where(Offering.status == Status.APPROVED)))
    approved = sum(states.values())
    assert states[Freshness.CURRENT] > approved * 0.8
    assert states[Freshness.DUE_SOON] >= 10 and states[Freshness.OVERDUE] >= 5 and states[Freshness.HIDDEN] == 2
    assert count(db, Offering, Offering.status == Status.APPROVED, Offering.confirmed_at < Offering.approved_at) == 0


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


def check_deal_feedback(db):
    """Feedback on many confirmed past deals, mostly positive, each written once the deal was due;
    some late, a few answered, one comment hidden by the supplier's committee."""
    from directory.models import DealFeedback, Linkage, LinkageStatus
    from directory.services.linkages import local_today

    items = db.session.scalars(db.select(DealFeedback)).all()
    confirmed = count(db, Linkage, Linkage.status == LinkageStatus.CONFIRMED)
    assert len(items) > confirmed // 3
    assert sum(f.on_time for f in items) > 0.75 * len(items) > sum(not f.on_time for f in items) > 0
    assert sum(f.answer is not None for f in items) >= 1
    hidden = [f for f in items if f.comment_hidden_reason]
    assert len(hidden) == 1
    assert db.session.get(User, hidden[0].comment_hidden_by_id).committee_id == hidden[0].about_enterprise.committee_id
    for item in items:
        linkage = item.linkage
        assert linkage.status == LinkageStatus.CONFIRMED and linkage.due_on <= local_today()
        assert item.created_at.date() >= max(linkage.due_on, linkage.confirmed_on) - timedelta(days=1)  # UTC vs local
        assert unicodedata.is_normalized("NFC", item.comment + (item.answer or ""))
    assert count(db, Linkage, Linkage.delivery_on.is_not(None)) > confirmed // 2


def check_idempotent(db):
    from directory.models import Certification

    models = (Committee, Enterprise, Offering, User, Review, Certification)
    before = [count(db, m) for m in models]
    load_demo()
    db.session.commit()
    assert [count(db, m) for m in models] == before


def check_if_empty(app):
    result = app.test_cli_runner().invoke(args=["demo", "load", "--if-empty"])
    assert result.exit_code == 0 and "bỏ qua" in result.output


# Plans may lie ahead of the load: the date goods are wanted, a need's deadline, the end of a
# contract period, a deal's delivery date, the day a quote is valid until and its delivery date, a listing's
# re-confirmation due days, a certification's expiry, the end of a price's validity. Everything else is something that has happened.
PLANS = {("inquiries", "wanted_on"), ("needs", "deadline"), ("linkages", "ends_on"), ("linkages", "delivery_on"),
         ("quotes", "valid_until"), ("quotes", "delivery_on"), ("offerings", "confirm_due_on"),
         ("offerings", "reminded_due_on"), ("certifications", "expires_on"),
         ("offerings", "price_valid_until")}


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
