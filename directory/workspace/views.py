"""The enterprise's own workspace: profile, offerings, colleagues, history."""
from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required
from stdnum.vn import mst

from ..accounts.views import sign_in
from ..urls import safe_next
from ..extensions import db
from ..freshness import Freshness
from ..i18n import current_locale
from ..forms import conflict_page, perform
from ..models import AuditEvent, Certification, Decision, Enterprise, Offering, Review, Status
from ..reference import find_sectors
from ..services import certifications as certification_service
from ..services import confirmations
from ..services import enterprises as enterprise_service
from ..services import members as member_service
from ..services import offerings as offering_service
from ..services.attachments import full_path, kind_of
from ..services.catalog import category_options
from ..services.committees import active_committees
from ..services.errors import DomainError, EditConflict, NotAuthorized
from ..services.lifecycle import pending_revision, pending_revisions, revisions_of, status_label
from ..services.permissions import (can_edit_enterprise, can_review, can_list_offerings, can_manage_certifications,
                                    can_manage_members, can_register_enterprise, can_view_history, contact_details,
                                    require, require_confirmed_email)
from ..services.uploads import prepare_image, prepare_images
from .history import entries as history_entries
from .display import diff_rows
from .forms import CertificationForm, ConfirmForm, EnterpriseForm, InviteForm, JoinForm, OfferingForm, VersionForm

bp = Blueprint("workspace", __name__, url_prefix="/workspace")
bp.add_app_template_global(diff_rows)
bp.add_app_template_global(status_label)


def _my_enterprise() -> Enterprise:
    if not current_user.is_authenticated:
        abort(401)
    if current_user.enterprise is None:
        raise NotAuthorized(_("Tài khoản của bạn chưa thuộc doanh nghiệp nào."))
    return current_user.enterprise


def _prepared(files) -> list:
    """Every uploaded image checked and re-encoded in memory (nothing on disk yet)."""
    return prepare_images([f for f in files or () if f and f.filename])


def _button(call, done, then: str, category: str = "success"):
    """A POST from a button beside a record, carrying the version it was shown at: 400 without a
    valid form, else `call(version)`; back to `then` with what happened."""
    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    perform(lambda: call(form.version_value()), done=done, category=category)
    return redirect(then)


@bp.get("/")
@login_required
def index():
    if current_user.enterprise is None:
        if can_register_enterprise(current_user):
            return redirect(url_for("workspace.register"))
        raise NotAuthorized(_("Tài khoản của bạn chưa thuộc doanh nghiệp nào."))
    enterprise = current_user.enterprise
    offerings = db.session.scalars(db.select(Offering).where(Offering.enterprise_id == enterprise.id)
                                   .order_by(Offering.updated_at.desc(), Offering.id.desc())).all()
    by_status = {status: [o for o in offerings if o.status == status] for status in Status}
    pending = pending_revisions(by_status[Status.APPROVED])
    last_rejections = _last_reasons(enterprise, offerings)
    due = [o for o in by_status[Status.APPROVED] if o.freshness != Freshness.CURRENT]
    return render_template("workspace/index.html", enterprise=enterprise, by_status=by_status,
                           profile_revision=pending_revision(enterprise), pending_revisions=pending,
                           reasons=last_rejections, form=VersionForm(), due=due,
                           waiting=len(by_status[Status.PENDING]) + len(pending),
                           can_edit=can_edit_enterprise(current_user, enterprise),
                           can_list=can_list_offerings(current_user, enterprise))


def _last_reasons(enterprise, offerings) -> dict:
    """The latest committee reason for each rejected or suspended item: ("offering", id) -> Review."""
    wanted = [("enterprise", enterprise.id)] + [("offering", o.id) for o in offerings]
    reviews = db.session.scalars(db.select(Review).where(
        Review.target_type.in_(("enterprise", "offering")), Review.decision.in_((Decision.REJECT, Decision.SUSPEND)),
        db.tuple_(Review.target_type, Review.target_id).in_(wanted) if wanted else db.false(),
    ).order_by(Review.created_at, Review.id)).all()
    return {(r.target_type, r.target_id): r for r in reviews}


@bp.get("/sectors")
@login_required
def sector_suggestions():
    """The sector picker's choices for what was typed (reference.find_sectors), as JSON."""
    choices = find_sectors(request.args.get("q", "")[:100], english=current_locale() == "en")
    return jsonify(suggestions=[dict(value=c.value, label=c.label) for c in choices])


