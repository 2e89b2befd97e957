"""The committees' programme dashboards, their XLSX export and printable pages, and the
printable catalogue. Reviewers see their own committee; administrators every one and all."""
from io import BytesIO

from flask import Blueprint, redirect, render_template, request, send_file, url_for
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..forms import perform
from ..inputs import int_arg
from ..models import Committee
from ..services import committees as committee_service
from ..freshness import Freshness
from ..services import confirmations, documents, reports
from ..services.permissions import can_view_committee_report, guard, is_admin, is_reviewer_or_admin, require
from ..urls import moved_to
from .forms import DocumentSettingsForm

bp = Blueprint("reports", __name__, url_prefix="/reports")
guard(bp, is_reviewer_or_admin, _l("Báo cáo dành cho cán bộ của các Khối và quản trị viên."))
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class _Moved(Exception):
    """An old committee key: the same page of the committee it became answers (301)."""


def _scope(code: str | None) -> Committee | None:
    """The committee asked for (None: all committees, administrators only)."""
    if code is None:
        require(is_admin(current_user))
        return None
    committee, moved = committee_service.current_committee(code)
    if moved:
        raise _Moved(committee.code)
    require(can_view_committee_report(current_user, committee.id))
    return committee


@bp.errorhandler(_Moved)
def _moved(moved: _Moved):
    return redirect(moved_to(request.endpoint, **{**request.view_args, "code": moved.args[0]}), 301)


def _report(code: str | None):
    committee = _scope(code)
    period, errors = reports.parse_period(request.args.get("start"), request.args.get("end"))
    return reports.build_report(committee, period, merged=request.args.get("bloc") != "own"), errors


@bp.get("/")
def dashboard():
    if is_admin(current_user):
        return redirect(url_for("reports.all_committees"))
    committee = current_user.committee
    if committee is None:
        return render_template("reports/no_committee.html")
    return redirect(url_for("reports.committee", code=committee.code))


def _page(template: str, code: str | None, **context):
    report, errors = _report(code)
    return render_template(template, report=report, errors=errors, code=code,
                           summary=reports.summary_rows(report), committees=committee_service.all_committees(),
                           committee_label=reports.committee_label,
                           presets=reports.period_presets(report.committee), **context)


def _heading(committee: Committee):
    """The official heading of one download or print: number, date and signer from the query string."""
    return documents.heading(committee, request.args.get("number"), request.args.get("date"),
                             request.args.get("signer"))


@bp.get("/all")
def all_committees():
    return _page("reports/dashboard.html", None)


@bp.get("/committees/<code>")
def committee(code: str):
    return _page("reports/dashboard.html", code)


@bp.get("/all/print")
def all_print():
    return _page("reports/print.html", None)


@bp.get("/committees/<code>/print")
def committee_print(code: str):
    head, head_errors = _heading(_scope(code))
    return _page("reports/print.html", code, head=head, head_errors=head_errors)


@bp.get("/committees/<code>/document")
def document(code: str):
    """The form for one official report: period, number, date, signer; then PDF, DOCX or print."""
    committee = _scope(code)
    head, head_errors = _heading(committee)
    return _page("reports/document_form.html", code, head=head, head_errors=head_errors,
                 can_edit=documents.can_edit_document_settings(current_user, committee))


def _document_file(code: str, kind: str):
    committee = _scope(code)
    period, _errors = reports.parse_period(request.args.get("start"), request.args.get("end"))
    with force_locale("vi"):  # a Vietnamese body's filing, whatever the page's language
        report = reports.build_report(committee, period)
        summary = reports.summary_rows(report)
        head, _errors = _heading(committee)
        if kind == "pdf":
            html = render_template("reports/document.html", report=report, summary=summary, head=head)
            data, mimetype = documents.render_pdf(html), "application/pdf"
        else:
            data, mimetype = documents.report_docx(report, summary, head), DOCX
    name = f"bao-cao-{code}-{period.start:%Y%m%d}-{period.end:%Y%m%d}.{kind}"
    return send_file(BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name)


@bp.get("/committees/<code>/document.pdf")
def document_pdf(code: str):
    return _document_file(code, "pdf")


@bp.get("/committees/<code>/document.docx")
def document_docx(code: str):
    return _document_file(code, "docx")


@bp.route("/committees/<code>/document/settings", methods=["GET", "POST"])
def document_settings(code: str):
    committee = _scope(code)
    require(documents.can_edit_document_settings(current_user, committee))
    form = DocumentSettingsForm(obj=documents.document_settings(committee))
    if form.validate_on_submit():
        values = {name: form[name].data for name in documents.SETTINGS}
        answer = perform(lambda: documents.update_document_settings(current_user, committee, **values),
                         done=_l("Đã lưu thông tin văn bản của Khối."),
                         then=url_for("reports.document", code=code))
        if answer is not None:
            return answer
    return render_template("reports/document_settings.html", form=form, committee=committee, code=code)


def _export(code: str | None):
    report, _errors = _report(code)
    name = f"bao-cao-lien-ket-{code or 'tat-ca'}-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}.xlsx"
    return send_file(BytesIO(reports.report_workbook(report)), mimetype=XLSX, as_attachment=True,
                     download_name=name)


@bp.get("/all/export.xlsx")
def all_export():
    return _export(None)


@bp.get("/committees/<code>/export.xlsx")
def committee_export(code: str):
    return _export(code)


@bp.get("/committees/<code>/catalogue")
def catalogue(code: str):
    committee = _scope(code)
    groups, pager = reports.catalogue(committee, int_arg("page", 1) or 1)
    return render_template("reports/catalogue.html", committee=committee, groups=groups, pager=pager)


@bp.get("/committees/<code>/listings/<any(current, due_soon, overdue, hidden):state>")
def listings(code: str, state: str):
    """The members' listings in one state of their yearly re-confirmation (the dashboard's counts)."""
    committee = _scope(code)
    ids = committee_service.bloc_ids(committee)
    chosen = Freshness(state)
    return render_template("reports/listings.html", committee=committee, state=chosen, states=confirmations.STATES,
                           labels=confirmations.FRESHNESS_LABELS, offerings=confirmations.committee_listings(ids, chosen),
                           counts=confirmations.FreshnessCounts.sum(confirmations.freshness_counts(ids).values()),
                           at_most=confirmations.LISTED_AT_MOST)
