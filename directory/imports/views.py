"""Bringing a committee's members in: upload → dry-run report → confirm; the template, the export,
and who has claimed their account. For a committee's reviewers and administrators."""
from io import BytesIO
from pathlib import Path

from flask import Blueprint, current_app, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeTimedSerializer

from ..extensions import db
from ..models import Committee
from ..reference import provinces
from ..services import exports, imports
from ..services.errors import DomainError, NotFound
from ..services.committees import active_committees
from ..services.permissions import guard, is_admin, is_reviewer_or_admin
from ..forms import perform
from ..services.sheet_format import SheetError, template
from .forms import ConfirmForm, ResendForm, UploadForm

bp = Blueprint("imports", __name__, url_prefix="/imports")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TOKEN_MAX_AGE = 24 * 3600
MAX_ERRORS_SHOWN = 200


guard(bp, is_reviewer_or_admin, _l("Trang này dành cho cán bộ của Đảng ủy Khối."))


def _committees() -> list[Committee]:
    """The committees the user may import into: every active one for administrators, else their own."""
    return [c for c in active_committees() if is_admin(current_user) or c.id == current_user.committee_id]


def _upload_form() -> UploadForm:
    form = UploadForm()
    form.committee.choices = [(c.code, c.name) for c in _committees()]
    return form


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="import")


def make_token(sha256: str, suffix: str, filename: str, committee_code: str) -> str:
    return _serializer().dumps({"h": sha256, "s": suffix, "n": filename, "c": committee_code})


def _from_token(token: str):
    """The stored upload and the committee a token names, after checking the actor may import into it."""
    try:
        data = _serializer().loads(token or "", max_age=TOKEN_MAX_AGE)
    except BadSignature:  # also an expired one
        raise NotFound(_("Phiên nhập này không còn hiệu lực: hãy tải tệp lên lại."))
    committee = imports.committee_for_import(current_user, data["c"])
    return imports.stored_upload(data["h"], data["s"]), data["n"], data["h"], committee


@bp.get("/")
def index():
    committees = _committees()
    return render_template("imports/index.html", form=_upload_form(), committees=committees)


@bp.post("/check")
def check():
    form = _upload_form()
    if not form.validate_on_submit():
        return render_template("imports/index.html", form=form, committees=_committees()), 400
    upload = form.file.data
    filename = Path(upload.filename or "").name
    try:
        committee = imports.committee_for_import(current_user, form.committee.data)
    except DomainError as error:  # another committee's code, or an unknown one
        form.committee.errors.append(str(error))
        return render_template("imports/index.html", form=form, committees=_committees()), 400
    try:
        path, sha256 = imports.store_upload(upload.stream, filename)
        report = imports.run_import(current_user, committee, path, filename, sha256=sha256)
    except SheetError as error:
        form.file.errors.append(str(error))
        return render_template("imports/index.html", form=form, committees=_committees()), 400
    db.session.rollback()  # a dry run: nothing to keep
    token = make_token(sha256, path.suffix, filename, committee.code)
    return render_template("imports/report.html", report=report, committee=committee, token=token,
                           errors=report.errors[:MAX_ERRORS_SHOWN], confirm=ConfirmForm(token=token))


@bp.get("/report/<token>")
def report(token: str):
    path, filename, sha256, committee = _from_token(token)
    result = imports.run_import(current_user, committee, path, filename, sha256=sha256)
    db.session.rollback()
    name = f"bao-cao-nhap-{Path(filename).stem[:60]}.xlsx"
    return send_file(BytesIO(imports.report_xlsx(result, path, filename)), mimetype=XLSX, as_attachment=True,
                     download_name=name)


@bp.post("/commit")
def commit():
    form = ConfirmForm()
    if not form.validate_on_submit():
        raise NotFound(_("Phiên nhập này không còn hiệu lực: hãy tải tệp lên lại."))
    path, filename, sha256, committee = _from_token(form.token.data)
    return perform(lambda: imports.run_import(current_user, committee, path, filename, sha256=sha256, write=True),
                   done=_imported, then=url_for("imports.claims", committee=committee.code)) \
        or redirect(url_for("imports.index"))


def _imported(result: imports.Report) -> str:
    counts = result.counts
    return _("Đã nhập %(file)s: %(created)s doanh nghiệp mới, %(updated)s cập nhật; %(offerings)s sản phẩm, dịch vụ "
             "mới; đã gửi %(invited)s thư mời nhận tài khoản.", file=result.filename,
             created=counts["enterprise", "create"], updated=counts["enterprise", "update"],
             offerings=counts["offering", "create"], invited=result.invitations)


@bp.get("/template.xlsx")
def template_file():
    data = template([c.code for c in _committees()], [p.name for p in provinces().values()],
                    sorted(exports.category_labels().values()))
    return send_file(BytesIO(data), mimetype=XLSX, as_attachment=True, download_name="mau-nhap-hoi-vien.xlsx")


def _committee_arg() -> Committee | None:
    """The committee named in ?committee= (None: every committee, administrators only)."""
    code = request.args.get("committee", "")
    if not code:
        if is_admin(current_user):
            return None
        code = current_user.committee.code if current_user.committee else ""
    return imports.committee_for_import(current_user, code)


@bp.get("/export.xlsx")
def export():
    committee = _committee_arg()
    data = exports.export_xlsx(current_user, committee)
    return send_file(BytesIO(data), mimetype=XLSX, as_attachment=True,
                     download_name=f"hoi-vien-{committee.code if committee else 'tat-ca'}.xlsx")


@bp.get("/claims")
def claims():
    committee = _committee_arg()
    if committee is None:
        committee = (_committees() or [None])[0]
    if committee is None:
        raise NotFound(_("Chưa có Đảng ủy Khối nào."))
    invitations = imports.claim_invitations(current_user, committee)
    return render_template("imports/claims.html", committee=committee, invitations=invitations,
                           committees=_committees(), resend=ResendForm())


@bp.post("/claims/<int:invitation_id>/resend")
def resend(invitation_id: int):
    form = ResendForm()
    if not form.validate_on_submit():
        raise NotFound()
    return perform(lambda: imports.resend_claim(current_user, invitation_id),
                   done=lambda fresh: _("Đã gửi lại thư mời tới %(email)s.", email=fresh.email),
                   then=lambda fresh: url_for("imports.claims", committee=fresh.enterprise.committee.code)) \
        or redirect(url_for("imports.index"))
