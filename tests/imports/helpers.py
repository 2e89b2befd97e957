"""Building import files for the tests."""
import csv
from pathlib import Path

from openpyxl import Workbook

from directory.services.sheet_format import BY_KEY, HEADERS


def row(**values) -> dict:
    """An enterprise row with every required column; keyword arguments override or add columns."""
    base = {"tax_code": "0100233488", "legal_name": "Công ty Cổ phần Nhựa Thiếu niên Tiền Phong",
            "ownership": "Công ty cổ phần", "province": "Hà Nội", "address_line": "Số 2 An Đà"}
    return {**base, **values}


def cells(values: dict) -> list:
    return [values.get(key, "") for key in (k for k in BY_KEY)]


def write_xlsx(path: Path, rows: list[dict]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for values in rows:
        sheet.append(cells(values))
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[dict], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(HEADERS)
        for values in rows:
            writer.writerow(cells(values))
    return path


_TONES = {"\u0300", "\u0309", "\u0303", "\u0301", "\u0323"}


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: precomposed letters (â, ơ, đ …) with the tone as a combining mark."""
    import unicodedata

    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
            out.append((base + "".join(p for p in parts if p in _TONES)).encode("cp1258"))
    return b"".join(out)
