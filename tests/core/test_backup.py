"""flask backup / flask restore, on the suite's database (SQLite, or PostgreSQL with TEST_DATABASE_URL).

The round trip fills every table, backs up while a thread keeps writing, restores into an empty
database and compares every row of every table and every upload byte for byte.
"""
import hashlib
import io
import json
import shutil
import tarfile
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from directory import backup
from directory.backup import BackupError, create_backup, restore_backup
from directory.models import (AuditEvent, CategoryRedirect, CertKind, Certification, CommitteeDocument,
                              CommitteeRedirect, DealFeedback, EnterpriseSector, Inquiry, InquiryRead, Invitation,
                              Linkage, LoginSession, Message, Need, Notification, OfferingArea, OfferingImage,
                              OutgoingMail, Quote, QuoteItem, ReasonCode, Review, ReviewReason, Revision, SavedSearch,
                              Shortlist, ShortlistItem)
from directory.models.review import Decision
from directory.search import reindex
from directory.search import Params, search
from directory.search.answer_cache import stamp

WRITER = "writer"  # the subject of the rows the concurrent writer adds


@pytest.fixture
def uploads(app):
    folder = Path(app.config["UPLOAD_FOLDER"])
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "private").mkdir(parents=True)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "anh.jpg").write_bytes(b"\xff\xd8\xff" + b"\x00\x01" * 5000)
    (folder / "private" / "hop-dong.pdf").write_bytes(b"%PDF-1.7 hop dong " * 100)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def filled(db, world, make_category, uploads):
    """At least one row in every table of the models, and a built search index."""
    a, b, offering = world["a"], world["b"], world["offering_a"]
    manager_a, manager_b = world["manager_a"], world["manager_b"]
    category = make_category()
    offering.category = category
    db.session.add(CategoryRedirect(slug="nhom-da-hop-nhat", category_id=category.id))  # a merged category's link
    db.session.add(CommitteeRedirect(code="khoi-da-hop-nhat", committee_id=world["committee_a"].id))  # a merged committee's
    db.session.add_all([
        EnterpriseSector(enterprise_id=a.id, vsic_version="2018", code="2410"),
        OfferingArea(offering_id=offering.id, province_code="31"),
        OfferingImage(offering_id=offering.id, path="anh.jpg"),
        AuditEvent(actor_id=manager_a.id, action="edit", target_type="offering", target_id=offering.id,
                   before={"title": "cũ"}, after={"title": offering.title}),
        Invitation(enterprise_id=a.id, email="dongnghiep@example.vn", invited_by_id=manager_a.id),
        Notification(user_id=manager_b.id, subject="Yêu cầu báo giá mới", body="Thép cuộn"),
        OutgoingMail(recipient=manager_b.email, subject="Yêu cầu báo giá mới", body="Thép cuộn"),
        LoginSession(user_id=manager_b.id, key_hash="0" * 64),
        Review(target_type="offering", target_id=offering.id, decision=Decision.REJECT,
               reviewer_id=world["reviewer_a"].id, committee_id=world["committee_a"].id,
               reasons=[ReviewReason(code=ReasonCode.DUPLICATE)]),
        Revision(target_type="offering", target_id=offering.id, proposed={"title": "Thép cuộn D12"},
                 author_id=manager_a.id),
        SavedSearch(user_id=manager_b.id, query="thép", filters={"kind": "product"}),
    ])
    need = Need(enterprise_id=b.id, committee_id=b.committee_id, created_by_id=manager_b.id, title="Cần mua thép",
                category_id=category.id, deadline=date(2026, 12, 31))
    shortlist = Shortlist(user_id=manager_b.id, name="Nhà cung cấp thép")
    db.session.add_all([need, shortlist])
    db.session.flush()
    db.session.add(ShortlistItem(shortlist_id=shortlist.id, enterprise_id=a.id, offering_id=offering.id))
    inquiry = Inquiry(buyer_id=b.id, supplier_id=a.id, offering_id=offering.id, need_id=need.id,
                      created_by_id=manager_b.id, subject="Báo giá thép cuộn", quantity="20 tấn",
                      buyer_committee_id=b.committee_id, supplier_committee_id=a.committee_id)
    db.session.add(inquiry)
    db.session.flush()
    db.session.add_all([
        Message(inquiry_id=inquiry.id, author_id=manager_b.id, enterprise_id=b.id, body="Xin báo giá",
                attachment_path="hop-dong.pdf", attachment_name="Hợp đồng.pdf"),
        InquiryRead(inquiry_id=inquiry.id, user_id=manager_a.id),
    ])
    linkage = Linkage(buyer_id=b.id, supplier_id=a.id, proposed_by_enterprise_id=b.id, proposed_by_id=manager_b.id,
                      inquiry_id=inquiry.id, value=310_000_000, starts_on=date(2026, 1, 5),
                      contract_path="hop-dong.pdf", contract_name="Hợp đồng.pdf")
    linkage.offerings.append(offering)
    db.session.add(linkage)
    quote = Quote(inquiry_id=inquiry.id, author_id=manager_a.id, total=310_000_000, valid_until=date(2026, 2, 1),
                  items=[QuoteItem(offering_id=offering.id, description="Thép cuộn", quantity=Decimal("20.5"),
                                   unit="tấn", unit_price=15_121_951, line_total=310_000_000)])
    db.session.add_all([
        quote,
        Certification(enterprise_id=a.id, kind=CertKind.ISO_9001, number="QMS 1208/2023", issuer="QUACERT",
                      issued_on=date(2024, 1, 1), expires_on=date(2027, 1, 1), document_path="iso.pdf",
                      document_name="Giấy chứng nhận.pdf"),
    ])
    db.session.flush()
    db.session.add(DealFeedback(linkage_id=linkage.id, by_enterprise_id=b.id, about_enterprise_id=a.id,
                                author_id=manager_b.id, on_time=True, as_agreed=True, would_deal_again=True,
                                comment="Giao đúng hẹn."))
    db.session.add(CommitteeDocument(committee_id=world["committee_a"].id, place="Vĩnh Phúc", symbol="BC/ĐUK",
                                     recipients="- Lưu VP."))
    db.session.flush()
    reindex()
    db.session.commit()
    empty = [t.name for t in db.metadata.sorted_tables
             if not db.session.execute(sa.select(sa.literal(1)).select_from(t).limit(1)).first()]
    assert not empty, f"give these tables a row: {empty}"
    return world


