"""The member spreadsheet: its columns, reading it (XLSX or CSV, streamed) and writing it.

One row per offering; an enterprise's columns repeat on each of its offerings' rows (an enterprise
without offerings has one row with the offering columns empty). Import, export and the template
share this one description, so an export is always a valid import (docs/imports.md).
The headers are a file format, not interface text: they stay Vietnamese in every locale.
"""
import codecs
import csv
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flask_babel import gettext as _
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from ..models import Kind, Origin, Ownership
from .. import spreadsheets
from ..text import fold
from .errors import DomainError


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    help: str
    required: bool = False
    enterprise: bool = True  # False: an offering's column


COLUMNS = (
    Column("tax_code", "Mã số thuế", "Bắt buộc. 10 chữ số, hoặc 13 với chi nhánh (0100112437-001). "
           "Là khóa của doanh nghiệp: nhập lại cùng mã số thuế sẽ cập nhật doanh nghiệp đó.", True),
    Column("legal_name", "Tên doanh nghiệp", "Bắt buộc. Tên đầy đủ theo giấy chứng nhận đăng ký doanh nghiệp.", True),
    Column("short_name", "Tên viết tắt", "Không bắt buộc. Tên ngắn gọn hiển thị trên trang."),
    Column("committee", "Mã Đảng ủy Khối", "Không bắt buộc. Mã của Đảng ủy Khối (chọn trong danh sách); để trống là "
           "Khối đang nhập. Hội viên của Khối đang nhập được duyệt ngay; của Khối khác thì chờ Khối đó duyệt."),
    Column("ownership", "Loại hình", "Bắt buộc. Chọn trong danh sách.", True),
    Column("province", "Tỉnh, thành phố", "Bắt buộc. Tên tỉnh, thành phố (từ 01/7/2025), chọn trong danh sách.", True),
    Column("ward", "Phường, xã", "Không bắt buộc. Phường, xã hoặc đặc khu."),
    Column("address_line", "Địa chỉ", "Bắt buộc. Số nhà, đường.", True),
    Column("phone", "Điện thoại", "Không bắt buộc. Ví dụ 024 3825 1234 hoặc 0912 345 678."),
    Column("email", "E-mail", "Không bắt buộc. Nếu có, người quản lý nhận thư mời nhận tài khoản doanh nghiệp."),
    Column("website", "Website", "Không bắt buộc. Ví dụ https://congty.vn."),
    Column("description", "Giới thiệu doanh nghiệp", "Không bắt buộc."),
    Column("sectors", "Ngành VSIC", "Không bắt buộc. Mã ngành (chữ cái cấp 1, mã 2–5 chữ số) kèm phiên bản, "
           "cách nhau bằng dấu chấm phẩy, ví dụ «2025:C; 2025:2220; 2018:2394»; mã không ghi phiên bản là VSIC 2025."),
    Column("kind", "Loại sản phẩm", "Bắt buộc nếu dòng có sản phẩm, dịch vụ: «Sản phẩm» hoặc «Dịch vụ».",
           enterprise=False),
    Column("title", "Tên sản phẩm, dịch vụ", "Để trống nếu dòng chỉ khai doanh nghiệp. Cùng mã số thuế và tên "
           "sản phẩm là cùng một sản phẩm: nhập lại sẽ cập nhật nó.", enterprise=False),
    Column("offering_description", "Mô tả sản phẩm, dịch vụ", "Không bắt buộc.", enterprise=False),
    Column("category", "Nhóm sản phẩm, dịch vụ", "Không bắt buộc. Chọn trong danh sách.", enterprise=False),
    Column("unit", "Đơn vị tính", "Không bắt buộc. Ví dụ tấn, m³, chiếc.", enterprise=False),
    Column("price_min", "Giá từ (đồng)", "Không bắt buộc. Số đồng, ví dụ 15500000 hoặc 15.500.000. "
           "Để trống cả hai ô giá là «liên hệ».", enterprise=False),
    Column("price_max", "Giá đến (đồng)", "Không bắt buộc. Không nhỏ hơn «Giá từ».", enterprise=False),
    Column("member_offer", "Ưu đãi cho hội viên", "Không bắt buộc. Mô tả ưu đãi dành cho doanh nghiệp trong Khối.",
           enterprise=False),
    Column("member_discount_pct", "Giảm giá hội viên (%)", "Không bắt buộc. Số từ 1 đến 100.", enterprise=False),
    Column("areas", "Khu vực giao hàng", "Không bắt buộc. Tên tỉnh, thành phố cách nhau bằng dấu chấm phẩy; để "
           "trống là toàn quốc.", enterprise=False),
    # The offering details (migration 0022): optional columns; a file without one of them leaves
    # what is stored for it unchanged (services/imports.py, DETAIL_COLUMNS).
    Column("min_order_qty", "Đặt tối thiểu", "Không bắt buộc. Số lượng dương theo đơn vị tính, ví dụ 5 hoặc 2,5.",
           enterprise=False),
    Column("lead_time_days", "Thời gian giao hàng (ngày)", "Không bắt buộc. Số ngày từ 0 đến 730.", enterprise=False),
    Column("delivery_terms", "Điều kiện giao hàng", "Không bắt buộc. Tối đa 200 ký tự.", enterprise=False),
    Column("price_valid_until", "Giá áp dụng đến", "Không bắt buộc. Ngày/tháng/năm, ví dụ 31/12/2026.",
           enterprise=False),
    Column("price_includes_vat", "Giá đã gồm VAT", "Không bắt buộc. «Có» hoặc «Không»; để trống là chưa rõ.",
           enterprise=False),
    Column("origin", "Xuất xứ", "Không bắt buộc. «Sản xuất tại Việt Nam», «Lắp ráp tại Việt Nam» hoặc «Nhập khẩu».",
           enterprise=False),
    Column("origin_place", "Nơi sản xuất", "Không bắt buộc. Tỉnh, thành phố (hàng sản xuất, lắp ráp tại Việt Nam) "
           "hoặc tên nước (hàng nhập khẩu), ví dụ «Hải Phòng», «Nhật Bản».", enterprise=False),
    Column("specs", "Thông số", "Không bắt buộc. Tối đa 20 cặp «tên: giá trị» cách nhau bằng dấu chấm phẩy, ví dụ "
           "«Mác thép: CB400-V; Đường kính: D16».", enterprise=False),
)
BY_KEY = {c.key: c for c in COLUMNS}
HEADERS = [c.header for c in COLUMNS]
ENTERPRISE_KEYS = [c.key for c in COLUMNS if c.enterprise]
OFFERING_KEYS = [c.key for c in COLUMNS if not c.enterprise]

