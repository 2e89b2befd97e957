"""Needs (nhu cầu): a buyer says what it wants, how much, for what budget, where and by when;
matching suppliers are told and answer with a quote (services/quotes.py)."""
from datetime import date, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import selectinload
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import MAX_VALUE, Category, Enterprise, Need, NeedStatus, Offering
from ..reference import provinces
from ..text import fold
from .audit import record_event, snapshot
from .catalog import category_ids, listed_offerings
from .errors import Conflict, DomainError, NotFound
from .inquiries import link_for, notify_enterprise
from .lifecycle import claim_version
from .linkages import local_today
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


MAX_QUANTITY = Decimal(10**9)


def _clean(title: str, description: str, quantity: Decimal | None, unit: str, budget_min: int | None,
           budget_max: int | None, province_code: str | None, deadline: date | None) -> dict:
    """A need's fields checked, as the columns take them; the deadline must lie ahead."""
    if not (title or "").strip():
        raise DomainError(_("Hãy cho biết bạn cần mua gì."))
    if province_code and province_code not in provinces():
        raise DomainError(_("Tỉnh, thành phố không hợp lệ."))
    today = local_today()
    if deadline is not None and not today < deadline <= today + timedelta(days=2 * 366):
        raise DomainError(_("Hạn nhận chào giá phải sau hôm nay và trong vòng 2 năm tới."))
    if quantity is not None and not Decimal(0) < quantity <= MAX_QUANTITY:
        raise DomainError(_("Số lượng phải lớn hơn 0 và không quá 1 tỷ."))
    for amount in (budget_min, budget_max):
        if amount is not None and not 0 <= amount <= MAX_VALUE:
            raise DomainError(_("Ngân sách phải từ 0 đến 1 triệu tỷ đồng."))
    if budget_min is not None and budget_max is not None and budget_min > budget_max:
        raise DomainError(_("Ngân sách “từ” không được lớn hơn ngân sách “đến”."))
    return dict(title=title.strip()[:200], description=(description or "").strip()[:5000], quantity=quantity,
                unit=(unit or "").strip()[:40] or None, budget_min=budget_min, budget_max=budget_max,
                province_code=province_code or None, deadline=deadline)


def post_need(actor, *, title: str, description: str = "", category: Category | None = None,
              province_code: str | None = None, deadline: date | None = None, quantity: Decimal | None = None,
              unit: str = "", budget_min: int | None = None, budget_max: int | None = None) -> Need:
    require(can_trade(actor), _("Chỉ người dùng của một doanh nghiệp mới đăng được nhu cầu."))
    values = _clean(title, description, quantity, unit, budget_min, budget_max, province_code, deadline)
    enterprise = actor.enterprise
    need = Need(enterprise=enterprise, committee_id=enterprise.committee_id, created_by_id=actor.id,
                category=category, **values)
    db.session.add(need)
    record_event(actor, "need.post", need, after=snapshot(need))
    link = link_for("linkage.need", need_id=need.id)
    for supplier in matching_suppliers(need):
        notify_enterprise(supplier.id, _l("Nhu cầu mới phù hợp với sản phẩm của bạn: %(title)s", title=need.title),
                          _l("%(name)s đang cần: %(title)s", name=enterprise.display_name, title=need.title), link)
    return need


def update_need(actor, need: Need, expected_version: int | None, *, category: Category | None = None,
                **fields) -> Need:
    """The owner's users edit an open need; of two saves loaded at the same version one passes."""
    require(can_trade(actor) and belongs_to(actor, need.enterprise), _("Chỉ doanh nghiệp đăng nhu cầu mới sửa được."))
    if need.status != NeedStatus.OPEN:
        raise Conflict(_("Nhu cầu này đã đóng."))
    values = _clean(**fields)
    claim_version(need, expected_version)
    before = snapshot(need)
    for name, value in values.items():
        setattr(need, name, value)
    need.category = category
    record_event(actor, "need.update", need, before=before, after=snapshot(need))
    db.session.flush()
    return need


def get_need(actor, need_id: int) -> Need:
    need = db.session.get(Need, need_id)
    if need is None or not can_view_need(actor, need):
        raise NotFound()
    return need


def open_needs() -> sa.Select:
    """Open needs, newest first, with what the list shows of each read at once (not per need)."""
    return (db.select(Need).where(Need.status == NeedStatus.OPEN).order_by(Need.created_at.desc(), Need.id.desc())
            .options(selectinload(Need.enterprise), selectinload(Need.category)))


def close_need(actor, need: Need) -> None:
    require(belongs_to(actor, need.enterprise))
    if need.status == NeedStatus.CLOSED:
        return
    before = snapshot(need)
    need.status = NeedStatus.CLOSED
    record_event(actor, "need.close", need, before=before, after=snapshot(need))
