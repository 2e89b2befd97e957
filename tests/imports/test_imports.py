"""Importing a committee's members: dry run, commit, errors, encodings, claims, all or nothing."""
import io

import pytest
import sqlalchemy as sa

from directory import search
from directory.models import (AuditEvent, Enterprise, Invitation, Offering, OfferingArea, OutgoingMail, Role,
                              Status)
from directory.services import imports, members
from directory.services.errors import NotAuthorized
from directory.services.imports import ImportFailed, Operator, run_import
from directory.services.sheet_format import SheetError

from .helpers import cp1258, row, write_csv, write_xlsx

OFFERING = {"kind": "Sản phẩm", "title": "Ống nhựa PVC-U D110", "unit": "mét", "price_min": "45.000",
            "price_max": "52000", "areas": "Hà Nội; Hải Phòng"}


@pytest.fixture
def setup(db, make_committee, make_user, make_category):
    committee = make_committee(code="khoi-hn", name="Đảng ủy Khối Doanh nghiệp Hà Nội")
    other = make_committee(code="khoi-hp", name="Đảng ủy Khối Doanh nghiệp Hải Phòng")
    reviewer = make_user(Role.REVIEWER, committee=committee)
    category = make_category(slug="ong-nhua", name_vi="Ống nhựa, phụ kiện")
    db.session.commit()
    return dict(committee=committee, other=other, reviewer=reviewer, category=category)


def count(db, model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def test_dry_run_reports_and_writes_nothing(db, setup, tmp_path):
    path = write_xlsx(tmp_path / "hoi-vien.xlsx", [row(**OFFERING), row(**dict(OFFERING, title="Ống HDPE D90")),
                                                   row(tax_code="0100112437", legal_name="Công ty Xi măng Hà Nội")])
    report = run_import(setup["reviewer"], setup["committee"], path, "hoi-vien.xlsx")
    assert report.ok and report.rows == 3
    assert report.counts == {("enterprise", "create"): 2, ("offering", "create"): 2}
    assert report.action(2) == (imports.CREATE, imports.CREATE)
    assert report.action(3) == (imports.NONE, imports.CREATE)  # same enterprise as row 2
    assert count(db, Enterprise) == 0 and count(db, Offering) == 0


def test_commit_approves_records_audits_the_file_invites_and_indexes(db, setup, tmp_path, outbox):
    path = write_xlsx(tmp_path / "hoi-vien.xlsx", [
        row(email="Lienhe@NhuaTienPhong.vn", sectors="2025:C", **OFFERING, category="ong-nhua")])
    report = run_import(setup["reviewer"], setup["committee"], path, "hoi-vien.xlsx", write=True)
    db.session.commit()
    enterprise = db.session.scalar(sa.select(Enterprise))
    assert (enterprise.status, enterprise.tax_code, enterprise.committee_id) == (
        Status.APPROVED, "0100233488", setup["committee"].id)
    assert [f"{s.vsic_version}:{s.code}" for s in enterprise.sectors] == ["2025:C"]
    offering = enterprise.offerings[0]
    assert (offering.status, offering.price_min, offering.price_max, offering.category_id) == (
        Status.APPROVED, 45000, 52000, setup["category"].id)
    assert sorted(a.province_code for a in offering.delivery_areas) == ["01", "31"]
    events = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "import.create")).all()
    assert {e.target_type for e in events} == {"enterprise", "offering"}
    assert all(e.after["sha256"] == report.sha256 and e.after["file"] == "hoi-vien.xlsx"
               and e.after["status"] == "approved" and e.actor_id == setup["reviewer"].id for e in events)
    invitation = db.session.scalar(sa.select(Invitation))
    assert (invitation.email, invitation.as_manager) == ("lienhe@nhuatienphong.vn", True)
    assert report.invitations == 1
    assert [m.recipient for m in db.session.scalars(sa.select(OutgoingMail))] == ["lienhe@nhuatienphong.vn"]
    assert search.search(search.Params(q="ong nhua PVC")).total >= 1