@bp.route("/register", methods=["GET", "POST"])
@login_required
def register():
    if current_user.enterprise_id is not None:
        return redirect(url_for("workspace.index"))
    require(can_register_enterprise(current_user), _("Tài khoản này không thể đăng ký doanh nghiệp."))
    form = EnterpriseForm(committees=active_committees())
    if form.validate_on_submit():
        try:
            enterprise_service.check_tax_code(form.tax_code.data)
        except DomainError as error:
            form.tax_code.errors.append(str(error))
        else:
            answer = perform(
                lambda: enterprise_service.register_enterprise(current_user, form.values(), _logo(form)),
                field=form.logo, then=url_for("workspace.index"),
                done=lambda enterprise: _("Đã lưu bản nháp hồ sơ %(name)s. Kiểm tra lại rồi gửi duyệt.",
                                          name=enterprise.display_name))
            if answer is not None:
                return answer
    return render_template("workspace/enterprise_form.html", form=form, enterprise=None)


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    enterprise = _my_enterprise()
    require(can_edit_enterprise(current_user, enterprise), _("Chỉ người quản lý sửa được hồ sơ doanh nghiệp."))
    revision = pending_revision(enterprise)
    stored = revision.proposed if revision else enterprise_service.editable_values(enterprise)
    form = EnterpriseForm(committees=active_committees(), data={
        **stored, "tax_code": mst.format(stored["tax_code"]), "version": str(enterprise.version),
        "committee_id": str(stored["committee_id"]) if stored["committee_id"] else "outside"})
    locked = enterprise.status == Status.APPROVED
    if locked:  # tax code and committee are fixed once approved: shown, not posted
        del form.tax_code, form.committee_id
    if form.validate_on_submit():
        values = form.values()
        if not form.logo.data and revision is not None:  # the pending change keeps its new logo
            values["logo_path"] = revision.proposed.get("logo_path")

        def conflict(error: EditConflict):
            now = pending_revision(enterprise)
            stored = now.proposed if now else enterprise_service.editable_values(enterprise)
            return conflict_page("workspace/enterprise_form.html", form, enterprise, error, stored,
                                 {**stored, **values}, enterprise=enterprise, revision=now, locked=locked)

        answer = perform(lambda: enterprise_service.update_enterprise(current_user, enterprise, values, _logo(form),
                                                                      expected_version=form.version_value()),
                         answers={EditConflict: conflict}, done=_profile_saved, then=url_for("workspace.index"))
        if answer is not None:
            return answer
    return render_template("workspace/enterprise_form.html", form=form, enterprise=enterprise,
                           revision=revision, locked=locked)


def _logo(form: EnterpriseForm):
    return prepare_image(form.logo.data) if form.logo.data else None


def _profile_saved(outcome: str) -> str:
    """An approved record's edit waits for the committee as a revision; any other is saved as it is."""
    if outcome == "revision":
        return _("Thay đổi đã được gửi tới Đảng ủy Khối; hồ sơ đã duyệt vẫn hiển thị cho đến khi thay đổi "
                 "được duyệt.")
    return _("Đã lưu hồ sơ.")


def _offering_saved(outcome: str) -> str:
    if outcome == "revision":
        return _("Thay đổi đã được gửi tới Đảng ủy Khối; bản đã duyệt vẫn hiển thị cho đến khi thay đổi "
                 "được duyệt.")
    return _("Đã lưu.")


@bp.post("/profile/submit")
@login_required
def submit_profile():
    enterprise = _my_enterprise()
    return _button(lambda version: enterprise_service.submit_enterprise(current_user, enterprise, version),
                   _("Hồ sơ đã được gửi duyệt."), url_for("workspace.index"))


@bp.post("/profile/withdraw")
@login_required
def withdraw_profile():
    enterprise = _my_enterprise()
    return _button(lambda version: enterprise_service.withdraw_enterprise(current_user, enterprise, version),
                   _("Đã rút hồ sơ về bản nháp."), url_for("workspace.index"), "info")


# ---- offerings ----------------------------------------------------------------------------

@bp.route("/offerings/new", methods=["GET", "POST"])
@login_required
def new_offering():
    enterprise = _my_enterprise()
    require_confirmed_email(current_user)
    require(can_list_offerings(current_user, enterprise),
            _("Doanh nghiệp ngoài Khối chỉ tìm mua, không đăng sản phẩm, dịch vụ."))
    form = OfferingForm(categories=category_options(), country_locale=current_locale())
    form.keep_images.choices = []
    if form.validate_on_submit():
        answer = perform(lambda: offering_service.create_offering(current_user, enterprise, dict(form.values(), images=[]),
                                                                  _prepared(form.images.data)),
                         field=form.images,
                         done=lambda offering: _("Đã lưu bản nháp «%(title)s». Xem trước rồi gửi duyệt.",
                                                 title=offering.title),
                         then=lambda offering: url_for("workspace.offering", offering_id=offering.id))
        if answer is not None:
            return answer
    return render_template("workspace/offering_form.html", form=form, offering=None)


