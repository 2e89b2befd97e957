"""Committee decisions on enterprises, offerings, revisions and certifications; the review queue.

Every decision is one Review row, one AuditEvent and a notification to the owner's users.
Enterprises outside the bloc (no committee) are reviewed by administrators.
"""
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload

from .. import search
from ..extensions import db
from ..inputs import bounded_int
from ..models import (AuditEvent, Certification, Committee, Decision, Enterprise, Offering, ReasonCode, Review,
                      ReviewReason, Revision, Role, Status, User)
from ..models.base import utcnow
from ..text import nfc
from . import certifications as certification_service
from . import enterprises as enterprise_service
from . import offerings as offering_service
from .audit import record_event, snapshot
from .confirmations import confirmed_values
from .errors import DomainError, NotFound
from .lifecycle import bump_version, link, notify_owner, owner_enterprise, refuse_status, revision_target, transition
from .permissions import can_review, is_admin, require

# kind -> decision -> (from statuses, to status)
DECISIONS = {
    "enterprise": {
        Decision.APPROVE: ({Status.PENDING}, Status.APPROVED),
        Decision.REJECT: ({Status.PENDING}, Status.REJECTED),
        Decision.SUSPEND: ({Status.APPROVED}, Status.SUSPENDED),
        Decision.REINSTATE: ({Status.SUSPENDED}, Status.APPROVED),
    },
    "offering": {
        Decision.APPROVE: ({Status.PENDING}, Status.APPROVED),
        Decision.REJECT: ({Status.PENDING}, Status.REJECTED),
    },
    "revision": {
        Decision.APPROVE: ({Status.PENDING}, Status.APPROVED),
        Decision.REJECT: ({Status.PENDING}, Status.REJECTED),
    },
    "certification": {  # approved = verified (đã xác minh)
        Decision.APPROVE: ({Status.PENDING}, Status.APPROVED),
        Decision.REJECT: ({Status.PENDING}, Status.REJECTED),
    },
}
REASON_REQUIRED = {Decision.REJECT, Decision.SUSPEND}
MAX_REASON = 2000
MODELS = {"enterprise": Enterprise, "offering": Offering, "revision": Revision, "certification": Certification}

# The standard reasons, in the order the form lists them; the owner reads them in their language.
REASON_LABELS = {
    ReasonCode.INCOMPLETE: _l("Mô tả chưa đủ thông tin"),
    ReasonCode.WRONG_CATEGORY: _l("Sai nhóm sản phẩm, dịch vụ"),
    ReasonCode.NOT_OWN_PRODUCT: _l("Không phải sản phẩm, dịch vụ của doanh nghiệp"),
    ReasonCode.DUPLICATE: _l("Trùng với hồ sơ đã có"),
    ReasonCode.TAX_CODE: _l("Không xác minh được mã số thuế"),
    ReasonCode.WRONG_COMMITTEE: _l("Không thuộc Đảng ủy Khối này"),
    ReasonCode.UNREADABLE_DOCUMENT: _l("Bản chụp giấy chứng nhận không đọc được"),
    ReasonCode.DOCUMENT_MISMATCH: _l("Thông tin khai không khớp với giấy chứng nhận"),
    ReasonCode.WRONG_PRODUCT: _l("Giấy chứng nhận không cấp cho sản phẩm đã chọn"),
    ReasonCode.UNVERIFIABLE: _l("Không đối chiếu được với tổ chức cấp"),
}
_OFFERING_REASONS = (ReasonCode.INCOMPLETE, ReasonCode.WRONG_CATEGORY, ReasonCode.NOT_OWN_PRODUCT,
                     ReasonCode.DUPLICATE)
_ENTERPRISE_REASONS = (ReasonCode.INCOMPLETE, ReasonCode.DUPLICATE, ReasonCode.TAX_CODE, ReasonCode.WRONG_COMMITTEE)
_CERTIFICATION_REASONS = (ReasonCode.UNREADABLE_DOCUMENT, ReasonCode.DOCUMENT_MISMATCH, ReasonCode.WRONG_PRODUCT,
                          ReasonCode.UNVERIFIABLE, ReasonCode.DUPLICATE)