OWNERSHIP_NAMES = {
    Ownership.STATE: "Doanh nghiệp nhà nước", Ownership.JOINT_STOCK: "Công ty cổ phần",
    Ownership.LIMITED: "Công ty TNHH", Ownership.PRIVATE: "Doanh nghiệp tư nhân",
    Ownership.COOPERATIVE: "Hợp tác xã", Ownership.FDI: "Doanh nghiệp có vốn đầu tư nước ngoài",
}
KIND_NAMES = {Kind.PRODUCT: "Sản phẩm", Kind.SERVICE: "Dịch vụ"}
ORIGIN_NAMES = {Origin.MADE_IN_VIETNAM: "Sản xuất tại Việt Nam", Origin.ASSEMBLED_IN_VIETNAM: "Lắp ráp tại Việt Nam",
                Origin.IMPORTED: "Nhập khẩu"}
VAT_NAMES = {True: "Có", False: "Không"}
LIST_SEPARATOR = "; "

MAX_ROWS = 500_000  # far above a committee's members; a bigger file is a mistake
# calamine allocates every cell of a sheet's used rectangle (about 32 bytes each) before the first
# row: one value far right or far down in a small file would take gigabytes. 16 million cells is
# MAX_ROWS rows of 32 columns (the member sheet has 22), about 0.5 GB.
MAX_CELLS = 16_000_000
SNIFF_BYTES = 256 * 1024
# Encodings a Vietnamese CSV arrives in besides UTF-8/UTF-16: Windows-1258 (Excel, office software
# on Vietnamese Windows); Windows-1252 only if the text has no Vietnamese letters it lacks.
LEGACY_ENCODINGS = ("cp1258", "cp1252")


class SheetError(DomainError):
    """The file as a whole cannot be read (format, encoding, headers)."""


def header_key(text) -> str | None:
    if text is None:
        return None
    folded = " ".join(fold(unicodedata.normalize("NFC", str(text))).split())
    return _HEADER_KEYS.get(folded)


_HEADER_KEYS = {**{" ".join(fold(c.header).split()): c.key for c in COLUMNS}, **{c.key: c.key for c in COLUMNS}}


