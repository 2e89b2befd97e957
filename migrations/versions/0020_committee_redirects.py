"""committees: the old keys of a merged or re-keyed committee lead to the committee it became

Revision ID: 0020
Revises: 0018
"""
import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "committee_redirects",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("committee_id", sa.Integer(), sa.ForeignKey("committees.id", ondelete="CASCADE"),
                  nullable=False, index=True),
    )
    # Committees merged before this revision: their keys lead to the committee they went into.
    op.execute("INSERT INTO committee_redirects (code, committee_id) "
               "SELECT code, merged_into_id FROM committees WHERE merged_into_id IS NOT NULL")


def downgrade():
    op.drop_table("committee_redirects")
