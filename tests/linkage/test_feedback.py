"""Feedback after a deal (services/feedback.py): who may give it and when, one per side (also from
two tabs at once), the 30-day edit window, the supplier's answer, moderators hiding text, and the
supplier's public record, whose counts agree with its list."""
import unicodedata
from datetime import date, timedelta

import pytest

from directory.extensions import db as _db
from directory.models import AuditEvent, DealFeedback, LinkageStatus, Notification
from directory.services import feedback, linkages
from directory.services.errors import Conflict, DomainError, EditConflict, NotAuthorized
from directory.services.linkages import local_today
from tests.conftest import run_together

YES = dict(on_time=True, as_agreed=True, would_deal_again=True)
FORM_YES = {"on_time": "yes", "as_agreed": "yes", "would_deal_again": "yes"}


def deal(world, *, buyer="manager_b", supplier="a", confirmer="manager_a", confirm=True, **terms):
    """B buys from A (by default); delivered a month ago unless said otherwise."""
    values = {"value": 120_000_000, "starts_on": local_today() - timedelta(days=40),
              "delivery_on": local_today() - timedelta(days=30), **terms}
    linkage = linkages.propose_linkage(world[buyer], world[supplier], actor_is_buyer=True, **values)
    if confirm:
        linkages.confirm_linkage(world[confirmer], linkage)
    return linkage


# ---- eligibility --------------------------------------------------------------------------

def test_no_feedback_before_the_deal_is_confirmed(world):
    linkage = deal(world, confirm=False)
    with pytest.raises(DomainError, match="đã xác nhận"):
        feedback.give_feedback(world["manager_b"], linkage, **YES)


def test_no_feedback_before_the_delivery_date_then_from_that_day(world):
    today = local_today()
    linkage = deal(world, starts_on=today - timedelta(days=3), delivery_on=today + timedelta(days=1))
    with pytest.raises(DomainError, match="từ ngày giao hàng"):
        feedback.give_feedback(world["manager_b"], linkage, **YES)
    linkage.delivery_on = today
    assert feedback.give_feedback(world["manager_b"], linkage, **YES).about_enterprise_id == world["a"].id


def test_without_a_delivery_date_the_end_of_the_period_or_the_deal_date_counts(world):
    today = local_today()
    period = deal(world, starts_on=today - timedelta(days=10), delivery_on=None, ends_on=today + timedelta(days=20))
    assert period.due_on == today + timedelta(days=20) and not feedback.feedback_opens(period)
    single = deal(world, starts_on=today - timedelta(days=10), delivery_on=None)
    assert single.due_on == today - timedelta(days=10) and feedback.feedback_opens(single)


def test_a_cancelled_deal_takes_no_new_feedback(world):
    linkage = deal(world)
    linkages.cancel_linkage(world["manager_a"], linkage, "Bên mua dừng dự án")
    with pytest.raises(DomainError, match="đã xác nhận"):
        feedback.give_feedback(world["manager_b"], linkage, **YES)


@pytest.mark.parametrize("outsider", ["buyer", "reviewer_a", "reviewer_b", "admin"])
def test_only_the_two_parties_give_feedback(world, outsider):
    linkage = deal(world)
    with pytest.raises(NotAuthorized):
        feedback.give_feedback(world[outsider], linkage, **YES)


def test_each_side_gives_one_feedback_on_the_other(world, db):
    linkage = deal(world)
    by_buyer = feedback.give_feedback(world["manager_b"], linkage, **YES, comment="Giao đúng hẹn.")
    by_supplier = feedback.give_feedback(world["staff_a"], linkage, **YES, comment="Thanh toán đủ.")
    assert (by_buyer.about_enterprise_id, by_supplier.about_enterprise_id) == (world["a"].id, world["b"].id)
    with pytest.raises(Conflict, match="đã đánh giá"):
        feedback.give_feedback(world["manager_a"], linkage, **YES)  # a colleague of the same side
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count(DealFeedback.id))) == 2


def test_two_tabs_giving_feedback_at_once_leave_one(world, db, client_for):
    tabs = [client_for(world["manager_b"]), client_for(world["manager_b"])]
    for round_ in range(5):
        linkage = deal(world)
        db.session.commit()
        url = f"/linkage/linkages/{linkage.id}/feedback"
        results = run_together(*(lambda tab=tab, n=n: tab.post(url, data={**FORM_YES, "comment": f"Tab {n}"})
                                 for n, tab in enumerate(tabs)))
        _db.session.expire_all()
        count = _db.session.scalar(_db.select(_db.func.count(DealFeedback.id))
                                   .where(DealFeedback.linkage_id == linkage.id))
        assert count == 1, f"round {round_}: {results}"
        codes = sorted(r.status_code if not isinstance(r, Exception) else repr(r) for r in results)
        assert codes == [302, 400], f"round {round_}: {results}"
        refused = next(r for r in results if r.status_code == 400).get_data(as_text=True)
        assert "đã đánh giá giao dịch này" in refused


