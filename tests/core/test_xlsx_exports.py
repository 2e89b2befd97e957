"""Every XLSX the site gives out, opened with openpyxl: numbers are number cells (money with the ₫
format, counts grouped), statuses are words in the file's language, and each table has its
header row bold, frozen and filtered, and its columns sized to their contents."""
from datetime import date
from io import BytesIO

from openpyxl import load_workbook

from directory.services import exports, imports
from directory.services.sheet_format import template
from directory.spreadsheets import COUNT, DATE, MONEY
from tests.imports.helpers import row, write_xlsx
from tests.imports.test_imports import OFFERING, setup  # noqa: F401 - the fixture
from tests.linkage.helpers import confirmed_linkage


def tables(data: bytes) -> dict:
    """{sheet name: {header: [cells below it]}}, after checking each sheet is a proper table."""
    book = load_workbook(BytesIO(data))
    found = {}
    for sheet in book.worksheets:
        header = [c for c in sheet[1] if c.value is not None]
        assert header and all(c.font.b for c in header), sheet.title
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{header[-1].column_letter}{max(sheet.max_row, 2) if sheet.max_row > 1 else 1}", sheet.title
        for c in header:
            width = sheet.column_dimensions[c.column_letter].width
            below = sheet[c.column_letter][1:] if sheet.max_row > 1 else ()
            # texts (their longest line) and numbers (their digits); a date shows as dd/mm/yyyy
            longest = max([len(line) for x in below if isinstance(x.value, str) for line in x.value.split("\n")]
                          + [len(str(x.value)) for x in below if isinstance(x.value, int)] + [10 * any(x.is_date for x in below)])
            assert width >= min(len(c.value), 60) and width >= min(longest, 60), (sheet.title, c.value, width)
        found[sheet.title] = {c.value: [r[c.column - 1] for r in sheet.iter_rows(min_row=2)] for c in header}
    return found


def assert_numbers(cells, number_format: str) -> None:
    filled = [c for c in cells if c.value not in (None, "")]
    assert filled, "a column to check has values"
    for c in filled:
        assert c.data_type == "n" and isinstance(c.value, int) and c.number_format == number_format, (c.coordinate, c.value)


def test_the_shortlist_export_has_numeric_prices_unit_tax_code_contact_and_links(client, login, world, make_offering, db):
    ranged = make_offering(enterprise=world["b"], title="Xi măng PCB40", price_min=1_450_000, price_max=1_600_000,
                           unit="tấn", member_discount_pct=5)
    asked = make_offering(enterprise=world["b"], title="Vận chuyển", price_min=None, price_max=None, unit=None)
    world["b"].phone, world["b"].email = "024 3825 1234", "lienhe@b.vn"
    db.session.commit()
    login(world["buyer"])
    made = client.post(f"/linkage/shortlists/add?offering={ranged.id}", data={"new_name": "Vật tư"})
    shortlist_id = int(made.location.rstrip("/").rsplit("/", 1)[1])
    client.post(f"/linkage/shortlists/add?offering={asked.id}", data={"shortlist": shortlist_id})
    client.post(f"/linkage/shortlists/add?enterprise={world['b'].slug}", data={"shortlist": shortlist_id})
    sheet = tables(client.get(f"/linkage/shortlists/{shortlist_id}/export.xlsx").data)["Danh sách"]
    assert [c.value for c in sheet["Giá từ (đồng)"]] == [1_450_000, None, None]
    assert [c.value for c in sheet["Giá đến (đồng)"]] == [1_600_000, None, None]
    assert_numbers(sheet["Giá từ (đồng)"], MONEY)
    assert_numbers(sheet["Giảm giá hội viên (%)"], COUNT)
    assert [c.value for c in sheet["Đơn vị tính"]][0] == "tấn"
    assert {c.value for c in sheet["Mã số thuế"]} == {world["b"].tax_code_display}
    assert sheet["Điện thoại"][0].value == "024 3825 1234" and sheet["E-mail"][0].value == "lienhe@b.vn"
    links = [c.value for c in sheet["Liên kết"]]
    assert links[0] == f"http://localhost/offerings/{ranged.id}" or links[0].endswith(f"/offerings/{ranged.id}")
    assert links[0].startswith("http") and links[2].endswith(f"/enterprises/{world['b'].slug}")


def _report(client, login, world, db, language="vi"):
    confirmed_linkage(world["manager_b"], world["manager_a"], world["a"], value=354_000_000, on=date(2025, 3, 10))
    confirmed_linkage(world["manager_b"], world["manager_a"], world["a"], value=46_000_000, on=date(2025, 4, 2))
    db.session.commit()
    login(world["admin"])
    if language != "vi":
        client.get(f"/language/{language}?next=/")
    response = client.get("/reports/all/export.xlsx?start=2025-01-01&end=2025-12-31")
    assert response.status_code == 200
    return tables(response.data)