def reasons_for(record) -> tuple[ReasonCode, ...]:
    """The standard reasons that fit this kind of record (a revision: those of what it changes)."""
    target = revision_target(record) if isinstance(record, Revision) else record
    if isinstance(target, Certification):
        return _CERTIFICATION_REASONS
    return _ENTERPRISE_REASONS if isinstance(target, Enterprise) else _OFFERING_REASONS


def reason_text(codes, free_text: str | None) -> str:
    """The reasons as one line in the current language: the standard ones, then the reviewer's words."""
    return "; ".join([str(REASON_LABELS[ReasonCode(c)]) for c in codes] + ([free_text] if free_text else []))


class UnapprovedOwner(DomainError):
    """Approving an offering whose enterprise is not approved needs the reviewer's confirmation."""


def _verb(decision: Decision) -> str:
    return {Decision.APPROVE: _("duyệt"), Decision.REJECT: _("từ chối"), Decision.SUSPEND: _("tạm đình chỉ"),
            Decision.REINSTATE: _("khôi phục")}[decision]


def record_name(record) -> str:
    """How a decision names its record: an enterprise's or offering's name, or the change to it."""
    target = revision_target(record) if isinstance(record, Revision) else record
    if isinstance(target, Certification):
        return _("chứng nhận «%(name)s»", name=certification_service.title(target))
    name = target.display_name if isinstance(target, Enterprise) else target.title
    return _("Thay đổi của «%(name)s»", name=name) if isinstance(record, Revision) else f"«{name}»"


def decided_message(decision: Decision, name: str) -> str:
    return {Decision.APPROVE: _("Đã duyệt %(name)s.", name=name),
            Decision.REJECT: _("Đã từ chối %(name)s.", name=name),
            Decision.SUSPEND: _("Đã tạm đình chỉ %(name)s.", name=name),
            Decision.REINSTATE: _("Đã khôi phục %(name)s.", name=name)}[decision]


def get_for_review(actor, kind: str, record_id: int):
    """A record the actor may decide on; another committee's id is simply not found."""
    model = MODELS.get(kind)
    record = db.session.get(model, record_id) if model else None
    target = revision_target(record) if isinstance(record, Revision) else record
    if target is None or not can_review(actor, owner_enterprise(target)):
        raise NotFound(_("Không tìm thấy hồ sơ này trong phạm vi bạn được duyệt."))
    return record


def decide(actor, record, decision: Decision, expected_version: int, reason: str | None = None,
           codes=(), confirm_unapproved_owner: bool = False) -> Review:
    """`codes`: standard reasons (ReasonCode values); with `reason`, the free text, they explain a
    rejection or suspension. An offering of an enterprise that is not approved yet stays hidden
    even when approved: the reviewer confirms that on purpose (`confirm_unapproved_owner`)."""
    kind = record.type_key()
    target = revision_target(record) if kind == "revision" else record
    enterprise = owner_enterprise(target)
    require(can_review(actor, enterprise), _("Bạn chỉ duyệt hồ sơ của Đảng ủy Khối mình."))
    rule = DECISIONS[kind].get(decision)
    if rule is None:
        raise DomainError(_("Không thể %(action)s mục này.", action=_verb(decision)))
    reason = nfc(reason) or None
    try:
        codes = sorted({ReasonCode(c) for c in codes} if decision in REASON_REQUIRED else set(),
                       key=list(ReasonCode).index)
    except ValueError:
        raise DomainError(_("Lý do không hợp lệ.")) from None
    if decision in REASON_REQUIRED and not reason and not codes:
        raise DomainError(_("Hãy ghi lý do %(action)s để doanh nghiệp biết cần sửa gì.", action=_verb(decision)))
    if reason and len(reason) > MAX_REASON:
        raise DomainError(_("Lý do tối đa %(n)s ký tự.", n=MAX_REASON))
    if kind == "revision" and decision == Decision.APPROVE and target.status not in (Status.APPROVED, Status.SUSPENDED):
        raise refuse_status(target, _("áp dụng thay đổi"))
    if (kind == "offering" and decision == Decision.APPROVE and enterprise.status != Status.APPROVED
            and not confirm_unapproved_owner):
        raise UnapprovedOwner(_("Doanh nghiệp %(name)s chưa được duyệt, nên sản phẩm, dịch vụ này chưa hiện "
                                "được. Hãy duyệt doanh nghiệp trước, hoặc xác nhận duyệt trước sản phẩm, dịch vụ.",
                                name=enterprise.display_name))

    allowed, to = rule
    if kind == "revision":  # the target's row first, as an owner's edit takes it: no deadlock between them
        bump_version(target)
        db.session.flush()
    values = {}
    if kind == "revision":
        values = {"decided_at": utcnow(), "reason": reason_text(codes, reason) or None}
    elif to == Status.APPROVED and decision == Decision.APPROVE:
        values = {"approved_at": utcnow()}
        if kind == "offering":  # an approval confirms the listing for a year (confirmations.py)
            values.update(confirmed_values())
        elif kind == "certification":
            values["ever_verified"] = True  # from now on withdrawn, never deleted
    transition(actor, record, f"{kind}.{decision.value}", expected_version, allowed, to, _verb(decision), **values)

    if kind == "revision" and decision == Decision.APPROVE:
        _apply_revision(actor, record, target)
        if isinstance(target, Offering):  # an approved edit counts as a confirmation
            for name, value in confirmed_values().items():
                setattr(target, name, value)
    review = Review(target_type=kind, target_id=record.id, decision=decision, reason=reason,
                    reviewer_id=actor.id, committee_id=enterprise.committee_id,
                    reasons=[ReviewReason(code=c) for c in codes])
    db.session.add(review)
    if isinstance(target, Enterprise):
        search.sync_enterprise(target)
    elif isinstance(target, Certification):
        certification_service.after_decision(target, decision == Decision.APPROVE)
    else:
        search.sync_offering(target)
    _notify(kind, target, decision, reason_text(codes, reason))
    db.session.flush()
    return review