@pytest.fixture
def empty_target(app, tmp_path):
    """The URL of an empty database: a fresh SQLite file, or a fresh PostgreSQL database."""
    from directory.extensions import db

    url = db.engine.url
    if url.get_backend_name() == "sqlite":
        yield url.set(database=str(tmp_path / "restored.sqlite3"))
        return
    name = f"{url.database}_restore"
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


class Writer(threading.Thread):
    """Keeps adding a notification and its audit event, in one transaction each."""

    def __init__(self, app, user_id: int):
        super().__init__(daemon=True)
        self.app, self.user_id, self.written, self.stop = app, user_id, 0, threading.Event()

    def run(self):
        from directory.extensions import db

        with self.app.app_context():
            while not self.stop.is_set():
                notification = Notification(user_id=self.user_id, subject=WRITER, body=str(self.written))
                db.session.add(notification)
                db.session.flush()
                db.session.add(AuditEvent(action=WRITER, target_type="notification", target_id=notification.id))
                db.session.commit()
                self.written += 1

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + 10
        while self.written < count:
            assert time.monotonic() < deadline and self.is_alive(), "the writer stopped writing"
            time.sleep(0.001)


def all_rows(url) -> dict[str, list[str]]:
    """Every row of every table in the database (models, search index, alembic_version), as text."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            return {name: sorted(repr(tuple(row)) for row in connection.execute(sa.text(f'SELECT * FROM "{name}"')))
                    for name in sa.inspect(connection).get_table_names()}
    finally:
        engine.dispose()


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_round_trip_while_the_app_writes(app, db, filled, uploads, empty_target, tmp_path):
    archive = tmp_path / "backups" / "ketnoi.tar"
    writer = Writer(app, filled["manager_a"].id)
    writer.start()
    try:
        writer.wait_for(5)
        before = writer.written
        # Once the database is copied the writer must commit more rows before the archive is finished.
        create_backup(db.engine.url, uploads, archive, after_snapshot=lambda: writer.wait_for(writer.written + 5))
    finally:
        writer.stop.set()
        writer.join()
    assert archive.exists() and not [p for p in archive.parent.iterdir() if p != archive]  # no temporary left

    restored_uploads = tmp_path / "restored-uploads"
    restore_backup(archive, empty_target, restored_uploads)

    live, restored = all_rows(db.engine.url), all_rows(empty_target)
    assert live.keys() == restored.keys() and {t.name for t in db.metadata.sorted_tables} <= live.keys()
    for table in live.keys() - {"notifications", "audit_events", "search_state"}:
        assert restored[table] == live[table], table
    for table in ("notifications", "audit_events"):  # the rows of one moment: those before it, none after
        assert set(restored[table]) <= set(live[table])
        assert all(WRITER in row for row in set(live[table]) - set(restored[table]))
    with sa.create_engine(empty_target, poolclass=sa.pool.NullPool).connect() as connection:
        notified = set(connection.scalars(sa.text("SELECT id FROM notifications WHERE subject = :w"), {"w": WRITER}))
        audited = set(connection.scalars(sa.text("SELECT target_id FROM audit_events WHERE action = :w"), {"w": WRITER}))
        stamps = connection.scalar(sa.text("SELECT version FROM search_state"))
    assert notified == audited  # each transaction of the writer entirely, or not at all
    assert before <= len(notified) < writer.written  # it wrote during the backup; the copy is of one moment
    assert stamps != db.session.scalar(sa.text("SELECT version FROM search_state"))  # caches start afresh
    assert files(restored_uploads) == files(uploads) and len(files(uploads)) == 3


def run(app, *args, input=None):
    return app.test_cli_runner().invoke(args=list(args), input=input)


def test_cli_restores_the_live_database_only_when_forced_and_confirmed(app, db, filled, uploads, tmp_path):
    archive = tmp_path / "ketnoi.tar"
    offering = filled["offering_a"]
    offering_id, title = offering.id, offering.title
    assert search(Params(q=title)).total == 1
    result = run(app, "backup", str(archive))
    assert result.exit_code == 0, result.output
    assert "3 tệp tải lên" in result.output

    # After the backup: an offering leaves the catalogue (and the index), an upload goes, one comes.
    from directory.models import Offering, Status
    from directory.search import sync_offering

    offering.status = Status.ARCHIVED
    sync_offering(offering)
    db.session.commit()
    (uploads / "anh.jpg").unlink()
    (uploads / "moi.jpg").write_bytes(b"new")
    assert search(Params(q=title)).total == 0
    db.session.close()  # the restore replaces the tables: hold no transaction open on them

    refused = run(app, "restore", str(archive))
    assert refused.exit_code != 0 and "--force" in refused.output
    cancelled = run(app, "restore", str(archive), "--force", input="n\n")
    assert cancelled.exit_code != 0 and "hủy" in cancelled.output
    assert db.session.get(Offering, offering_id).status == Status.ARCHIVED
    assert (uploads / "moi.jpg").exists()
    db.session.close()

    restored = run(app, "restore", str(archive), "--force", input="y\n")
    assert restored.exit_code == 0, restored.output
    assert db.session.get(Offering, offering_id).status == Status.APPROVED
    assert sorted(files(uploads)) == ["anh.jpg", "logo.png", "private/hop-dong.pdf"]
    stamp.forget()  # other processes re-read the stamp within STAMP_SECONDS; this test does not wait
    assert search(Params(q=title)).total == 1  # the index came back with the rows
    db.session.close()
    assert run(app, "restore", str(archive), "--force", "--yes").exit_code == 0


# ---- refusals ------------------------------------------------------------------------------

def rewrite(archive: Path, out: Path, manifest_changes=None, member_changes=None, rename=None) -> Path:
    """A copy of the archive with its manifest or members changed; hashes recomputed for the
    changed members when `member_changes` gives new bytes (a damaged file the manifest vouches for)."""
    with tarfile.open(archive) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
    manifest = json.loads(members.pop(backup.MANIFEST))
    for old, new in (rename or {}).items():
        members[new] = members.pop(old)
        next(f for f in manifest["files"] if f["name"] == old)["name"] = new
    for name, change in (member_changes or {}).items():
        members[name] = change(members[name])
        entry = next(f for f in manifest["files"] if f["name"] == name)
        entry["size"], entry["sha256"] = len(members[name]), hashlib.sha256(members[name]).hexdigest()
    manifest.update(manifest_changes or {})
    members[backup.MANIFEST] = json.dumps(manifest).encode()
    with tarfile.open(out, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out


@pytest.fixture
def archive(db, filled, uploads, tmp_path):
    path = tmp_path / "ketnoi.tar"
    create_backup(db.engine.url, uploads, path)
    db.session.close()
    return path


def unchanged(db, uploads):
    """A snapshot of the live state to compare with after a refused restore."""
    before = (all_rows(db.engine.url), files(uploads))
    return lambda: (all_rows(db.engine.url), files(uploads)) == before


def flip_byte(path: Path, offset: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def damaged_archives(archive: Path, tmp_path: Path, engine: str):
    """(what is wrong, the archive, the words of the refusal)."""
    data, other = archive.read_bytes(), {"sqlite": "postgresql", "postgresql": "sqlite"}[engine]
    yield "missing", tmp_path / "khong-co.tar", "Không tìm thấy"
    (tmp_path / "garbage.tar").write_bytes(b"this is not an archive" * 100)
    yield "not a tar", tmp_path / "garbage.tar", "bị hỏng"
    (tmp_path / "truncated.tar").write_bytes(data[: len(data) // 2])
    yield "truncated", tmp_path / "truncated.tar", "bị hỏng"
    flipped = tmp_path / "flipped.tar"
    flipped.write_bytes(data)
    with tarfile.open(flipped) as tar:
        flip_byte(flipped, tar.getmember("uploads/logo.png").offset_data + 100)
    yield "a flipped byte in an upload", flipped, "bị hỏng"
    yield "another engine", rewrite(archive, tmp_path / "engine.tar", {"engine": other, "database": backup.DATABASE_FILE[other]},
                                    rename={backup.DATABASE_FILE[engine]: backup.DATABASE_FILE[other]}), "không khôi phục được vào"
    yield "a newer schema", rewrite(archive, tmp_path / "newer.tar", {"alembic_revision": "9999"}), "mới hơn mã nguồn"
    yield "no schema", rewrite(archive, tmp_path / "none.tar", {"alembic_revision": None}), "không có phiên bản lược đồ"
    manifest = json.loads(tarfile.open(archive).extractfile(backup.MANIFEST).read())
    manifest["files"].append({"name": "uploads/../../evil", "size": 0, "sha256": "0" * 64})
    yield "a path outside", rewrite(archive, tmp_path / "outside.tar", {"files": manifest["files"]}), "bị hỏng"


def test_refusals_change_nothing(db, archive, uploads, tmp_path):
    still = unchanged(db, uploads)
    for damage, bad, message in damaged_archives(archive, tmp_path, db.engine.url.get_backend_name()):
        with pytest.raises(BackupError, match=message):
            restore_backup(bad, db.engine.url, uploads, force=True, confirm=lambda: True)
            pytest.fail(f"restored an archive with {damage}")
    assert still()
    assert not list(uploads.parent.glob(".restore-*")) and not (tmp_path.parent / "evil").exists()


def test_a_database_that_fails_half_way_leaves_the_old_one(db, archive, uploads, tmp_path):
    """The manifest vouches for a database file cut short: the restore starts (on PostgreSQL the old
    tables are dropped and the schema recreated before pg_restore runs out of data), fails, and
    rolls all of it back."""
    name = backup.DATABASE_FILE[db.engine.url.get_backend_name()]
    bad = rewrite(archive, tmp_path / "bad.tar", member_changes={name: lambda data: data[: int(len(data) * 0.8)]})
    still = unchanged(db, uploads)
    with pytest.raises(BackupError, match="the archived database is damaged|restore failed"):
        restore_backup(bad, db.engine.url, uploads, force=True, confirm=lambda: True)
    assert still()
    assert not list(uploads.parent.glob(".restore-*"))


def test_a_failed_backup_leaves_no_file_and_keeps_the_previous_one(db, archive, uploads, monkeypatch):
    previous = archive.read_bytes()
    calls = []

    def failing_read(path):
        calls.append(path)
        if len(calls) == 2:
            raise OSError("disk went away")
        return path.read_bytes()

    monkeypatch.setattr(backup, "_read_upload", failing_read)
    with pytest.raises(OSError, match="disk went away"):
        create_backup(db.engine.url, uploads, archive)
    assert archive.read_bytes() == previous
    assert sorted(p.name for p in archive.parent.iterdir() if p.name.startswith(".")) == []


def test_the_password_goes_by_environment_not_argv():
    url = sa.make_url("postgresql+psycopg://kn:p%40ss%20w0rd@db.internal:5433/ketnoi?sslmode=require")
    conninfo, env = backup._libpq(url)
    assert "p@ss w0rd" not in conninfo and "password" not in conninfo
    assert env["PGPASSWORD"] == "p@ss w0rd"
    assert all(part in conninfo for part in ("host=db.internal", "port=5433", "user=kn", "dbname=ketnoi",
                                             "sslmode=require"))
