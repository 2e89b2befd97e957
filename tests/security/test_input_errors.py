"""The four kinds of input that gave server errors in an outside test (docs/operations.md), each a 400 or
404 with the friendly error page now, on both databases; and the headers of signed-in pages.
test_fuzz_inputs.py sends generated values to every route besides."""
import pytest

from directory.models import Inquiry, Need, OutgoingMail
from directory.urls import safe_next

TOO_BIG = ["2147483648", "99999999999", "9223372036854775808", "1" + "0" * 40]


@pytest.mark.parametrize("number", TOO_BIG)
@pytest.mark.parametrize("url", ["/offerings/{}", "/api/v1/offerings/{}", "/workspace/offerings/{}",
                                 "/linkage/inquiries/{}", "/admin/users/{}"])
def test_an_id_beyond_the_id_columns_is_not_found(client, login, world, url, number):
    login(world["admin"])
    response = client.get(url.format(number))
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.get_data(as_text=True) or response.is_json


@pytest.mark.parametrize("value", ["1e20", "99999999999999999999", "-5", "²", "٣", "1.5", "NaN"])
def test_integer_query_parameters_out_of_range_fall_back_to_their_default(client, login, world, value):
    login(world["manager_a"])
    for url in ("/committees/khoi-a", "/linkage/needs"):
        assert client.get(url, query_string={"page": value}).status_code == 200, url
    search = client.get("/search/", query_string={"page": value})  # a page past the end: the last page
    assert search.status_code == 200 or (search.status_code == 302 and "page=" not in search.location)
    shortlist = client.post("/linkage/shortlists", data={"name": "Thép"})
    compare = shortlist.headers["Location"] + "/compare"
    assert client.get(compare, query_string={"item": [value, "1"]}).status_code == 200
    assert client.get("/linkage/inquiries/new", query_string={"offering": value}).status_code == 404
    login(world["admin"])
    assert client.get("/admin/users", query_string={"page": value}).status_code == 200
    assert client.post("/admin/mail/retry", data={"mail_id": value}).status_code == 302


def test_ids_and_versions_in_forms_beyond_range_are_refused_not_crashed(client, login, world):
    login(world["admin"])
    response = client.post("/review/bulk-approve", data={"items": [f"offering:{TOO_BIG[2]}:1", "offering:1:²"]})
    assert response.status_code in (200, 302)
    offering = world["offering_a"]
    response = client.post(f"/workspace/offerings/{offering.id}/archive", data={"version": "²"})
    assert response.status_code < 500


@pytest.mark.parametrize("url", ["/search/?q=cap&committee=%00", "/enterprises/%00", "/api/v1/enterprises/%00",
                                 "/uploads/%00", "/language/en?next=/%0Aenv", "/search/?q=a%0Db", "/categories/x%1B"])
def test_control_characters_in_a_path_or_query_string_are_a_bad_request(client, url):
    response = client.get(url)
    assert response.status_code == 400
    if url.startswith("/api/"):
        assert response.get_json()["error"]["status"] == 400
    else:
        assert "Yêu cầu không hợp lệ" in response.get_data(as_text=True)


def test_nul_in_a_form_is_a_bad_request_but_newlines_in_a_textarea_are_kept(client, login, world, db):
    login(world["manager_b"])
    url = f"/linkage/inquiries/new?offering={world['offering_a'].id}"
    assert client.post(url, data={"subject": "Thép", "body": "a\x00b"}).status_code == 400
    assert client.post(url, data={"subject": "Thép", "body": "Dòng 1\r\n\tDòng 2"}).status_code == 302
    assert db.session.scalar(db.select(Inquiry)).messages[0].body == "Dòng 1\r\n\tDòng 2"


@pytest.mark.parametrize("target", ["/\nenv", "/a\r\nSet-Cookie: x=1", "/a\tb", "/a\x7fb", "/a\x85b", "/a\x00"])
def test_safe_next_refuses_control_characters(target):
    assert safe_next(target) is None
    assert safe_next("/linkage/?q=thép") == "/linkage/?q=thép"


def test_sign_in_never_sends_a_next_with_a_newline(client, world):
    response = client.post("/account/login?next=/%0Aenv", data={"email": world["manager_a"].email,
                                                               "password": "mat-khau-123"})
    assert response.status_code == 400


def test_a_line_break_in_a_subject_or_title_never_reaches_a_mail_header(client, login, world, db, app):
    login(world["manager_b"])
    hostile = "Thép\r\nBcc: all@evil.example\n\u2028X-Y: 1\tD10"
    response = client.post(f"/linkage/inquiries/new?offering={world['offering_a'].id}",
                           data={"subject": hostile, "body": "Xin báo giá"})
    assert response.status_code == 302
    assert db.session.scalar(db.select(Inquiry)).subject == "Thép Bcc: all@evil.example X-Y: 1 D10"
    response = client.post("/linkage/needs/new", data={"title": hostile, "category": "0", "province": ""})
    assert response.status_code == 302
    assert db.session.scalar(db.select(Need)).title == "Thép Bcc: all@evil.example X-Y: 1 D10"
    for mail in db.session.scalars(db.select(OutgoingMail)):
        assert not any(c in mail.subject for c in "\r\n\u2028")


def test_signed_in_pages_are_never_stored_but_public_ones_and_static_files_may_be(client, login, world):
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
    login(world["manager_a"])
    for url in ("/", "/workspace/", f"/offerings/{world['offering_a'].id}"):
        assert "no-store" in client.get(url).headers["Cache-Control"], url
    assert "no-store" not in client.get("/static/css/app.css").headers.get("Cache-Control", "")


def test_a_page_that_hands_out_a_cookie_is_not_stored(client):
    response = client.get("/language/en?next=/")
    assert "Set-Cookie" in response.headers and "no-store" in response.headers["Cache-Control"]


def test_hsts_is_sent_over_https_only(client, app, monkeypatch):
    assert "Strict-Transport-Security" not in client.get("/").headers
    secure = client.get("/", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000"
    monkeypatch.setitem(app.config, "BASE_URL", "https://ketnoi.example.vn")  # behind a proxy that ends TLS
    assert "Strict-Transport-Security" in client.get("/").headers