# ---- changing it ----------------------------------------------------------------------------

def test_two_tabs_changing_the_same_feedback_keep_one_change(world, db, client_for):
    tabs = [client_for(world["manager_b"]), client_for(world["manager_b"])]
    for round_ in range(5):
        linkage = deal(world)
        given = feedback.give_feedback(world["manager_b"], linkage, **YES, comment="Bản đầu")
        db.session.commit()
        url, version = f"/linkage/linkages/{linkage.id}/feedback", str(given.version)
        run_together(*(lambda tab=tab, n=n: tab.post(url, data={**FORM_YES, "version": version,
                                                                 "comment": f"Bản sửa {n}"})
                       for n, tab in enumerate(tabs)))
        _db.session.expire_all()
        saved = _db.session.get(DealFeedback, given.id)
        changes = _db.session.scalar(_db.select(_db.func.count(AuditEvent.id)).where(
            AuditEvent.target_type == "deal_feedback", AuditEvent.target_id == given.id,
            AuditEvent.action == "feedback.change"))
        assert (saved.version, changes) == (2, 1), f"round {round_}"
        assert saved.comment in ("Bản sửa 0", "Bản sửa 1")


def test_feedback_changes_for_thirty_days_then_is_frozen(world, db):
    linkage = deal(world)
    given = feedback.give_feedback(world["manager_b"], linkage, **YES, comment="Tốt.")
    feedback.change_feedback(world["manager_b"], given, version=given.version, on_time=False, as_agreed=True,
                             would_deal_again=True, comment="Giao trễ hai ngày.")
    assert (given.on_time, given.comment, given.version) == (False, "Giao trễ hai ngày.", 2)
    with pytest.raises(EditConflict):  # a tab still holding version 1
        feedback.change_feedback(world["manager_b"], given, version=1, **YES)
    with pytest.raises(NotAuthorized):  # the side it is about cannot rewrite it
        feedback.change_feedback(world["manager_a"], given, version=given.version, **YES)
    given.created_at -= timedelta(days=feedback.FEEDBACK_EDIT_DAYS + 1)
    with pytest.raises(Conflict, match="30 ngày"):
        feedback.change_feedback(world["manager_b"], given, version=given.version, **YES)
    actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.target_type == "deal_feedback")
                                 .order_by(AuditEvent.id)).all()
    assert actions == ["feedback.give", "feedback.change"]


def test_bad_input_is_refused_with_a_message(world, db, login):
    linkage = deal(world)
    with pytest.raises(DomainError, match="tối đa 1000 ký tự"):
        feedback.give_feedback(world["manager_b"], linkage, **YES, comment="x" * 1001)
    with pytest.raises(DomainError, match="cả ba câu hỏi"):
        feedback.give_feedback(world["manager_b"], linkage, on_time=None, as_agreed=True, would_deal_again=True)
    db.session.commit()
    client = login(world["manager_b"])
    url = f"/linkage/linkages/{linkage.id}/feedback"
    answer = client.post(url, data={"on_time": "yes", "as_agreed": "maybe", "comment": "y" * 1001})
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert "Hãy chọn Có hoặc Không." in page and "Tối đa 1000 ký tự." in page
    assert client.post(url, data={**FORM_YES, "version": "99999999999999999999"}).status_code == 302  # new: no version
    junk = client.post(url, data={**FORM_YES, "version": "abc"}, follow_redirects=True)
    assert "vừa được sửa ở nơi khác" in junk.get_data(as_text=True)  # a change from a form with no valid version


def test_comments_are_stored_nfc(world):
    linkage = deal(world)
    decomposed = unicodedata.normalize("NFD", "Chất lượng ổn định, giao đúng hẹn")
    given = feedback.give_feedback(world["manager_b"], linkage, **YES, comment=decomposed)
    assert given.comment == unicodedata.normalize("NFC", decomposed)


# ---- notifications and the answer -------------------------------------------------------------

