"""categories: the links of a merged category lead to the category it was merged into

Revision ID: 0018
Revises: 0017
"""
import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "category_redirects",
        sa.Column("slug", sa.String(80), primary_key=True),
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("categories.id", ondelete="CASCADE"),
                  nullable=False, index=True),
    )


def downgrade():
    op.drop_table("category_redirects")