def _apply_revision(actor, revision: Revision, target) -> None:
    service = enterprise_service if isinstance(target, Enterprise) else offering_service
    before = {**snapshot(target), **service.editable_values(target)}
    service.apply_values(target, revision.proposed)
    db.session.flush()
    record_event(actor, f"{target.type_key()}.apply_revision", target, before=before,
                 after={**snapshot(target), **service.editable_values(target)})


def _notify(kind: str, target, decision: Decision, reason: str | None) -> None:
    enterprise = owner_enterprise(target)
    if isinstance(target, Enterprise):
        name = target.display_name
        target_link = link("workspace.index")
    elif isinstance(target, Certification):
        name = certification_service.title(target)
        target_link = certification_service.notification_link(target)
    else:
        name = target.title
        target_link = link("workspace.offering", offering_id=target.id)
    subjects = {
        ("enterprise", Decision.APPROVE): _l("Hồ sơ doanh nghiệp %(name)s đã được duyệt", name=name),
        ("enterprise", Decision.REJECT): _l("Hồ sơ doanh nghiệp %(name)s bị từ chối", name=name),
        ("enterprise", Decision.SUSPEND): _l("Doanh nghiệp %(name)s bị tạm đình chỉ", name=name),
        ("enterprise", Decision.REINSTATE): _l("Doanh nghiệp %(name)s đã được khôi phục", name=name),
        ("offering", Decision.APPROVE): _l("Sản phẩm, dịch vụ «%(name)s» đã được duyệt", name=name),
        ("offering", Decision.REJECT): _l("Sản phẩm, dịch vụ «%(name)s» bị từ chối", name=name),
        ("revision", Decision.APPROVE): _l("Thay đổi của «%(name)s» đã được duyệt", name=name),
        ("revision", Decision.REJECT): _l("Thay đổi của «%(name)s» bị từ chối", name=name),
        ("certification", Decision.APPROVE): _l("Chứng nhận «%(name)s» đã được xác minh", name=name),
        ("certification", Decision.REJECT): _l("Chứng nhận «%(name)s» bị từ chối", name=name),
    }
    body = _l("Lý do: %(reason)s", reason=reason) if reason else ""
    notify_owner(enterprise, subjects[(kind, decision)], body, target_link)


@dataclass
class QueueItem:
    kind: str  # "enterprise" | "offering" | "revision" | "certification"
    record: object
    target: object  # the enterprise or offering concerned
    enterprise: Enterprise
    submitted_at: datetime | None
    submitter: User | None = None  # who sent it for review (filled in by queue_page)

    @property
    def key(self) -> str:
        """What a bulk-approve checkbox carries: kind, id and the version seen."""
        return f"{self.kind}:{self.record.id}:{self.record.version}"


