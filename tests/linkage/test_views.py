import io
from datetime import date, timedelta
from io import BytesIO

import pytest
from openpyxl import load_workbook

from directory.models import (Inquiry, Linkage, LinkageStatus, Message, Need, Notification, SavedSearch, ShortlistItem,
                              Status)
from directory.models.base import utcnow


def test_offering_page_offers_an_inquiry_to_signed_in_enterprise_users_only(client, login, world):
    url = f"/offerings/{world['offering_a'].id}"
    assert "/linkage/inquiries/new" not in client.get(url).get_data(as_text=True)
    login(world["buyer"])
    assert f"/linkage/inquiries/new?offering={world['offering_a'].id}" in client.get(url).get_data(as_text=True)
    login(world["manager_a"])  # its own offering
    assert "/linkage/inquiries/new" not in client.get(url).get_data(as_text=True)


def test_inquiry_reply_and_deal_through_the_pages(client, login, world, db):
    login(world["manager_b"])
    response = client.post(f"/linkage/inquiries/new?offering={world['offering_a'].id}", data={
        "subject": "Thép D10", "quantity": "20 tấn", "wanted_on": (date.today() + timedelta(days=9)).isoformat(),
        "body": "Xin báo giá <b>gấp</b> 🙏", "attachment": (io.BytesIO(b"%PDF-1.4 quote"), "yeu-cau.pdf"),
    }, content_type="multipart/form-data")
    assert response.status_code == 302
    inquiry = db.session.scalar(db.select(Inquiry))
    message = inquiry.messages[0]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Xin báo giá &lt;b&gt;gấp&lt;/b&gt; 🙏" in page
    assert client.get(f"/linkage/messages/{message.id}/attachment").data == b"%PDF-1.4 quote"

    login(world["manager_a"])
    assert "1 tin chưa đọc" in client.get("/linkage/inquiries").get_data(as_text=True)
    client.post(f"/linkage/inquiries/{inquiry.id}/reply", data={"body": "Giá 15,5 triệu/tấn."})
    login(world["reviewer_b"])
    assert client.get(f"/linkage/messages/{message.id}/attachment").status_code == 404

    login(world["manager_b"])
    response = client.post(f"/linkage/linkages/new?inquiry={inquiry.id}", data={
        "counterparty": world["a"].id, "side": "buyer", "offerings": [world["offering_a"].id],
        "value": "310.000.000", "starts_on": "2025-06-01", "description": "Đơn hàng tháng 6",
    })
    assert response.status_code == 302, response.get_data(as_text=True)
    linkage = db.session.scalar(db.select(Linkage))
    assert (linkage.value, linkage.inquiry_id) == (310_000_000, inquiry.id)
    login(world["staff_a"])
    client.post(f"/linkage/linkages/{linkage.id}/decide", data={"confirm": "1"})
    db.session.expire_all()
    assert db.session.get(Linkage, linkage.id).status == LinkageStatus.CONFIRMED


@pytest.mark.parametrize("value", ["-5", "abc", "0", "9" * 30, ""])
def test_bad_deal_values_get_a_message_not_a_500(client, login, world, value):
    login(world["manager_b"])
    response = client.post(f"/linkage/linkages/new?enterprise={world['a'].slug}", data={
        "counterparty": world["a"].id, "side": "buyer", "value": value, "starts_on": "2025-06-01"})
    assert response.status_code == 200
    assert "is-invalid" in response.get_data(as_text=True)


def test_huge_or_empty_inquiry_is_refused_with_a_message(client, login, world, db):
    login(world["buyer"])
    url = f"/linkage/inquiries/new?offering={world['offering_a'].id}"
    for body in ("", "x" * 10_000):
        response = client.post(url, data={"subject": "Hỏi", "body": body})
        assert response.status_code == 200 and "is-invalid" in response.get_data(as_text=True)
    assert db.session.scalar(db.select(Inquiry)) is None


