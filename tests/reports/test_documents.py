"""The official report (PDF, DOCX, print): the Party's heading, the number and date asked for,
the committee's settings, and the very figures the dashboard shows for the same period."""
import re
import unicodedata
from datetime import date
from io import BytesIO

import pytest
from docx import Document
from pypdf import PdfReader

from directory.models import AuditEvent, CommitteeDocument
from directory.services import documents, reports
from directory.services.reports import Period

from ..linkage.helpers import confirmed_linkage

ARGS = "start=2025-01-01&end=2025-12-31"


@pytest.fixture
def deals(world, db):
    w = world
    confirmed_linkage(w["manager_b"], w["manager_a"], w["a"], value=100_000_000, on=date(2025, 3, 10))
    confirmed_linkage(w["manager_b"], w["manager_a"], w["a"], value=50_000_000, on=date(2025, 6, 2))
    confirmed_linkage(w["buyer"], w["manager_a"], w["a"], value=7_000_000, on=date(2025, 5, 20))
    db.session.commit()


def _dashboard_figures(client, code: str) -> list[str]:
    """The summary figures as the dashboard shows them (its data-figure cells), in order."""
    page = client.get(f"/reports/committees/{code}?{ARGS}").get_data(as_text=True)
    figures = re.findall(r'data-figure="\d+">([^<]*)</td>', page)
    assert len(figures) == 10
    return [unicodedata.normalize("NFC", f.replace("\u00a0", " ")) for f in figures]


def _pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    return unicodedata.normalize("NFC", text.replace("\u00a0", " "))


def _docx_text(data: bytes) -> str:
    doc = Document(BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return unicodedata.normalize("NFC", "\n".join(parts).replace("\u00a0", " "))


@pytest.fixture
def settings(world, db):
    committee = world["committee_a"]
    db.session.add(CommitteeDocument(
        committee_id=committee.id, superior_body="ĐẢNG BỘ TỈNH VĨNH PHÚC", issuing_body="ĐẢNG ỦY KHỐI DOANH NGHIỆP",
        place="Vĩnh Phúc", symbol="BC/ĐUK", on_behalf="T/M ĐẢNG ỦY", signer_function="PHÓ BÍ THƯ",
        signer_name="", recipients="- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng Đảng ủy."))
    db.session.commit()
    return committee


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_file_has_the_heading_the_number_and_the_dashboards_figures(world, deals, settings, client, login, kind):
    code = settings.code
    login(world["reviewer_a"])
    figures = _dashboard_figures(client, code)
    assert figures[4] == "3" and figures[5] == "157.000.000 ₫"
    response = client.get(f"/reports/committees/{code}/document.{kind}?{ARGS}&number=12&date=06/02/2026"
                          "&signer=Trần Văn Ký")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    text = _pdf_text(response.data) if kind == "pdf" else _docx_text(response.data)
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH VĨNH PHÚC", "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
                     "Số 12-BC/ĐUK", "Vĩnh Phúc, ngày 06 tháng 02 năm 2026", "BÁO CÁO",
                     "(Từ ngày 01/01/2025 đến ngày 31/12/2025)", "Nơi nhận:", "- Lưu Văn phòng Đảng ủy.",
                     "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Trần Văn Ký"):
        assert expected in text, expected
    assert "ĐỘC LẬP" not in text.upper()  # a Party document carries no national motto
    for label, number, is_money in reports.summary_rows(reports.build_report(settings, Period(date(2025, 1, 1),
                                                                                               date(2025, 12, 31)))):
        assert label in text
    for figure in figures:
        assert figure in text


def test_the_file_is_vietnamese_for_an_english_speaking_reviewer(world, deals, settings, client, login):
    login(world["reviewer_a"])
    with client.session_transaction() as session:
        session["lang"] = "en"
    page = client.get(f"/reports/committees/{settings.code}/document?{ARGS}").get_data(as_text=True)
    assert "Official report" in page
    text = _docx_text(client.get(f"/reports/committees/{settings.code}/document.docx?{ARGS}").data)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Tổng giá trị giao dịch (đồng)" in text


def test_a_bad_number_or_date_leaves_a_blank_and_today(world, settings, client, login):
    login(world["reviewer_a"])
    response = client.get(f"/reports/committees/{settings.code}/document?number=12a&date=31/02/2026")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Số văn bản chỉ gồm chữ số" in page and "Ngày văn bản không hợp lệ" in page
    text = _docx_text(client.get(f"/reports/committees/{settings.code}/document.docx?number=12a").data)
    assert "Số \u2003\u2003-BC/ĐUK" in text


def test_the_print_view_has_the_same_heading(world, deals, settings, client, login):
    login(world["reviewer_a"])
    page = client.get(f"/reports/committees/{settings.code}/print?{ARGS}&number=7&date=2026-02-06")
    html = page.get_data(as_text=True)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in html and "Số 7-BC/ĐUK" in html
    assert "Vĩnh Phúc, ngày 06 tháng 02 năm 2026" in html and "PHÓ BÍ THƯ" in html


