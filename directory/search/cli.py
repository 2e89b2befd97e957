"""`flask search reindex`: rebuild the search index from the public catalogue."""
import click
from flask.cli import with_appcontext

from ..extensions import db
from .backends import backend
from .documents import count_public, reindex


def reindex_with_progress() -> int:
    """Rebuild in the current transaction, showing a progress bar; the caller commits."""
    with click.progressbar(length=count_public(), label="Chỉ mục tìm kiếm") as bar:
        return reindex(progress=bar.update)


@click.group("search", help="Chỉ mục tìm kiếm / search index.")
def search():
    pass


@search.command("reindex", help="Dựng lại toàn bộ chỉ mục tìm kiếm.")
@with_appcontext
def reindex_command():
    total = reindex_with_progress()
    db.session.commit()
    backend().settle()
    click.echo(f"Đã lập chỉ mục {total} mục công khai.")