def cell_text(value) -> str:
    """A cell as text: numbers without ".0", NFC, trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(unicodedata.normalize("NFC", str(value)).replace("\r", "\n").split(" ")).strip()


# ---- reading ----------------------------------------------------------------------------------

def read_rows(path: Path, filename: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number as the spreadsheet shows it, {column key: text}) for every non-empty row.
    Raises SheetError when the file cannot be read or lacks a required column."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".xlsx":
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    else:
        raise SheetError(_("Chỉ nhận tệp .xlsx hoặc .csv."))
    header = next(rows, None)
    if header is None:
        raise SheetError(_("Tệp không có dòng tiêu đề."))
    keys = [header_key(h) for h in header]
    missing = [c.header for c in COLUMNS if c.required and c.key not in keys]
    if missing:
        raise SheetError(_("Tệp thiếu cột: %(columns)s. Hãy dùng tệp mẫu.", columns=", ".join(missing)))
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            raise SheetError(_("Tệp có quá %(n)s dòng.", n=MAX_ROWS))
        row = {key: cell_text(value) for key, value in zip(keys, values) if key is not None}
        if any(row.values()):
            yield number, row


def _xlsx_rows(path: Path) -> Iterator[tuple]:
    """Each row of the first worksheet (in workbook order, hidden or not, as openpyxl's
    `worksheets[0]`) from row 1, read by calamine: the values openpyxl's
    `iter_rows(values_only=True)` gives, so that row numbers and texts stay what they were."""
    _check_extent(path)
    try:
        with CalamineWorkbook.from_path(path) as workbook:
            first = next((s.name for s in workbook.sheets_metadata if s.typ == SheetTypeEnum.WorkSheet), None)
            if first is None:
                raise CalamineError("no worksheet")
            sheet = workbook.get_sheet_by_name(first)
            if sheet.start is None:  # an empty sheet (iter_rows would fail on it)
                return
            # calamine starts each row at the first used column but does yield the empty rows above
            # the first used one; put back the leading columns so that a column keeps its place.
            lead = (None,) * sheet.start[1]
            for row in sheet.iter_rows():
                yield lead + tuple(map(_cell_value, row))
    except (CalamineError, OSError):
        raise SheetError(_("Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx."))


# A cell's reference followed by its value (<v>, <is> or <f>; an empty, only formatted cell has
# none): the cells that decide the size of calamine's rectangle.
_VALUED_CELL = re.compile(rb' r="([A-Z]+)([0-9]+)"[^>]*>\s*<(?:\w+:)?[vfi]')


def _check_extent(path: Path) -> None:
    """SheetError if a worksheet's values reach further than MAX_ROWS rows or MAX_CELLS cells: a
    scan of the sheets' XML for cell references, before calamine allocates the rectangle."""
    rows = columns = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                    continue
                with archive.open(name) as part:
                    tail = b""
                    while chunk := part.read(1 << 20):
                        text = tail + chunk
                        for letters, number in _VALUED_CELL.findall(text):
                            rows = max(rows, int(number))
                            columns = max(columns, _column_number(letters))
                        tail = text[-512:]  # a cell cut by the chunk's end is matched in the next
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError):
        return  # calamine says the file is broken, in its own words
    if rows > MAX_ROWS + 1:
        raise SheetError(_("Tệp có quá %(n)s dòng.", n=MAX_ROWS))
    if rows * columns > MAX_CELLS:
        raise SheetError(_("Bảng tính quá lớn: có ô có dữ liệu ở dòng %(row)s, cột %(column)s. "
                           "Hãy xóa các ô thừa ngoài bảng.", row=rows, column=columns))


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _cell_value(value):
    """calamine's value as openpyxl gives it: None for an empty cell, an int for an integral
    number (calamine reads every number as a float)."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def detect_encoding(sample: bytes) -> str:
    """The encoding of a CSV from its first bytes, or SheetError saying why it is refused."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None and best.encoding in LEGACY_ENCODINGS:
        return best.encoding
    raise SheetError(_("Không nhận ra bảng mã của tệp CSV. Hãy lưu lại tệp dưới dạng «CSV UTF-8» "
                       "hoặc dùng tệp Excel (.xlsx)."))


def _csv_rows(path: Path) -> Iterator[list[str]]:
    with open(path, "rb") as raw:
        sample = raw.read(SNIFF_BYTES)
    encoding = detect_encoding(sample)
    with open(path, encoding=encoding, newline="") as f:
        first = f.readline()
        delimiter = max(",;\t", key=first.count)
        f.seek(0)
        try:
            yield from csv.reader(f, delimiter=delimiter)
        except UnicodeDecodeError:
            raise SheetError(_("Tệp CSV có ký tự không hợp lệ trong bảng mã %(encoding)s. Hãy lưu lại tệp "
                               "dưới dạng «CSV UTF-8».", encoding=encoding))
        except csv.Error as error:
            raise SheetError(_("Tệp CSV sai định dạng: %(error)s", error=str(error)))