@pytest.mark.parametrize("url", ["/linkage/inquiries/new?offering=999999", "/linkage/inquiries/new?enterprise=nope",
                                 "/linkage/inquiries/new", "/linkage/linkages/999", "/linkage/needs/999",
                                 "/linkage/shortlists/999", "/linkage/messages/999/attachment",
                                 "/linkage/linkages/new?inquiry=abc"])
def test_unknown_ids_are_404(client, login, world, url):
    login(world["buyer"])
    assert client.get(url).status_code == 404


def test_reviewer_has_no_programme_home(client, login, world):
    login(world["reviewer_a"])
    assert client.get("/linkage/").status_code == 403


@pytest.mark.parametrize("role", ["reviewer_a", "admin"])
def test_those_who_only_read_a_thread_are_refused_a_reply_with_403(client, login, world, db, role):
    login(world["buyer"])
    client.post(f"/linkage/inquiries/new?offering={world['offering_a'].id}", data={"subject": "Hỏi", "body": "Giá?"})
    inquiry = db.session.scalar(db.select(Inquiry))
    login(world[role])
    assert client.get(f"/linkage/inquiries/{inquiry.id}").status_code == 200
    assert client.post(f"/linkage/inquiries/{inquiry.id}/reply", data={"body": "Xen vào"}).status_code == 403
    assert db.session.scalar(db.select(db.func.count(Message.id))) == 1


def test_the_shortlist_page_does_not_show_an_unpublished_enterprise(client, login, world, make_enterprise, db):
    make_enterprise(committee=world["committee_a"], status=Status.DRAFT, slug="dn-nhap", legal_name="Công ty Bí Mật")
    db.session.commit()
    login(world["manager_b"])
    response = client.get("/linkage/shortlists/add?enterprise=dn-nhap")
    assert response.status_code == 404 and "Bí Mật" not in response.get_data(as_text=True)


def test_need_form_prefills_from_the_search_query_and_notifies_matching_suppliers(client, login, world, db,
                                                                                  make_category):
    category = make_category()
    world["offering_a"].category = category
    db.session.commit()
    login(world["buyer"])
    page = client.get("/linkage/needs/new?q=th%C3%A9p+cu%E1%BB%99n").get_data(as_text=True)
    assert 'value="thép cuộn"' in page
    response = client.post("/linkage/needs/new", data={"title": "Cần mua thep cuon", "category": category.id,
                                                        "province": "01", "description": ""})
    assert response.status_code == 302
    need = db.session.scalar(db.select(Need))
    notified = {n.user_id for n in db.session.scalars(db.select(Notification))}
    assert notified == {world["staff_a"].id, world["manager_a"].id}
    login(world["manager_a"])
    valid_until = (date.today() + timedelta(days=30)).strftime("%d/%m/%Y")
    response = client.post(f"/linkage/needs/{need.id}/offer", data={
        "items-0-offering": world["offering_a"].id, "items-0-quantity": "20", "items-0-unit_price": "15.500.000",
        "valid_until": valid_until, "note": "Chúng tôi có sẵn hàng."})
    assert response.status_code == 302
    offer = db.session.scalar(db.select(Inquiry).where(Inquiry.need_id == need.id))
    assert (offer.buyer_id, offer.supplier_id) == (world["outside"].id, world["a"].id)


def test_needs_are_hidden_from_visitors(client, world):
    assert client.get("/linkage/needs").status_code == 302