def _in_scope(query, actor):
    if is_admin(actor):
        return query
    if actor.role != Role.REVIEWER or actor.committee_id is None:
        return query.where(db.false())
    return query.where(Enterprise.committee_id == actor.committee_id)


def _last_submitter(kind: str, record_id):
    """The user of the record's last audit event that sent it for review (SUBMIT_ACTIONS; a
    correlated subquery)."""
    return (db.select(AuditEvent.actor_id)
            .where(AuditEvent.target_type == kind, AuditEvent.target_id == record_id,
                   AuditEvent.action.in_(SUBMIT_ACTIONS[kind]), AuditEvent.actor_id.is_not(None))
            .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc()).limit(1).scalar_subquery())


def _queue_rows(actor):
    """The actor's queue as one SQL subquery, a row per item: kind, record_id, submitted_at,
    committee_id, submitter_id, enterprise_id (the owner), offering_id (the offering concerned).
    Pages, counts and "next" are read from it, never the whole queue's records."""
    def row(kind, record_id, submitted_at, submitter_id, offering_id):
        return (sa.literal(kind, sa.String).label("kind"), record_id.label("record_id"),
                submitted_at.label("submitted_at"), Enterprise.committee_id.label("committee_id"),
                submitter_id.label("submitter_id"), Enterprise.id.label("enterprise_id"),
                offering_id.label("offering_id"))

    no_offering = sa.null().cast(sa.Integer)
    parts = [
        db.select(*row("enterprise", Enterprise.id, Enterprise.submitted_at,
                       _last_submitter("enterprise", Enterprise.id), no_offering)).select_from(Enterprise)
        .where(Enterprise.status == Status.PENDING),
        db.select(*row("offering", Offering.id, Offering.submitted_at, _last_submitter("offering", Offering.id),
                       Offering.id)).select_from(Offering).join(Offering.enterprise).where(Offering.status == Status.PENDING),
        db.select(*row("revision", Revision.id, Revision.submitted_at, Revision.author_id, no_offering))
        .select_from(Revision).join(Enterprise, Enterprise.id == Revision.target_id)
        .where(Revision.target_type == Enterprise.type_key(), Revision.status == Status.PENDING),
        db.select(*row("revision", Revision.id, Revision.submitted_at, Revision.author_id, Offering.id))
        .select_from(Revision).join(Offering, Offering.id == Revision.target_id).join(Offering.enterprise)
        .where(Revision.target_type == Offering.type_key(), Revision.status == Status.PENDING),
        db.select(*row("certification", Certification.id, Certification.submitted_at,
                       _last_submitter("certification", Certification.id), no_offering))
        .select_from(Certification).join(Certification.enterprise).where(Certification.status == Status.PENDING),
    ]
    return sa.union_all(*(_in_scope(part, actor) for part in parts)).subquery("queue")


NEVER = datetime(1900, 1, 1)  # a queue row never submitted sorts first (oldest first)


def _sort_columns(rows) -> tuple:
    return sa.func.coalesce(rows.c.submitted_at, NEVER), rows.c.kind, rows.c.record_id


def _load_items(keys: list) -> list[QueueItem]:
    """QueueItems for queue rows (in their order): one query per model, each owner's committee
    from the identity map after one read of the committees."""
    by_kind = {kind: [k for k in keys if k.kind == kind] for kind in KINDS}
    db.session.scalars(db.select(Committee)).all()  # a handful; Enterprise.committee then needs no query
    enterprises = {e.id: e for e in db.session.scalars(
        db.select(Enterprise).where(Enterprise.id.in_({k.enterprise_id for k in keys})))} if keys else {}
    offering_ids = {k.offering_id for k in keys if k.offering_id is not None}
    offerings = {o.id: o for o in db.session.scalars(
        db.select(Offering).where(Offering.id.in_(offering_ids)))} if offering_ids else {}
    revisions = {r.id: r for r in db.session.scalars(
        db.select(Revision).where(Revision.id.in_([k.record_id for k in by_kind["revision"]])))} \
        if by_kind["revision"] else {}
    certifications = {c.id: c for c in db.session.scalars(
        db.select(Certification).where(Certification.id.in_([k.record_id for k in by_kind["certification"]]))
        .options(selectinload(Certification.offering)))} if by_kind["certification"] else {}
    items = []
    for k in keys:
        owner = enterprises[k.enterprise_id]
        if k.kind == "certification":  # its own target: the review page shows the declaration
            certification = certifications[k.record_id]
            items.append(QueueItem(k.kind, certification, certification, owner, certification.submitted_at))
            continue
        target = offerings[k.offering_id] if k.offering_id is not None else owner
        record = revisions[k.record_id] if k.kind == "revision" else target
        items.append(QueueItem(k.kind, record, target, owner, record.submitted_at))
    return items


