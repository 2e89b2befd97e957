"""The import's XLSX reader gives what openpyxl's read-only mode gives, row for row."""
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from directory.services.xlsx_reader import XlsxError, xlsx_rows


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


@pytest.mark.parametrize("write_only", [False, True])
def test_the_same_rows_as_openpyxl(tmp_path, write_only):
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("Doanh nghiệp") if write_only else workbook.active
    rows = [["Mã số thuế", "Tên", "Giá", "Tỷ lệ", "Có"],
            ["0100112437", "Công ty Xi măng Hà Nội", 45000, 2.5, True],
            [None, None, None, None, None],  # an empty row keeps its place
            [100112437, "  khoảng trắng  ", 1.5e7, None, False],
            [None, "chỉ cột B", None, None, None, "cột F"]]
    for row in rows:
        sheet.append(row)
    if not write_only:
        sheet["C7"] = CellRichText(["Giá ", TextBlock(InlineFont(b=True), "đặc biệt")])  # rows 6 left out
        workbook.create_sheet("Hướng dẫn").append(["not read"])
    path = workbook.save(tmp_path / "f.xlsx") or tmp_path / "f.xlsx"
    assert [_trimmed(r) for r in xlsx_rows(path)] == openpyxl_rows(path)
    assert len(openpyxl_rows(path)) == (5 if write_only else 7)


def test_the_first_sheet_in_the_workbook_order_is_read(tmp_path):
    workbook = Workbook()
    later = workbook.active
    later.title = "Sau"
    later.append(["thứ hai"])
    workbook.create_sheet("Trước", 0).append(["đầu tiên"])
    workbook.save(tmp_path / "f.xlsx")
    assert list(xlsx_rows(tmp_path / "f.xlsx")) == [("đầu tiên",)]


@pytest.mark.parametrize("content", [b"not a zip", None])
def test_a_broken_file_is_an_xlsx_error(tmp_path, content):
    path = tmp_path / "f.xlsx"
    if content is None:  # a zip without a workbook
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "xin chào")
    else:
        path.write_bytes(content)
    with pytest.raises(XlsxError):
        list(xlsx_rows(path))