def test_reimporting_the_same_file_changes_nothing(db, setup, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [row(**OFFERING), row(tax_code="0100112437", legal_name="Xi măng")])
    run_import(setup["reviewer"], setup["committee"], path, "a.xlsx", write=True)
    db.session.commit()
    events, versions = count(db, AuditEvent), db.session.scalars(sa.select(Enterprise.version)).all()
    again = run_import(setup["reviewer"], setup["committee"], path, "a.xlsx", write=True)
    db.session.commit()
    assert again.counts == {("enterprise", "unchanged"): 2, ("offering", "unchanged"): 1}
    assert count(db, AuditEvent) == events and count(db, Enterprise) == 2 and count(db, Offering) == 1
    assert db.session.scalars(sa.select(Enterprise.version)).all() == versions


def test_a_changed_row_updates_in_place(db, setup, tmp_path):
    run_import(setup["reviewer"], setup["committee"], write_xlsx(tmp_path / "a.xlsx", [row(**OFFERING)]), "a.xlsx",
               write=True)
    db.session.commit()
    changed = write_xlsx(tmp_path / "b.xlsx", [row(**dict(OFFERING, price_min="47000", title="ống nhựa pvc-u d110"),
                                                   address_line="Số 222 Mạc Đăng Doanh")])
    report = run_import(setup["reviewer"], setup["committee"], changed, "b.xlsx", write=True)
    db.session.commit()
    assert report.counts == {("enterprise", "update"): 1, ("offering", "update"): 1}
    offering = db.session.scalar(sa.select(Offering))
    assert (offering.price_min, offering.title, offering.enterprise.address_line) == (
        47000, "ống nhựa pvc-u d110", "Số 222 Mạc Đăng Doanh")
    update = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "import.update",
                                                           AuditEvent.target_type == "offering"))
    assert update.before == {"price_min": 45000, "title": "Ống nhựa PVC-U D110"} and update.after["file"] == "b.xlsx"


def test_every_error_has_its_row_column_and_reason(db, setup, make_enterprise, tmp_path):
    make_enterprise(committee=setup["other"], tax_code="0100112437", legal_name="Công ty của Khối khác")
    db.session.commit()
    rows = [
        row(tax_code="0100233480"),  # 2: checksum
        row(tax_code="2000102580", committee="khoi-khong-co"),  # 3
        row(tax_code="8037630690", province="Sài Gòn Cũ"),  # 4
        row(tax_code="0314409058", **dict(OFFERING, category="Nhóm không có")),  # 5
        row(tax_code="0314409058", **OFFERING),  # 6: duplicate of 5's offering
        row(tax_code="0100112437"),  # 7: held by another committee's member
        row(tax_code="0312687878", legal_name=""),  # 8: missing
        row(tax_code="0100109106", **dict(OFFERING, price_min="liên hệ")),  # 9
    ]
    report = run_import(setup["reviewer"], setup["committee"], write_csv(tmp_path / "x.csv", rows), "x.csv")
    found = {(e.row, e.column): e.message for e in report.errors}
    assert "không hợp lệ" in found[2, "Mã số thuế"]
    assert "khoi-khong-co" in found[3, "Mã Đảng ủy Khối"]
    assert "Sài Gòn Cũ" in found[4, "Tỉnh, thành phố"]
    assert "Nhóm không có" in found[5, "Nhóm sản phẩm, dịch vụ"]
    assert "Trùng với dòng 5" in found[6, "Tên sản phẩm, dịch vụ"]
    assert "Công ty của Khối khác" in found[7, "Mã số thuế"] and "Khối khác" in found[7, "Mã số thuế"]
    assert "Thiếu Tên doanh nghiệp" in found[8, "Tên doanh nghiệp"]
    assert "Giá phải là số" in found[9, "Giá từ (đồng)"]
    with pytest.raises(ImportFailed, match="lỗi: chưa nhập gì"):
        run_import(setup["reviewer"], setup["committee"], tmp_path / "x.csv", "x.csv", write=True)
    db.session.rollback()
    assert count(db, Enterprise) == 1


