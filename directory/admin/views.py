"""Administration: committees (add, rename, merge), categories (add, rename, move, merge), user accounts, outgoing mail, search synonyms."""
from sqlalchemy.orm import selectinload
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..extensions import db
from ..forms import conflict_page, flash_errors, perform
from ..inputs import bounded_int, int_arg
from ..models import AuditEvent, Category, Committee, Enterprise, Kind, Offering, Role, Status, User
from ..services import categories as category_service
from ..services import committees as committee_service
from ..services import mail as mail_service
from ..services import synonyms as synonym_service
from ..services import users as user_service
from ..services.audit import snapshot
from ..services.errors import EditConflict
from ..services.permissions import guard, is_admin
from .forms import (CategoryForm, CategoryMoveForm, CommitteeForm, CommitteeMergeForm, MergeForm, RetryMailForm,
                    SynonymForm, UserForm, merge_choices)

bp = Blueprint("admin", __name__, url_prefix="/admin")
guard(bp, is_admin)


@bp.get("/")
def index():
    events = db.session.scalars(db.select(AuditEvent).order_by(AuditEvent.id.desc()).limit(30)).all()
    return render_template("admin/index.html", events=events)


@bp.route("/committees", methods=["GET", "POST"])
def committees():
    form = CommitteeForm()
    if form.validate_on_submit():
        answer = perform(lambda: committee_service.create_committee(current_user, **_committee_values(form)),
                         field=form.code, done=_("Đã thêm %(name)s.", name=form.name.data),
                         then=url_for("admin.committees"))
        if answer is not None:
            return answer
    counts = dict(db.session.execute(
        db.select(Enterprise.committee_id, db.func.count()).group_by(Enterprise.committee_id)).all())
    return render_template("admin/committees.html", committees=committee_service.all_committees(), counts=counts,
                           form=form)


def _committee_values(form: CommitteeForm) -> dict:
    return {key: getattr(form, key).data for key in committee_service.EDITABLE}


@bp.route("/committees/<int:committee_id>", methods=["GET", "POST"])
def committee(committee_id: int):
    committee = committee_service.get_committee(committee_id)
    form = CommitteeForm(obj=committee)
    merge_form = _committee_merge_form(committee)

    def conflict(error: EditConflict):
        current = snapshot(committee, committee_service.EDITABLE)
        return conflict_page("admin/committee.html", form, committee, error, current,
                             {**current, **_committee_values(form)}, committee=committee, merge_form=merge_form)

    if form.validate_on_submit():
        answer = perform(lambda: committee_service.update_committee(current_user, committee, form.version_value(),
                                                                    **_committee_values(form)),
                         field=form.code, answers={EditConflict: conflict}, done=_("Đã lưu."),
                         then=url_for("admin.committee", committee_id=committee.id))
        if answer is not None:
            return answer
    return render_template("admin/committee.html", committee=committee, form=form, merge_form=merge_form)


def _committee_merge_form(committee: Committee) -> CommitteeMergeForm:
    form = CommitteeMergeForm(prefix="merge")
    form.target_id.choices = merge_choices((c.id, c.name) for c in committee_service.active_committees()
                                           if c.id != committee.id)
    return form


@bp.post("/committees/<int:committee_id>/merge")
def merge_committee(committee_id: int):
    """First the confirmation page (both names, what will move), then, confirmed, the merge."""
    source = committee_service.get_committee(committee_id)
    form = _committee_merge_form(source)
    target = (db.session.get(Committee, form.target_id.data)
              if form.target_id.data in dict(form.target_id.choices) else None)
    if target is None:
        flash(_("Hãy chọn đơn vị nhận."), "danger")
        return redirect(url_for("admin.committee", committee_id=source.id))
    if not form.confirmed.data:
        form.confirmed.data = "1"
        return render_template("admin/committee_merge.html", source=source, target=target, form=form,
                               preview=committee_service.merge_preview(current_user, source))
    return perform(lambda: committee_service.merge_committee(current_user, source, target),
                   done=lambda moved: _("Đã hợp nhất %(source)s vào %(target)s; %(n)s doanh nghiệp được chuyển.",
                                        source=source.name, target=target.name, n=moved),
                   then=url_for("admin.committees")) or redirect(url_for("admin.committee", committee_id=source.id))


