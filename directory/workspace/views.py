"""The enterprise's own workspace: profile, offerings, colleagues, history."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from stdnum.vn import mst

from ..accounts.views import sign_in
from ..extensions import db
from ..forms import conflict_page
from ..i18n import current_locale
from ..models import AuditEvent, Category, Committee, Enterprise, Offering, Review, Status
from ..services import enterprises as enterprise_service
from ..services import members as member_service
from ..services import offerings as offering_service
from ..services.errors import DomainError, EditConflict, NotAuthorized, NotFound
from ..services.lifecycle import pending_revision, pending_revisions, revisions_of, status_label
from ..services.permissions import (can_edit_enterprise, can_list_offerings, can_manage_members,
                                    can_register_enterprise, can_view_history, contact_details, require,
                                    require_confirmed_email)
from ..services.uploads import prepare_image, prepare_images
from .display import diff_rows
from .forms import EnterpriseForm, InviteForm, JoinForm, OfferingForm, VersionForm

bp = Blueprint("workspace", __name__, url_prefix="/workspace")
bp.add_app_template_global(diff_rows)
bp.add_app_template_global(status_label)


def _my_enterprise() -> Enterprise:
    if not current_user.is_authenticated:
        abort(401)
    if current_user.enterprise is None:
        raise NotAuthorized(_("Tài khoản của bạn chưa thuộc doanh nghiệp nào."))
    return current_user.enterprise


def _committees():
    return db.session.scalars(db.select(Committee).where(Committee.active.is_(True)).order_by(Committee.name)).all()


def _categories():
    """(category, label) with children indented under their parent, for a select."""
    locale = current_locale()
    tops = db.session.scalars(db.select(Category).where(Category.parent_id.is_(None))
                              .order_by(Category.kind, Category.position)).all()
    return [(c, label) for top in tops for c, label in
            [(top, top.name(locale))] + [(child, f"— {child.name(locale)}") for child in top.children]]


def _prepared(files) -> list:
    """Every uploaded image checked and re-encoded in memory (nothing on disk yet)."""
    return prepare_images([f for f in files or () if f and f.filename])


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
    return render_template("workspace/index.html", enterprise=enterprise, by_status=by_status,
                           profile_revision=pending_revision(enterprise), pending_revisions=pending,
                           reasons=last_rejections, form=VersionForm(),
                           waiting=len(by_status[Status.PENDING]) + len(pending),
                           can_edit=can_edit_enterprise(current_user, enterprise),
                           can_list=can_list_offerings(current_user, enterprise))


def _last_reasons(enterprise, offerings) -> dict:
    """The latest committee reason for each rejected or suspended item: ("offering", id) -> Review."""
    wanted = [("enterprise", enterprise.id)] + [("offering", o.id) for o in offerings]
    reviews = db.session.scalars(db.select(Review).where(
        Review.target_type.in_(("enterprise", "offering")), Review.reason.is_not(None),
        db.tuple_(Review.target_type, Review.target_id).in_(wanted) if wanted else db.false(),
    ).order_by(Review.created_at, Review.id)).all()
    return {(r.target_type, r.target_id): r for r in reviews}


@bp.route("/register", methods=["GET", "POST"])
@login_required
def register():
    if current_user.enterprise_id is not None:
        return redirect(url_for("workspace.index"))
    require(can_register_enterprise(current_user), _("Tài khoản này không thể đăng ký doanh nghiệp."))
    form = EnterpriseForm(committees=_committees())
    if form.validate_on_submit():
        try:
            enterprise_service.check_tax_code(form.tax_code.data)
        except DomainError as error:
            form.tax_code.errors.append(str(error))
        else:
            try:
                logo = prepare_image(form.logo.data) if form.logo.data else None
                enterprise = enterprise_service.register_enterprise(current_user, form.values(), logo)
            except DomainError as error:
                db.session.rollback()
                form.logo.errors.append(str(error))
            else:
                db.session.commit()
                flash(_("Đã lưu bản nháp hồ sơ %(name)s. Kiểm tra lại rồi gửi duyệt.", name=enterprise.display_name),
                      "success")
                return redirect(url_for("workspace.index"))
    return render_template("workspace/enterprise_form.html", form=form, enterprise=None)


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    enterprise = _my_enterprise()
    require(can_edit_enterprise(current_user, enterprise), _("Chỉ người quản lý sửa được hồ sơ doanh nghiệp."))
    revision = pending_revision(enterprise)
    stored = revision.proposed if revision else enterprise_service.editable_values(enterprise)
    form = EnterpriseForm(committees=_committees(), data={
        **stored, "tax_code": mst.format(stored["tax_code"]), "version": str(enterprise.version),
        "committee_id": str(stored["committee_id"]) if stored["committee_id"] else "outside"})
    locked = enterprise.status == Status.APPROVED
    if locked:  # tax code and committee are fixed once approved: shown, not posted
        del form.tax_code, form.committee_id
    if form.validate_on_submit():
        try:
            logo = prepare_image(form.logo.data) if form.logo.data else None
            values = form.values()
            if logo is None and revision is not None:
                values["logo_path"] = revision.proposed.get("logo_path")
            outcome = enterprise_service.update_enterprise(current_user, enterprise, values, logo,
                                                           expected_version=form.version_value())
        except EditConflict as error:
            db.session.rollback()
            revision = pending_revision(enterprise)
            stored = revision.proposed if revision else enterprise_service.editable_values(enterprise)
            return conflict_page("workspace/enterprise_form.html", form, enterprise, error, stored,
                                 {**stored, **values}, enterprise=enterprise, revision=revision, locked=locked)
        except DomainError as error:
            db.session.rollback()
            flash(str(error), "danger")
        else:
            db.session.commit()
            flash(_("Thay đổi đã được gửi tới Đảng ủy Khối; hồ sơ đã duyệt vẫn hiển thị cho đến khi thay đổi "
                    "được duyệt.") if outcome == "revision" else _("Đã lưu hồ sơ."), "success")
            return redirect(url_for("workspace.index"))
    return render_template("workspace/enterprise_form.html", form=form, enterprise=enterprise,
                           revision=revision, locked=locked)


def _enterprise_action(action):
    enterprise = _my_enterprise()
    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        action(current_user, enterprise, form.version_value())
    except DomainError as error:
        db.session.rollback()
        if isinstance(error, (NotAuthorized, NotFound)):
            raise
        flash(str(error), "danger")
    else:
        db.session.commit()
        return True
    return False


@bp.post("/profile/submit")
@login_required
def submit_profile():
    if _enterprise_action(enterprise_service.submit_enterprise):
        flash(_("Hồ sơ đã được gửi duyệt."), "success")
    return redirect(url_for("workspace.index"))


@bp.post("/profile/withdraw")
@login_required
def withdraw_profile():
    if _enterprise_action(enterprise_service.withdraw_enterprise):
        flash(_("Đã rút hồ sơ về bản nháp."), "info")
    return redirect(url_for("workspace.index"))


# ---- offerings ----------------------------------------------------------------------------

@bp.route("/offerings/new", methods=["GET", "POST"])
@login_required
def new_offering():
    enterprise = _my_enterprise()
    require_confirmed_email(current_user)
    require(can_list_offerings(current_user, enterprise),
            _("Doanh nghiệp ngoài Khối chỉ tìm mua, không đăng sản phẩm, dịch vụ."))
    form = OfferingForm(categories=_categories())
    form.keep_images.choices = []
    if form.validate_on_submit():
        try:
            images = _prepared(form.images.data)
            values = dict(form.values(), images=[])
            offering = offering_service.create_offering(current_user, enterprise, values, images)
        except DomainError as error:
            db.session.rollback()
            form.images.errors.append(str(error))
        else:
            db.session.commit()
            flash(_("Đã lưu bản nháp «%(title)s». Xem trước rồi gửi duyệt.", title=offering.title), "success")
            return redirect(url_for("workspace.offering", offering_id=offering.id))
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
    return {c.id: label for c, label in _categories()}


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
    form = OfferingForm(categories=_categories())
    if request.method == "GET":
        form.load(stored)
        form.version.data = str(offering.version)
    form.keep_images.choices = [(p, p) for p in stored.get("images", [])]
    if form.validate_on_submit():
        try:
            images = _prepared(form.images.data)
            outcome = offering_service.update_offering(current_user, offering, form.values(), images,
                                                       expected_version=form.version_value())
        except EditConflict as error:
            db.session.rollback()
            revision = pending_revision(offering)
            stored = revision.proposed if revision else offering_service.editable_values(offering)
            form.keep_images.choices = [(p, p) for p in stored.get("images", [])]
            return conflict_page("workspace/offering_form.html", form, offering, error, stored,
                                 {**stored, **form.values()}, offering=offering, revision=revision)
        except DomainError as error:
            db.session.rollback()
            if isinstance(error, (NotAuthorized, NotFound)):
                raise
            form.images.errors.append(str(error))
        else:
            db.session.commit()
            flash(_("Thay đổi đã được gửi tới Đảng ủy Khối; bản đã duyệt vẫn hiển thị cho đến khi thay đổi "
                    "được duyệt.") if outcome == "revision" else _("Đã lưu."), "success")
            return redirect(url_for("workspace.offering", offering_id=offering.id))
    return render_template("workspace/offering_form.html", form=form, offering=offering, revision=revision)


def _offering_action(offering_id: int, action, done_message: str):
    offering = offering_service.get_own_offering(current_user, offering_id)
    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        action(current_user, offering, form.version_value())
    except DomainError as error:
        db.session.rollback()
        if isinstance(error, (NotAuthorized, NotFound)):
            raise
        flash(str(error), "danger")
    else:
        db.session.commit()
        flash(done_message, "success")
    return redirect(url_for("workspace.offering", offering_id=offering_id))


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
            try:
                member_service.invite_colleague(current_user, enterprise, form.email.data)
            except DomainError as error:
                db.session.rollback()
                form.email.errors.append(str(error))
            else:
                db.session.commit()
                flash(_("Đã gửi lời mời tới %(email)s.", email=form.email.data), "success")
                return redirect(url_for("workspace.members"))
    users = sorted(enterprise.users, key=lambda u: (u.role.value, u.full_name))
    return render_template("workspace/members.html", enterprise=enterprise, users=users, form=form,
                           manager=manager, action_form=VersionForm(),
                           invitations=member_service.pending_invitations(enterprise) if manager else [])


def _member_action(user_id: int, action, message):
    enterprise = _my_enterprise()
    if not VersionForm().validate_on_submit():
        abort(400)
    try:
        user = action(current_user, enterprise, user_id)
    except DomainError as error:
        db.session.rollback()
        if isinstance(error, (NotAuthorized, NotFound)):
            raise
        flash(str(error), "danger")
    else:
        db.session.commit()
        flash(message % {"name": user.full_name}, "success")
    return redirect(url_for("workspace.members"))


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
    """Reviews and audit events of an enterprise or offering (and of its revisions)."""
    model = {"enterprise": Enterprise, "offering": Offering}.get(kind)
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
    return render_template("workspace/history.html", record=record, kind=kind, events=events, reviews=reviews,
                           enterprise=enterprise)
