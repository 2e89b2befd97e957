"""The committee side: the review queue, decisions, suspension, bulk approval."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..extensions import db
from ..forms import perform
from ..models import Decision, Offering, Review, Status
from ..services import enterprises as enterprise_service
from ..services import offerings as offering_service
from ..services import reviews as review_service
from ..services.errors import AlreadyDecided
from ..services.lifecycle import owner_enterprise, pending_revision, revision_target
from ..services.permissions import guard, is_reviewer_or_admin
from .forms import BulkApproveForm, DecisionForm

bp = Blueprint("review", __name__, url_prefix="/review")
guard(bp, is_reviewer_or_admin, _l("Trang này dành cho cán bộ duyệt của Đảng ủy Khối."))


@bp.get("/")
def queue():
    items = review_service.review_queue(current_user)
    return render_template("review/queue.html", items=items, form=BulkApproveForm())


@bp.post("/bulk-approve")
def bulk_approve():
    form = BulkApproveForm()
    if not form.validate_on_submit():
        abort(400)
    approved, problems = review_service.bulk_approve(current_user, form.items.data or [])
    db.session.commit()
    if approved:
        flash(_("Đã duyệt %(n)s mục.", n=approved), "success")
    for problem in problems:
        flash(problem, "warning")
    if not approved and not problems:
        flash(_("Bạn chưa chọn mục nào."), "info")
    return redirect(url_for("review.queue"))


@bp.get("/enterprises")
def enterprises():
    status = request.args.get("status", "")
    chosen = Status(status) if status in {s.value for s in Status} else None
    return render_template("review/enterprises.html", enterprises=review_service.committee_enterprises(
        current_user, chosen), status=chosen)


@bp.get("/<kind>/<int:record_id>")
def detail(kind: str, record_id: int):
    record = review_service.get_for_review(current_user, kind, record_id)
    return _render_detail(kind, record, DecisionForm(version=str(record.version)))


def _render_detail(kind, record, form, status=200):
    target = revision_target(record) if kind == "revision" else record
    current = proposed = None
    if kind == "revision":
        service = enterprise_service if target.type_key() == "enterprise" else offering_service
        current, proposed = service.editable_values(target), record.proposed
    reviews = db.session.scalars(db.select(Review).where(Review.target_type == kind, Review.target_id == record.id)
                                 .order_by(Review.created_at.desc())).all()
    offerings = []
    if kind == "enterprise":
        offerings = db.session.scalars(db.select(Offering).where(Offering.enterprise_id == record.id,
                                                                 Offering.status != Status.DRAFT)).all()
    return render_template("review/detail.html", kind=kind, record=record, target=target,
                           enterprise=owner_enterprise(target), form=form, current=current, proposed=proposed,
                           reviews=reviews, offerings=offerings, allowed=review_service.DECISIONS[kind],
                           revision=pending_revision(target) if kind != "revision" else None), status


@bp.post("/<kind>/<int:record_id>/decide")
def decide(kind: str, record_id: int):
    record = review_service.get_for_review(current_user, kind, record_id)
    form = DecisionForm()
    decision = next((d for d in Decision if getattr(form, d.value).data), None)
    if not form.validate_on_submit() or decision is None:
        flash(_("Hãy chọn một quyết định."), "danger")
        return _render_detail(kind, record, form, 400)

    def already_decided(error: AlreadyDecided):
        flash(str(error), "warning")
        form.version.data = str(record.version)  # the page shows the new state: decide on it
        return _render_detail(kind, record, form, 410)

    answer = perform(lambda: review_service.decide(current_user, record, decision, form.version_value(),
                                                   form.reason.data),
                     field=form.reason, answers={AlreadyDecided: already_decided}, done=_("Đã ghi quyết định."),
                     then=url_for("review.queue"))
    return answer if answer is not None else _render_detail(kind, record, form, 400)