def test_defaults_come_from_the_committee_list(make_committee, app):
    vinhphuc = make_committee(code="vinhphuc", legacy_province_name="Vĩnh Phúc")
    hanoi = make_committee(code="hanoi", legacy_province_name="Hà Nội")
    assert documents.document_settings(vinhphuc).superior_body == "ĐẢNG BỘ TỈNH VĨNH PHÚC"
    assert documents.document_settings(hanoi).superior_body == "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"
    assert documents.document_settings(hanoi).place == "Hà Nội"
    assert documents.document_settings(hanoi).signer_name == ""  # no invented people
    assert "Thành ủy Hà Nội" in documents.document_settings(hanoi).recipients


def test_the_office_saves_its_settings_and_the_change_is_audited(world, client, login, db):
    committee = world["committee_a"]
    login(world["reviewer_a"])
    form = client.get(f"/reports/committees/{committee.code}/document/settings").get_data(as_text=True)
    assert 'name="csrf_token"' in form
    response = client.post(f"/reports/committees/{committee.code}/document/settings", data={
        "superior_body": "ĐẢNG BỘ TỈNH PHÚ THỌ", "issuing_body": "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "place": "Phú Thọ",
        "symbol": "BC/ĐUK", "on_behalf": "T/M ĐẢNG ỦY", "signer_function": "BÍ THƯ", "signer_name": "Lê Thị Ký",
        "recipients": "- Lưu VP."})
    assert response.status_code == 302
    stored = db.session.get(CommitteeDocument, committee.id)
    assert (stored.place, stored.signer_name) == ("Phú Thọ", "Lê Thị Ký")
    event = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action == "committee.document_settings")).one()
    assert event.target_id == committee.id and event.after["place"] == "Phú Thọ"
    text = _docx_text(client.get(f"/reports/committees/{committee.code}/document.docx").data)
    assert "Phú Thọ, ngày" in text and "Lê Thị Ký" in text


def test_too_long_settings_are_refused(world, client, login, db):
    login(world["reviewer_a"])
    response = client.post(f"/reports/committees/{world['committee_a'].code}/document/settings",
                           data={"place": "x" * 101})
    assert response.status_code == 200 and "Tối đa 100 ký tự." in response.get_data(as_text=True)
    assert db.session.get(CommitteeDocument, world["committee_a"].id) is None


@pytest.mark.parametrize("today, key, start, end", [
    (date(2026, 12, 7), "month", date(2026, 12, 1), date(2026, 12, 31)),
    (date(2026, 1, 15), "last-month", date(2025, 12, 1), date(2025, 12, 31)),
    (date(2026, 5, 7), "quarter", date(2026, 4, 1), date(2026, 6, 30)),
    (date(2026, 2, 7), "last-quarter", date(2025, 10, 1), date(2025, 12, 31)),
    (date(2026, 8, 7), "half", date(2026, 7, 1), date(2026, 12, 31)),
    (date(2026, 3, 7), "last-half", date(2025, 7, 1), date(2025, 12, 31)),
    (date(2026, 3, 7), "year", date(2026, 1, 1), date(2026, 12, 31)),
    (date(2026, 3, 7), "last-year", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_period_presets_are_whole_calendar_periods(app, today, key, start, end):
    presets = {p.key: p for p in reports.period_presets(None, today)}
    assert presets[key].period == Period(start, end)


def test_programme_to_date_starts_at_the_first_deal(world, deals, app):
    preset = {p.key: p for p in reports.period_presets(world["committee_a"], date(2026, 12, 7))}["programme"]
    assert preset.period == Period(date(2025, 3, 10), date(2026, 12, 7))
    assert {p.key: p for p in reports.period_presets(world["committee_a"], date(2026, 12, 7))}["half"].label \
        == "6 tháng cuối năm 2026"


def test_the_dashboard_offers_the_presets_and_shows_dates_dd_mm_yyyy(world, client, login):
    login(world["reviewer_a"])
    page = client.get(f"/reports/committees/{world['committee_a'].code}?{ARGS}").get_data(as_text=True)
    assert 'value="01/01/2025"' in page and 'value="31/12/2025"' in page
    for key in ("month", "quarter", "half", "year", "programme"):
        assert f'data-preset="{key}"' in page


def test_control_characters_never_reach_the_docx(world, client, login, db):
    """A DOCX cannot hold control characters: the settings are stored without them."""
    committee = world["committee_a"]
    login(world["reviewer_a"])
    response = client.post(f"/reports/committees/{committee.code}/document/settings",
                           data={"recipients": "- Lưu\x01 VP.\n- Ban\x1b X", "signer_name": "A\x02B"})
    assert response.status_code == 302
    stored = db.session.get(CommitteeDocument, committee.id)
    assert (stored.recipients, stored.signer_name) == ("- Lưu VP.\n- Ban X", "A B")
    response = client.get(f"/reports/committees/{committee.code}/document.docx?signer=A%09B")
    assert response.status_code == 200 and "- Lưu VP." in _docx_text(response.data)


def test_the_preset_of_the_period_shown_is_marked(world, client, login):
    code = world["committee_a"].code
    login(world["reviewer_a"])
    last_year = {p.key: p for p in reports.period_presets(world["committee_a"])}["last-year"].period
    page = client.get(f"/reports/committees/{code}/document?start={last_year.start:%d/%m/%Y}"
                      f"&end={last_year.end:%d/%m/%Y}").get_data(as_text=True)
    assert 'active" aria-current="true" data-preset="last-year"' in page
    assert page.count('aria-current="true"') == 1