def test_the_side_reviewed_is_notified_and_answers_once_publicly(world, db):
    linkage = deal(world)
    before = db.session.scalar(db.select(db.func.max(Notification.id)))
    given = feedback.give_feedback(world["manager_b"], linkage, **YES, comment="Hàng tốt.")
    told = {n.user_id for n in db.session.scalars(db.select(Notification).where(Notification.id > before))}
    assert told == {world["manager_a"].id, world["staff_a"].id}
    with pytest.raises(NotAuthorized):
        feedback.answer_feedback(world["manager_b"], given, "Tự trả lời")
    with pytest.raises(NotAuthorized):
        feedback.answer_feedback(world["reviewer_a"], given, "Ban kiểm duyệt trả lời")
    with pytest.raises(DomainError, match="Hãy nhập câu trả lời"):
        feedback.answer_feedback(world["staff_a"], given, "   ")
    feedback.answer_feedback(world["staff_a"], given, "Cảm ơn quý công ty.")
    feedback.answer_feedback(world["manager_a"], given, "Cảm ơn quý công ty đã tin dùng.")  # edited, still one
    assert given.answer == "Cảm ơn quý công ty đã tin dùng."
    assert db.session.scalar(db.select(db.func.count(Notification.id))
                             .where(Notification.user_id == world["manager_b"].id)) >= 2


# ---- moderation ---------------------------------------------------------------------------------

def test_the_reviewed_sides_committee_hides_and_shows_text_and_the_facts_stay_counted(world, db, client):
    linkage = deal(world)
    given = feedback.give_feedback(world["manager_b"], linkage, on_time=False, as_agreed=True,
                                   would_deal_again=False, comment="Lời lẽ không phù hợp")
    feedback.answer_feedback(world["manager_a"], given, "Chúng tôi đã liên hệ để khắc phục.")
    for refused in ("reviewer_b", "manager_a", "manager_b"):
        with pytest.raises(NotAuthorized):
            feedback.hide_text(world[refused], given, "comment", "Xúc phạm")
    with pytest.raises(DomainError, match="lý do"):
        feedback.hide_text(world["reviewer_a"], given, "comment", "  ")
    with pytest.raises(DomainError, match="tối đa 300"):
        feedback.hide_text(world["reviewer_a"], given, "comment", "x" * 301)
    feedback.hide_text(world["reviewer_a"], given, "comment", "Ngôn từ xúc phạm")
    feedback.hide_text(world["admin"], given, "answer", "Lộ thông tin cá nhân")
    told = db.session.scalars(db.select(Notification).order_by(Notification.id.desc())).all()
    assert any(n.user_id == world["manager_b"].id and "ẩn nhận xét" in n.subject for n in told)
    assert any(n.user_id == world["manager_a"].id and "ẩn câu trả lời" in n.subject for n in told)
    db.session.commit()

    page = client.get(f"/enterprises/{world['a'].slug}").get_data(as_text=True)
    assert "Nội dung đã bị ẩn bởi ban kiểm duyệt: Ngôn từ xúc phạm" in page
    assert "Nội dung đã bị ẩn bởi ban kiểm duyệt: Lộ thông tin cá nhân" in page
    assert "Lời lẽ không phù hợp" not in page and "khắc phục" not in page
    assert "1 được bên mua đánh giá · 0 đúng hạn · 1 đúng chất lượng · 0 sẽ hợp tác tiếp" in page

    with pytest.raises(NotAuthorized):
        feedback.show_text(world["reviewer_b"], given, "comment")
    feedback.show_text(world["reviewer_a"], given, "comment")
    with pytest.raises(Conflict):
        feedback.show_text(world["reviewer_a"], given, "comment")
    db.session.commit()
    page = client.get(f"/enterprises/{world['a'].slug}").get_data(as_text=True)
    assert "Lời lẽ không phù hợp" in page and "Lộ thông tin cá nhân" in page
    actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.target_type == "deal_feedback")
                                 .order_by(AuditEvent.id)).all()
    assert actions[-3:] == ["feedback.hide_comment", "feedback.hide_answer", "feedback.show_comment"]


def test_moderation_through_the_deal_page(world, db, login):
    linkage = deal(world)
    given = feedback.give_feedback(world["manager_b"], linkage, **YES, comment="Nhận xét khiếm nhã")
    db.session.commit()
    client = login(world["reviewer_a"])
    page = client.get(f"/linkage/linkages/{linkage.id}").get_data(as_text=True)
    assert f"/linkage/feedback/{given.id}/comment/hide" in page
    empty = client.post(f"/linkage/feedback/{given.id}/comment/hide", data={"reason": ""}, follow_redirects=True)
    assert "Hãy nêu lý do ẩn nội dung." in empty.get_data(as_text=True)
    client.post(f"/linkage/feedback/{given.id}/comment/hide", data={"reason": "Khiếm nhã"})
    db.session.refresh(given)
    assert given.comment_hidden_reason == "Khiếm nhã" and given.comment == "Nhận xét khiếm nhã"
    client.post(f"/linkage/feedback/{given.id}/comment/show")
    db.session.refresh(given)
    assert given.comment_hidden_reason is None


# ---- the supplier's public record -------------------------------------------------------------

