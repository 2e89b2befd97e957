"""The committee's desk: the review page shows what it approves, decisions name their reasons and
lead on to the next item, the queue filters and counts, sign-in lands on the right page."""
import re
from datetime import timedelta

import pytest

from directory.models import Decision, OfferingArea, ReasonCode, Review, Revision, Role, Status
from directory.models.base import utcnow
from directory.services import offerings, reviews
from directory.services.errors import DomainError
from directory.services.review_checks import checks_for, looks_alike
from directory.workspace.display import word_diff
from tests.conftest import PASSWORD

from .test_review_views import plain


def text(response) -> str:
    return response.get_data(as_text=True)


# ---- word-level diffs ----

def test_word_diff_marks_the_added_words_inside_the_sentence():
    old, new = word_diff("Giao hàng nhanh. Bảo hành 12 tháng.", "Giao hàng nhanh trong ngày. Bảo hành 24 tháng.")
    assert str(old) == ('Giao hàng nhanh. Bảo hành <del><span class="visually-hidden">[bỏ:]</span>12</del> tháng.')
    assert str(new) == ('Giao hàng nhanh<ins><span class="visually-hidden">[thêm:]</span> trong ngày</ins>. '
                        'Bảo hành <ins><span class="visually-hidden">[thêm:]</span>24</ins> tháng.')


def test_word_diff_escapes_what_the_owner_typed_and_keeps_numbers_whole():
    old, new = word_diff("Giá 15.500.000 ₫", "Giá 16.000.000 ₫ <script>")
    assert "<del><span class=\"visually-hidden\">[bỏ:]</span>15.500.000</del>" in old
    assert "&lt;script&gt;" in new and "<script>" not in new


def test_revision_page_marks_only_the_changed_words(client, login, world, db):
    offering = world["offering_a"]
    offerings.update_offering(world["staff_a"], offering, {
        "description": offering.description + " Giao trong 24 giờ."}, expected_version=offering.version)
    db.session.commit()
    revision = db.session.scalar(db.select(Revision))
    login(world["reviewer_a"])
    page = text(client.get(f"/review/revision/{revision.id}"))
    assert re.search(r'<ins><span class="visually-hidden">\[thêm:\]</span>[^<]*Giao trong 24 giờ[^<]*</ins>', page)
    assert "Thép cuộn cán nóng theo TCVN 1651" in page  # the unchanged words stay plain


# ---- the page shows what is approved, and what a reviewer checks ----

def test_offering_review_page_shows_the_public_details_and_the_enterprise_card(
        client, login, world, make_offering, make_category, db):
    category = make_category(name_vi="Vật liệu xây dựng")
    offering = make_offering(enterprise=world["a"], status=Status.PENDING, title="Xi măng PCB40",
                             category=category, price_min=1_250_000, price_max=1_250_000, unit="tấn",
                             member_offer="Giảm cho hội viên", member_discount_pct=5)
    offering.delivery_areas = [OfferingArea(province_code="01"), OfferingArea(province_code="31")]
    db.session.commit()
    login(world["reviewer_a"])
    page = text(client.get(f"/review/offering/{offering.id}"))
    for shown in ("Xi măng PCB40", "Vật liệu xây dựng", "1.250.000", "Hà Nội", "Hải Phòng", "Giảm cho hội viên", "−5%",
                  world["a"].tax_code_display, world["committee_a"].name, "Thành viên từ",
                  "Thép cuộn cán nóng theo TCVN 1651"):
        assert shown in page, shown
    assert 'aria-keyshortcuts="a"' in page and "review.js" in page and "<kbd>A</kbd>" in page


def test_checks_flag_an_invalid_tax_code_a_branch_and_a_similar_name_in_the_province(world, make_enterprise, db):
    head = world["a"]
    head.legal_name, head.province_code = "Công ty TNHH Thép Hòa Phát Hưng Yên", "33"
    branch = make_enterprise(committee=world["committee_a"], tax_code=head.tax_code + "001",
                             legal_name="Chi nhánh Công ty Thép", status=Status.PENDING)
    twin = make_enterprise(committee=world["committee_b"], legal_name="Công ty Cổ phần Thép Hòa Phát Hưng Yên",
                           province_code="33")
    elsewhere = make_enterprise(legal_name="Công ty TNHH Thép Hòa Phát Hưng Yên", province_code="01")
    unrelated = make_enterprise(legal_name="Công ty TNHH Gạch Hưng Yên", province_code="33")
    checks = checks_for(head)
    assert checks.tax_code_valid
    assert checks.same_tax_code == [branch]
    assert twin in checks.similar_enterprises
    assert elsewhere not in checks.similar_enterprises and unrelated not in checks.similar_enterprises
    db.session.execute(db.update(type(head)).where(type(head).id == head.id).values(tax_code="0100233480"))
    db.session.expire(head)
    assert not checks_for(head).tax_code_valid
    assert looks_alike("Công ty TNHH Thép Hòa Phát", "CONG TY CO PHAN THEP HOA PHAT")


