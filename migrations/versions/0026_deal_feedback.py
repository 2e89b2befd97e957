"""linkages: the agreed delivery date; deal_feedback: each side's feedback after a confirmed deal

Revision ID: 0026
Revises: 0021
"""
import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("linkages") as batch:
        batch.add_column(sa.Column("delivery_on", sa.Date(), nullable=True))
    op.create_table(
        "deal_feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("linkage_id", sa.Integer(), sa.ForeignKey("linkages.id", ondelete="CASCADE"), nullable=False),
        sa.Column("by_enterprise_id", sa.Integer(), sa.ForeignKey("enterprises.id"), nullable=False),
        sa.Column("about_enterprise_id", sa.Integer(), sa.ForeignKey("enterprises.id"), nullable=False),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("on_time", sa.Boolean(), nullable=False),
        sa.Column("as_agreed", sa.Boolean(), nullable=False),
        sa.Column("would_deal_again", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.String(1000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("comment_hidden_reason", sa.String(300), nullable=True),
        sa.Column("comment_hidden_at", sa.DateTime(), nullable=True),
        sa.Column("comment_hidden_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("answer", sa.String(1000), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answer_author_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("answer_hidden_reason", sa.String(300), nullable=True),
        sa.Column("answer_hidden_at", sa.DateTime(), nullable=True),
        sa.Column("answer_hidden_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.UniqueConstraint("linkage_id", "by_enterprise_id", name="uq_deal_feedback_side"),
    )
    op.create_index("ix_deal_feedback_linkage_id", "deal_feedback", ["linkage_id"])
    op.create_index("ix_deal_feedback_about_enterprise_id", "deal_feedback", ["about_enterprise_id"])
    op.create_index("ix_deal_feedback_created_at", "deal_feedback", ["created_at"])


def downgrade():
    op.drop_table("deal_feedback")
    with op.batch_alter_table("linkages") as batch:
        batch.drop_column("delivery_on")
