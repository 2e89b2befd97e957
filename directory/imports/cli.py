"""`flask import FILE --committee KEY [--commit]` and `flask export FILE`: the import spreadsheet from a shell."""
from pathlib import Path

import click
from flask.cli import with_appcontext


@click.command("import", help="Nhập doanh nghiệp và sản phẩm từ tệp .xlsx/.csv / import members from a spreadsheet. "
               "Without --commit: a dry run that writes nothing.")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--committee", "committee_code", required=True, help="Mã Đảng ủy Khối / committee code.")
@click.option("--commit", is_flag=True, help="Ghi vào cơ sở dữ liệu / write (all or nothing).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Ghi báo cáo từng dòng ra tệp .xlsx / write the per-row report.")
@with_appcontext
def import_command(path: Path, committee_code: str, commit: bool, report_path: Path | None):
    from ..extensions import db
    from ..services import imports
    from ..services.errors import DomainError
    from ..services.sheet_format import estimate_rows

    actor = imports.Operator()
    try:
        committee = imports.committee_for_import(actor, committee_code)
        sha256 = imports.file_hash(path)
        with click.progressbar(length=estimate_rows(path, path.name), label="Kiểm tra") as bar:
            report = imports.run_import(actor, committee, path, path.name, sha256=sha256, progress=bar.update)
    except DomainError as error:
        raise click.ClickException(str(error))
    click.echo(summary(report))
    for error in report.errors[:50]:
        click.echo(f"  dòng {error.row}, cột «{error.column}»: {error.message}")
    if report.error_count > 50:
        click.echo(f"  … và {report.error_count - 50} lỗi nữa (xem --report).")
    if report_path:
        report_path.write_bytes(imports.report_xlsx(report, path, path.name))
        click.echo(f"Báo cáo: {report_path}")
    if not report.ok:
        raise click.ClickException("Tệp có lỗi: chưa nhập gì.")
    if not commit:
        click.echo("Chạy thử: chưa ghi gì. Thêm --commit để nhập.")
        return
    try:
        with click.progressbar(length=report.rows, label="Nhập") as bar:
            done = imports.run_import(actor, committee, path, path.name, sha256=sha256, write=True,
                                      progress=bar.update)
        db.session.commit()
    except DomainError as error:
        db.session.rollback()
        raise click.ClickException(str(error))
    click.echo(f"Đã nhập. {summary(done)} Đã gửi {done.invitations} thư mời nhận tài khoản.")


def summary(report) -> str:
    n = report.counts
    return (f"{report.rows} dòng: doanh nghiệp {n['enterprise', 'create']} mới, {n['enterprise', 'update']} cập nhật, "
            f"{n['enterprise', 'unchanged']} không đổi; sản phẩm, dịch vụ {n['offering', 'create']} mới, "
            f"{n['offering', 'update']} cập nhật, {n['offering', 'unchanged']} không đổi; {report.error_count} lỗi.")


@click.command("export", help="Xuất doanh nghiệp và sản phẩm ra tệp .xlsx theo mẫu nhập / export members "
               "in the import format.")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--committee", "committee_code", help="Mã Đảng ủy Khối; bỏ trống là mọi Khối / committee code; "
              "all committees when omitted.")
@with_appcontext
def export_command(path: Path, committee_code: str | None):
    from ..services import exports, imports
    from ..services.errors import DomainError

    actor = imports.Operator()
    try:
        committee = imports.committee_for_import(actor, committee_code) if committee_code else None
        path.write_bytes(exports.export_xlsx(actor, committee))
    except DomainError as error:
        raise click.ClickException(str(error))
    click.echo(f"Đã xuất ra {path}.")