def test_enterprise_review_page_names_the_duplicates(client, login, world, make_enterprise, db):
    pending = make_enterprise(committee=world["committee_a"], legal_name="Công ty Cổ phần Thương mại Số 1 Mới",
                              status=Status.PENDING, approved_at=None)
    db.session.commit()
    login(world["reviewer_a"])
    page = text(client.get(f"/review/enterprise/{pending.id}"))
    assert "Tên gần giống, cùng tỉnh" in page and world["a"].legal_name in page
    assert "hợp lệ" in page


# ---- an offering of an enterprise that is not approved ----

@pytest.fixture
def pending_pair(world, make_enterprise, make_offering, db):
    enterprise = make_enterprise(committee=world["committee_a"], status=Status.PENDING, approved_at=None,
                                 submitted_at=utcnow() - timedelta(days=2))
    offering = make_offering(enterprise=enterprise, status=Status.PENDING, title="Gạch ốp lát",
                             submitted_at=utcnow() - timedelta(days=1))
    db.session.commit()
    return enterprise, offering


def test_offering_of_a_pending_enterprise_says_so_and_needs_confirmation(client, login, world, pending_pair, db):
    enterprise, offering = pending_pair
    login(world["reviewer_a"])
    page = text(client.get(f"/review/offering/{offering.id}"))
    assert "Duyệt doanh nghiệp trước" in page and f"/review/enterprise/{enterprise.id}" in page
    refused = client.post(f"/review/offering/{offering.id}/decide", data={"version": offering.version, "approve": "1"})
    assert refused.status_code == 400 and "chưa được duyệt" in text(refused)
    db.session.refresh(offering)
    assert offering.status == Status.PENDING
    confirmed = client.post(f"/review/offering/{offering.id}/decide",
                            data={"version": offering.version, "approve": "1", "confirm_unapproved_owner": "y"})
    assert confirmed.status_code == 302
    db.session.refresh(offering)
    assert offering.status == Status.APPROVED and not offering.is_public


def test_bulk_approval_takes_the_enterprise_first_and_refuses_its_offering_alone(
        client, login, world, pending_pair, db):
    enterprise, offering = pending_pair
    login(world["reviewer_a"])
    alone = client.post("/review/bulk-approve", data={"items": [f"offering:{offering.id}:{offering.version}"]},
                        follow_redirects=True)
    assert "chưa được duyệt" in text(alone)
    db.session.refresh(offering)
    assert offering.status == Status.PENDING
    both = [f"offering:{offering.id}:{offering.version}", f"enterprise:{enterprise.id}:{enterprise.version}"]
    assert client.post("/review/bulk-approve", data={"items": both}).status_code == 302
    db.session.refresh(offering)
    db.session.refresh(enterprise)
    assert enterprise.status == offering.status == Status.APPROVED and offering.is_public


# ---- reasons ----