def review_queue(actor) -> list[QueueItem]:
    """Pending enterprises, offerings, revisions and certifications of the actor's committee, oldest first."""
    rows = _queue_rows(actor)
    return _load_items(db.session.execute(db.select(rows).order_by(*_sort_columns(rows))).all())


ENTERPRISES_PAGE_SIZE = 50


def committee_enterprises(actor, status: Status | None = None, page: int = 1):
    """The enterprises the actor reviews (not drafts), by legal name, one page (a Pagination)."""
    query = db.select(Enterprise).where(Enterprise.status != Status.DRAFT).order_by(Enterprise.legal_name, Enterprise.id)
    if status is not None:
        query = query.where(Enterprise.status == status)
    return db.paginate(_in_scope(query, actor), page=page, per_page=ENTERPRISES_PAGE_SIZE, error_out=False)


def bulk_approve(actor, keys: list[str]) -> tuple[int, list[str]]:
    """Approve each selected item on its own; report those refused (e.g. already decided).
    Enterprises go first, so that an offering selected with its pending enterprise passes; an
    offering whose enterprise stays unapproved is refused (the review page asks to confirm it)."""
    approved, problems = 0, []
    for key in sorted(keys, key=lambda k: not k.startswith("enterprise:")):
        try:
            kind, record_id, version = key.split(":")
            record = get_for_review(actor, kind, bounded_int(record_id))
            decide(actor, record, Decision.APPROVE, bounded_int(version))
        except ValueError:
            problems.append(_("Mục chọn không hợp lệ."))
        except DomainError as error:
            problems.append(str(error))
        else:
            approved += 1
    return approved, problems


KINDS = ("enterprise", "offering", "revision", "certification")
KIND_LABELS = {"enterprise": _l("Doanh nghiệp"), "offering": _l("Sản phẩm, dịch vụ"), "revision": _l("Thay đổi"),
               "certification": _l("Chứng nhận")}
# The audit actions that send each kind for review: its last one names the submitter.
SUBMIT_ACTIONS = {"enterprise": ("enterprise.submit",), "offering": ("offering.submit",),
                  "certification": ("certification.submit", "certification.update")}
AGE_DAYS = (1, 3, 7, 30)  # "waiting for at least N days"
OUTSIDE = 0  # the committee filter's value for enterprises outside every bloc
PAGE_SIZE = 50


@dataclass(frozen=True)
class QueueFilter:
    committee_id: int | None = None  # administrators only; OUTSIDE: enterprises outside the bloc
    kind: str | None = None
    age_days: int | None = None
    submitter_id: int | None = None

    def args(self, **changes) -> dict:
        """The filters as query-string values (links keep them), with `changes` applied."""
        # "type", not "kind": a review page's own route has a <kind>
        names = {"committee_id": "committee", "kind": "type", "age_days": "age", "submitter_id": "submitter"}
        values = {**{f: getattr(self, f) for f in names}, **changes}
        return {names[f]: v for f, v in values.items() if v is not None}


@dataclass
class FilterOption:
    value: object  # None: the filter is off
    label: str
    count: int
    chosen: bool


@dataclass
class QueuePage:
    filters: QueueFilter
    items: list[QueueItem]  # this page's
    total: int  # items passing the filters
    page: int
    pages: int
    oldest: QueueItem | None  # the longest waiting of those passing the filters
    options: dict[str, list[FilterOption]] = field(default_factory=dict)

    # what templates/macros/forms.html `pagination` asks of a page
    has_prev = property(lambda self: self.page > 1)
    has_next = property(lambda self: self.page < self.pages)
    prev_num = property(lambda self: self.page - 1)
    next_num = property(lambda self: self.page + 1)

    def iter_pages(self):
        return range(1, self.pages + 1)


