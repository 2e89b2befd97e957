"""Feedback after a deal: once a linkage is confirmed and the day it was due has come
(`Linkage.due_on`: its delivery date, else the end of its period, else its date), each side may
give one short, factual feedback on the other: delivered on time, quality as agreed, would deal
again (yes/no each) and a comment. The author's side may change it for FEEDBACK_EDIT_DAYS, then it
is frozen. The side it is about may answer once, publicly, and change the answer. A reviewer of
that side's committee or an administrator may hide the comment or the answer with a reason (and
show it again); the yes/no facts stay counted.

The supplier's public record is counts over its confirmed deals, never an average; the counts and
the list come from the same conditions (`_supplier_feedback`), so they always agree.
"""
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import contains_eager

from .. import search
from ..extensions import db
from ..models import MAX_FEEDBACK_TEXT, MAX_HIDE_REASON, DealFeedback, Linkage, LinkageStatus
from ..models.base import utcnow
from ..text import nfc
from .audit import record_event, snapshot
from .errors import Conflict, DomainError, EditConflict, NotFound
from .inquiries import link_for, notify_enterprise
from .linkages import local_today
from .permissions import (can_answer_feedback, can_give_feedback, can_moderate_feedback, can_view_linkage,
                          require)

FEEDBACK_EDIT_DAYS = 30  # then the feedback is frozen: what a supplier's record shows stops moving
PARTS = {"comment": _l("nhận xét"), "answer": _l("câu trả lời")}  # what a moderator may hide, by name


def _text(value: str | None, what: str) -> str:
    value = nfc(value or "").strip()
    if len(value) > MAX_FEEDBACK_TEXT:
        raise DomainError(_("%(what)s tối đa %(n)s ký tự.", what=what, n=MAX_FEEDBACK_TEXT))
    return value


def _facts(on_time, as_agreed, would_deal_again) -> None:
    if any(not isinstance(answer, bool) for answer in (on_time, as_agreed, would_deal_again)):
        raise DomainError(_("Hãy trả lời cả ba câu hỏi: đúng hạn, đúng chất lượng, sẽ hợp tác tiếp."))


def feedback_opens(linkage: Linkage) -> bool:
    """A confirmed deal whose due day has come (in Việt Nam)."""
    return linkage.status == LinkageStatus.CONFIRMED and linkage.due_on <= local_today()


def editable_until(feedback: DealFeedback):
    return feedback.created_at + timedelta(days=FEEDBACK_EDIT_DAYS)


def is_editable(feedback: DealFeedback) -> bool:
    return utcnow() < editable_until(feedback)


def feedback_of(linkage: Linkage) -> dict[int, DealFeedback]:
    """The linkage's feedback by the side that wrote it (at most one each)."""
    rows = db.session.scalars(db.select(DealFeedback).where(DealFeedback.linkage_id == linkage.id))
    return {f.by_enterprise_id: f for f in rows}


def _touch_public_pages() -> None:
    search.touch()  # the supplier's cached public pages show the feedback: a new stamp renders them again


def give_feedback(actor, linkage: Linkage, *, on_time: bool, as_agreed: bool, would_deal_again: bool,
                  comment: str = "") -> DealFeedback:
    require(can_give_feedback(actor, linkage), _("Chỉ hai bên của giao dịch mới đánh giá được."))
    if linkage.status != LinkageStatus.CONFIRMED:
        raise DomainError(_("Chỉ đánh giá được giao dịch đã xác nhận."))
    if linkage.due_on > local_today():
        raise DomainError(_("Chỉ đánh giá được từ ngày giao hàng, hoàn thành (%(day)s).",
                            day=linkage.due_on.strftime("%d/%m/%Y")))
    _facts(on_time, as_agreed, would_deal_again)
    mine = actor.enterprise_id
    other = linkage.supplier_id if mine == linkage.buyer_id else linkage.buyer_id
    feedback = DealFeedback(linkage_id=linkage.id, by_enterprise_id=mine, about_enterprise_id=other,
                            author_id=actor.id, on_time=on_time, as_agreed=as_agreed,
                            would_deal_again=would_deal_again, comment=_text(comment, _("Nhận xét")))
    already = _("Doanh nghiệp của bạn đã đánh giá giao dịch này; hãy sửa đánh giá đã có.")
    if db.session.scalar(db.select(DealFeedback.id).where(DealFeedback.linkage_id == linkage.id,
                                                          DealFeedback.by_enterprise_id == mine)):
        raise Conflict(already)
    try:
        with db.session.begin_nested():  # two tabs at once: the unique key lets one in
            db.session.add(feedback)
            db.session.flush()
    except IntegrityError:
        raise Conflict(already) from None
    record_event(actor, "feedback.give", feedback, after=snapshot(feedback))
    notify_enterprise(other, _l("%(name)s đã đánh giá giao dịch liên kết với doanh nghiệp của bạn",
                                name=actor.enterprise.display_name),
                      feedback.comment, link_for("linkage.linkage", linkage_id=linkage.id))
    _touch_public_pages()
    db.session.flush()
    return feedback


