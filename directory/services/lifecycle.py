"""What enterprises and offerings share: status changes under an optimistic version check,
pending revisions of approved records, notifying the owner's users."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Enterprise, Offering, Revision, Status
from ..models.base import utcnow
from ..urls import site_url
from .audit import record_event, snapshot
from .errors import AlreadyDecided, DomainError
from .notifications import notify

STATUS_LABELS = {
    Status.DRAFT: _l("Bản nháp"), Status.PENDING: _l("Chờ duyệt"), Status.APPROVED: _l("Đã duyệt"),
    Status.REJECTED: _l("Bị từ chối"), Status.SUSPENDED: _l("Tạm đình chỉ"), Status.ARCHIVED: _l("Đã lưu trữ"),
}


def status_label(status: Status) -> str:
    return str(STATUS_LABELS[Status(status)])


def refuse_status(record, action: str) -> DomainError:
    return DomainError(_("Không thể %(action)s: hồ sơ đang ở trạng thái «%(status)s».",
                         action=action, status=status_label(record.status)))


def transition(actor, record, action: str, expected_version: int, allowed: set[Status], to: Status,
               label: str, **values) -> None:
    """Move `record` from one of `allowed` to `to` with UPDATE ... WHERE version = :v, so that of
    two concurrent deciders exactly one succeeds; the other gets AlreadyDecided (410)."""
    if record.version != expected_version:
        raise AlreadyDecided(_("Mục này đã được người khác xử lý hoặc vừa được sửa. "
                               "Hãy tải lại trang để xem trạng thái mới."))
    if record.status not in allowed:
        raise refuse_status(record, label)
    db.session.flush()
    before = snapshot(record)
    model = type(record)
    if hasattr(model, "updated_at"):
        values["updated_at"] = utcnow()
    result = db.session.execute(
        db.update(model)
        .where(model.id == record.id, model.version == expected_version, model.status.in_(allowed))
        .values(status=to, version=model.version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise AlreadyDecided(_("Mục này đã được người khác xử lý hoặc vừa được sửa. "
                               "Hãy tải lại trang để xem trạng thái mới."))
    db.session.refresh(record)
    record_event(actor, action, record, before=before, after=snapshot(record))


def bump_version(record) -> None:
    """Any change by the owner invalidates a reviewer's open form."""
    record.version = (record.version or 1) + 1


def pending_revision(record) -> Revision | None:
    return db.session.scalar(
        db.select(Revision).where(
            Revision.target_type == record.__tablename__.removesuffix("s"),
            Revision.target_id == record.id, Revision.status == Status.PENDING,
        )
    )


def pending_revisions(records: list) -> dict[int, Revision]:
    """Record id -> its pending revision, for many records of one type in one query."""
    if not records:
        return {}
    rows = db.session.scalars(db.select(Revision).where(
        Revision.target_type == records[0].__tablename__.removesuffix("s"),
        Revision.target_id.in_([r.id for r in records]), Revision.status == Status.PENDING))
    return {revision.target_id: revision for revision in rows}


def revisions_of(record) -> list[Revision]:
    return list(db.session.scalars(
        db.select(Revision)
        .where(Revision.target_type == record.__tablename__.removesuffix("s"), Revision.target_id == record.id)
        .order_by(Revision.created_at.desc(), Revision.id.desc())
    ))


def propose_revision(actor, record, values: dict) -> Revision:
    """Editing an approved record: the approved version stays public; the change waits."""
    revision = pending_revision(record)
    if revision is None:
        revision = Revision(target_type=record.__tablename__.removesuffix("s"), target_id=record.id,
                            proposed=values, author_id=getattr(actor, "id", None), status=Status.PENDING)
        db.session.add(revision)
        record_event(actor, "revision.propose", revision, after={"target_id": record.id, "proposed": values})
    else:
        before = dict(revision.proposed)
        revision.proposed = values
        revision.author_id = getattr(actor, "id", None)
        revision.version += 1
        record_event(actor, "revision.update", revision, before=before, after=values)
    db.session.flush()
    return revision


def revision_target(revision: Revision) -> Enterprise | Offering | None:
    model = Enterprise if revision.target_type == "enterprise" else Offering
    return db.session.get(model, revision.target_id)


def owner_enterprise(record) -> Enterprise:
    return record if isinstance(record, Enterprise) else record.enterprise


def link(endpoint: str, **values) -> str:
    """A site path for a notification."""
    return site_url(endpoint, **values)


def notify_owner(enterprise: Enterprise, subject: str, body: str, target_link: str) -> None:
    for user in enterprise.users:
        if user.active:
            notify(user, subject, body, target_link)
