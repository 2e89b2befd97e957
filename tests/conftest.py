"""Fixtures: one app and one migrated database per test run; every test starts empty.

SQLite by default; PostgreSQL when TEST_DATABASE_URL is set (.ci/run does both).
"""
import functools
import os
import random
import threading
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import flask_migrate
import pytest
import sqlalchemy as sa
from flask import current_app
from flask.testing import FlaskClient

from directory import create_app
from directory.config import Config
from directory.extensions import db as _db
from directory.models import (Category, CertKind, Certification, Committee, Enterprise, Kind, Offering, Role, Status,
                              User)
from directory.models.base import utcnow

PASSWORD = "mat-khau-123"


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    base = tmp_path_factory.mktemp("instance")

    class TestConfig(Config):
        TESTING = True
        SECRET_KEY = "test-secret"
        SQLALCHEMY_DATABASE_URI = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{base / 'test.sqlite3'}"
        INSTANCE_PATH = str(base)
        UPLOAD_FOLDER = str(base / "uploads")
        MAIL_SERVER = ""
        MAIL_OUTBOX = str(base / "outbox")
        JOBS_IMMEDIATE = True  # a queued mail is delivered at the commit, in the same thread
        WTF_CSRF_ENABLED = False  # tests/accounts/test_csrf.py turns it back on
        RATELIMIT_ENABLED = False
        BASE_URL = "http://localhost"  # what the test client sends as Host
        RATELIMIT_STORAGE_URI = "memory://"  # never the machine's Redis, shared with other runs

    app = create_app(TestConfig)
    with app.app_context():
        flask_migrate.upgrade()  # the schema comes from the migrations, as in production
    yield app


@pytest.fixture(autouse=True)
def jobs_run_at_commit():
    """The job queue is one object per process (directory/jobs.py): an app made in this process with
    production settings (the soak's, for instance) points it at a real queue. Tests run jobs at commit."""
    from directory.jobs import huey

    huey.immediate = False
    huey.immediate = True  # a fresh in-memory queue


@pytest.fixture(autouse=True)
def db(app):
    """Each test gets an app context and empty tables."""
    with app.app_context():
        yield _db
        _db.session.rollback()
        _db.session.remove()
        empty_tables()


def empty_tables() -> None:
    """One DELETE per table, children first, in one transaction; on PostgreSQL the id sequences then
    start again at 1, as SQLite's ids do in an empty table. (TRUNCATE ... RESTART IDENTITY did the
    same at sixty times the cost: it gives every table and index a new file.)"""
    with _db.engine.begin() as conn:
        for table in reversed(_db.metadata.sorted_tables):
            conn.execute(table.delete())
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT setval(name, 1, false) FROM unnest(CAST(:names AS text[])) AS name"),
                         {"names": _id_sequences(conn)})
    for hook in EMPTY_HOOKS:
        hook()


_ID_SEQUENCES: dict[str, list[str]] = {}


def _id_sequences(conn) -> list[str]:
    """The sequences behind the models' id columns (PostgreSQL), looked up once per database."""
    key = conn.engine.url.render_as_string()
    if key not in _ID_SEQUENCES:
        _ID_SEQUENCES[key] = list(conn.scalars(sa.text(
            "SELECT s.oid::regclass::text FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')"
            " JOIN pg_class t ON t.oid = d.refobjid WHERE s.relkind = 'S' AND t.relname = ANY(CAST(:tables AS text[]))"),
            {"tables": [t.name for t in _db.metadata.sorted_tables]}))
    return _ID_SEQUENCES[key]


def _empty_search_index() -> None:
    from directory.search import empty_index

    empty_index()
    _db.session.commit()


EMPTY_HOOKS: list = [_empty_search_index]  # other areas register how to empty their tables