def change_feedback(actor, feedback: DealFeedback, *, version: int | None, on_time: bool, as_agreed: bool,
                    would_deal_again: bool, comment: str = "") -> DealFeedback:
    require(can_give_feedback(actor, feedback.linkage) and actor.enterprise_id == feedback.by_enterprise_id,
            _("Chỉ doanh nghiệp đã viết đánh giá mới sửa được."))
    if not is_editable(feedback):
        raise Conflict(_("Đánh giá chỉ sửa được trong %(n)s ngày sau khi ghi nhận.", n=FEEDBACK_EDIT_DAYS))
    _facts(on_time, as_agreed, would_deal_again)
    comment = _text(comment, _("Nhận xét"))
    before = snapshot(feedback)
    _claim(feedback, version)
    feedback.on_time, feedback.as_agreed, feedback.would_deal_again = on_time, as_agreed, would_deal_again
    if comment != feedback.comment:  # a new text is the author's again: a hidden old one stays hidden no more
        feedback.comment = comment
        feedback.comment_hidden_reason = feedback.comment_hidden_at = feedback.comment_hidden_by_id = None
    feedback.updated_at = utcnow()
    record_event(actor, "feedback.change", feedback, before=before, after=snapshot(feedback))
    notify_enterprise(feedback.about_enterprise_id,
                      _l("%(name)s đã sửa đánh giá giao dịch liên kết", name=actor.enterprise.display_name),
                      feedback.comment, link_for("linkage.linkage", linkage_id=feedback.linkage_id))
    _touch_public_pages()
    db.session.flush()
    return feedback


def _claim(feedback: DealFeedback, version: int | None) -> None:
    """Of two saves from forms loaded at the same version, one passes (UPDATE ... WHERE version)."""
    if version is None or version != feedback.version:
        raise EditConflict(_("Đánh giá vừa được sửa ở nơi khác; hãy tải lại trang và sửa lại."))
    done = db.session.execute(
        db.update(DealFeedback).where(DealFeedback.id == feedback.id, DealFeedback.version == version)
        .values(version=DealFeedback.version + 1).execution_options(synchronize_session=False))
    if done.rowcount != 1:
        raise EditConflict(_("Đánh giá vừa được sửa ở nơi khác; hãy tải lại trang và sửa lại."))
    db.session.refresh(feedback)


def answer_feedback(actor, feedback: DealFeedback, answer: str) -> DealFeedback:
    require(can_answer_feedback(actor, feedback), _("Chỉ doanh nghiệp được đánh giá mới trả lời được."))
    if feedback.linkage.status != LinkageStatus.CONFIRMED:
        raise DomainError(_("Giao dịch đã huỷ: đánh giá không còn được công bố."))
    answer = _text(answer, _("Câu trả lời"))
    if not answer:
        raise DomainError(_("Hãy nhập câu trả lời."))
    before = snapshot(feedback)
    if answer != feedback.answer:
        feedback.answer_hidden_reason = feedback.answer_hidden_at = feedback.answer_hidden_by_id = None
    feedback.answer, feedback.answered_at, feedback.answer_author_id = answer, utcnow(), actor.id
    record_event(actor, "feedback.answer", feedback, before=before, after=snapshot(feedback))
    notify_enterprise(feedback.by_enterprise_id,
                      _l("%(name)s đã trả lời đánh giá của doanh nghiệp bạn", name=actor.enterprise.display_name),
                      answer, link_for("linkage.linkage", linkage_id=feedback.linkage_id))
    _touch_public_pages()
    db.session.flush()
    return feedback


