"""Structured quotes: the supplier prices a thread, the buyer accepts (and proposes the deal from a
pre-filled form) or declines; needs get quantity, unit, budget and quotes compared side by side."""
from datetime import date, timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from directory.models import (AuditEvent, Linkage, LinkageStatus, Need, Notification, OutgoingMail, Quote, QuoteItem,
                              QuoteStatus)
from directory.services import linkages, needs, quotes, shortlists
from directory.services.errors import AlreadyDecided, Conflict, DomainError, EditConflict, NotAuthorized
from tests.conftest import run_together

from .helpers import quote_in_thread

ROUNDS = 6


def today() -> date:
    return linkages.local_today()


def line(**values) -> quotes.ItemInput:
    return quotes.ItemInput(**{"description": "Thép cuộn D10", "quantity": Decimal(20), "unit": "tấn",
                               "unit_price": 15_500_000, **values})


def day(offset: int) -> str:
    return (today() + timedelta(days=offset)).strftime("%d/%m/%Y")


# ---- sending -----------------------------------------------------------------------------------

def test_a_quote_computes_its_line_totals_and_tells_the_buyer(world, db):
    inquiry_quote = quote_in_thread(world["buyer"], world["manager_a"], world["a"], world["offering_a"])
    thread = inquiry_quote.inquiry
    quote = quotes.send_quote(world["staff_a"], thread, valid_until=today() + timedelta(days=15), items=[
        line(offering_id=world["offering_a"].id, description="", quantity=Decimal("12.5"), unit=""),
        line(description="Vận chuyển đến Hưng Yên", quantity=Decimal(1), unit="chuyến", unit_price=3_250_001),
        quotes.ItemInput()],  # a blank line is skipped
        delivery_on=today() + timedelta(days=10), delivery_terms="Giao tại kho bên mua", vat_note="Chưa gồm VAT 10%")
    db.session.commit()
    assert [(i.description, i.unit, i.line_total) for i in quote.items] == [
        ("Thép cuộn xây dựng D10", "tấn", 193_750_000), ("Vận chuyển đến Hưng Yên", "chuyến", 3_250_001)]
    assert quote.total == 197_000_001
    assert inquiry_quote.status == QuoteStatus.SUPERSEDED  # the thread's open quote gave way to the newer one
    buyer_notes = db.session.scalars(db.select(Notification).where(Notification.user_id == world["buyer"].id)).all()
    assert any("gửi báo giá" in n.subject and "197.000.001" in n.body for n in buyer_notes)
    assert db.session.scalar(db.select(db.func.count(OutgoingMail.id)).where(
        OutgoingMail.recipient == world["buyer"].email, OutgoingMail.subject.contains("báo giá"))) == 2
    assert db.session.scalar(db.select(AuditEvent.action).where(AuditEvent.target_type == "quote",
                                                                AuditEvent.target_id == quote.id)) == "quote.send"


@pytest.mark.parametrize("bad, message", [
    (dict(quantity=Decimal(0)), "số lượng phải lớn hơn 0"),
    (dict(quantity=Decimal(-3)), "số lượng phải lớn hơn 0"),
    (dict(quantity=None), "số lượng phải lớn hơn 0"),
    (dict(unit_price=-1), "hãy nhập đơn giá"),
    (dict(unit_price=None), "hãy nhập đơn giá"),
    (dict(description=""), "hãy chọn sản phẩm"),
])
def test_bad_lines_are_refused_with_their_number(world, db, bad, message):
    thread = quote_in_thread(world["buyer"], world["manager_a"], world["a"]).inquiry
    with pytest.raises(DomainError, match=f"Dòng 2: {message}"):
        quotes.send_quote(world["manager_a"], thread, items=[line(), line(**bad)], valid_until=today())


