"""The first worksheet of an .xlsx, streamed as rows of cell values: the import's reader.

openpyxl's read-only mode spent most of an import's time here (profiled in docs/imports.md,
Scale): it parses the whole sheet once more when the file has no <dimension> element (every
write-only openpyxl file, so our own exports), and builds descriptor objects for every shared
string and cell. This reads the same values (as `iter_rows(values_only=True)` gives them:
text, int, float, bool, None; empty rows kept so row numbers match the spreadsheet) with plain
XML events, keeping only the shared strings and the current row.
"""
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import ParseError, iterparse

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_COLUMN = re.compile(r"[A-Z]+")


class XlsxError(ValueError):
    """Not a readable workbook (bad zip, missing part, broken XML)."""


def _parts(archive: zipfile.ZipFile) -> tuple[str, str | None]:
    """The paths of the workbook's first worksheet (in the workbook's order; chart sheets skipped)
    and of its shared strings, if any."""
    worksheets, strings = {}, None
    with archive.open("xl/_rels/workbook.xml.rels") as f:
        for _event, rel in iterparse(f):
            if rel.tag != f"{RELS}Relationship":
                continue
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            if rel.get("Type") == WORKSHEET:
                worksheets[rel.get("Id")] = path
            elif rel.get("Type") == SHARED_STRINGS:
                strings = path
    with archive.open("xl/workbook.xml") as f:
        for _event, sheet in iterparse(f):
            if sheet.tag == f"{MAIN}sheet" and sheet.get(f"{DOC_RELS}id") in worksheets:
                return worksheets[sheet.get(f"{DOC_RELS}id")], strings
    raise XlsxError("no worksheet")


def _text(element) -> str:
    """A string item's text: its <t>, or its runs' <t>s; phonetic hints (<rPh>) left out."""
    parts = []
    for child in element:
        if child.tag == f"{MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{MAIN}t"))
    return "".join(parts).replace("x005F_", "")  # as openpyxl reads it


def _shared_strings(archive: zipfile.ZipFile, path: str | None) -> list[str]:
    if path is None:
        return []
    strings = []
    with archive.open(path) as f:
        for _event, item in iterparse(f):
            if item.tag == f"{MAIN}si":
                strings.append(_text(item))
                item.clear()
    return strings


def _number(text: str) -> int | float:
    return float(text) if any(c in text for c in ".eE") else int(text)


def _value(cell, strings: list[str]):
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{MAIN}is")
        return _text(inline) if inline is not None else None
    value = cell.findtext(f"{MAIN}v") or None  # an empty <v/> is an empty cell, as in openpyxl
    if value is None:
        return None
    if kind == "s":
        return strings[int(value)]
    if kind == "n":
        return _number(value)
    if kind == "b":
        return value == "1"
    return value  # "str" (a formula's text), "e" (an error such as #N/A), "d" (an ISO date)


def _column(reference: str) -> int:
    number = 0
    for letter in _COLUMN.match(reference).group():
        number = number * 26 + ord(letter) - 64
    return number - 1


def xlsx_rows(path: Path) -> Iterator[tuple]:
    """Each row of the first worksheet from row 1 as a tuple of values (None for an empty cell);
    raises XlsxError when the file is not a readable workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheet, strings_path = _parts(archive)
            strings = _shared_strings(archive, strings_path)
            with archive.open(sheet) as f:
                number, data = 0, None
                for event, element in iterparse(f, events=("start", "end")):
                    if event == "start":
                        if element.tag == f"{MAIN}sheetData":
                            data = element
                        continue
                    if element.tag != f"{MAIN}row":
                        continue
                    row_number = int(element.get("r", number + 1))
                    while number + 1 < row_number:  # rows the file leaves out are empty rows
                        number += 1
                        yield ()
                    values: list = []
                    for cell in element.iter(f"{MAIN}c"):
                        reference = cell.get("r")
                        index = _column(reference) if reference else len(values)
                        values.extend([None] * (index - len(values)))
                        values.append(_value(cell, strings))
                    number = row_number
                    yield tuple(values)
                    if data is not None:
                        data.clear()  # bounded memory: the rows read so far are dropped
    except (zipfile.BadZipFile, KeyError, ParseError, ValueError, IndexError, OSError, EOFError) as error:
        raise XlsxError(str(error)) from error