def test_shortlist_compare_and_export(client, login, world, make_offering, db):
    others = [make_offering(enterprise=world["b"], title=f"Xi măng loại {n}", member_discount_pct=5) for n in range(5)]
    db.session.commit()
    login(world["buyer"])
    response = client.post(f"/linkage/shortlists/add?offering={world['offering_a'].id}", data={"new_name": "Vật tư Q3"})
    assert response.status_code == 302
    shortlist_url = response.headers["Location"]
    shortlist_id = int(shortlist_url.rstrip("/").rsplit("/", 1)[1])
    for offering in others:
        client.post(f"/linkage/shortlists/add?offering={offering.id}", data={"shortlist": shortlist_id})
    client.post(f"/linkage/shortlists/add?enterprise={world['b'].slug}", data={"shortlist": shortlist_id})
    page = client.get(f"/linkage/shortlists/{shortlist_id}/compare?" + "&".join(f"item={i}" for i in range(1, 10)))
    html = page.get_data(as_text=True)
    assert html.count('<th scope="col">') == 4
    book = load_workbook(BytesIO(client.get(f"/linkage/shortlists/{shortlist_id}/export.xlsx").data))
    rows = list(book.active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 7 and rows[0][0] == "Thép cuộn xây dựng D10" and rows[1][7] == 5  # the discount, a number
    login(world["manager_b"])
    assert client.get(f"/linkage/shortlists/{shortlist_id}").status_code == 404


def test_saved_search_digest_tells_once_about_new_matching_offerings(client, login, world, make_offering, db, app):
    login(world["buyer"])
    client.post("/linkage/saved-searches", data={"q": "thep cuon", "kind": "product"})
    saved = db.session.scalar(db.select(SavedSearch))
    assert saved.filters == {"kind": "product"}
    saved.last_sent_at = utcnow() - timedelta(days=1)
    make_offering(enterprise=world["b"], title="Thép cuộn cán nguội", approved_at=utcnow())
    make_offering(enterprise=world["b"], title="Xi măng PCB40", description="Bao 50 kg", approved_at=utcnow())
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["linkage", "digest"])
    assert "Đã gửi 1 thông báo" in result.output
    db.session.expire_all()
    note = db.session.scalar(db.select(Notification).where(Notification.user_id == world["buyer"].id))
    assert "Thép cuộn cán nguội" in note.body and "Xi măng" not in note.body
    assert app.test_cli_runner().invoke(args=["linkage", "digest"]).output.startswith("Đã gửi 0")


def test_suggestions_explain_why(client, login, world, make_category, make_offering, db):
    from .helpers import confirmed_linkage

    category = make_category(name_vi="Thép xây dựng")
    world["offering_a"].category = category
    candidate = make_offering(enterprise=world["b"], title="Thép hình chữ I", category=category)
    db.session.commit()
    confirmed_linkage(world["buyer"], world["manager_a"], world["a"], offerings=[world["offering_a"]])
    db.session.commit()
    login(world["buyer"])
    page = client.get("/linkage/").get_data(as_text=True)
    assert candidate.title in page
    assert "đã mua nhóm “Thép xây dựng” (1 giao dịch)" in page


def test_shortlist_rows_carry_their_remove_button_and_one_list_is_preselected(client, login, world, db):
    login(world["buyer"])
    first = client.get(f"/linkage/shortlists/add?offering={world['offering_a'].id}").get_data(as_text=True)
    assert "Hoặc" not in first and ">Tạo danh sách<" not in first  # a submit input: its value
    assert 'value="Tạo danh sách"' in first and "Tên danh sách mới" in first
    made = client.post(f"/linkage/shortlists/add?offering={world['offering_a'].id}", data={"new_name": "Thép"})
    shortlist_id = int(made.location.rstrip("/").rsplit("/", 1)[1])
    again = client.get(f"/linkage/shortlists/add?enterprise={world['b'].slug}").get_data(as_text=True)
    assert f'<option selected value="{shortlist_id}">' in again or f'value="{shortlist_id}" selected' in again
    html = client.get(f"/linkage/shortlists/{shortlist_id}").get_data(as_text=True)
    item_id = db.session.scalar(db.select(ShortlistItem.id))
    row = html[html.index(f'id="item-{item_id}"'):]
    row = row[:row.index("</li>")]
    assert f'form="remove-{item_id}"' in row  # the button is on its row
    assert f'id="remove-{item_id}"' in html and "Bỏ khỏi danh sách</h2>" not in html
    assert client.post(f"/linkage/shortlists/{shortlist_id}/items/{item_id}/remove").status_code == 302
    assert db.session.scalar(db.select(ShortlistItem.id)) is None