def test_a_reviewer_imports_only_for_its_own_committee(db, setup, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [row()])
    with pytest.raises(NotAuthorized, match="Đảng ủy Khối mình"):
        run_import(setup["reviewer"], setup["other"], path, "a.xlsx")
    report = run_import(setup["reviewer"], setup["committee"], write_xlsx(tmp_path / "b.xlsx", [
        row(committee="khoi-hp")]), "b.xlsx")
    assert [(e.row, e.message) for e in report.errors] == [(2, "Bạn chỉ nhập được hội viên của Đảng ủy Khối mình.")]


def test_an_administrators_rows_for_another_committee_wait_for_its_review(db, setup, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [row(committee="khoi-hp", **OFFERING), row(tax_code="0100112437")])
    run_import(Operator(), setup["committee"], path, "a.xlsx", write=True)
    db.session.commit()
    statuses = dict(db.session.execute(sa.select(Enterprise.tax_code, Enterprise.status)).all())
    assert statuses == {"0100233488": Status.PENDING, "0100112437": Status.APPROVED}
    assert db.session.scalar(sa.select(Offering.status)) == Status.PENDING


def test_a_failure_half_way_leaves_the_database_as_it_was(db, setup, tmp_path, monkeypatch):
    from stdnum.vn import mst
    codes = []
    n = 100000000
    while len(codes) < 3 * imports.BATCH:
        n += 1
        for check in "0123456789":
            if mst.is_valid(f"0{n}{check}"[-10:]):
                codes.append(f"0{n}{check}"[-10:])
                break
    rows = [row(tax_code=code, legal_name=f"Công ty {i}", **dict(OFFERING, title=f"Ống {i}"))
            for i, code in enumerate(codes)]
    path = write_xlsx(tmp_path / "lon.xlsx", rows)
    before = (count(db, Enterprise), count(db, Offering), count(db, AuditEvent), count(db, OfferingArea))
    written = []
    real_write = imports._Writer.write

    def failing_write(self, planned):
        if written:
            raise RuntimeError("đĩa đầy")
        written.append(len(planned))
        real_write(self, planned)

    monkeypatch.setattr(imports._Writer, "write", failing_write)
    with pytest.raises(RuntimeError, match="đĩa đầy"):
        run_import(setup["reviewer"], setup["committee"], path, "lon.xlsx", write=True)
    db.session.rollback()
    assert written and (count(db, Enterprise), count(db, Offering), count(db, AuditEvent),
                        count(db, OfferingArea)) == before
    # and an error in the last row, after two batches were written
    monkeypatch.setattr(imports._Writer, "write", real_write)
    rows[-1] = dict(rows[-1], price_max="nhiều")
    with pytest.raises(ImportFailed, match="1 lỗi"):
        run_import(setup["reviewer"], setup["committee"], write_xlsx(tmp_path / "lon2.xlsx", rows), "lon2.xlsx",
                   write=True)
    db.session.rollback()
    assert (count(db, Enterprise), count(db, Offering), count(db, AuditEvent), count(db, OfferingArea)) == before


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_csv_encodings(db, setup, tmp_path, encoding):
    path = tmp_path / "a.csv"
    if encoding == "cp1258":
        write_csv(tmp_path / "u.csv", [row(**OFFERING)], delimiter=";")
        path.write_bytes(cp1258((tmp_path / "u.csv").read_text(encoding="utf-8")))
    else:
        write_csv(path, [row(**OFFERING)], encoding=encoding)
    report = run_import(setup["reviewer"], setup["committee"], path, "a.csv", write=True)
    assert report.ok, report.errors
    enterprise = db.session.scalar(sa.select(Enterprise))
    assert enterprise.legal_name == "Công ty Cổ phần Nhựa Thiếu niên Tiền Phong"  # NFC, whatever the encoding
    assert enterprise.offerings[0].title == "Ống nhựa PVC-U D110"