def test_terms_and_items_are_checked(world, db, make_offering):
    thread = quote_in_thread(world["buyer"], world["manager_a"], world["a"]).inquiry
    other = make_offering(enterprise=world["b"], title="Xi măng của B")
    with pytest.raises(DomainError, match="hiệu lực"):
        quotes.send_quote(world["manager_a"], thread, items=[line()], valid_until=today() - timedelta(days=1))
    with pytest.raises(DomainError, match="hiệu lực"):
        quotes.send_quote(world["manager_a"], thread, items=[line()], valid_until=None)
    with pytest.raises(DomainError, match="Ngày giao hàng"):
        quotes.send_quote(world["manager_a"], thread, items=[line()], valid_until=today(),
                          delivery_on=today() - timedelta(days=2))
    with pytest.raises(DomainError, match="đã duyệt của doanh nghiệp mình"):
        quotes.send_quote(world["manager_a"], thread, items=[line(offering_id=other.id)], valid_until=today())
    with pytest.raises(DomainError, match="ít nhất một mặt hàng"):
        quotes.send_quote(world["manager_a"], thread, items=[quotes.ItemInput()], valid_until=today())
    with pytest.raises(DomainError, match="Tổng giá trị"):
        quotes.send_quote(world["manager_a"], thread, items=[line(unit_price=0)], valid_until=today())


@pytest.mark.parametrize("who", ["buyer", "manager_b", "reviewer_a", "admin"])
def test_only_the_supplier_side_quotes(world, db, who):
    thread = quote_in_thread(world["buyer"], world["manager_a"], world["a"]).inquiry
    with pytest.raises(NotAuthorized):
        quotes.send_quote(world[who], thread, items=[line()], valid_until=today())


# ---- deciding ----------------------------------------------------------------------------------

def test_accepting_prefills_the_linkage_proposal_and_the_deal_links_back(world, db, client, login):
    quote = quote_in_thread(world["buyer"], world["manager_a"], world["a"], world["offering_a"],
                            delivery_on=today() + timedelta(days=5))
    db.session.commit()
    login(world["buyer"])
    response = client.post(f"/linkage/quotes/{quote.id}/decide", data={f"quote{quote.id}-accept": "1"})
    assert response.status_code == 302 and f"/linkage/linkages/new?quote={quote.id}" in response.location
    form = client.get(response.location).get_data(as_text=True)
    assert 'value="310.000.000"' in form  # 20 tấn × 15.500.000
    assert f'<option selected value="{world["offering_a"].id}">' in form  # the quoted offering
    assert f'<option selected value="{world["a"].id}">{world["a"].legal_name}' in form  # the supplier
    assert f"Theo báo giá số {quote.id}" in form
    assert (today() + timedelta(days=5)).strftime("%d/%m/%Y") in form
    supplier_notes = db.session.scalars(db.select(Notification.subject).where(
        Notification.user_id == world["manager_a"].id)).all()
    assert any("đã chấp nhận báo giá" in s for s in supplier_notes)

    response = client.post(f"/linkage/linkages/new?quote={quote.id}", data={
        "counterparty": world["a"].id, "side": "buyer", "offerings": world["offering_a"].id, "value": "310.000.000",
        "starts_on": today().strftime("%d/%m/%Y"), "description": "Theo báo giá"})
    assert response.status_code == 302
    linkage = db.session.scalar(db.select(Linkage))
    assert (linkage.quote_id, linkage.inquiry_id, linkage.value) == (quote.id, quote.inquiry_id, 310_000_000)
    assert linkage.status == LinkageStatus.PROPOSED
    linkages.confirm_linkage(world["manager_a"], linkage)  # the other side confirms it as today
    db.session.commit()
    assert linkage.status == LinkageStatus.CONFIRMED
    thread = client.get(f"/linkage/inquiries/{quote.inquiry_id}").get_data(as_text=True)
    assert f"/linkage/linkages/{linkage.id}" in thread


