"""The import reads an .xlsx with calamine and gives what openpyxl's read-only mode gives, row for row."""
import datetime
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from directory.services.sheet_format import SheetError, _xlsx_rows


def openpyxl_rows(path) -> list[tuple]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return [_trimmed(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _trimmed(row) -> tuple:
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


def _typed(rows) -> list[tuple]:
    """Values with their types, so that 5 and 5.0 or "" and None differ."""
    return [tuple((type(v).__name__, v) for v in row) for row in rows]


@pytest.mark.parametrize("write_only", [False, True])
def test_the_same_rows_as_openpyxl(tmp_path, write_only):
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("Doanh nghiệp") if write_only else workbook.active
    rows = [[],  # the data starts on row 3 and in column B: row and column numbers keep their place
            [],
            [None, "Mã số thuế", "Tên", "Giá", "Tỷ lệ", "Có"],
            [None, "0100112437", "Công ty Xi măng Hà Nội", 45000, 2.5, True],
            [None, None, None, None, None, None],  # an empty row keeps its place
            [None, 100112437, "  khoảng trắng  ", 1.5e7, None, False],
            [None, None, "chỉ cột C", None, None, None, "cột G"]]
    for row in rows:
        sheet.append(row)
    if not write_only:
        sheet["D9"] = CellRichText(["Giá ", TextBlock(InlineFont(b=True), "đặc biệt")])  # row 8 left out
        workbook.create_sheet("Hướng dẫn").append(["not read"])
    path = workbook.save(tmp_path / "f.xlsx") or tmp_path / "f.xlsx"
    assert _typed(_trimmed(r) for r in _xlsx_rows(path)) == _typed(openpyxl_rows(path))
    assert len(openpyxl_rows(path)) == (7 if write_only else 9)


def test_numbers_and_dates_keep_their_type(tmp_path):
    workbook = Workbook()
    workbook.active.append([100112437, 15500000.0, 2.5, datetime.date(2026, 12, 7),
                            datetime.datetime(2026, 12, 7, 18, 30), "", "0912345678"])
    workbook.save(tmp_path / "f.xlsx")
    assert list(_xlsx_rows(tmp_path / "f.xlsx")) == [
        (100112437, 15500000, 2.5, datetime.date(2026, 12, 7), datetime.datetime(2026, 12, 7, 18, 30), None,
         "0912345678")]
    assert [type(v) for v in next(_xlsx_rows(tmp_path / "f.xlsx"))[:3]] == [int, int, float]


def test_the_first_worksheet_in_the_workbook_order_is_read(tmp_path):
    workbook = Workbook()
    later = workbook.active
    later.title = "Sau"
    later.append(["thứ hai"])
    workbook.create_sheet("Trước", 0).append(["đầu tiên"])
    workbook.create_chartsheet("Biểu đồ", 0)  # not a worksheet: skipped
    workbook.save(tmp_path / "f.xlsx")
    assert list(_xlsx_rows(tmp_path / "f.xlsx")) == [("đầu tiên",)]


def test_an_empty_sheet_has_no_rows(tmp_path):
    workbook = Workbook()
    workbook.create_sheet("Hướng dẫn").append(["not read"])
    workbook.save(tmp_path / "f.xlsx")
    assert list(_xlsx_rows(tmp_path / "f.xlsx")) == []


@pytest.mark.parametrize("content", [b"not a zip", b"PK\x03\x04 not really", None])
def test_a_broken_file_is_a_sheet_error(tmp_path, content):
    path = tmp_path / "f.xlsx"
    if content is None:  # a zip without a workbook
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "xin chào")
    else:
        path.write_bytes(content)
    with pytest.raises(SheetError, match="Không đọc được tệp Excel"):
        list(_xlsx_rows(path))


@pytest.mark.parametrize(("far", "message"), [("XFD2000", "Bảng tính quá lớn: có ô có dữ liệu ở dòng 2000, cột 16384"),
                                              ("B600000", "Tệp có quá 500000 dòng")])
def test_a_value_far_out_is_refused_before_calamine_allocates_the_sheet(tmp_path, far, message):
    """calamine holds every cell of the used rectangle: a small file with one far cell would take gigabytes."""
    workbook = Workbook()
    workbook.active.append(["Mã số thuế", "Tên"])
    workbook.active[far] = "thừa"
    workbook.save(tmp_path / "f.xlsx")
    with pytest.raises(SheetError, match=message):
        list(_xlsx_rows(tmp_path / "f.xlsx"))


def test_cells_only_formatted_far_out_do_not_count(tmp_path):
    workbook = Workbook()
    workbook.active.append(["Mã số thuế", "Tên"])
    workbook.active["XFD1048576"].number_format = "@"  # formatted, no value: not in calamine's rectangle
    workbook.save(tmp_path / "f.xlsx")
    assert list(_xlsx_rows(tmp_path / "f.xlsx")) == [("Mã số thuế", "Tên")]
