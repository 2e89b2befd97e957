"""`flask linkage digest`: the daily mail of new offerings that match users' saved searches."""
import click
from flask.cli import with_appcontext

from ..extensions import db


@click.group("linkage", help="Chương trình liên kết / linkage programme.")
def linkage():
    pass


@linkage.command("digest", help="Gửi thông báo hằng ngày về sản phẩm mới khớp với tìm kiếm đã lưu.")
@with_appcontext
def digest_command():
    from ..services.saved_searches import send_digest

    sent = send_digest()  # the mailed links are built on BASE_URL
    db.session.commit()
    click.echo(f"Đã gửi {sent} thông báo.")