def test_a_proposal_from_a_quote_needs_an_accepted_quote_of_ones_own(world, db):
    quote = quote_in_thread(world["buyer"], world["manager_a"], world["a"])
    with pytest.raises(Conflict):
        linkages.proposal(world["buyer"], quote_id=quote.id)
    quotes.accept_quote(world["buyer"], quote)
    with pytest.raises(Exception):  # the supplier is not the buyer of the quote: not found
        linkages.proposal(world["manager_a"], quote_id=quote.id)
    other = quote_in_thread(world["buyer"], world["manager_a"], world["a"])
    with pytest.raises(DomainError, match="chưa được chấp nhận"):
        linkages.propose_linkage(world["buyer"], world["a"], actor_is_buyer=True, value=1_000_000,
                                 starts_on=today(), quote=other)


def test_declining_politely_tells_the_supplier_with_the_reason(world, db):
    quote = quote_in_thread(world["buyer"], world["manager_a"], world["a"])
    quotes.decline_quote(world["buyer"], quote, "Giá cao hơn dự toán được duyệt")
    db.session.commit()
    assert (quote.status, quote.decline_reason) == (QuoteStatus.DECLINED, "Giá cao hơn dự toán được duyệt")
    note = db.session.scalar(db.select(Notification).where(Notification.user_id == world["staff_a"].id,
                                                           Notification.subject.contains("cảm ơn")))
    assert note is not None and note.body == "Giá cao hơn dự toán được duyệt"


def test_expired_superseded_and_decided_quotes_cannot_be_accepted(world, db):
    old = quote_in_thread(world["buyer"], world["manager_a"], world["a"])
    newer = quote_in_thread(world["buyer"], world["manager_a"], world["a"], inquiry=old.inquiry)
    with pytest.raises(AlreadyDecided, match="báo giá mới hơn"):
        quotes.accept_quote(world["buyer"], old)
    newer.valid_until = today() - timedelta(days=1)  # valid until yesterday: expired, no job needed
    db.session.flush()
    assert newer.state(today()) == "expired" and newer.status == QuoteStatus.SENT
    with pytest.raises(Conflict, match="hết hiệu lực"):
        quotes.accept_quote(world["buyer"], newer)
    fresh = quote_in_thread(world["buyer"], world["manager_a"], world["a"], inquiry=old.inquiry)
    quotes.decline_quote(world["buyer"], fresh)
    with pytest.raises(AlreadyDecided, match="từ chối"):
        quotes.accept_quote(world["buyer"], fresh)


@pytest.mark.parametrize("who", ["manager_a", "staff_a", "manager_b", "reviewer_a", "admin"])
def test_only_the_buyer_decides(world, db, who):
    quote = quote_in_thread(world["buyer"], world["manager_a"], world["a"])
    with pytest.raises(NotAuthorized):
        quotes.accept_quote(world[who], quote)


def test_two_tabs_deciding_at_once_one_wins_the_other_is_told(world, db, client_for, make_user):
    from directory.models import Role

    colleague = make_user(Role.STAFF, enterprise=world["outside"])
    db.session.commit()
    tabs = [client_for(world["buyer"]), client_for(colleague)]
    for round_ in range(ROUNDS):
        quote = quote_in_thread(world["buyer"], world["manager_a"], world["a"])
        db.session.commit()
        url, prefix = f"/linkage/quotes/{quote.id}/decide", f"quote{quote.id}"
        forms = [{f"{prefix}-accept": "1"}, {f"{prefix}-decline": "1", f"{prefix}-reason": "Đã chọn nhà khác"}]
        results = run_together(*(lambda t=t, f=f: t.post(url, data=f) for t, f in zip(tabs, forms)))
        assert [getattr(r, "status_code", r) for r in results] == [302, 302], f"round {round_}: {results}"
        db.session.expire_all()
        decided = db.session.get(Quote, quote.id)
        assert decided.status in (QuoteStatus.ACCEPTED, QuoteStatus.DECLINED), f"round {round_}"
        events = db.session.scalars(db.select(AuditEvent.action).where(
            AuditEvent.target_type == "quote", AuditEvent.target_id == quote.id,
            AuditEvent.action != "quote.send")).all()
        assert len(events) == 1, f"round {round_}: {events}"
        loser = tabs[1] if decided.status == QuoteStatus.ACCEPTED else tabs[0]
        page = loser.get(f"/linkage/inquiries/{quote.inquiry_id}").get_data(as_text=True)
        assert "trước đó" in page, f"round {round_}: the second tab was not told"


