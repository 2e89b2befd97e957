"""fresh listings: the yearly re-confirmation of approved offerings

offerings.confirmed_at (when the enterprise last said the listing is right; its approval counts),
confirm_due_on (the local day it is due again, a year later), reminded_due_on and reminded_days (the
last reminder sent, so each is sent once per cycle). search_docs.due_on copies confirm_due_on so
that both engines leave an offering out of search at query time, by today's date (freshness.py).

Existing approved offerings count as confirmed at their approval (the last one, or their creation).

Revision ID: 0025
Revises: 0021
"""
from datetime import date, timedelta, timezone
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def _due_after(moment) -> date:  # freshness.due_after of the local day, as it was on writing
    day = moment.replace(tzinfo=timezone.utc).astimezone(LOCAL).date()
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def upgrade():
    with op.batch_alter_table("offerings") as batch:
        batch.add_column(sa.Column("confirmed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("confirm_due_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("reminded_due_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("reminded_days", sa.Integer(), nullable=True))
        batch.create_index("ix_offerings_confirm_due_on", ["confirm_due_on"])
    op.add_column("search_docs", sa.Column("due_on", sa.Date(), nullable=True))
    op.create_index("ix_search_docs_due_on", "search_docs", ["due_on"])

    connection = op.get_bind()
    offerings = sa.table("offerings", sa.column("id", sa.Integer), sa.column("status", sa.String),
                         sa.column("approved_at", sa.DateTime), sa.column("created_at", sa.DateTime),
                         sa.column("confirmed_at", sa.DateTime), sa.column("confirm_due_on", sa.Date))
    rows = connection.execute(sa.select(offerings.c.id, offerings.c.approved_at, offerings.c.created_at)
                              .where(offerings.c.status.in_(("approved", "suspended")))).all()
    updates = [{"ref": id_, "at": at, "due": _due_after(at)}
               for id_, approved_at, created_at in rows if (at := approved_at or created_at) is not None]
    if updates:
        connection.execute(offerings.update().where(offerings.c.id == sa.bindparam("ref"))
                           .values(confirmed_at=sa.bindparam("at"), confirm_due_on=sa.bindparam("due")), updates)
        docs = sa.table("search_docs", sa.column("doc_type", sa.String), sa.column("ref_id", sa.Integer),
                        sa.column("due_on", sa.Date))
        connection.execute(docs.update().where(docs.c.doc_type == "offering", docs.c.ref_id == sa.bindparam("ref"))
                           .values(due_on=sa.bindparam("due")), updates)


def downgrade():
    op.drop_index("ix_search_docs_due_on", "search_docs")
    op.execute("ALTER TABLE search_docs DROP COLUMN due_on")  # not a batch copy: FTS5 reads this table
    with op.batch_alter_table("offerings") as batch:
        batch.drop_index("ix_offerings_confirm_due_on")
        batch.drop_column("reminded_days")
        batch.drop_column("reminded_due_on")
        batch.drop_column("confirm_due_on")
        batch.drop_column("confirmed_at")
