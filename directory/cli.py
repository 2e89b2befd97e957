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


def register_commands(app: Flask) -> None:
    from .demo.loader import demo
    from .linkage.cli import linkage
    from .search.cli import search

    app.cli.add_command(demo)
    app.cli.add_command(users)
    app.cli.add_command(search)
    app.cli.add_command(linkage)
    app.cli.add_command(jobs)