# ---- the thread page ---------------------------------------------------------------------------

def test_the_thread_shows_the_quote_table_and_the_buyer_its_buttons(world, db, client, login):
    quote = quote_in_thread(world["buyer"], world["manager_a"], world["a"], world["offering_a"])
    db.session.commit()
    login(world["buyer"])
    page = client.get(f"/linkage/inquiries/{quote.inquiry_id}").get_data(as_text=True)
    assert "table-stack" in page and "310.000.000\u00a0₫" in page and "15.500.000\u00a0₫" in page
    assert f'name="quote{quote.id}-accept"' in page
    login(world["reviewer_a"])  # a reviewer reads the quote but has no buttons
    page = client.get(f"/linkage/inquiries/{quote.inquiry_id}").get_data(as_text=True)
    assert "310.000.000\u00a0₫" in page and f'name="quote{quote.id}-accept"' not in page


def test_the_quote_form_refuses_bad_input_with_messages(world, db, client, login):
    thread = quote_in_thread(world["buyer"], world["manager_a"], world["a"]).inquiry
    db.session.commit()
    login(world["manager_a"])
    url = f"/linkage/inquiries/{thread.id}/quote"
    assert 'name="items-0-quantity"' in client.get(url).get_data(as_text=True)
    response = client.post(url, data={"items-0-description": "Thép", "items-0-quantity": "mười",
                                      "items-0-unit_price": "15.500.000", "valid_until": day(10)})
    assert response.status_code == 400 and "Hãy nhập số lượng bằng số" in response.get_data(as_text=True)
    response = client.post(url, data={"items-0-description": "Thép", "items-0-quantity": "0",
                                      "items-0-unit_price": "15.500.000", "valid_until": day(10)})
    assert response.status_code == 400 and "Dòng 1: số lượng phải lớn hơn 0" in response.get_data(as_text=True)
    response = client.post(url, data={"items-0-description": "Thép", "items-0-quantity": "1,5",
                                      "items-0-unit_price": "1.000.000", "valid_until": day(-1)})
    assert response.status_code == 400 and "còn hiệu lực" in response.get_data(as_text=True)
    response = client.post(url, data={"items-0-description": "Thép", "items-0-quantity": "1,5",
                                      "items-0-unit_price": "1.000.000", "valid_until": day(10)})
    assert response.status_code == 302
    assert db.session.scalar(db.select(Quote).order_by(Quote.id.desc())).total == 1_500_000


# ---- needs -------------------------------------------------------------------------------------

def test_needs_check_quantity_budget_area_and_deadline(world, db):
    post = lambda **v: needs.post_need(world["buyer"], **{"title": "Cần mua thép", **v})  # noqa: E731
    with pytest.raises(DomainError, match="Ngân sách “từ”"):
        post(budget_min=500_000_000, budget_max=100_000_000)
    with pytest.raises(DomainError, match="Số lượng"):
        post(quantity=Decimal(0))
    with pytest.raises(DomainError, match="Hạn nhận chào giá"):
        post(deadline=today())
    with pytest.raises(DomainError, match="Tỉnh"):
        post(province_code="99")
    need = post(quantity=Decimal("12.5"), unit="tấn", budget_min=100_000_000, budget_max=200_000_000,
                province_code="33", deadline=today() + timedelta(days=20))
    db.session.commit()
    assert (need.quantity, need.unit, need.budget_min, need.budget_max) == (Decimal("12.5"), "tấn", 100_000_000,
                                                                             200_000_000)