@bp.get("/offerings/<int:offering_id>")
@login_required
def offering(offering_id: int):
    offering = offering_service.get_own_offering(current_user, offering_id)
    revisions = revisions_of(offering)
    revision = next((r for r in revisions if r.status == Status.PENDING), None)
    reviews = db.session.scalars(db.select(Review).where(
        db.or_(db.and_(Review.target_type == "offering", Review.target_id == offering.id),
               db.and_(Review.target_type == "revision", Review.target_id.in_([r.id for r in revisions] or [0]))))
        .order_by(Review.created_at.desc(), Review.id.desc())).all()
    return render_template("workspace/offering.html", offering=offering, revision=revision,
                           current=offering_service.editable_values(offering), reviews=reviews,
                           form=VersionForm(), category_names=_category_names())


def _category_names() -> dict:
    return {c.id: label for c, label in category_options()}


@bp.get("/offerings/<int:offering_id>/preview")
@login_required
def preview_offering(offering_id: int):
    offering = offering_service.get_own_offering(current_user, offering_id)
    return render_template("workspace/preview.html", offering=offering,
                           contacts=contact_details(current_user, offering.enterprise),
                           is_public=offering.is_public)


@bp.route("/offerings/<int:offering_id>/edit", methods=["GET", "POST"])
@login_required
def edit_offering(offering_id: int):
    offering = offering_service.get_own_offering(current_user, offering_id)
    revision = pending_revision(offering)
    stored = revision.proposed if revision else offering_service.editable_values(offering)
    form = OfferingForm(categories=category_options(), country_locale=current_locale())
    if request.method == "GET":
        form.load(stored)
        form.version.data = str(offering.version)
    form.keep_images.choices = [(p, p) for p in stored.get("images", [])]

    def conflict(error: EditConflict):
        now = pending_revision(offering)
        stored = now.proposed if now else offering_service.editable_values(offering)
        form.keep_images.choices = [(p, p) for p in stored.get("images", [])]
        return conflict_page("workspace/offering_form.html", form, offering, error, stored,
                             {**stored, **form.values()}, offering=offering, revision=now)

    if form.validate_on_submit():
        answer = perform(lambda: offering_service.update_offering(current_user, offering, form.values(),
                                                                  _prepared(form.images.data),
                                                                  expected_version=form.version_value()),
                         field=form.images, answers={EditConflict: conflict}, done=_offering_saved,
                         then=url_for("workspace.offering", offering_id=offering.id))
        if answer is not None:
            return answer
    return render_template("workspace/offering_form.html", form=form, offering=offering, revision=revision)


def _offering_action(offering_id: int, action, done_message: str):
    offering = offering_service.get_own_offering(current_user, offering_id)
    return _button(lambda version: action(current_user, offering, version), done_message,
                   url_for("workspace.offering", offering_id=offering_id))


@bp.post("/offerings/<int:offering_id>/submit")
@login_required
def submit_offering(offering_id: int):
    return _offering_action(offering_id, offering_service.submit_offering, _("Đã gửi duyệt."))


@bp.post("/offerings/<int:offering_id>/withdraw")
@login_required
def withdraw_offering(offering_id: int):
    return _offering_action(offering_id, offering_service.withdraw_offering, _("Đã rút về bản nháp."))


@bp.post("/offerings/<int:offering_id>/archive")
@login_required
def archive_offering(offering_id: int):
    return _offering_action(offering_id, offering_service.archive_offering, _("Đã lưu trữ."))


# ---- the yearly re-confirmation (services/confirmations.py) --------------------------------

def _confirmed(confirmed: bool) -> str:
    return (_("Đã xác nhận thông tin vẫn đúng. Hạn xác nhận tiếp theo sau một năm.") if confirmed
            else _("Sản phẩm, dịch vụ này đã được xác nhận hôm nay."))


