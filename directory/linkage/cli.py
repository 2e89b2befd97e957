"""`flask linkage digest`: the daily mail of new offerings that match users' saved searches."""
import click
from flask import current_app
from flask.cli import with_appcontext

from ..extensions import db


@click.group("linkage", help="Chương trình liên kết / linkage programme.")
def linkage():
    pass


@linkage.command("digest", help="Gửi thông báo hằng ngày về sản phẩm mới khớp với tìm kiếm đã lưu.")
@with_appcontext
def digest_command():
    from ..services.saved_searches import send_digest

    # gettext and url_for need a request; SERVER_NAME (if set) makes the links absolute.
    with current_app.test_request_context(base_url=_base_url()):
        sent = send_digest()
        db.session.commit()
    click.echo(f"Đã gửi {sent} thông báo.")


def _base_url() -> str | None:
    server = current_app.config.get("SERVER_NAME")
    return f"{current_app.config['PREFERRED_URL_SCHEME']}://{server}" if server else None
