"""Rows of the XLSX exports: every text is written as text, never as a formula.

openpyxl stores any str beginning with "=" as a formula, and a spreadsheet program may still
evaluate a text cell beginning with "+", "-", "@", a tab or a carriage return once it is edited
(OWASP "CSV injection"). So every cell of an export goes through `append_row`: numbers and
dates stay numbers and dates; a text is a string cell, and one beginning with such a character
also gets Excel's quote prefix (what typing a leading apostrophe records: the text is shown as
it is and stays text when edited).
"""
from collections.abc import Iterable

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
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
