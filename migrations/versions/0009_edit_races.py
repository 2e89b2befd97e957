"""edits: at most one pending revision per record; versions for committees and users

A record's second pending revision (two edits at the same moment) is archived before the index
is built: the newest one stays pending, as it holds the latest edit. Committees and user
accounts get the version their administrator's edit forms carry.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

PENDING_ONLY = "status = 'pending'"


def upgrade():
    op.execute(
        "UPDATE revisions SET status = 'archived', decided_at = CURRENT_TIMESTAMP WHERE status = 'pending' "
        "AND id NOT IN (SELECT MAX(id) FROM revisions WHERE status = 'pending' GROUP BY target_type, target_id)"
    )
    op.create_index("uq_revisions_pending_target", "revisions", ["target_type", "target_id"], unique=True,
                    sqlite_where=sa.text(PENDING_ONLY), postgresql_where=sa.text(PENDING_ONLY))
    for table in ("committees", "users"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade():
    for table in ("users", "committees"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
    op.drop_index("uq_revisions_pending_target", table_name="revisions")