@bp.get("/users")
def users():
    query = (db.select(User).order_by(User.created_at.desc(), User.id.desc())
             .options(selectinload(User.enterprise), selectinload(User.committee)))  # shown on every row
    page = db.paginate(query, page=int_arg("page", 1), per_page=50, error_out=False)
    return render_template("admin/users.html", users=page)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def user(user_id: int):
    user = user_service.get_user(user_id)
    form = UserForm(obj=user, role=user.role.value, committee_id=user.committee_id or 0,
                    enterprise_id=user.enterprise_id or 0)
    form.committee_id.choices = [(0, "—")] + [(c.id, c.name) for c in committee_service.active_committees()]
    form.enterprise_id.choices = [(0, "—")] + [(e.id, e.legal_name) for e in db.session.scalars(
        db.select(Enterprise).where(Enterprise.status != Status.ARCHIVED).order_by(Enterprise.legal_name))]
    if form.validate_on_submit():
        values = {"role": form.role.data, "active": form.active.data, "committee_id": form.committee_id.data or None,
                  "enterprise_id": form.enterprise_id.data or None}

        def conflict(error: EditConflict):
            current = snapshot(user, user_service.FIELDS)
            return conflict_page("admin/user.html", form, user, error, current, {**current, **values}, user=user)

        answer = perform(lambda: user_service.update_user(
            current_user, user, Role(values["role"]), values["active"], values["committee_id"], values["enterprise_id"],
            expected_version=form.version_value()),
            field=form.role, answers={EditConflict: conflict}, done=_("Đã lưu tài khoản %(email)s.", email=user.email),
            then=url_for("admin.users"))
        if answer is not None:
            return answer
    return render_template("admin/user.html", user=user, form=form)


@bp.get("/mail")
def mail():
    page = mail_service.failed_mails(current_user, int_arg("page", 1))
    return render_template("admin/mail.html", mails=page, counts=mail_service.mail_counts(current_user),
                           form=RetryMailForm())


@bp.post("/mail/retry")
def retry_mail():
    form = RetryMailForm()
    if form.validate_on_submit():
        ids = request.form.getlist("mail_id", type=bounded_int)
        retried = mail_service.retry_failed(current_user, ids)
        db.session.commit()
        flash(_("Đã đưa %(n)s thư vào hàng đợi gửi lại.", n=retried), "success")
    return redirect(url_for("admin.mail"))


@bp.route("/synonyms", methods=["GET", "POST"])
def synonyms():
    """The synonym groups search applies; a new group is added here."""
    form = SynonymForm(prefix="new")
    if form.validate_on_submit():
        answer = perform(lambda: synonym_service.add_group(current_user, form.terms.data), field=form.terms,
                         done=_("Đã thêm nhóm từ đồng nghĩa."), then=url_for("admin.synonyms"))
        if answer is not None:
            return answer
    groups = synonym_service.list_groups(current_user)
    return render_template("admin/synonyms.html", form=form, groups=groups, edit_form=SynonymForm)


@bp.post("/synonyms/<int:group_id>")
def synonym(group_id: int):
    """Change or delete one group (its row's form)."""
    form = SynonymForm(prefix=f"g{group_id}")
    if not form.validate_on_submit():
        flash_errors(form)
    elif form.delete.data:
        perform(lambda: synonym_service.delete_group(current_user, group_id), done=_("Đã xóa nhóm từ đồng nghĩa."))
    else:
        perform(lambda: synonym_service.update_group(current_user, group_id, form.terms.data),
                done=_("Đã lưu nhóm từ đồng nghĩa."))
    return redirect(url_for("admin.synonyms"))


