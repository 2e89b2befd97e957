"""The committee side through the client: concurrency, reasons, bulk approval, suspension, revisions."""
import re
import threading

import pytest

from directory.extensions import db as _db
from directory.models import Decision, Notification, Review, Revision, Status
from directory.services import offerings, reviews
from directory.services.errors import AlreadyDecided
from directory.services.lifecycle import pending_revision


def plain(page: str) -> str:
    """The page's text without the word-diff marks (tags and their hidden "[bỏ:]"/"[thêm:]" labels)."""
    return re.sub(r"<[^>]+>|\[bỏ:\]|\[thêm:\]", "", page)


def test_second_reviewer_is_told_it_was_already_decided(client, login, world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    seen = offering.version  # both reviewers opened the page at this version
    login(world["reviewer_a"])
    assert client.post(f"/review/offering/{offering.id}/decide", data={"version": seen, "approve": "1"}).status_code == 302
    login(world["admin"])
    second = client.post(f"/review/offering/{offering.id}/decide",
                         data={"version": seen, "reject": "1", "reason": "Thiếu ảnh"})
    assert second.status_code == 410
    assert "đã được người khác xử lý" in second.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Review.id))) == 1
    db.session.refresh(offering)
    assert offering.status == Status.APPROVED


def test_two_reviewers_at_the_same_moment_make_exactly_one_decision(app, world, make_offering, db):
    """Two sessions read the same version, then both write: the UPDATE ... WHERE version lets one through."""
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    ids = (offering.id, world["reviewer_a"].id, world["admin"].id)
    barrier, outcomes = threading.Barrier(2), []

    def decide(reviewer_id, decision):
        with app.app_context():
            from directory.models import Offering, User

            record, reviewer = _db.session.get(Offering, ids[0]), _db.session.get(User, reviewer_id)
            version = record.version
            barrier.wait()
            try:
                reviews.decide(reviewer, record, decision, version, "Lý do")
                _db.session.commit()
                outcomes.append("decided")
            except AlreadyDecided:
                _db.session.rollback()
                outcomes.append("told")
            except Exception as error:  # SQLite may refuse the second writer outright: never two decisions
                _db.session.rollback()
                outcomes.append(f"refused: {type(error).__name__}")

    threads = [threading.Thread(target=decide, args=(ids[1], Decision.APPROVE)),
               threading.Thread(target=decide, args=(ids[2], Decision.REJECT))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert outcomes.count("decided") == 1, outcomes
    db.session.expire_all()
    assert db.session.scalar(db.select(db.func.count(Review.id))) == 1


def test_reject_without_reason_is_refused_with_a_message(client, login, world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    login(world["reviewer_a"])
    response = client.post(f"/review/offering/{offering.id}/decide", data={"version": offering.version, "reject": "1"})
    assert response.status_code == 400
    assert "Hãy ghi lý do" in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Review.id))) == 0


def test_queue_shows_own_committee_only_oldest_first(client, login, world, make_offering, db):
    from datetime import datetime

    make_offering(enterprise=world["a"], status=Status.PENDING, title="Mới hơn", submitted_at=datetime(2026, 3, 2))
    make_offering(enterprise=world["a"], status=Status.PENDING, title="Cũ hơn", submitted_at=datetime(2026, 3, 1))
    make_offering(enterprise=world["b"], status=Status.PENDING, title="Của Khối B")
    db.session.commit()
    login(world["reviewer_a"])
    page = client.get("/review/").get_data(as_text=True)
    assert page.index("Cũ hơn") < page.index("Mới hơn") and "Của Khối B" not in page
    login(world["admin"])
    assert "Của Khối B" in client.get("/review/").get_data(as_text=True)


def test_bulk_approve_approves_own_items_and_skips_others(client, login, world, make_offering, db):
    mine = [make_offering(enterprise=world["a"], status=Status.PENDING, title=f"A{n}") for n in range(3)]
    theirs = make_offering(enterprise=world["b"], status=Status.PENDING)
    db.session.commit()
    login(world["reviewer_a"])
    keys = [f"offering:{o.id}:{o.version}" for o in mine + [theirs]] + ["rubbish"]
    page = client.post("/review/bulk-approve", data={"items": keys}, follow_redirects=True).get_data(as_text=True)
    assert "Đã duyệt 3 mục" in page and "Không tìm thấy" in page
    for offering in mine + [theirs]:
        db.session.refresh(offering)
    assert [o.status for o in mine] == [Status.APPROVED] * 3 and theirs.status == Status.PENDING
    assert db.session.scalar(db.select(db.func.count(Review.id))) == 3