def test_files_that_cannot_be_read_are_refused_with_the_reason(db, setup, tmp_path):
    (tmp_path / "rac.csv").write_bytes(b"M\x81 s\x8d thu\x90,T\x81n\n" * 20)
    with pytest.raises(SheetError, match="Không nhận ra bảng mã"):
        run_import(setup["reviewer"], setup["committee"], tmp_path / "rac.csv", "rac.csv")
    (tmp_path / "hong.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(SheetError, match="Không đọc được tệp Excel"):
        run_import(setup["reviewer"], setup["committee"], tmp_path / "hong.xlsx", "hong.xlsx")
    (tmp_path / "thieu.csv").write_text("Mã số thuế,Tên doanh nghiệp\n0100233488,A\n", encoding="utf-8")
    with pytest.raises(SheetError, match="Tệp thiếu cột: Loại hình"):
        run_import(setup["reviewer"], setup["committee"], tmp_path / "thieu.csv", "thieu.csv")
    with pytest.raises(SheetError, match="Chỉ nhận tệp"):
        imports.store_upload(io.BytesIO(b"x"), "a.pdf")


def test_claiming_makes_the_manager_and_the_committee_sees_it(db, setup, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [row(email="giamdoc@tienphong.vn")])
    run_import(setup["reviewer"], setup["committee"], path, "a.xlsx", write=True)
    db.session.commit()
    [invitation] = imports.claim_invitations(setup["reviewer"], setup["committee"])
    fresh = imports.resend_claim(setup["reviewer"], invitation.id)
    db.session.commit()
    assert invitation.revoked_at is not None
    token = members.invitation_link(fresh).rsplit("/", 1)[1]
    user = members.accept_invitation(token, None, full_name="Nguyễn Văn Giám", password="ong-nhua-tien-phong-2025")
    db.session.commit()
    assert (user.role, user.enterprise.tax_code) == (Role.MANAGER, "0100233488")
    claimed = imports.claim_invitations(setup["reviewer"], setup["committee"])
    assert [(i.id, i.accepted_at is not None) for i in claimed] == [(fresh.id, True)]


def test_an_enterprise_with_errors_is_reported_on_each_of_its_rows(db, setup, tmp_path):
    rows = [row(phone="12", **OFFERING), row(phone="12", **dict(OFFERING, title="Ống HDPE"))]
    report = run_import(setup["reviewer"], setup["committee"], write_xlsx(tmp_path / "a.xlsx", rows), "a.xlsx")
    assert [(e.row, e.column) for e in report.errors] == [(2, "Điện thoại"), (3, "Mã số thuế")]
    assert report.errors[1].message == "Thông tin doanh nghiệp có lỗi ở dòng 2."


def test_a_large_import_rebuilds_the_index_once(db, setup, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "SYNC_LIMIT", {"sqlite": 1, "postgresql": 1})
    rebuilds = []
    real = search.reindex
    monkeypatch.setattr(search, "reindex", lambda *a, **k: rebuilds.append(1) or real(*a, **k))
    rows = [row(**OFFERING), row(tax_code="0100112437", legal_name="Xi măng", **dict(OFFERING, title="Ống thoát nước"))]
    run_import(setup["reviewer"], setup["committee"], write_xlsx(tmp_path / "a.xlsx", rows), "a.xlsx", write=True)
    db.session.commit()
    assert rebuilds == [1]
    assert search.search(search.Params(q="ong thoat nuoc")).total >= 1


def test_sector_codes_are_taken_at_every_level_and_a_missing_division_is_refused(db, setup, tmp_path):
    rows = [row(tax_code="0100112437", sectors="2025:2394; 2018:45; C; 2025:C2220"),
            row(tax_code="0100109106", sectors="2025:4520")]
    report = run_import(setup["reviewer"], setup["committee"], write_csv(tmp_path / "x.csv", rows), "x.csv")
    found = {(e.row, e.column): e.message for e in report.errors}
    assert list(found) == [(3, "Ngành VSIC")] and "VSIC 2025 không có ngành cấp 2 «45»" in found[3, "Ngành VSIC"]
    run_import(setup["reviewer"], setup["committee"], write_csv(tmp_path / "y.csv", rows[:1]), "y.csv", write=True)
    enterprise = db.session.scalar(sa.select(Enterprise))
    assert sorted(f"{s.vsic_version}:{s.code}" for s in enterprise.sectors) == [
        "2018:45", "2025:2220", "2025:2394", "2025:C"]