def test_the_report_has_its_matrix_and_figures_as_numbers_and_statuses_in_words(client, login, world, db):
    book = _report(client, login, world, db)
    assert list(book) == ["Tổng hợp", "Theo tháng", "Theo nhóm hàng", "Ma trận", "Theo cặp Khối", "Giao dịch",
                          "Doanh nghiệp"]
    summary = {r.value: v for r, v in zip(book["Tổng hợp"]["Báo cáo chương trình liên kết"],
                                           book["Tổng hợp"]["Tất cả các Khối"])}
    assert summary["Tổng giá trị giao dịch (đồng)"].value == 400_000_000
    assert summary["Tổng giá trị giao dịch (đồng)"].number_format == MONEY
    assert summary["Giao dịch liên kết đã xác nhận"].value == 2
    assert summary["Giao dịch liên kết đã xác nhận"].number_format == COUNT
    matrix = book["Ma trận"]
    counts = [h for h in matrix if h.endswith(": số giao dịch")]
    values = [h for h in matrix if h.endswith(": giá trị (đồng)")]
    assert counts and len(counts) == len(values)
    for header in counts:
        assert all(c.value is None or (isinstance(c.value, int) and c.number_format == COUNT) for c in matrix[header])
    for header in values:
        assert all(c.value is None or (isinstance(c.value, int) and c.number_format == MONEY) for c in matrix[header])
    assert sum(c.value for c in matrix["Tổng: giá trị (đồng)"]) == 400_000_000
    assert not [c.value for cells in matrix.values() for c in cells if isinstance(c.value, str) and ";" in c.value]
    deals = book["Giao dịch"]
    assert_numbers(deals["Giá trị (đồng)"], MONEY)
    assert all(c.is_date and c.number_format == DATE for c in deals["Ngày xác nhận"])
    assert_numbers(book["Theo tháng"]["Số giao dịch"], COUNT)
    enterprises = book["Doanh nghiệp"]
    assert {c.value for c in enterprises["Trạng thái"]} == {"Đã duyệt"}  # not the raw "approved"
    assert_numbers(enterprises["Bán: giá trị (đồng)"], MONEY)
    assert_numbers(enterprises["Bán: số giao dịch"], COUNT)


def test_the_report_speaks_the_language_of_the_page_it_came_from(client, login, world, db):
    book = _report(client, login, world, db, language="en")
    assert "Enterprises" in book and "Tổng hợp" not in book, list(book)
    enterprises = book["Enterprises"]
    assert {c.value for c in enterprises["Status"]} == {"Approved"}


def test_the_member_export_import_report_and_template_are_typed_tables(db, setup, tmp_path, app):
    source = write_xlsx(tmp_path / "a.xlsx", [row(**dict(OFFERING, member_discount_pct="5")),
                                              row(tax_code="0100233480", **dict(OFFERING, title="Ống HDPE", price_min="abc"))])
    report = imports.run_import(setup["reviewer"], setup["committee"], source, "a.xlsx")
    checked = tables(imports.report_xlsx(report, source, "a.xlsx"))["Doanh nghiệp"]
    assert [c.value for c in checked["Giá từ (đồng)"]] == ["45.000", "abc"]  # as read: not digits, kept as text
    assert checked["Giá đến (đồng)"][0].value == 52000 and checked["Giá đến (đồng)"][0].number_format == MONEY
    good = write_xlsx(tmp_path / "b.xlsx", [row(**dict(OFFERING, member_discount_pct="5"))])
    imports.run_import(setup["reviewer"], setup["committee"], good, "b.xlsx", write=True)
    db.session.commit()
    exported = tables(exports.export_xlsx(setup["reviewer"], setup["committee"]))["Doanh nghiệp"]
    assert_numbers(exported["Giá từ (đồng)"], MONEY)
    assert [c.value for c in exported["Giá từ (đồng)"]] == [45_000]
    assert_numbers(exported["Giảm giá hội viên (%)"], COUNT)
    assert exported["Mã số thuế"][0].data_type == "s"  # a tax code stays text (its leading zero)
    blank = load_workbook(BytesIO(template(["khoi-hn"], ["Hà Nội"], ["Ống nhựa"])))["Doanh nghiệp"]
    assert blank.freeze_panes == "A2" and blank.auto_filter.ref.startswith("A1:") and all(c.font.b for c in blank[1])
    price = next(c.column_letter for c in blank[1] if c.value == "Giá từ (đồng)")
    assert blank[f"{price}2"].number_format == MONEY and blank["A2"].number_format == "@"