def test_the_counts_agree_with_the_list(world, db, client):
    facts = [(True, True, True), (True, True, False), (False, True, True), (True, False, True)]
    reviewed = []
    for on_time, as_agreed, again in facts:
        linkage = deal(world)
        reviewed.append(feedback.give_feedback(world["manager_b"], linkage, on_time=on_time, as_agreed=as_agreed,
                                               would_deal_again=again, comment=f"Đơn {len(reviewed)}"))
        feedback.give_feedback(world["manager_a"], linkage, on_time=False, as_agreed=False,
                               would_deal_again=False)  # about the buyer: not in A's record
    deal(world)  # confirmed, not reviewed yet
    cancelled = deal(world)
    feedback.give_feedback(world["manager_b"], cancelled, **YES)
    linkages.cancel_linkage(world["manager_b"], cancelled, "Bên mua dừng dự án")  # leaves the record
    deal(world, confirm=False)  # proposed only
    db.session.commit()

    record = feedback.supplier_record(world["a"].id)
    listed = db.session.scalars(feedback.supplier_feedback(world["a"].id)).all()
    assert (record.deals, record.reviewed) == (5, 4)
    assert {f.id for f in listed} == {f.id for f in reviewed}
    assert record.on_time == sum(f.on_time for f in listed) == 3
    assert record.as_agreed == sum(f.as_agreed for f in listed) == 3
    assert record.would_deal_again == sum(f.would_deal_again for f in listed) == 3
    assert feedback.supplier_record(world["b"].id).deals == 0  # B only bought

    page = client.get(f"/enterprises/{world['a'].slug}").get_data(as_text=True)
    assert ("5 giao dịch đã xác nhận · 4 được bên mua đánh giá · 3 đúng hạn · 3 đúng chất lượng · "
            "3 sẽ hợp tác tiếp") in page
    assert world["b"].display_name in page  # the buyer is named: a deal both sides confirmed
    everything = client.get(f"/enterprises/{world['a'].slug}/feedback").get_data(as_text=True)
    assert all(f"Đơn {n}" in everything for n in range(4))
    offering = client.get(f"/offerings/{world['offering_a'].id}").get_data(as_text=True)
    assert "5 giao dịch đã xác nhận · 4 được bên mua đánh giá" in offering


def test_a_cached_public_page_shows_new_feedback_at_once(world, db, client):
    linkage = deal(world)
    db.session.commit()
    url = f"/enterprises/{world['a'].slug}"
    assert "1 giao dịch đã xác nhận" in client.get(url).get_data(as_text=True)
    feedback.give_feedback(world["manager_b"], linkage, **YES, comment="Giao nhanh, đóng gói cẩn thận.")
    db.session.commit()
    assert "Giao nhanh, đóng gói cẩn thận." in client.get(url).get_data(as_text=True)


# ---- the delivery date on the proposal ---------------------------------------------------------

def test_the_proposal_form_takes_a_delivery_date_after_the_deal_date(world, db, login):
    client = login(world["manager_b"])
    form = {"counterparty": str(world["a"].id), "side": "buyer", "value": "80.000.000",
            "starts_on": "01/06/2025", "delivery_on": "15/05/2025"}
    refused = client.post(f"/linkage/linkages/new?enterprise={world['a'].slug}", data=form)
    assert "Ngày giao hàng, hoàn thành phải từ ngày giao dịch trở đi" in refused.get_data(as_text=True)
    done = client.post(f"/linkage/linkages/new?enterprise={world['a'].slug}", data={**form, "delivery_on": "20/06/2025"})
    assert done.status_code == 302
    from directory.models import Linkage
    assert db.session.scalar(db.select(Linkage.delivery_on)) == date(2025, 6, 20)


def test_parties_see_the_form_only_from_the_delivery_date(world, db, login):
    today = local_today()
    waiting = deal(world, starts_on=today - timedelta(days=2), delivery_on=today + timedelta(days=5))
    due = deal(world)
    db.session.commit()
    client = login(world["manager_b"])
    early = client.get(f"/linkage/linkages/{waiting.id}").get_data(as_text=True)
    assert "Hai bên đánh giá được nhau từ ngày giao hàng" in early and "Lưu đánh giá" not in early
    ready = client.get(f"/linkage/linkages/{due.id}").get_data(as_text=True)
    assert "Giao hàng đúng hạn" in ready and "Lưu đánh giá" in ready
    supplier_view = login(world["manager_a"]).get(f"/linkage/linkages/{due.id}").get_data(as_text=True)
    assert "Thanh toán đúng hạn" in supplier_view  # the supplier is asked about the buyer
    assert waiting.status == LinkageStatus.CONFIRMED
