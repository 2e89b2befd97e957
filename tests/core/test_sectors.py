"""VSIC sector codes: the division data, the code rule, and a code shown and found by its name."""
import csv
import unicodedata

import pytest

from directory.models import Enterprise, EnterpriseSector, Role
from directory.reference import (DATA, SectorCodeError, find_sectors, parse_sector, sector_label, vsic_divisions,
                                 vsic_sections)
from directory.search import Params, reindex, search, sync_enterprise


@pytest.mark.parametrize("version, count", [("2018", 88), ("2025", 87)])
def test_divisions_are_shipped_for_each_version_under_an_existing_section(version, count):
    with open(DATA / f"vsic{version}_divisions.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == count == len(vsic_divisions(version))  # no code twice
    sections = vsic_sections(version)
    for r in rows:
        assert r["code"].isdigit() and len(r["code"]) == 2, r
        assert r["section"] in sections, r
        assert r["name_vi"] and r["name_en"], r
        assert unicodedata.is_normalized("NFC", r["name_vi"]), r
    assert {r["section"] for r in rows} == set(sections)  # every section has a division


def test_every_vsic_2025_division_name_says_where_it_comes_from():
    """"vsic2018": the VSIC 2018 name of a division ISIC Rev.5 left as it was; "isic5": a translation
    of the ISIC Rev.5 title where the scope changed, until the text of Decision 36/2025 replaces it
    (docs/imports.md, Sector codes)."""
    with open(DATA / "vsic2025_divisions.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    older = vsic_divisions("2018")
    for r in rows:
        assert r["name_source"] in ("vsic2018", "isic5"), r
        if r["name_source"] == "vsic2018":
            assert r["name_vi"] == older[r["code"]].name_vi, r
    assert {r["code"] for r in rows if r["name_source"] == "isic5"} == {
        "46", "47", "60", "63", "80", "90", "93", "95", "96"}


def test_vsic_2025_moves_the_letters_from_j_on():
    assert vsic_divisions("2018")["62"].section == "J" and vsic_divisions("2025")["62"].section == "K"
    assert vsic_divisions("2018")["68"].section == "L" and vsic_divisions("2025")["68"].section == "M"
    assert "45" in vsic_divisions("2018") and "45" not in vsic_divisions("2025")


@pytest.mark.parametrize("typed, stored", [
    ("2025:C", "2025:C"), ("c", "2025:C"), ("2018: u", "2018:U"), ("23", "2025:23"), ("2018:2394", "2018:2394"),
    ("239", "2025:239"), ("23941", "2025:23941"), ("2025:C2220", "2025:2220"), ("2018:45200", "2018:45200"),
])
def test_a_code_at_any_level_is_stored_with_its_version(app, typed, stored):
    with app.test_request_context():
        assert parse_sector(typed, "2025") == stored


@pytest.mark.parametrize("typed, reason", [
    ("2025:V", None), ("2018:V", "không có ngành cấp 1 «V»"), ("2025:45", "không có ngành cấp 2 «45»"),
    ("2025:4520", "không có ngành cấp 2 «45»"), ("04", "không có ngành cấp 2 «04»"),
    ("2394-1", "mã 3–5 chữ số"), ("239412", "mã 3–5 chữ số"), ("1", "mã 3–5 chữ số"), ("CC", "mã 3–5 chữ số"),
    ("2019:C", "phiên bản VSIC phải là 2025 hoặc 2018"), ("2025:K2394", "mã 3–5 chữ số"),
])
def test_a_wrong_code_is_refused_with_the_reason(app, typed, reason):
    with app.test_request_context():
        if reason is None:
            assert parse_sector(typed) == typed
        else:
            with pytest.raises(SectorCodeError, match=reason):
                parse_sector(typed, "2025")


def test_labels_name_the_section_or_the_division_in_the_language_asked():
    assert sector_label("2025", "C") == "C – Công nghiệp chế biến, chế tạo (VSIC 2025)"
    assert sector_label("2018", "2394") == "2394 – Sản xuất sản phẩm từ khoáng phi kim loại khác (VSIC 2018)"
    assert sector_label("2025", "62", english=True).startswith("62 – Computer programming")


def _register(client, login, make_user, make_committee, db, sectors):
    from tests.workspace.test_views import enterprise_form

    committee = make_committee()
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    return client.post("/workspace/register", data=enterprise_form(committee.id, sectors=sectors))


def test_the_form_takes_typed_codes_of_every_level(client, login, make_user, make_committee, db):
    response = _register(client, login, make_user, make_committee, db, "2394; 2018:C, 2025:62")
    assert response.status_code == 302, response.get_data(as_text=True)
    enterprise = db.session.scalar(db.select(Enterprise))
    assert sorted((s.vsic_version, s.code) for s in enterprise.sectors) == [
        ("2018", "C"), ("2025", "2394"), ("2025", "62")]


def test_the_form_refuses_a_wrong_code_and_keeps_what_was_typed(client, login, make_user, make_committee, db):
    response = _register(client, login, make_user, make_committee, db, "2394; 2025:4520")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "VSIC 2025 không có ngành cấp 2 «45»" in page and 'value="2394; 2025:4520"' in page
    assert db.session.scalar(db.select(db.func.count(Enterprise.id))) == 0


def test_the_form_refuses_more_than_five(client, login, make_user, make_committee, db):
    response = _register(client, login, make_user, make_committee, db, "01; 02; 03; 05; 06; 07")
    assert "Chọn tối đa 5 ngành." in response.get_data(as_text=True)


def test_a_code_is_shown_with_its_name_on_the_page_and_in_the_api(client, make_enterprise, db):
    enterprise = make_enterprise(slug="xi-mang-ha-nam")
    enterprise.sectors = [EnterpriseSector(vsic_version="2025", code="2394")]
    db.session.commit()
    page = client.get("/enterprises/xi-mang-ha-nam").get_data(as_text=True)
    api = client.get("/api/v1/enterprises/xi-mang-ha-nam").get_json()
    assert api["sectors"] == [{"vsic_version": "2025", "code": "2394",
                               "name": "Sản xuất sản phẩm từ khoáng phi kim loại khác",
                               "name_en": "Manufacture of other non-metallic mineral products"}]
    assert "2394 – Sản xuất sản phẩm từ khoáng phi kim loại khác (VSIC 2025)" in page


def test_an_enterprise_is_found_by_its_sector_code_and_name(make_enterprise, db):
    enterprise = make_enterprise(legal_name="Công ty Cổ phần Vật liệu Bắc Sơn", short_name="Bắc Sơn")
    enterprise.sectors = [EnterpriseSector(vsic_version="2025", code="2394")]
    reindex()
    db.session.commit()
    for q in ("2394", "khoang phi kim loai"):
        assert [h.record.legal_name for h in search(Params(q=q)).hits] == ["Công ty Cổ phần Vật liệu Bắc Sơn"], q
    enterprise.sectors = [EnterpriseSector(vsic_version="2025", code="62")]
    sync_enterprise(enterprise)
    db.session.commit()
    assert search(Params(q="lap trinh may vi tinh")).total == 1 and search(Params(q="2394")).total == 0


@pytest.mark.parametrize("typed, first", [
    ("2394", "2025:2394"), ("xi mang", "2025:23"), ("Xi Măng", "2025:23"), ("phan mem", "2025:62"),
    ("c", "2025:C"), ("ô tô", "2025:29"),
])
def test_the_picker_finds_a_code_or_folded_words(app, typed, first):
    with app.test_request_context():
        choices = find_sectors(typed)
    assert choices[0].value == first
    assert len({c.value for c in choices}) == len(choices)
    for choice in choices:  # each one is a code the form takes back
        with app.test_request_context():
            assert parse_sector(choice.value) == choice.value


@pytest.mark.parametrize("typed", ["", "   ", "00", "45' OR 1=1", "zzz không có", "x" * 500])
def test_the_picker_answers_nonsense_with_nothing_or_valid_codes(app, typed):
    with app.test_request_context():
        for choice in find_sectors(typed):
            assert parse_sector(choice.value) == choice.value


def test_the_picker_endpoint_answers_json_in_the_page_language(client, login, make_user, db):
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    data = client.get("/workspace/sectors?q=2394").get_json()
    assert data["suggestions"][0] == {"value": "2025:2394",
                                      "label": "2394 – Sản xuất sản phẩm từ khoáng phi kim loại khác (VSIC 2025)"}
    with client.session_transaction() as session:
        session["lang"] = "en"
    data = client.get("/workspace/sectors?q=cement").get_json()
    assert data["suggestions"] == []  # English names are searched, but no division is called "cement"
    data = client.get("/workspace/sectors?q=non-metallic").get_json()
    assert data["suggestions"][0]["label"] == "23 – Manufacture of other non-metallic mineral products (VSIC 2025)"


def test_the_form_page_has_the_picker_hidden_until_its_script_runs(client, login, make_user, db):
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    page = client.get("/workspace/register").get_data(as_text=True)
    assert 'id="sector-picker"' in page and "hidden>" in page.split('id="sector-picker"')[1].split("<label")[0]
    assert "/static/js/sectors.js" in page and 'name="sectors" type="text"' in page