def test_the_owner_edits_a_need_and_a_stale_form_is_refused(world, db, client, login):
    need = needs.post_need(world["buyer"], title="Cần mua thép", quantity=Decimal(20), unit="tấn")
    db.session.commit()
    login(world["buyer"])
    form = client.get(f"/linkage/needs/{need.id}/edit").get_data(as_text=True)
    assert 'value="20"' in form and f'name="version" type="hidden" value="{need.version}"' in form
    data = {"title": "Cần mua thép cuộn", "quantity": "25", "unit": "tấn", "budget_min": "300.000.000",
            "budget_max": "400.000.000", "province": "01", "deadline": day(30), "version": str(need.version),
            "category": "0"}
    assert client.post(f"/linkage/needs/{need.id}/edit", data=data).status_code == 302
    db.session.expire_all()
    need = db.session.get(Need, need.id)
    assert (need.title, need.quantity, need.budget_max) == ("Cần mua thép cuộn", Decimal(25), 400_000_000)
    page = client.get(f"/linkage/needs/{need.id}").get_data(as_text=True)
    assert "300.000.000\u00a0₫ – 400.000.000\u00a0₫" in page and "Hà Nội" in page
    stale = client.post(f"/linkage/needs/{need.id}/edit", data={**data, "title": "Bản cũ"})  # the old version
    assert stale.status_code == 200 and "đã lưu thay đổi sau khi bạn mở biểu mẫu" in stale.get_data(as_text=True)
    bad = client.post(f"/linkage/needs/{need.id}/edit", data={**data, "budget_min": "900.000.000",
                                                              "version": str(need.version)})
    assert "Ngân sách “từ”" in bad.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Need, need.id).title == "Cần mua thép cuộn"
    with pytest.raises(EditConflict):
        needs.update_need(world["buyer"], need, None, title="x", description="", quantity=None, unit="",
                          budget_min=None, budget_max=None, province_code=None, deadline=None)
    with pytest.raises(NotAuthorized):
        needs.update_need(world["manager_b"], need, need.version, title="x", description="", quantity=None, unit="",
                          budget_min=None, budget_max=None, province_code=None, deadline=None)


