"""Needs (nhu cầu): a buyer says what it wants; matching suppliers are told and answer with an offer."""
from datetime import date, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Category, Enterprise, Need, NeedStatus, Offering
from ..reference import provinces
from ..text import fold
from .audit import record_event, snapshot
from .catalog import category_ids, listed_offerings
from .errors import Conflict, DomainError, NotFound
from .inquiries import link_for, notify_enterprise, send_inquiry
from .permissions import belongs_to, can_trade, can_view_need, require

STOPWORDS = {"va", "cua", "cho", "cac", "loai", "can", "mua", "ban", "voi", "tai", "the", "nhung"}


def words(text: str) -> set[str]:
    """Meaningful folded words: "Cần mua Thép cuộn" -> {"thep", "cuon"}."""
    return {w for w in "".join(c if c.isalnum() else " " for c in fold(text)).split()
            if len(w) > 1 and w not in STOPWORDS}


def matching_suppliers(need: Need) -> list[Enterprise]:
    """Approved member suppliers with an approved offering in the need's category that shares
    a word with the need (or, without a category, shares a word at all)."""
    wanted = words(f"{need.title} {need.description}")
    query = listed_offerings().where(Offering.enterprise_id != need.enterprise_id)
    if need.category is not None:
        query = query.where(Offering.category_id.in_(category_ids(need.category)))
    found = {}
    for offering in db.session.scalars(query):
        if wanted & words(f"{offering.title} {offering.description}"):
            found.setdefault(offering.enterprise_id, offering.enterprise)
    return list(found.values())


def post_need(actor, *, title: str, description: str = "", category: Category | None = None,
              province_code: str | None = None, deadline: date | None = None) -> Need:
    require(can_trade(actor), _("Chỉ người dùng của một doanh nghiệp mới đăng được nhu cầu."))
    if not (title or "").strip():
        raise DomainError(_("Hãy cho biết bạn cần mua gì."))
    if province_code and province_code not in provinces():
        raise DomainError(_("Tỉnh, thành phố không hợp lệ."))
    if deadline is not None and not date.today() <= deadline <= date.today() + timedelta(days=2 * 366):
        raise DomainError(_("Hạn nhận chào giá phải từ hôm nay đến tối đa 2 năm tới."))
    enterprise = actor.enterprise
    need = Need(enterprise=enterprise, committee_id=enterprise.committee_id, created_by_id=actor.id,
                title=title.strip()[:200], description=(description or "").strip()[:5000], category=category,
                province_code=province_code or None, deadline=deadline)
    db.session.add(need)
    record_event(actor, "need.post", need, after=snapshot(need))
    link = link_for("linkage.need", need_id=need.id)
    for supplier in matching_suppliers(need):
        notify_enterprise(supplier.id, _l("Nhu cầu mới phù hợp với sản phẩm của bạn: %(title)s", title=need.title),
                          _l("%(name)s đang cần: %(title)s", name=enterprise.display_name, title=need.title), link)
    return need


def get_need(actor, need_id: int) -> Need:
    need = db.session.get(Need, need_id)
    if need is None or not can_view_need(actor, need):
        raise NotFound()
    return need


def open_needs() -> sa.Select:
    return db.select(Need).where(Need.status == NeedStatus.OPEN).order_by(Need.created_at.desc(), Need.id.desc())


def answer_need(actor, need: Need, body: str, offering: Offering | None = None, attachment=None):
    """A supplier's offer opens a thread with the buyer that posted the need."""
    require(can_trade(actor) and actor.enterprise.committee_id is not None,
            _("Chỉ doanh nghiệp thành viên mới chào bán được."))
    if need.status != NeedStatus.OPEN:
        raise Conflict(_("Nhu cầu này đã đóng."))
    if need.enterprise_id == actor.enterprise_id:
        raise DomainError(_("Không thể chào giá cho nhu cầu của chính doanh nghiệp mình."))
    return send_inquiry(actor, actor.enterprise, subject=_("Chào giá: %(title)s", title=need.title)[:200],
                        body=body, offering=offering, attachment=attachment, need=need)


def close_need(actor, need: Need) -> None:
    require(belongs_to(actor, need.enterprise))
    if need.status == NeedStatus.CLOSED:
        return
    before = snapshot(need)
    need.status = NeedStatus.CLOSED
    record_event(actor, "need.close", need, before=before, after=snapshot(need))