def test_standard_reasons_are_stored_and_shown_to_the_owner_in_their_language(
        client, login, world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    login(world["reviewer_a"])
    response = client.post(f"/review/offering/{offering.id}/decide", data={
        "version": offering.version, "reject": "1", "reasons": ["wrong_category", "incomplete"]})
    assert response.status_code == 302
    review = db.session.scalar(db.select(Review))
    assert review.reason_codes == [ReasonCode.INCOMPLETE, ReasonCode.WRONG_CATEGORY] and review.reason is None
    login(world["staff_a"])
    assert "Mô tả chưa đủ thông tin; Sai nhóm sản phẩm, dịch vụ" in text(client.get("/workspace/"))
    with client.session_transaction() as session:
        session["lang"] = "en"
    assert "Incomplete description; Wrong category" in text(client.get("/workspace/"))


def test_a_rejection_needs_a_reason_and_only_known_ones(world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    with pytest.raises(DomainError, match="Hãy ghi lý do"):
        reviews.decide(world["reviewer_a"], offering, Decision.REJECT, offering.version)
    with pytest.raises(DomainError, match="Lý do không hợp lệ"):
        reviews.decide(world["reviewer_a"], offering, Decision.REJECT, offering.version, codes=["bad"])
    review = reviews.decide(world["reviewer_a"], offering, Decision.REJECT, offering.version, "Ảnh mờ",
                            codes=["duplicate"])
    assert review.reason_codes == [ReasonCode.DUPLICATE] and review.reason == "Ảnh mờ"


def test_reasons_are_counted_in_the_committee_report(client, login, world, make_offering, db):
    for codes, free in ((["incomplete"], None), (["incomplete", "duplicate"], None), ([], "Khác")):
        offering = make_offering(enterprise=world["a"], status=Status.PENDING)
        reviews.decide(world["reviewer_a"], offering, Decision.REJECT, offering.version, free, codes=codes)
    other = make_offering(enterprise=world["b"], status=Status.PENDING)
    reviews.decide(world["reviewer_b"], other, Decision.REJECT, other.version, codes=["duplicate"])
    db.session.commit()
    today = utcnow()
    counted = reviews.reason_counts([world["committee_a"].id], today - timedelta(days=1), today + timedelta(days=1))
    assert counted == [("Mô tả chưa đủ thông tin", 2), ("Trùng với hồ sơ đã có", 1),
                       ("Lý do khác (chỉ ghi bằng lời)", 1)]
    login(world["reviewer_a"])
    page = text(client.get(f"/reports/committees/{world['committee_a'].code}", follow_redirects=True))
    table = page[page.index('id="reasons-table"'):]
    assert re.search(r"Mô tả chưa đủ thông tin</th><td class=\"text-end\">2<", table)


# ---- after a decision, the next item ----

def test_a_decision_names_what_was_decided_and_goes_to_the_next_item(client, login, world, make_offering, db):
    now = utcnow()
    pending = dict(status=Status.PENDING)
    first = make_offering(enterprise=world["a"], title="Thứ nhất", submitted_at=now - timedelta(3), **pending)
    second = make_offering(enterprise=world["a"], title="Thứ hai", submitted_at=now - timedelta(2), **pending)
    make_offering(enterprise=world["b"], title="Khối B", submitted_at=now - timedelta(1), **pending)
    db.session.commit()
    login(world["reviewer_a"])
    response = client.post(f"/review/offering/{first.id}/decide?type=offering",
                           data={"version": first.version, "approve": "1"})
    assert response.headers["Location"] == f"/review/offering/{second.id}?type=offering"
    assert "Đã duyệt «Thứ nhất»." in text(client.get(response.headers["Location"]))
    last = client.post(f"/review/offering/{second.id}/decide?type=offering",
                       data={"version": second.version, "reject": "1", "reasons": ["duplicate"]})
    assert last.headers["Location"] == "/review/?type=offering"
    page = text(client.get(last.headers["Location"]))
    assert "Đã từ chối «Thứ hai»." in page and "Không còn hồ sơ nào chờ duyệt" in page


# ---- the queue ----

def test_queue_filters_count_and_show_the_oldest(client, login, world, make_offering, make_user, db):
    now = utcnow()
    old = make_offering(enterprise=world["a"], status=Status.PENDING, title="Cũ", submitted_at=now - timedelta(days=9))
    make_offering(enterprise=world["a"], status=Status.PENDING, title="Mới", submitted_at=now - timedelta(hours=2))
    make_offering(enterprise=world["b"], status=Status.PENDING, title="Của B", submitted_at=now - timedelta(days=40))
    db.session.commit()
    filters = reviews.clean_filter(world["admin"])
    page = reviews.queue_page(world["admin"], filters, now=now)
    assert page.total == 3 and page.oldest.target.title == "Của B"
    committees = {o.value: o.count for o in page.options["committee"]}
    assert committees == {None: 3, world["committee_a"].id: 2, world["committee_b"].id: 1}
    aged = reviews.queue_page(world["admin"], reviews.clean_filter(world["admin"], age_days=7), now=now)
    assert [i.target.title for i in aged.items] == ["Của B", "Cũ"]
    assert {o.value: o.count for o in aged.options["age"]}[30] == 1
    # a reviewer's committee is its own: the filter is not offered and a chosen one is ignored
    mine = reviews.queue_page(world["reviewer_a"], reviews.clean_filter(
        world["reviewer_a"], committee_id=world["committee_b"].id), now=now)
    assert "committee" not in mine.options and {i.target.title for i in mine.items} == {"Cũ", "Mới"}
    login(world["admin"])
    html = text(client.get(f"/review/?committee={world['committee_a'].id}&age=7"))
    assert "Chờ lâu nhất:" in html and f"/review/offering/{old.id}?committee=" in html
    assert 'data-select-all="items"' in html and "Của B" not in plain(html)


def test_queue_filters_by_submitter(world, make_offering, db):
    for title in ("Một", "Hai"):
        offering = make_offering(enterprise=world["a"], status=Status.DRAFT, title=title)
        offerings.submit_offering(world["staff_a" if title == "Một" else "manager_a"], offering, offering.version)
    db.session.commit()
    page = reviews.queue_page(world["reviewer_a"], reviews.clean_filter(
        world["reviewer_a"], submitter_id=world["staff_a"].id))
    assert [i.target.title for i in page.items] == ["Một"] and page.items[0].submitter == world["staff_a"]
    assert {o.value: o.count for o in page.options["submitter"]} == {
        None: 2, world["staff_a"].id: 1, world["manager_a"].id: 1}


def test_bad_queue_parameters_are_ignored(client, login, world):
    login(world["admin"])
    for query in ("type=nope", "age=abc", "committee=-1", "submitter=99999999999999", "page=0", "page=x"):
        assert client.get(f"/review/?{query}").status_code == 200, query


# ---- where a sign-in lands ----

@pytest.mark.parametrize("who, landing", [
    ("reviewer_a", "/review/"), ("admin", "/review/"), ("manager_a", "/workspace/"), ("staff_a", "/workspace/")])
def test_sign_in_lands_on_the_users_own_page(client, world, who, landing):
    response = client.post("/account/login", data={"email": world[who].email, "password": PASSWORD})
    assert response.headers["Location"] == landing


def test_sign_in_without_an_enterprise_lands_home_and_a_safe_next_wins(client, world, make_user, db):
    make_user(Role.MANAGER, email="moi@example.vn")
    db.session.commit()
    response = client.post("/account/login", data={"email": "moi@example.vn", "password": PASSWORD})
    assert response.headers["Location"] == "/"
    client.post("/account/logout", data={})
    response = client.post("/account/login?next=/search/", data={"email": world["reviewer_a"].email,
                                                                  "password": PASSWORD})
    assert response.headers["Location"] == "/search/"


def test_an_unsafe_next_is_ignored(client, world):
    response = client.post("/account/login?next=https://evil.example/", data={"email": world["reviewer_a"].email,
                                                                              "password": PASSWORD})
    assert response.headers["Location"] == "/review/"



def test_the_queue_reads_one_page_oldest_first_and_next_follows_its_order(world, make_offering, db):
    now = utcnow()
    waiting = [make_offering(enterprise=world["a"], status=Status.PENDING, title=f"Mục {n}",
                             submitted_at=now - timedelta(hours=100 - n)) for n in range(reviews.PAGE_SIZE + 2)]
    db.session.commit()
    filters = reviews.clean_filter(world["reviewer_a"])
    first = reviews.queue_page(world["reviewer_a"], filters, now=now)
    second = reviews.queue_page(world["reviewer_a"], filters, page=2, now=now)
    assert first.total == second.total == len(waiting) and (first.pages, second.pages) == (2, 2)
    assert [i.record for i in first.items + second.items] == waiting
    assert first.oldest.record is second.oldest.record is waiting[0]
    assert {o.value: o.count for o in second.options["type"]}["offering"] == len(waiting)
    assert reviews.next_item(world["reviewer_a"], filters, waiting[10]).record is waiting[11]
    assert reviews.next_item(world["reviewer_a"], filters, waiting[-1]).record is waiting[0]  # those left behind
    beyond = reviews.queue_page(world["reviewer_a"], filters, page=9, now=now)  # past the end: the last page
    assert beyond.page == 2 and [i.record for i in beyond.items] == waiting[-2:]