def test_suppliers_answer_a_need_and_the_owner_compares_accepts_and_declines(world, db, client, login,
                                                                            make_offering):
    offering_b = make_offering(enterprise=world["b"], title="Thép cuộn Hòa Phát", unit="tấn")
    need = needs.post_need(world["buyer"], title="Cần mua thép cuộn", quantity=Decimal(30), unit="tấn",
                           budget_max=600_000_000)
    db.session.commit()
    login(world["manager_a"])
    form = client.get(f"/linkage/needs/{need.id}/offer").get_data(as_text=True)
    assert 'name="items-0-quantity" type="text" value="30"' in form and 'name="items-0-unit" type="text" value="tấn"' in form
    for user, offering, price in ((world["manager_a"], world["offering_a"], "15.500.000"),
                                  (world["manager_b"], offering_b, "14.900.000")):
        login(user)
        response = client.post(f"/linkage/needs/{need.id}/offer", data={
            "items-0-offering": offering.id, "items-0-quantity": "30", "items-0-unit_price": price,
            "valid_until": day(20), "delivery_on": day(14)})
        assert response.status_code == 302, response.get_data(as_text=True)
    login(world["buyer"])
    page = client.get(f"/linkage/needs/{need.id}").get_data(as_text=True)
    assert page.index("447.000.000\u00a0₫") < page.index("465.000.000\u00a0₫")  # cheapest first
    quote_a, quote_b = (db.session.scalar(db.select(Quote).join(Quote.inquiry).where(
        Quote.inquiry.has(supplier_id=e.id))) for e in (world["a"], world["b"]))
    assert client.post(f"/linkage/quotes/{quote_b.id}/decide",
                       data={f"quote{quote_b.id}-accept": "1"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Quote, quote_a.id).status == QuoteStatus.SENT  # the other stays
    client.post(f"/linkage/quotes/{quote_a.id}/decide", data={f"quote{quote_a.id}-decline": "1"})
    db.session.expire_all()
    assert db.session.get(Quote, quote_a.id).status == QuoteStatus.DECLINED
    assert db.session.scalar(db.select(Notification).where(Notification.user_id == world["manager_a"].id,
                                                           Notification.subject.contains("cảm ơn")))


def test_who_may_answer_a_need(world, db):
    need = needs.post_need(world["manager_a"], title="Cần mua giấy in")
    item = [line()]
    with pytest.raises(DomainError, match="chính doanh nghiệp"):
        quotes.quote_need(world["staff_a"], need, items=item, valid_until=today())
    for who in ("buyer", "manager_b", "reviewer_a"):  # no approved offering, or no enterprise
        with pytest.raises(NotAuthorized):
            quotes.quote_need(world[who], need, items=item, valid_until=today())
    mine = needs.post_need(world["buyer"], title="Cần mua giấy in", deadline=today() + timedelta(days=3))
    with pytest.raises(DomainError, match="hiệu lực"):
        quotes.quote_need(world["manager_a"], mine, items=item, valid_until=today() - timedelta(days=1))
    assert mine.offers == []  # a refused quote leaves no empty thread
    needs.close_need(world["buyer"], mine)
    with pytest.raises(Conflict):
        quotes.quote_need(world["manager_a"], mine, items=item, valid_until=today())


# ---- compare and export ------------------------------------------------------------------------

def test_compare_and_export_show_the_latest_price_quoted_to_the_user(world, db, client, login):
    quote_in_thread(world["buyer"], world["manager_a"], world["a"], world["offering_a"], unit_price=16_000_000)
    newest = quote_in_thread(world["buyer"], world["manager_a"], world["a"], world["offering_a"],
                             unit_price=15_200_000)
    quote_in_thread(world["manager_b"], world["manager_a"], world["a"], world["offering_a"], unit_price=1_000_000)
    shortlist = shortlists.create_shortlist(world["buyer"], "Thép")
    shortlists.add_to_shortlist(world["buyer"], shortlist, offering=world["offering_a"])
    db.session.commit()
    login(world["buyer"])
    page = client.get(f"/linkage/shortlists/{shortlist.id}/compare").get_data(as_text=True)
    assert "15.200.000\u00a0₫ / tấn" in page and f"#quote-{newest.id}" in page
    assert "1.000.000\u00a0₫" not in page  # B's quote went to B, not to this buyer
    sheet = load_workbook(BytesIO(client.get(f"/linkage/shortlists/{shortlist.id}/export.xlsx").data)).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]]))
    assert row["Báo giá gần nhất: đơn giá (đồng)"] == 15_200_000 and row["Báo giá gần nhất: đơn vị"] == "tấn"
    assert db.session.scalar(db.select(db.func.count(QuoteItem.id))) == 3


def test_two_quotes_sent_at_once_leave_one_open(world, db, client_for):
    tabs = [client_for(world["manager_a"]), client_for(world["staff_a"])]
    for round_ in range(ROUNDS):
        thread = quote_in_thread(world["buyer"], world["manager_a"], world["a"]).inquiry
        db.session.commit()
        url = f"/linkage/inquiries/{thread.id}/quote"
        forms = [{"items-0-description": "Thép cuộn", "items-0-quantity": "20", "items-0-unit_price": price,
                  "valid_until": day(10)} for price in ("15.000.000", "14.800.000")]
        results = run_together(*(lambda t=t, f=f: t.post(url, data=f) for t, f in zip(tabs, forms)))
        assert [getattr(r, "status_code", r) for r in results] == [302, 302], f"round {round_}: {results}"
        db.session.expire_all()
        states = db.session.scalars(db.select(Quote.status).where(Quote.inquiry_id == thread.id)).all()
        assert sorted(s.value for s in states) == ["sent", "superseded", "superseded"], f"round {round_}: {states}"