def hide_text(actor, feedback: DealFeedback, part: str, reason: str) -> DealFeedback:
    """Replace the comment or the answer by the moderators' notice with a reason; the author is told."""
    require(can_moderate_feedback(actor, feedback),
            _("Chỉ ban kiểm duyệt của Khối doanh nghiệp được đánh giá mới ẩn được nội dung."))
    if part not in PARTS:
        raise DomainError(_("Hãy chọn nội dung cần ẩn."))
    reason = nfc(reason or "").strip()
    if not reason:
        raise DomainError(_("Hãy nêu lý do ẩn nội dung."))
    if len(reason) > MAX_HIDE_REASON:
        raise DomainError(_("Lý do tối đa %(n)s ký tự.", n=MAX_HIDE_REASON))
    if not (feedback.comment if part == "comment" else feedback.answer):
        raise DomainError(_("Không có nội dung để ẩn."))
    before = snapshot(feedback)
    setattr(feedback, f"{part}_hidden_reason", reason)
    setattr(feedback, f"{part}_hidden_at", utcnow())
    setattr(feedback, f"{part}_hidden_by_id", actor.id)
    record_event(actor, f"feedback.hide_{part}", feedback, before=before, after=snapshot(feedback))
    _tell_author(feedback, part, _l("Ban kiểm duyệt đã ẩn %(what)s của doanh nghiệp bạn về một giao dịch liên kết",
                                    what=PARTS[part]), _l("Lý do: %(reason)s", reason=reason))
    _touch_public_pages()
    db.session.flush()
    return feedback


def show_text(actor, feedback: DealFeedback, part: str) -> DealFeedback:
    require(can_moderate_feedback(actor, feedback),
            _("Chỉ ban kiểm duyệt của Khối doanh nghiệp được đánh giá mới ẩn được nội dung."))
    if part not in PARTS:
        raise DomainError(_("Hãy chọn nội dung cần hiện lại."))
    if getattr(feedback, f"{part}_hidden_at") is None:
        raise Conflict(_("Nội dung này đang hiện."))
    before = snapshot(feedback)
    for suffix in ("reason", "at", "by_id"):
        setattr(feedback, f"{part}_hidden_{suffix}", None)
    record_event(actor, f"feedback.show_{part}", feedback, before=before, after=snapshot(feedback))
    _tell_author(feedback, part, _l("Ban kiểm duyệt đã hiện lại %(what)s của doanh nghiệp bạn về một giao dịch "
                                    "liên kết", what=PARTS[part]))
    _touch_public_pages()
    db.session.flush()
    return feedback


def _tell_author(feedback: DealFeedback, part: str, subject, body="") -> None:
    """The comment is the writing side's, the answer the reviewed side's."""
    author = feedback.by_enterprise_id if part == "comment" else feedback.about_enterprise_id
    notify_enterprise(author, subject, body, link_for("linkage.linkage", linkage_id=feedback.linkage_id))


def get_feedback(actor, feedback_id: int) -> DealFeedback:
    """For the parties and their committees (as the deal itself); others are told "not found"."""
    feedback = db.session.get(DealFeedback, feedback_id)
    if feedback is None or not can_view_linkage(actor, feedback.linkage):
        raise NotFound()
    return feedback


# ---- the supplier's public record -------------------------------------------------------------

@dataclass
class Record:
    """Counts over a supplier's confirmed deals (as the seller) and the feedback its buyers gave."""

    deals: int
    reviewed: int
    on_time: int
    as_agreed: int
    would_deal_again: int


def _supplier_feedback(enterprise_id: int) -> sa.Select:
    """Buyers' feedback on this supplier's confirmed deals: what the counts count and the list lists."""
    return (db.select(DealFeedback).join(DealFeedback.linkage)
            .where(Linkage.supplier_id == enterprise_id, Linkage.status == LinkageStatus.CONFIRMED,
                   DealFeedback.about_enterprise_id == Linkage.supplier_id))


def supplier_record(enterprise_id: int) -> Record:
    """One grouped statement: the confirmed deals, with the buyers' feedback joined on."""
    def yes(column):
        return sa.func.coalesce(sa.func.sum(sa.case((column.is_(True), 1), else_=0)), 0)

    row = db.session.execute(
        db.select(sa.func.count(sa.distinct(Linkage.id)), sa.func.count(DealFeedback.id),
                  yes(DealFeedback.on_time), yes(DealFeedback.as_agreed), yes(DealFeedback.would_deal_again))
        .select_from(Linkage)
        .outerjoin(DealFeedback, sa.and_(DealFeedback.linkage_id == Linkage.id,
                                         DealFeedback.about_enterprise_id == Linkage.supplier_id))
        .where(Linkage.supplier_id == enterprise_id, Linkage.status == LinkageStatus.CONFIRMED)
    ).one()
    return Record(*(int(n) for n in row))


def supplier_feedback(enterprise_id: int) -> sa.Select:
    """The list, newest first, with each deal (its buyer's name at confirmation) loaded in the same statement."""
    return (_supplier_feedback(enterprise_id).options(contains_eager(DealFeedback.linkage))
            .order_by(DealFeedback.created_at.desc(), DealFeedback.id.desc()))


def recent_supplier_feedback(enterprise_id: int, limit: int = 5) -> list[DealFeedback]:
    return list(db.session.scalars(supplier_feedback(enterprise_id).limit(limit)))