def clean_filter(actor, committee_id=None, kind=None, age_days=None, submitter_id=None) -> QueueFilter:
    """Unknown values switch their filter off; only administrators choose a committee."""
    return QueueFilter(committee_id=committee_id if is_admin(actor) else None,
                       kind=kind if kind in KINDS else None,
                       age_days=age_days if age_days in AGE_DAYS else None,
                       submitter_id=submitter_id)


def _attach_submitters(items: list[QueueItem]) -> None:
    """A revision has its author; an enterprise or offering the user of its last `*.submit` event.
    One query for all of them, the authors too (so that `revision.author` then needs none)."""
    waiting = {(i.kind, i.record.id): i for i in items if i.kind != "revision"}
    authors = {i.record.author_id for i in items if i.kind == "revision" and i.record.author_id is not None}
    submits = [sa.and_(AuditEvent.target_type == kind, AuditEvent.action.in_(actions),
                       AuditEvent.target_id.in_([rid for k, rid in waiting if k == kind]))
               for kind, actions in SUBMIT_ACTIONS.items() if any(k == kind for k, _rid in waiting)]
    if submits or authors:
        rows = db.session.execute(
            db.select(User, AuditEvent.target_type, AuditEvent.target_id)
            .outerjoin(AuditEvent, sa.and_(AuditEvent.actor_id == User.id, sa.or_(*submits) if submits else sa.false()))
            .where(sa.or_(AuditEvent.id.is_not(None), User.id.in_(authors)))
            .order_by(AuditEvent.created_at, AuditEvent.id))
        for user, kind, record_id in rows:  # oldest first: the last submission wins
            if kind is not None:
                waiting[(kind, record_id)].submitter = user
    for item in items:
        if item.kind == "revision":
            item.submitter = item.record.author


def _conditions(rows, filters: QueueFilter, now: datetime, skip: str | None = None) -> list:
    """QueueFilter.matches as SQL over the queue's rows."""
    found = []
    if skip != "committee" and filters.committee_id is not None:
        found.append(rows.c.committee_id.is_(None) if filters.committee_id == OUTSIDE
                     else rows.c.committee_id == filters.committee_id)
    if skip != "kind" and filters.kind is not None:
        found.append(rows.c.kind == filters.kind)
    if skip != "age" and filters.age_days is not None:
        found.append(rows.c.submitted_at <= now - timedelta(days=filters.age_days))
    if skip != "submitter" and filters.submitter_id is not None:
        found.append(rows.c.submitter_id == filters.submitter_id)
    return found


@dataclass(frozen=True)
class _Group:
    """Queue items alike in every filter's respect, and how many (one row of the grouped count)."""
    committee_id: int | None
    kind: str
    age: int  # the largest of AGE_DAYS waited, or 0
    submitter_id: int | None
    submitter_name: str | None
    n: int

    def passes(self, filters: QueueFilter, skip: str) -> bool:
        return ((skip == "committee" or filters.committee_id is None
                 or (self.committee_id or OUTSIDE) == filters.committee_id)
                and (skip == "kind" or filters.kind is None or self.kind == filters.kind)
                and (skip == "age" or filters.age_days is None or self.age >= filters.age_days)
                and (skip == "submitter" or filters.submitter_id is None or self.submitter_id == filters.submitter_id))


def _groups(rows, now: datetime) -> list[_Group]:
    """The whole queue counted in one grouped query by committee, kind, age and submitter."""
    age = sa.case(*((rows.c.submitted_at <= now - timedelta(days=d), d) for d in sorted(AGE_DAYS, reverse=True)),
                  else_=0)
    return [_Group(*row) for row in db.session.execute(
        db.select(rows.c.committee_id, rows.c.kind, age, rows.c.submitter_id, User.full_name, sa.func.count())
        .outerjoin(User, User.id == rows.c.submitter_id)
        .group_by(rows.c.committee_id, rows.c.kind, age, rows.c.submitter_id, User.full_name))]


