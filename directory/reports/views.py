"""The committees' programme dashboards, their XLSX export and printable pages, and the
printable catalogue. Reviewers see their own committee; administrators every one and all."""
from io import BytesIO

from flask import Blueprint, redirect, render_template, request, send_file, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..models import Committee
from ..services import reports
from ..services import committees as committee_service
from ..urls import moved_to
from ..services.permissions import can_view_committee_report, guard, is_admin, is_reviewer_or_admin, require

bp = Blueprint("reports", __name__, url_prefix="/reports")
guard(bp, is_reviewer_or_admin, _l("Báo cáo dành cho cán bộ của các Khối và quản trị viên."))
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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


def _page(template: str, code: str | None):
    report, errors = _report(code)
    return render_template(template, report=report, errors=errors, code=code,
                           summary=reports.summary_rows(report), committees=committee_service.all_committees(),
                           committee_label=reports.committee_label)


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
    return _page("reports/print.html", code)


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
    return render_template("reports/catalogue.html", committee=committee, groups=reports.catalogue(committee))