def _top_choices(kind: str | None = None, exclude: int | None = None) -> list[tuple[int, str]]:
    """0 = no parent; else the top categories (the tree is two levels deep)."""
    tops = [c for c in category_service.all_categories()
            if c.parent_id is None and c.id != exclude and (kind is None or c.kind.value == kind)]
    return [(0, _("— Nhóm cấp trên cùng —"))] + [(c.id, c.name_vi) for c in tops]


def _parent(parent_id: int | None) -> Category | None:
    return db.session.get(Category, parent_id) if parent_id else None


@bp.route("/categories", methods=["GET", "POST"])
def categories():
    form = CategoryForm()
    form.parent_id.choices = _top_choices()
    if form.validate_on_submit():
        answer = perform(lambda: category_service.create_category(
            current_user, form.name_vi.data, form.name_en.data, Kind(form.kind.data), _parent(form.parent_id.data)),
            field=form.name_vi, done=_("Đã thêm nhóm %(name)s.", name=form.name_vi.data),
            then=url_for("admin.categories"))
        if answer is not None:
            return answer
    counts = dict(db.session.execute(
        db.select(Offering.category_id, db.func.count()).group_by(Offering.category_id)).all())
    return render_template("admin/categories.html", categories=category_service.all_categories(),
                           counts=counts, form=form)


def _category_forms(category: Category):
    form = CategoryForm(obj=category, prefix="rename")
    move_form = CategoryMoveForm(prefix="move", parent_id=category.parent_id or 0)
    move_form.parent_id.choices = _top_choices(category.kind.value, exclude=category.id)
    merge_form = MergeForm(prefix="merge")
    merge_form.target_id.choices = merge_choices((c.id, f"{'— ' if c.parent_id else ''}{c.name_vi}")
                                                 for c in category_service.all_categories()
                                                 if c.id != category.id and c.kind == category.kind)
    return form, move_form, merge_form


@bp.route("/categories/<int:category_id>", methods=["GET", "POST"])
def category(category_id: int):
    category = category_service.get_category(category_id)
    form, move_form, merge_form = _category_forms(category)
    del form.kind, form.parent_id  # renaming changes the names only
    if form.validate_on_submit():
        answer = perform(lambda: category_service.rename_category(current_user, category, form.name_vi.data,
                                                                  form.name_en.data),
                         field=form.name_vi, done=_("Đã lưu."), then=url_for("admin.category", category_id=category.id))
        if answer is not None:
            return answer
    return render_template("admin/category.html", category=category, form=form, move_form=move_form,
                           merge_form=merge_form)


@bp.post("/categories/<int:category_id>/move")
def move_category(category_id: int):
    category = category_service.get_category(category_id)
    _form, move_form, _merge = _category_forms(category)
    if move_form.parent_id.data not in dict(move_form.parent_id.choices):  # CSRF: checked for every POST
        flash(_("Hãy chọn nhóm cha."), "danger")
        return redirect(url_for("admin.category", category_id=category.id))
    return perform(lambda: category_service.move_category(current_user, category, _parent(move_form.parent_id.data)),
                   done=_("Đã chuyển nhóm."), then=url_for("admin.category", category_id=category.id)
                   ) or redirect(url_for("admin.category", category_id=category.id))


@bp.post("/categories/<int:category_id>/merge")
def merge_category(category_id: int):
    source = category_service.get_category(category_id)
    _form, _move, merge_form = _category_forms(source)
    target = (db.session.get(Category, merge_form.target_id.data)
              if merge_form.target_id.data in dict(merge_form.target_id.choices) else None)
    if target is None:
        flash(_("Hãy chọn nhóm nhận."), "danger")
        return redirect(url_for("admin.category", category_id=source.id))
    name = source.name_vi
    return perform(lambda: category_service.merge_category(current_user, source, target),
                   done=lambda moved: _("Đã hợp nhất %(source)s vào %(target)s; %(n)s sản phẩm, dịch vụ được chuyển.",
                                        source=name, target=target.name_vi, n=moved),
                   then=url_for("admin.category", category_id=target.id)
                   ) or redirect(url_for("admin.category", category_id=category_id))