def queue_page(actor, filters: QueueFilter, page: int = 1, now: datetime | None = None) -> QueuePage:
    """The actor's queue with the filters applied, one page of it, and each filter's options with
    how many items choosing it would show (given the other filters): the counts from one grouped
    query, the page's records only."""
    now = now or utcnow()
    rows = _queue_rows(actor)
    groups = _groups(rows, now)

    def passing(skip=None):
        return [g for g in groups if g.passes(filters, skip)]

    def options(name, values, count, current):
        base = passing(name)
        found = [FilterOption(None, _("Tất cả"), sum(g.n for g in base), current is None)]
        return found + [FilterOption(v, label, count(base, v), current == v) for v, label in values(base)]

    result = {}
    if is_admin(actor):
        def committees(base):
            names = {c.id: c.name for c in db.session.scalars(db.select(Committee))}
            seen = {(g.committee_id or OUTSIDE) for g in base}
            if filters.committee_id is not None:
                seen.add(filters.committee_id)
            return sorted(((cid, names.get(cid) or _("Ngoài Khối")) for cid in seen),
                          key=lambda pair: (pair[0] == OUTSIDE, pair[1]))
        result["committee"] = options("committee", committees, lambda base, v: sum(
            g.n for g in base if (g.committee_id or OUTSIDE) == v), filters.committee_id)
    result["type"] = options("kind", lambda base: [(k, str(KIND_LABELS[k])) for k in KINDS],
                             lambda base, v: sum(g.n for g in base if g.kind == v), filters.kind)
    result["age"] = options("age", lambda base: [(d, _("Chờ từ %(n)s ngày trở lên", n=d)) for d in AGE_DAYS],
                            lambda base, v: sum(g.n for g in base if g.age >= v), filters.age_days)

    def submitters(base):
        people = {g.submitter_id: g.submitter_name for g in base if g.submitter_id is not None}
        return sorted(people.items(), key=lambda pair: pair[1])
    result["submitter"] = options("submitter", submitters, lambda base, v: sum(
        g.n for g in base if g.submitter_id == v), filters.submitter_id)

    total = sum(g.n for g in passing())
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 1), pages)
    chosen = db.select(rows).where(*_conditions(rows, filters, now)).order_by(*_sort_columns(rows))
    keys = db.session.execute(chosen.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).all()
    first = keys[:1] if page == 1 else db.session.execute(chosen.limit(1)).all()
    items = _load_items(first + keys if page != 1 else keys)
    oldest, items = (items[0], items[1:]) if page != 1 and first else (items[0] if items else None, items)
    _attach_submitters(items)
    return QueuePage(filters, items, total, page, pages, oldest, result)


def next_item(actor, filters: QueueFilter, after) -> QueueItem | None:
    """The item to review after `after` (just decided): the next in the queue's order among those
    passing the filters, else the first again (the ones left behind), else None."""
    rows = _queue_rows(actor)
    order = _sort_columns(rows)
    chosen = (db.select(rows).where(*_conditions(rows, filters, utcnow()),
                                    sa.not_(sa.and_(rows.c.kind == after.type_key(), rows.c.record_id == after.id)))
              .order_by(*order).limit(1))
    done = sa.tuple_(*order) > sa.tuple_(sa.literal(after.submitted_at or NEVER, sa.DateTime),
                                         sa.literal(after.type_key(), sa.String), sa.literal(after.id, sa.Integer))
    found = db.session.execute(chosen.where(done)).all() or db.session.execute(chosen).all()
    return _load_items(found)[0] if found else None


def submitter_of(record) -> User | None:
    item = QueueItem(record.type_key(), record, None, None, None)
    _attach_submitters([item])
    return item.submitter


def reason_counts(committee_ids: list[int] | None, start: datetime, end: datetime) -> list[tuple[str, int]]:
    """How often each standard reason was given in [start, end), for the given committees (a merged
    bloc, or one) or all, most frequent first; decisions explained in free text only are counted as «Lý do khác»."""
    scope = [Review.created_at >= start, Review.created_at < end, Review.decision.in_(REASON_REQUIRED)]
    if committee_ids is not None:
        scope.append(Review.committee_id.in_(committee_ids))
    # One query: a decision without a standard reason joins no row and counts under a NULL code.
    counted = db.session.execute(
        db.select(ReviewReason.code, sa.func.count(Review.id)).select_from(Review)
        .outerjoin(ReviewReason, ReviewReason.review_id == Review.id).where(*scope).group_by(ReviewReason.code))
    order = list(ReasonCode)
    counted = sorted(counted, key=lambda row: (-row[1], order.index(ReasonCode(row[0])) if row[0] else len(order)))
    return [(str(REASON_LABELS[ReasonCode(code)]) if code else _("Lý do khác (chỉ ghi bằng lời)"), n)
            for code, n in counted]
