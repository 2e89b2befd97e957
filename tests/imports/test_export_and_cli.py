"""Export in the import format, the round trip, and the two commands."""
import io

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from directory.cli import register_commands  # noqa: F401 - the commands below come with the app
from directory.models import Enterprise, Offering, Role
from directory.services import exports
from directory.services.errors import NotAuthorized
from directory.services.imports import Operator, run_import
from directory.services.sheet_format import HEADERS
from tests.conftest import empty_tables

from .helpers import row, write_xlsx
from .test_imports import OFFERING, count, setup  # noqa: F401 - the fixture


def rows_of(data: bytes) -> list[tuple]:
    sheet = load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
    return [tuple(cell for cell in r) for r in sheet.iter_rows(values_only=True)]


def test_export_then_import_into_an_empty_database_gives_the_same_file(db, setup, tmp_path):
    enterprise = dict(email="lienhe@tienphong.vn", phone="024 3825 1234", website="tienphong.vn",
                      sectors="2025:C; 2018:C", short_name="Nhựa Tiền Phong", ward="Phường Ngô Quyền",
                      description="=1+1 không phải công thức")
    source = write_xlsx(tmp_path / "a.xlsx", [
        row(**enterprise, **dict(OFFERING, category="ong-nhua", member_offer="Giảm 5% cho hội viên",
                                 member_discount_pct="5")),
        row(**enterprise, **dict(OFFERING, title="Ống HDPE", kind="Dịch vụ", price_min="", price_max="", areas="")),
        row(tax_code="0100112437-001", legal_name="Chi nhánh Xi măng", ownership="Hợp tác xã", province="Hải Phòng"),
    ])
    dry = run_import(setup["reviewer"], setup["committee"], source, "a.xlsx")
    assert dry.ok, dry.errors
    run_import(setup["reviewer"], setup["committee"], source, "a.xlsx", write=True)
    db.session.commit()
    first = exports.export_xlsx(setup["reviewer"], setup["committee"])
    (tmp_path / "export.xlsx").write_bytes(first)
    assert rows_of(first)[0] == tuple(HEADERS) and len(rows_of(first)) == 4
    keep = {"committee": setup["committee"].code, "category": setup["category"].slug}
    db.session.rollback()  # PostgreSQL: TRUNCATE waits for every open transaction
    empty_tables()
    from directory.models import Category, Committee, Kind
    committee = Committee(code=keep["committee"], name="Đảng ủy Khối Doanh nghiệp Hà Nội", province_code="01")
    db.session.add_all([committee, Category(slug=keep["category"], name_vi="Ống nhựa, phụ kiện", name_en="Pipes",
                                            kind=Kind.PRODUCT)])
    db.session.commit()
    assert count(db, Enterprise) == 0
    report = run_import(Operator(), committee, tmp_path / "export.xlsx", "export.xlsx", write=True)
    db.session.commit()
    assert report.ok and count(db, Enterprise) == 2 and count(db, Offering) == 2
    assert rows_of(exports.export_xlsx(Operator(), committee)) == rows_of(first)


def test_export_is_for_the_committee_or_administrators(db, setup, make_user):
    with pytest.raises(NotAuthorized, match="quyền"):
        exports.export_xlsx(setup["reviewer"], None)
    with pytest.raises(NotAuthorized, match="quyền"):
        exports.export_xlsx(setup["reviewer"], setup["other"])
    with pytest.raises(NotAuthorized, match="quyền"):
        exports.export_xlsx(make_user(Role.MANAGER), setup["committee"])


def test_the_import_command_dry_runs_then_commits(app, db, setup, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [row(**OFFERING)])
    runner = app.test_cli_runner()
    dry = runner.invoke(args=["import", str(path), "--committee", "khoi-hn"])
    assert dry.exit_code == 0, dry.output
    assert "1 dòng: doanh nghiệp 1 mới" in dry.output and "Chạy thử" in dry.output
    assert count(db, Enterprise) == 0
    done = runner.invoke(args=["import", str(path), "--committee", "khoi-hn", "--commit"])
    assert done.exit_code == 0, done.output
    db.session.expire_all()
    assert count(db, Enterprise) == 1
    bad = write_xlsx(tmp_path / "b.xlsx", [row(tax_code="12345")])
    failed = runner.invoke(args=["import", str(bad), "--committee", "khoi-hn", "--commit",
                                 "--report", str(tmp_path / "r.xlsx")])
    assert failed.exit_code == 1 and "dòng 2, cột «Mã số thuế»" in failed.output
    report_rows = rows_of((tmp_path / "r.xlsx").read_bytes())
    assert report_rows[0][-1] == "Lỗi" and "không hợp lệ" in report_rows[1][-1]
    unknown = runner.invoke(args=["import", str(path), "--committee", "khong-co"])
    assert unknown.exit_code == 1 and "Không có Đảng ủy Khối mã «khong-co»" in unknown.output
    exported = runner.invoke(args=["export", str(tmp_path / "x.xlsx"), "--committee", "khoi-hn"])
    assert exported.exit_code == 0 and len(rows_of((tmp_path / "x.xlsx").read_bytes())) == 2
