"""Committee decisions on enterprises, offerings and revisions; the review queue.

Every decision is one Review row, one AuditEvent and a notification to the owner's users.
Enterprises outside the bloc (no committee) are reviewed by administrators.
"""
from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import contains_eager, selectinload

from .. import search
from ..extensions import db
from ..inputs import bounded_int
from ..models import Decision, Enterprise, Offering, Review, Revision, Role, Status
from ..models.base import utcnow
from ..text import nfc
from . import enterprises as enterprise_service
from . import offerings as offering_service
from .audit import record_event, snapshot
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
}
REASON_REQUIRED = {Decision.REJECT, Decision.SUSPEND}
MAX_REASON = 2000
MODELS = {"enterprise": Enterprise, "offering": Offering, "revision": Revision}


def _verb(decision: Decision) -> str:
    return {Decision.APPROVE: _("duyệt"), Decision.REJECT: _("từ chối"), Decision.SUSPEND: _("tạm đình chỉ"),
            Decision.REINSTATE: _("khôi phục")}[decision]


def get_for_review(actor, kind: str, record_id: int):
    """A record the actor may decide on; another committee's id is simply not found."""
    model = MODELS.get(kind)
    record = db.session.get(model, record_id) if model else None
    target = revision_target(record) if isinstance(record, Revision) else record
    if target is None or not can_review(actor, owner_enterprise(target)):
        raise NotFound(_("Không tìm thấy hồ sơ này trong phạm vi bạn được duyệt."))
    return record


def decide(actor, record, decision: Decision, expected_version: int, reason: str | None = None) -> Review:
    kind = record.type_key()
    target = revision_target(record) if kind == "revision" else record
    enterprise = owner_enterprise(target)
    require(can_review(actor, enterprise), _("Bạn chỉ duyệt hồ sơ của Đảng ủy Khối mình."))
    rule = DECISIONS[kind].get(decision)
    if rule is None:
        raise DomainError(_("Không thể %(action)s mục này.", action=_verb(decision)))
    reason = nfc(reason) or None
    if decision in REASON_REQUIRED and not reason:
        raise DomainError(_("Hãy ghi lý do %(action)s để doanh nghiệp biết cần sửa gì.", action=_verb(decision)))
    if reason and len(reason) > MAX_REASON:
        raise DomainError(_("Lý do tối đa %(n)s ký tự.", n=MAX_REASON))
    if kind == "revision" and decision == Decision.APPROVE and target.status not in (Status.APPROVED, Status.SUSPENDED):
        raise refuse_status(target, _("áp dụng thay đổi"))

    allowed, to = rule
    if kind == "revision":  # the target's row first, as an owner's edit takes it: no deadlock between them
        bump_version(target)
        db.session.flush()
    values = {}
    if kind == "revision":
        values = {"decided_at": utcnow(), "reason": reason}
    elif to == Status.APPROVED and decision == Decision.APPROVE:
        values = {"approved_at": utcnow()}
    transition(actor, record, f"{kind}.{decision.value}", expected_version, allowed, to, _verb(decision), **values)

    if kind == "revision" and decision == Decision.APPROVE:
        _apply_revision(actor, record, target)
    review = Review(target_type=kind, target_id=record.id, decision=decision, reason=reason,
                    reviewer_id=actor.id, committee_id=enterprise.committee_id)
    db.session.add(review)
    if isinstance(target, Enterprise):
        search.sync_enterprise(target)
    else:
        search.sync_offering(target)
    _notify(kind, target, decision, reason)
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
    }
    body = _l("Lý do: %(reason)s", reason=reason) if reason else ""
    notify_owner(enterprise, subjects[(kind, decision)], body, target_link)


@dataclass
class QueueItem:
    kind: str  # "enterprise" | "offering" | "revision"
    record: object
    target: object  # the enterprise or offering concerned
    enterprise: Enterprise
    submitted_at: datetime | None

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


def review_queue(actor) -> list[QueueItem]:
    """Pending enterprises, offerings and revisions of the actor's committee, oldest first."""
    # Each owner's committee (shown in the list) loaded with the rows, not once per row.
    own_committee = selectinload(Enterprise.committee)
    owner_committee = contains_eager(Offering.enterprise).selectinload(Enterprise.committee)
    items = [QueueItem("enterprise", e, e, e, e.submitted_at) for e in db.session.scalars(
        _in_scope(db.select(Enterprise).where(Enterprise.status == Status.PENDING), actor).options(own_committee))]
    items += [QueueItem("offering", o, o, o.enterprise, o.submitted_at) for o in db.session.scalars(
        _in_scope(db.select(Offering).join(Offering.enterprise).where(Offering.status == Status.PENDING), actor)
        .options(owner_committee))]
    for model, eager in ((Enterprise, own_committee), (Offering, owner_committee)):
        query = db.select(Revision, model).join(model, model.id == Revision.target_id).where(
            Revision.target_type == model.type_key(), Revision.status == Status.PENDING)
        if model is Offering:
            query = query.join(Offering.enterprise)
        for revision, target in db.session.execute(_in_scope(query, actor).options(eager)):
            items.append(QueueItem("revision", revision, target, owner_enterprise(target), revision.submitted_at))
    return sorted(items, key=lambda i: (i.submitted_at or datetime.min, i.kind, i.record.id))


def committee_enterprises(actor, status: Status | None = None) -> list[Enterprise]:
    query = db.select(Enterprise).where(Enterprise.status != Status.DRAFT).order_by(Enterprise.legal_name)
    if status is not None:
        query = query.where(Enterprise.status == status)
    return list(db.session.scalars(_in_scope(query, actor)))


def bulk_approve(actor, keys: list[str]) -> tuple[int, list[str]]:
    """Approve each selected item on its own; report those refused (e.g. already decided)."""
    approved, problems = 0, []
    for key in keys:
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