def test_suspended_enterprise_leaves_the_public_pages_and_returns_when_reinstated(client, login, world, db):
    offering = world["offering_a"]
    login(world["reviewer_a"])
    response = client.post(f"/review/enterprise/{world['a'].id}/decide",
                           data={"version": world["a"].version, "suspend": "1", "reason": "Vi phạm cam kết"})
    assert response.status_code == 302
    with client.session_transaction() as session:
        session.clear()
    assert client.get(f"/offerings/{offering.id}").status_code == 404
    assert "Thép cuộn" not in client.get("/").get_data(as_text=True)
    db.session.refresh(world["a"])
    login(world["reviewer_a"])
    client.post(f"/review/enterprise/{world['a'].id}/decide", data={"version": world["a"].version, "reinstate": "1"})
    with client.session_transaction() as session:
        session.clear()
    assert client.get(f"/offerings/{offering.id}").status_code == 200
    subjects = db.session.scalars(db.select(Notification.subject).where(
        Notification.user_id == world["manager_a"].id)).all()
    assert any("tạm đình chỉ" in s for s in subjects) and any("khôi phục" in s for s in subjects)


def test_revision_diff_is_side_by_side_and_public_page_keeps_approved_text(client, login, world, db):
    offering = world["offering_a"]
    login(world["staff_a"])
    response = client.post(f"/workspace/offerings/{offering.id}/edit", data={
        "kind": "product", "title": "Thép cuộn D12 mới", "price_mode": "exact", "price_min": "16.000.000",
        "description": offering.description, "unit": "tấn", "version": offering.version},
        content_type="multipart/form-data")
    assert response.status_code == 302
    assert "Thép cuộn xây dựng D10" in client.get(f"/offerings/{offering.id}").get_data(as_text=True)
    owner_page = plain(client.get(f"/workspace/offerings/{offering.id}").get_data(as_text=True))
    assert "Thép cuộn xây dựng D10" in owner_page and "Thép cuộn D12 mới" in owner_page
    revision = db.session.scalar(db.select(Revision))
    login(world["reviewer_a"])
    page = client.get(f"/review/revision/{revision.id}").get_data(as_text=True)
    assert "Thép cuộn xây dựng D10" in plain(page) and "Thép cuộn D12 mới" in plain(page) and "16.000.000" in plain(page)
    client.post(f"/review/revision/{revision.id}/decide", data={"version": revision.version, "reject": "1",
                                                                 "reason": "Giá chưa khớp báo giá"})
    login(world["staff_a"])
    assert "Giá chưa khớp báo giá" in client.get(f"/workspace/offerings/{offering.id}").get_data(as_text=True)


def test_history_shows_reviews_and_audit_events_to_owner_and_committee(client, login, world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    reviews.decide(world["reviewer_a"], offering, Decision.REJECT, offering.version, "Mô tả quá ngắn")
    db.session.commit()
    for user in ("staff_a", "reviewer_a", "admin"):
        login(world[user])
        page = client.get(f"/workspace/history/offering/{offering.id}").get_data(as_text=True)
        assert "Mô tả quá ngắn" in page and "từ chối sản phẩm, dịch vụ" in page, user
        assert ("offering.reject" in page) is (user != "staff_a"), user  # the raw record: committee and admins
    for user in ("manager_b", "reviewer_b", "buyer"):
        login(world[user])
        assert client.get(f"/workspace/history/offering/{offering.id}").status_code == 404, user


def test_owner_change_after_reviewer_opened_the_page_is_not_overruled(world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.DRAFT)
    offerings.submit_offering(world["staff_a"], offering, offering.version)
    seen = offering.version
    offerings.withdraw_offering(world["staff_a"], offering, offering.version)
    offerings.submit_offering(world["staff_a"], offering, offering.version)
    with pytest.raises(AlreadyDecided, match="đã được người khác xử lý hoặc vừa được sửa"):
        reviews.decide(world["reviewer_a"], offering, Decision.APPROVE, seen)
    assert pending_revision(offering) is None


def test_the_committee_enterprise_list_is_paged_by_name_and_keeps_its_filter(client, login, world, make_enterprise, db):
    for n in range(60):  # with dn-a: 61 in committee A, 6 of them pending
        make_enterprise(committee=world["committee_a"], slug=f"dn-a-{n:02}", legal_name=f"Công ty TNHH A {n:02}",
                        status=Status.PENDING if n % 10 == 0 else Status.APPROVED)
    make_enterprise(committee=world["committee_a"], slug="dn-a-nhap", legal_name="Công ty TNHH A nháp", status=Status.DRAFT)
    db.session.commit()
    login(world["reviewer_a"])

    first = client.get("/review/enterprises").get_data(as_text=True)
    second = client.get("/review/enterprises?page=2").get_data(as_text=True)
    names = lambda page: re.findall(r">(Công ty[^<]*)</a>", page)  # noqa: E731
    assert len(names(first)) == 50 and len(names(second)) == 11
    assert names(first) + names(second) == sorted(names(first) + names(second))  # by name, none twice
    assert "61 doanh nghiệp" in first and "nháp" not in first + second  # drafts are not the desk's
    assert "Công ty TNHH A 00" in first and world["b"].legal_name not in first + second  # own committee only

    pending = client.get("/review/enterprises?status=pending").get_data(as_text=True)
    assert len(names(pending)) == 6 and "6 doanh nghiệp" in pending
    assert client.get("/review/enterprises?page=999").status_code == 200  # past the end: an empty page, not an error
    assert 'href="/review/enterprises?page=2&amp;status=approved"' in client.get(
        "/review/enterprises?status=approved").get_data(as_text=True)  # the pager keeps the filter
