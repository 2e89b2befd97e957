"""The committee side: the review queue, decisions, suspension, bulk approval."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import format_timedelta
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..extensions import db
from ..forms import perform
from ..inputs import int_arg
from ..models import Decision, Offering, Review, Status
from ..models.base import utcnow
from ..services import certifications as certification_service
from ..services import enterprises as enterprise_service
from ..services import offerings as offering_service
from ..services import reviews as review_service
from ..services.errors import AlreadyDecided
from ..services.lifecycle import owner_enterprise, pending_revision, revision_target
from ..services.permissions import contact_details, guard, is_reviewer_or_admin
from ..services.review_checks import checks_for
from .forms import BulkApproveForm, DecisionForm

bp = Blueprint("review", __name__, url_prefix="/review")
guard(bp, is_reviewer_or_admin, _l("Trang này dành cho cán bộ duyệt của Đảng ủy Khối."))
# The owner's workspace shows the reasons too: these are app-wide.
bp.add_app_template_global(review_service.reason_text)
bp.add_app_template_global(review_service.record_name, "review_name")
bp.add_app_template_global(certification_service.title, "certification_title")


@bp.app_template_filter("waited")
def waited(since) -> str:
    """How long something has waited, in words ("3 ngày")."""
    return format_timedelta(utcnow() - since, threshold=1.0) if since else "—"


def _filters() -> review_service.QueueFilter:
    """The queue's filters from the query string; the review pages and decisions keep them."""
    return review_service.clean_filter(current_user, committee_id=int_arg("committee"), kind=request.args.get("type"),
                                       age_days=int_arg("age"), submitter_id=int_arg("submitter"))


@bp.get("/")
def queue():
    filters = _filters()
    page = review_service.queue_page(current_user, filters, int_arg("page", 1) or 1)
    return render_template("review/queue.html", queue=page, filters=filters, form=BulkApproveForm(),
                           kind_labels=review_service.KIND_LABELS)


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
    return redirect(url_for("review.queue", **_filters().args()))


@bp.get("/enterprises")
def enterprises():
    status = request.args.get("status", "")
    chosen = Status(status) if status in {s.value for s in Status} else None
    return render_template("review/enterprises.html", enterprises=review_service.committee_enterprises(
        current_user, chosen, int_arg("page", 1)), status=chosen)


@bp.get("/<kind>/<int:record_id>")
def detail(kind: str, record_id: int):
    record = review_service.get_for_review(current_user, kind, record_id)
    return _render_detail(kind, record, DecisionForm(version=str(record.version)))


def _decision_form(record, form: DecisionForm) -> DecisionForm:
    form.reasons.choices = [(c.value, str(review_service.REASON_LABELS[c])) for c in review_service.reasons_for(record)]
    return form


def _render_detail(kind, record, form, status=200):
    if kind == "certification":
        return _render_certification(record, form, status)
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
    enterprise = owner_enterprise(target)
    filters = _filters()
    return render_template("review/detail.html", kind=kind, record=record, target=target,
                           enterprise=enterprise, form=_decision_form(record, form), current=current,
                           proposed=proposed, reviews=reviews, offerings=offerings,
                           allowed=review_service.DECISIONS[kind], filters=filters,
                           revision=pending_revision(target) if kind != "revision" else None,
                           checks=checks_for(record), submitter=review_service.submitter_of(record),
                           contacts=contact_details(current_user, enterprise),
                           upcoming=review_service.next_item(current_user, filters, record)), status


def _render_certification(record, form, status):
    """A certification: what was declared, the scanned document, the enterprise, the decision."""
    reviews = db.session.scalars(db.select(Review).where(Review.target_type == "certification",
                                                         Review.target_id == record.id)
                                 .order_by(Review.created_at.desc())).all()
    filters = _filters()
    return render_template("review/certification.html", kind="certification", record=record,
                           enterprise=record.enterprise, form=_decision_form(record, form), reviews=reviews,
                           allowed=review_service.DECISIONS["certification"], filters=filters,
                           kind_label=certification_service.kind_label,
                           submitter=review_service.submitter_of(record),
                           contacts=contact_details(current_user, record.enterprise),
                           upcoming=review_service.next_item(current_user, filters, record)), status


@bp.post("/<kind>/<int:record_id>/decide")
def decide(kind: str, record_id: int):
    record = review_service.get_for_review(current_user, kind, record_id)
    form = _decision_form(record, DecisionForm())
    decision = next((d for d in Decision if getattr(form, d.value).data), None)
    if not form.validate_on_submit() or decision is None:
        flash(_("Hãy chọn một quyết định."), "danger")
        return _render_detail(kind, record, form, 400)

    def already_decided(error: AlreadyDecided):
        flash(str(error), "warning")
        form.version.data = str(record.version)  # the page shows the new state: decide on it
        return _render_detail(kind, record, form, 410)

    name = review_service.record_name(record)
    filters = _filters()

    def onwards(_review) -> str:
        """Straight to the next item of the queue (the same filters), or back to the queue when done."""
        upcoming = review_service.next_item(current_user, filters, record)
        if upcoming is None:
            flash(_("Không còn hồ sơ nào chờ duyệt trong hàng này."), "info")
            return url_for("review.queue", **filters.args())
        return url_for("review.detail", kind=upcoming.kind, record_id=upcoming.record.id, **filters.args())

    answer = perform(lambda: review_service.decide(current_user, record, decision, form.version_value(),
                                                   form.reason.data, form.reasons.data or (),
                                                   confirm_unapproved_owner=form.confirm_unapproved_owner.data),
                     field=form.reason, answers={AlreadyDecided: already_decided},
                     done=review_service.decided_message(decision, name), then=onwards)
    return answer if answer is not None else _render_detail(kind, record, form, 400)
