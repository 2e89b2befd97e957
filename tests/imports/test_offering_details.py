"""The offering detail columns of the member spreadsheet: optional on import (a file without them
leaves what is stored), written by the export, read back unchanged, bad cells reported in Vietnamese."""
from datetime import date
from decimal import Decimal

from openpyxl import Workbook

from directory.models import Offering, Origin
from directory.services import exports
from directory.services.imports import UNCHANGED, UPDATE, run_import
from directory.services.sheet_format import BY_KEY

from .helpers import row, write_xlsx
from .test_imports import OFFERING, setup  # noqa: F401 - the fixture

DETAILS = {"min_order_qty": "1.000,5", "lead_time_days": "7", "delivery_terms": "Giao tại chân công trình",
           "price_valid_until": "31/12/2030", "price_includes_vat": "Không", "origin": "Sản xuất tại Việt Nam",
           "origin_place": "Hải Phòng", "specs": "Áp suất: PN10; Tiêu chuẩn: TCVN 8491-2:2011"}


def import_rows(setup, tmp_path, rows, name="a.xlsx", write=True):
    path = write_xlsx(tmp_path / name, rows)
    report = run_import(setup["reviewer"], setup["committee"], path, name, write=write)
    return report


def test_detail_columns_are_imported_in_their_types(db, setup, tmp_path):
    report = import_rows(setup, tmp_path, [row(**OFFERING, **DETAILS)])
    assert report.ok, report.errors
    db.session.commit()
    offering = db.session.scalar(db.select(Offering))
    assert offering.min_order_qty == Decimal("1000.5") and offering.lead_time_days == 7
    assert offering.price_valid_until == date(2030, 12, 31) and offering.price_includes_vat is False
    assert offering.origin == Origin.MADE_IN_VIETNAM and offering.origin_province_code == "31"
    assert offering.specs == [["Áp suất", "PN10"], ["Tiêu chuẩn", "TCVN 8491-2:2011"]]


def test_an_imported_product_names_its_country_in_vietnamese_or_english(db, setup, tmp_path):
    report = import_rows(setup, tmp_path, [row(**OFFERING, origin="nhap khau", origin_place="Japan")])
    assert report.ok, report.errors
    db.session.commit()
    offering = db.session.scalar(db.select(Offering))
    assert offering.origin == Origin.IMPORTED and offering.origin_country == "JP"


def test_the_export_writes_the_details_and_reading_it_back_changes_nothing(db, setup, tmp_path):
    assert import_rows(setup, tmp_path, [row(**OFFERING, **DETAILS)]).ok
    db.session.commit()
    exported = exports.export_xlsx(setup["reviewer"], setup["committee"])
    (tmp_path / "export.xlsx").write_bytes(exported)
    report = run_import(setup["reviewer"], setup["committee"], tmp_path / "export.xlsx", "export.xlsx")
    assert report.ok, report.errors
    assert report.action(2) == (UNCHANGED, UNCHANGED)
    cells = dict(zip(BY_KEY, list(exports.export_rows(setup["reviewer"], setup["committee"]))[0]))
    assert cells["origin"] == "Sản xuất tại Việt Nam" and cells["origin_place"] == "Hải Phòng"
    assert cells["specs"] == "Áp suất: PN10; Tiêu chuẩn: TCVN 8491-2:2011" and cells["price_includes_vat"] == "Không"


def test_a_file_without_the_detail_columns_leaves_them_as_stored(db, setup, tmp_path):
    assert import_rows(setup, tmp_path, [row(**OFFERING, **DETAILS)]).ok
    db.session.commit()
    old_keys = [key for key in BY_KEY if key not in DETAILS]  # a file made before the columns existed
    book = Workbook()
    book.active.append([BY_KEY[key].header for key in old_keys])
    book.active.append([row(**OFFERING).get(key, "") for key in old_keys])
    book.save(tmp_path / "old.xlsx")
    report = run_import(setup["reviewer"], setup["committee"], tmp_path / "old.xlsx", "old.xlsx", write=True)
    assert report.ok and report.action(2)[1] == UNCHANGED
    book.active.cell(row=2, column=old_keys.index("unit") + 1, value="cuộn")  # a change elsewhere
    book.save(tmp_path / "old.xlsx")
    report = run_import(setup["reviewer"], setup["committee"], tmp_path / "old.xlsx", "old.xlsx", write=True)
    assert report.ok and report.action(2)[1] == UPDATE
    db.session.commit()
    offering = db.session.scalar(db.select(Offering))
    assert offering.unit == "cuộn" and offering.origin == Origin.MADE_IN_VIETNAM and offering.lead_time_days == 7


def test_bad_detail_cells_are_reported_per_column(db, setup, tmp_path):
    report = import_rows(setup, tmp_path, [row(**OFFERING, min_order_qty="0", lead_time_days="mươi ngày",
                                               price_valid_until="31/02/2030", price_includes_vat="có lẽ",
                                               origin="Trung Quốc", specs="Áp suất: PN10; áp suat: PN16")], write=False)
    headers = {column.header: key for key, column in BY_KEY.items()}
    messages = {headers[error.column]: error.message for error in report.errors}
    assert messages["min_order_qty"].startswith("Đặt tối thiểu phải là số dương")
    assert messages["lead_time_days"].startswith("Thời gian giao hàng là số ngày")
    assert "không hợp lệ" in messages["price_valid_until"] and "«Có» hoặc «Không»" in messages["price_includes_vat"]
    assert "Xuất xứ «Trung Quốc» không hợp lệ" in messages["origin"]
    assert "được nhập hai lần" in messages["specs"]
    report = import_rows(setup, tmp_path, [row(**OFFERING, origin="Nhập khẩu", origin_place="Atlantis")],
                         name="b.xlsx", write=False)
    assert [e.message for e in report.errors] == ["Không có nước «Atlantis»."]