class IsolatedClient(FlaskClient):
    """Each request runs in its own app context, as in production: a fresh `g` (Flask-Login
    caches the user there) and its own database session, apart from the test's."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    app.test_client_class = IsolatedClient
    return app.test_client()


@pytest.fixture
def client_for(app):
    """A new client signed in as `user`, e.g. one per tab or per colleague in a race."""

    def make(user) -> FlaskClient:
        app.test_client_class = IsolatedClient
        client = app.test_client()
        sign_in_client(client, user)
        return client

    return make


def run_together(*calls) -> list:
    """Run each call in its own thread, all released at once by a barrier; their results in order
    (an exception is returned, not raised, so that a test can say what went wrong)."""
    barrier, results = threading.Barrier(len(calls)), [None] * len(calls)

    def run(index, call):
        barrier.wait()
        try:
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - reported to the test
            results[index] = error

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def outbox(app):
    """The .eml files written by the disk outbox during the test."""
    from pathlib import Path

    folder = Path(app.config["MAIL_OUTBOX"])
    for old in folder.glob("*.eml"):
        old.unlink()
    return folder


# ---- builders ---------------------------------------------------------------------------

_rng = random.Random(7)


def valid_tax_code() -> str:
    from stdnum.vn import mst

    while True:
        code = f"{_rng.randint(100000000, 999999999):09d}"
        for check in "0123456789":
            if mst.is_valid(code + check):
                return code + check


@pytest.fixture
def make_committee(db):
    counter = iter(range(1, 10_000))

    def make(**overrides) -> Committee:
        n = next(counter)
        values = dict(code=f"khoi{n}", name=f"Đảng ủy Khối Doanh nghiệp số {n}", province_code="01")
        committee = Committee(**{**values, **overrides})
        db.session.add(committee)
        db.session.flush()
        return committee

    return make


@pytest.fixture
def make_category(db):
    counter = iter(range(1, 10_000))

    def make(**overrides) -> Category:
        n = next(counter)
        values = dict(slug=f"nhom-{n}", name_vi=f"Nhóm hàng {n}", name_en=f"Group {n}", kind=Kind.PRODUCT)
        category = Category(**{**values, **overrides})
        db.session.add(category)
        db.session.flush()
        return category

    return make


@pytest.fixture
def make_enterprise(db, make_committee):
    counter = iter(range(1, 10_000))

    def make(committee="new", **overrides) -> Enterprise:
        n = next(counter)
        if committee == "new":
            committee = make_committee()
        values = dict(
            slug=f"doanh-nghiep-{n}", legal_name=f"Công ty Cổ phần Thương mại Số {n}",
            short_name=f"Thương mại {n}", tax_code=valid_tax_code(), committee=committee,
            ownership="joint_stock", address_line=f"Số {n} đường Trần Phú", province_code="01",
            phone="+842438251234", email=f"lienhe{n}@example.vn", status=Status.APPROVED,
            approved_at=utcnow(),
        )
        enterprise = Enterprise(**{**values, **overrides})
        db.session.add(enterprise)
        db.session.flush()
        return enterprise

    return make


@pytest.fixture
def make_offering(db, make_enterprise):
    def make(enterprise=None, **overrides) -> Offering:
        values = dict(
            enterprise=enterprise or make_enterprise(), kind=Kind.PRODUCT, title="Thép cuộn xây dựng D10",
            description="Thép cuộn cán nóng theo TCVN 1651.", unit="tấn", price_min=15_500_000,
            price_max=15_500_000, status=Status.APPROVED, approved_at=utcnow(),
        )
        offering = Offering(**{**values, **overrides})
        db.session.add(offering)
        db.session.flush()
        return offering

    return make


@pytest.fixture
def make_certification(db, make_enterprise):
    """A certification as the database holds it (verified unless told), with a stored one-page PDF."""
    def make(enterprise=None, **overrides) -> Certification:
        today = datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
        folder = Path(current_app.config["UPLOAD_FOLDER"]) / "private"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "chung-nhan.pdf").write_bytes(b"%PDF-1.4 chung nhan")
        values = dict(
            enterprise=enterprise or make_enterprise(), kind=CertKind.ISO_9001, number="QUACERT 12345/2025",
            issuer="Trung tâm Chứng nhận Phù hợp QUACERT", issued_on=today - timedelta(days=200),
            expires_on=today + timedelta(days=900), document_path="chung-nhan.pdf", document_name="iso-9001.pdf",
            status=Status.APPROVED, submitted_at=utcnow(), approved_at=utcnow(), ever_verified=True,
        )
        values.update(overrides)
        if values["status"] != Status.APPROVED and "ever_verified" not in overrides:
            values["ever_verified"] = False
        certification = Certification(**values)
        db.session.add(certification)
        db.session.flush()
        return certification

    return make


@functools.cache
def _password_hash() -> str:
    """PASSWORD hashed once per run: a hash takes 0.2 s by design, and most tests build several users."""
    from werkzeug.security import generate_password_hash

    return generate_password_hash(PASSWORD)


@pytest.fixture
def make_user(db):
    counter = iter(range(1, 10_000))

    def make(role=Role.MANAGER, **overrides) -> User:
        n = next(counter)
        values = dict(email=f"nguoidung{n}@example.vn", full_name=f"Nguyễn Văn {n}", role=role,
                      email_confirmed_at=utcnow())
        user = User(**{**values, **overrides})
        user.password_hash = _password_hash()
        db.session.add(user)
        db.session.flush()
        return user

    return make


def sign_in_client(client, user) -> None:
    """Start a sign-in (services/sessions.py) for `user` and put its key in the client's session."""
    from directory.services import sessions

    key = sessions.start(user)
    _db.session.commit()
    with client.session_transaction() as session:
        session["_user_id"] = key
        session["_fresh"] = True


@pytest.fixture
def login(client, db):
    """Sign a user in on the test client without going through the form."""

    def sign_in(user):
        sign_in_client(client, user)
        return client

    return sign_in


@pytest.fixture
def world(db, make_committee, make_enterprise, make_offering, make_user):
    """Two committees; enterprise A (committee A) and B (committee B), an outside buyer;
    a user of every role the authorization matrix asks about."""
    committee_a, committee_b = make_committee(code="khoi-a"), make_committee(code="khoi-b")
    a = make_enterprise(committee=committee_a, slug="dn-a")
    b = make_enterprise(committee=committee_b, slug="dn-b")
    outside = make_enterprise(committee=None, slug="dn-ngoai")
    users = {
        "staff_a": make_user(Role.STAFF, enterprise=a),
        "manager_a": make_user(Role.MANAGER, enterprise=a),
        "manager_b": make_user(Role.MANAGER, enterprise=b),
        "buyer": make_user(Role.MANAGER, enterprise=outside),
        "reviewer_a": make_user(Role.REVIEWER, committee=committee_a),
        "reviewer_b": make_user(Role.REVIEWER, committee=committee_b),
        "admin": make_user(Role.ADMIN),
    }
    offering_a = make_offering(enterprise=a)
    db.session.commit()
    return dict(committee_a=committee_a, committee_b=committee_b, a=a, b=b, outside=outside,
                offering_a=offering_a, **users)
