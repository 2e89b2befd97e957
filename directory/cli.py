"""Command-line commands. Each area adds its own group here."""
import click
from flask import Flask
from flask.cli import with_appcontext


@click.group("users", help="Tài khoản người dùng / user accounts.")
def users():
    pass


@users.command("create-admin", help="Tạo tài khoản quản trị viên / create an administrator.")
@click.argument("email")
@click.option("--name", default="Quản trị viên", show_default=True)
@click.password_option()
@with_appcontext
def create_admin(email: str, name: str, password: str):
    from .extensions import db
    from .models import Role
    from .services.accounts import register_user
    from .services.errors import DomainError

    from .models.base import utcnow
    from .services.passwords import WeakPassword

    try:  # created by the operator: the address counts as confirmed
        register_user(email, password, name, role=Role.ADMIN, email_confirmed_at=utcnow())
    except WeakPassword as error:
        raise click.BadParameter(str(error), param_hint="password")
    except DomainError as error:
        raise click.ClickException(str(error))
    db.session.commit()
    click.echo(f"Đã tạo quản trị viên {email}.")


@click.group("jobs", help="Việc chạy nền / background jobs.")
def jobs():
    pass


@jobs.command("worker", help="Chạy tiến trình gửi thư và các việc định kỳ / run the job worker.")
@click.option("--workers", default=2, show_default=True, help="Số luồng / worker threads.")
@with_appcontext
def worker(workers: int):
    import logging

    from flask import current_app

    from .jobs import run_worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    run_worker(current_app._get_current_object(), workers)
@click.command("backup", help="Sao lưu cơ sở dữ liệu và tệp tải lên vào một tệp .tar / back up the database"
               " and uploads into one .tar file (default: instance/backups/ketnoi-<time>.tar).")
@click.argument("path", required=False, type=click.Path(dir_okay=False))
@with_appcontext
def backup(path: str | None):
    from flask import current_app

    from .backup import BackupError, create_backup, default_path
    from .extensions import db

    path = path or default_path(current_app.instance_path)
    try:
        manifest = create_backup(db.engine.url, current_app.config["UPLOAD_FOLDER"], path)
    except BackupError as error:
        raise click.ClickException(str(error))
    click.echo(f"Đã sao lưu vào {path} ({len(manifest['files']) - 1} tệp tải lên,"
               f" lược đồ {manifest['alembic_revision']}).")


@click.command("restore", help="Khôi phục từ một bản sao lưu / restore from a backup archive.")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Thay thế một cơ sở dữ liệu đang có dữ liệu / replace a database that has data.")
@click.option("--yes", is_flag=True, help="Không hỏi xác nhận / do not ask for confirmation.")
@with_appcontext
def restore(path: str, force: bool, yes: bool):
    from flask import current_app

    from .backup import BackupError, behind_code, restore_backup
    from .extensions import db

    def confirm() -> bool:
        return yes or click.confirm("Toàn bộ dữ liệu hiện có và tệp tải lên sẽ bị thay thế. Tiếp tục?")

    try:
        manifest = restore_backup(path, db.engine.url, current_app.config["UPLOAD_FOLDER"], force=force,
                                  confirm=confirm)
    except BackupError as error:
        raise click.ClickException(str(error))
    click.echo(f"Đã khôi phục bản sao lưu lúc {manifest['created_at']} (lược đồ {manifest['alembic_revision']}).")
    if behind_code(manifest):
        click.echo("Lược đồ của bản sao lưu cũ hơn mã nguồn: chạy tiếp `flask --app app db upgrade`.")


def register_commands(app: Flask) -> None:
    from .demo.loader import demo
    from .imports.cli import export_command, import_command
    from .linkage.cli import linkage
    from .search.cli import search

    app.cli.add_command(demo)
    app.cli.add_command(users)
    app.cli.add_command(search)
    app.cli.add_command(linkage)
    app.cli.add_command(jobs)
    app.cli.add_command(backup)
    app.cli.add_command(restore)
    app.cli.add_command(import_command)
    app.cli.add_command(export_command)