# ---- writing ----------------------------------------------------------------------------------

# The number columns: written as numbers with a format, so that a reader can sum and sort them
NUMBER_FORMATS = {"price_min": spreadsheets.MONEY, "price_max": spreadsheets.MONEY,
                  "member_discount_pct": spreadsheets.COUNT, "min_order_qty": spreadsheets.QUANTITY,
                  "lead_time_days": spreadsheets.COUNT, "price_valid_until": spreadsheets.DATE}


def workbook_of(rows: list[list], extra_headers: tuple[str, ...] = ()) -> bytes:
    """The member sheet with these rows (in COLUMNS order, then one per extra header) as a table:
    its header frozen and filtered, numbers typed (spreadsheets.write_table). A write-only
    workbook: an export may hold a hundred thousand rows."""
    workbook = Workbook(write_only=True)
    columns = [spreadsheets.Column(c.header, NUMBER_FORMATS.get(c.key)) for c in COLUMNS]
    columns += [spreadsheets.Column(header) for header in extra_headers]
    spreadsheets.write_table(workbook.create_sheet("Doanh nghiệp"), columns, rows)
    return spreadsheets.save(workbook)


def template(committee_codes: list[str], province_names: list[str], category_names: list[str]) -> bytes:
    """The empty import file: the header row, drop-down lists, and a sheet explaining each column."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Doanh nghiệp"
    spreadsheets.write_table(sheet, [spreadsheets.Column(header) for header in HEADERS], [])
    lists = workbook.create_sheet("Danh sách")
    choices = {"committee": committee_codes, "ownership": list(OWNERSHIP_NAMES.values()),
               "province": province_names, "kind": list(KIND_NAMES.values()), "category": category_names,
               "origin": list(ORIGIN_NAMES.values()), "price_includes_vat": list(VAT_NAMES.values())}
    for index, (key, values) in enumerate(choices.items(), start=1):
        letter = lists.cell(row=1, column=index).column_letter
        lists.cell(row=1, column=index, value=BY_KEY[key].header)
        for row, value in enumerate(values, start=2):
            lists.cell(row=row, column=index, value=value).data_type = "s"
        column = sheet.cell(row=1, column=HEADERS.index(BY_KEY[key].header) + 1).column_letter
        rule = DataValidation(type="list", formula1=f"'Danh sách'!${letter}$2:${letter}${max(2, len(values) + 1)}",
                              allow_blank=True, showErrorMessage=True, errorTitle=BY_KEY[key].header,
                              error="Hãy chọn một giá trị trong danh sách.")
        rule.add(f"{column}2:{column}10000")
        sheet.add_data_validation(rule)
    tax = sheet.cell(row=1, column=1).column_letter
    numbers = {sheet.cell(row=1, column=HEADERS.index(BY_KEY[key].header) + 1).column_letter: number_format
               for key, number_format in NUMBER_FORMATS.items()}
    for row in range(2, 1002):  # text, so that Excel keeps the leading zero of a tax code
        sheet[f"{tax}{row}"].number_format = "@"
        for letter, number_format in numbers.items():  # typed prices show grouped, as exports do
            sheet[f"{letter}{row}"].number_format = number_format
    guide = workbook.create_sheet("Hướng dẫn")
    guide.append(["Cột", "Bắt buộc", "Giải thích"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for column in COLUMNS:
        guide.append([column.header, "Có" if column.required else "", column.help])
    guide.append([])
    guide.append(["", "", "Mỗi dòng là một sản phẩm, dịch vụ; các cột của doanh nghiệp lặp lại trên mỗi dòng của "
                  "nó. Doanh nghiệp chưa có sản phẩm: một dòng, để trống các cột sản phẩm."])
    guide.column_dimensions["A"].width = 28
    guide.column_dimensions["C"].width = 100
    sheet.auto_filter.ref = f"A1:{sheet.cell(row=1, column=len(HEADERS)).column_letter}1001"
    return spreadsheets.save(workbook)


def estimate_rows(path: Path, filename: str) -> int:
    """Rows below the header, for a progress bar: the sheet's recorded size, or a CSV's line count."""
    try:
        if Path(filename).suffix.lower() == ".xlsx":
            workbook = load_workbook(path, read_only=True)
            try:
                return max((workbook.worksheets[0].max_row or 1) - 1, 0)
            finally:
                workbook.close()
        with open(path, "rb") as f:
            return max(sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b"")) - 1, 0)
    except Exception:  # noqa: BLE001 - only a progress bar's length: the reading says what is wrong
        return 0
