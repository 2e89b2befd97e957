"""The XLSX exports' cells and tables: every text is written as text, never as a formula; money
and counts as numbers with a number format; each table with a frozen, filtered header row and
columns as wide as their contents (`write_table`). Every exported workbook is written here.

openpyxl stores any str beginning with "=" as a formula, and a spreadsheet program may still
evaluate a text cell beginning with "+", "-", "@", a tab or a carriage return once it is edited
(OWASP "CSV injection"). So every cell of an export goes through `append_row`: numbers and
dates stay numbers and dates; a text is a string cell, and one beginning with such a character
also gets Excel's quote prefix (what typing a leading apostrophe records: the text is shown as
it is and stays text when edited).
"""
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(sheet: Worksheet, value: str) -> Cell:
    # control characters are not valid XML; row and column are set by append (a write-only sheet needs them set)
    cell = Cell(sheet, row=1, column=1, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    if cell.value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def append_row(sheet: Worksheet, values: Iterable) -> None:
    sheet.append([text_cell(sheet, value) if isinstance(value, str) else value for value in values])


# ---- tables: typed cells, number formats, a frozen and filtered header, fitted widths ----------

MONEY = '#,##0 "₫"'  # whole đồng, grouped as the reader's spreadsheet groups numbers
COUNT = "#,##0"
QUANTITY = "#,##0.###"  # a quantity that may have decimals (a minimum order)
DATE = "DD/MM/YYYY"
MIN_WIDTH, MAX_WIDTH = 8, 60  # characters


@dataclass(frozen=True)
class Column:
    header: str
    number_format: str | None = None  # MONEY, COUNT, QUANTITY, DATE; None: text (or a number as it is)
    max_width: int = MAX_WIDTH


def cell(sheet: Worksheet, value, number_format: str | None = None) -> Cell:
    """A typed cell for `append`: text as text (text_cell), numbers and dates with their format
    (a cell already made is kept: a row whose numbers differ in format)."""
    if isinstance(value, Cell):
        return value
    if isinstance(value, str):
        return text_cell(sheet, value)
    made = Cell(sheet, row=1, column=1, value=value)
    if number_format and value is not None:
        made.number_format = number_format
    return made


def _shown_width(value, number_format: str | None) -> int:
    """About how many characters the value takes once formatted."""
    if isinstance(value, Cell):
        value, number_format = value.value, value.number_format
    if value is None or value == "":
        return 0
    if isinstance(value, (date, datetime)):
        return 10
    if isinstance(value, (int, float)) and number_format in (MONEY, COUNT):
        return len(f"{value:,.0f}") + (2 if number_format == MONEY else 0)
    return max(len(line) for line in str(value).split("\n"))


def write_table(sheet: Worksheet, columns: list[Column], rows: Iterable[Iterable]) -> None:
    """A table from row 1 of an empty sheet (a write-only one too): the bold header, frozen and
    with filters, then the rows as typed cells, each column as wide as its contents (bounded)."""
    rows = [list(row) for row in rows]
    for index, column in enumerate(columns):
        shown = max((_shown_width(row[index], column.number_format) for row in rows if index < len(row)), default=0)
        width = min(max(shown, len(column.header), MIN_WIDTH), column.max_width) + 2
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    header = [text_cell(sheet, column.header) for column in columns]
    for made in header:
        made.font = Font(bold=True)
    sheet.append(header)
    for row in rows:
        sheet.append([cell(sheet, value, column.number_format) for value, column in zip(row, columns)]
                     + [cell(sheet, value) for value in row[len(columns):]])


def save(book: Workbook) -> bytes:
    out = BytesIO()
    book.save(out)
    return out.getvalue()
