"""What enterprises and offerings share: status changes under an optimistic version check,
pending revisions of approved records, notifying the owner's users."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm.attributes import set_committed_value

from ..extensions import db
from ..models import Enterprise, Offering, Revision, Status
from ..models.base import insert_for, utcnow
from ..models.revision import PENDING_ONLY
from ..urls import site_url
from .audit import record_event, snapshot
from .errors import AlreadyDecided, DomainError, EditConflict
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
    """Any change invalidates the forms open on the record (a reviewer's, an editor's).
    Incremented by the database (version = version + 1), so that no concurrent bump is lost."""
    record.version = type(record).version + 1


def claim_version(record, expected_version: int | None) -> None:
    """The optimistic check of an edit form: move the record from the version the form was loaded
    at to the next one with UPDATE ... WHERE id = :id AND version = :seen, so that of two saves
    loaded at the same version exactly one passes. The other (and a form with no valid version)
    raises EditConflict; the caller changes nothing else before this passes or rolls back after."""
    if expected_version is None or record.version != expected_version:
        raise EditConflict()
    model = type(record)
    values = {"updated_at": utcnow()} if hasattr(model, "updated_at") else {}
    result = db.session.execute(
        db.update(model).where(model.id == record.id, model.version == expected_version)
        .values(version=model.version + 1, **values).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise EditConflict()
    set_committed_value(record, "version", expected_version + 1)


def pending_revision(record) -> Revision | None:
    return db.session.scalar(
        db.select(Revision).where(
            Revision.target_type == record.type_key(),
            Revision.target_id == record.id, Revision.status == Status.PENDING,
        )
    )


def pending_revisions(records: list) -> dict[int, Revision]:
    """Record id -> its pending revision, for many records of one type in one query."""
    if not records:
        return {}
    rows = db.session.scalars(db.select(Revision).where(
        Revision.target_type == records[0].type_key(),
        Revision.target_id.in_([r.id for r in records]), Revision.status == Status.PENDING))
    return {revision.target_id: revision for revision in rows}


def revisions_of(record) -> list[Revision]:
    return list(db.session.scalars(
        db.select(Revision)
        .where(Revision.target_type == record.type_key(), Revision.target_id == record.id)
        .order_by(Revision.created_at.desc(), Revision.id.desc())
    ))


def propose_revision(actor, record, values: dict, current: dict | None = None) -> Revision:
    """Editing an approved record: the approved version stays public; the change waits.

    A record has at most one pending revision (a partial unique index): the first edit inserts
    it, a later one updates it in place. Two first edits at the same moment are settled by the
    index: INSERT ... ON CONFLICT DO NOTHING lets one row in and the other edit updates that row.
    `current`: the record's values now, so that the audit event also says what they were.
    """
    kind, author_id = record.type_key(), getattr(actor, "id", None)
    insert = insert_for(Revision).values(target_type=kind, target_id=record.id, proposed=values,
                                         author_id=author_id, status=Status.PENDING)
    inserted = db.session.scalar(insert.on_conflict_do_nothing(
        index_elements=["target_type", "target_id"], index_where=db.text(PENDING_ONLY)).returning(Revision.id))
    revision = db.session.scalar(db.select(Revision).where(
        Revision.target_type == kind, Revision.target_id == record.id, Revision.status == Status.PENDING,
    ).execution_options(populate_existing=True))
    if revision is None:  # decided between the insert and the read
        raise EditConflict()
    if inserted is not None:
        was = {k: current.get(k) for k in values if current.get(k) != values[k]} if current is not None else None
        record_event(actor, "revision.propose", revision, before={"current": was} if was is not None else None,
                     after={"target_id": record.id, "proposed": values})
        return revision
    before = dict(revision.proposed)
    result = db.session.execute(  # unless a reviewer decided it meanwhile
        db.update(Revision).where(Revision.id == revision.id, Revision.status == Status.PENDING)
        .values(proposed=values, author_id=author_id, version=Revision.version + 1)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise EditConflict()
    db.session.refresh(revision)
    record_event(actor, "revision.update", revision, before=before, after=values)
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
