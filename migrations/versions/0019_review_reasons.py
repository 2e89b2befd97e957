"""reviews: the standard reasons ticked on a decision, one row each (counted in the reports)

Revision ID: 0019
Revises: 0018
"""
import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "review_reasons",
        sa.Column("review_id", sa.Integer(), sa.ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("code", sa.String(20), primary_key=True),
    )


def downgrade():
    op.drop_table("review_reasons")