@bp.post("/offerings/<int:offering_id>/confirm")
@login_required
def confirm_offering(offering_id: int):
    """One click: the listing is still right; no review unless it is edited."""
    offering = offering_service.get_own_offering(current_user, offering_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    then = safe_next(request.form.get("next")) or url_for("workspace.offering", offering_id=offering.id)
    perform(lambda: confirmations.confirm_offering(current_user, offering), done=_confirmed)
    return redirect(then)


@bp.post("/offerings/confirm-due")
@login_required
def confirm_due_offerings():
    enterprise = _my_enterprise()
    if not ConfirmForm().validate_on_submit():
        abort(400)
    perform(lambda: confirmations.confirm_due_offerings(current_user, enterprise),
            done=lambda n: ngettext("Đã xác nhận %(num)s sản phẩm, dịch vụ.", "Đã xác nhận %(num)s sản phẩm, dịch vụ.", n)
            if n else _("Không có sản phẩm, dịch vụ nào cần xác nhận."))
    return redirect(url_for("workspace.index", _anchor="offerings-heading"))
# ---- certifications ------------------------------------------------------------------------

@bp.get("/certifications")
@login_required
def certifications():
    enterprise = _my_enterprise()
    records = certification_service.certifications_of(current_user, enterprise)
    reviews = db.session.scalars(db.select(Review).where(
        Review.target_type == "certification", Review.decision == Decision.REJECT,
        Review.target_id.in_([c.id for c in records] or [0])).order_by(Review.created_at, Review.id)).all()
    return render_template("workspace/certifications.html", enterprise=enterprise, certifications=records,
                           reasons={r.target_id: r for r in reviews}, form=VersionForm(),
                           standing=certification_service.standing, title=certification_service.title,
                           can_manage=can_manage_certifications(current_user, enterprise))


def _certification_form(enterprise, **kwargs) -> CertificationForm:
    return CertificationForm(kinds=certification_service.KIND_LABELS.items(),
                             offerings=certification_service.offering_choices(enterprise), **kwargs)


@bp.route("/certifications/new", methods=["GET", "POST"])
@login_required
def new_certification():
    enterprise = _my_enterprise()
    require_confirmed_email(current_user)
    require(can_manage_certifications(current_user, enterprise),
            _("Chỉ doanh nghiệp trong Khối khai được chứng nhận, để Đảng ủy Khối xác minh."))
    form = _certification_form(enterprise)
    if form.validate_on_submit():
        answer = perform(lambda: certification_service.declare_certification(
            current_user, enterprise, form.values(), form.document.data), field=form.document,
            done=_("Đã gửi chứng nhận tới Đảng ủy Khối để xác minh."), then=url_for("workspace.certifications"))
        if answer is not None:
            return answer
    return render_template("workspace/certification_form.html", form=form, certification=None)


@bp.route("/certifications/<int:cert_id>/edit", methods=["GET", "POST"])
@login_required
def edit_certification(cert_id: int):
    cert = certification_service.get_own_certification(current_user, cert_id)
    form = _certification_form(cert.enterprise)
    if request.method == "GET":
        form.load(cert)
    if form.validate_on_submit():
        def conflict(error: EditConflict):
            flash(_("Chứng nhận vừa được người khác sửa hoặc được duyệt. Đây là bản mới nhất: hãy sửa lại nếu cần."),
                  "warning")
            fresh = _certification_form(cert.enterprise)
            db.session.refresh(cert)
            fresh.load(cert)
            return render_template("workspace/certification_form.html", form=fresh, certification=cert), 409

        answer = perform(lambda: certification_service.update_certification(
            current_user, cert, form.values(), form.document.data, form.version_value()),
            field=form.document, answers={EditConflict: conflict},
            done=_("Đã lưu; chứng nhận được gửi lại Đảng ủy Khối để xác minh."), then=url_for("workspace.certifications"))
        if answer is not None:
            return answer
    return render_template("workspace/certification_form.html", form=form, certification=cert)


@bp.post("/certifications/<int:cert_id>/withdraw")
@login_required
def withdraw_certification(cert_id: int):
    cert = certification_service.get_own_certification(current_user, cert_id)
    return _button(lambda version: certification_service.withdraw_certification(current_user, cert, version),
                   _("Đã rút chứng nhận; chứng nhận và lịch sử của nó vẫn được lưu."),
                   url_for("workspace.certifications"), "info")


@bp.post("/certifications/<int:cert_id>/delete")
@login_required
def delete_certification(cert_id: int):
    cert = certification_service.get_own_certification(current_user, cert_id)
    return _button(lambda version: certification_service.delete_certification(current_user, cert, version),
                   _("Đã xoá bản khai chứng nhận."), url_for("workspace.certifications"), "info")


@bp.get("/certifications/<int:cert_id>/document")
@login_required
def certification_document(cert_id: int):
    """The scanned document, shown in the browser: the enterprise and its reviewers only."""
    cert = certification_service.get_document(current_user, cert_id)
    response = send_file(full_path(cert.document_path), mimetype=kind_of(cert.document_path).mimetype,
                         download_name=cert.document_name)
    response.headers["Cache-Control"] = "private, no-store"
    return response


# ---- colleagues ---------------------------------------------------------------------------

@bp.route("/members", methods=["GET", "POST"])
@login_required
def members():
    enterprise = _my_enterprise()
    manager = can_manage_members(current_user, enterprise)
    form = InviteForm()
    if request.method == "POST":
        require(manager, _("Chỉ người quản lý của doanh nghiệp mời được thành viên."))
        if form.validate_on_submit():
            answer = perform(lambda: member_service.invite_colleague(current_user, enterprise, form.email.data),
                             field=form.email, done=_("Đã gửi lời mời tới %(email)s.", email=form.email.data),
                             then=url_for("workspace.members"))
            if answer is not None:
                return answer
    users = sorted(enterprise.users, key=lambda u: (u.role.value, u.full_name))
    return render_template("workspace/members.html", enterprise=enterprise, users=users, form=form,
                           manager=manager, action_form=VersionForm(),
                           invitations=member_service.pending_invitations(enterprise) if manager else [])


def _member_action(user_id: int, action, message):
    enterprise = _my_enterprise()
    return _button(lambda _version: action(current_user, enterprise, user_id),
                   lambda user: message % {"name": user.full_name}, url_for("workspace.members"))


@bp.post("/members/<int:user_id>/remove")
@login_required
def remove_member(user_id: int):
    return _member_action(user_id, member_service.remove_colleague, _("Đã bỏ %(name)s khỏi doanh nghiệp."))


@bp.post("/members/<int:user_id>/promote")
@login_required
def promote_member(user_id: int):
    return _member_action(user_id, member_service.promote_colleague, _("%(name)s đã là người quản lý."))


@bp.route("/join/<token>", methods=["GET", "POST"])
def join(token: str):
    try:
        invitation = member_service.invitation_for_token(token)
    except DomainError as error:
        flash(str(error), "danger")
        return redirect(url_for("public.home"))
    signed_in = current_user.is_authenticated
    form = VersionForm() if signed_in else JoinForm()
    if form.validate_on_submit():
        try:
            user = member_service.accept_invitation(
                token, current_user if signed_in else None,
                full_name=None if signed_in else form.full_name.data,
                password=None if signed_in else form.password.data)
        except DomainError as error:
            db.session.rollback()
            flash(str(error), "danger")
        else:
            db.session.commit()
            if not signed_in:
                sign_in(user)
            flash(_("Bạn đã tham gia %(name)s.", name=invitation.enterprise.display_name), "success")
            return redirect(url_for("workspace.index"))
    return render_template("workspace/join.html", invitation=invitation, form=form, signed_in=signed_in)


# ---- history ------------------------------------------------------------------------------

@bp.get("/history/<kind>/<int:record_id>")
@login_required
def history(kind: str, record_id: int):
    """Reviews and audit events of an enterprise, offering (and of its revisions) or certification."""
    model = {"enterprise": Enterprise, "offering": Offering, "certification": Certification}.get(kind)
    record = db.session.get(model, record_id) if model else None
    if record is None:
        abort(404)
    enterprise = record if isinstance(record, Enterprise) else record.enterprise
    if not can_view_history(current_user, enterprise):
        abort(404)
    revision_ids = [r.id for r in revisions_of(record)] or [0]
    targets = db.or_(db.and_(AuditEvent.target_type == kind, AuditEvent.target_id == record.id),
                     db.and_(AuditEvent.target_type == "revision", AuditEvent.target_id.in_(revision_ids)))
    events = db.session.scalars(db.select(AuditEvent).where(targets)
                                .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())).all()
    reviews = db.session.scalars(db.select(Review).where(
        db.or_(db.and_(Review.target_type == kind, Review.target_id == record.id),
               db.and_(Review.target_type == "revision", Review.target_id.in_(revision_ids))))
        .order_by(Review.created_at.desc(), Review.id.desc())).all()
    return render_template("workspace/history.html", record=record, kind=kind, entries=history_entries(events),
                           reviews=reviews, enterprise=enterprise, raw=can_review(current_user, enterprise))
