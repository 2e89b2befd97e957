"""reports: what each committee prints on its official reports (heading, signature, recipients)

Revision ID: 0021
Revises: 0018
"""
import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def _text(name, length=None):
    kind = sa.Text() if length is None else sa.String(length)
    return sa.Column(name, kind, nullable=False, server_default="")


def upgrade():
    op.create_table(
        "committee_documents",
        sa.Column("committee_id", sa.Integer(), sa.ForeignKey("committees.id", ondelete="CASCADE"),
                  primary_key=True),
        _text("superior_body", 200), _text("issuing_body", 200), _text("place", 100), _text("symbol", 40),
        _text("on_behalf", 100), _text("signer_function", 100), _text("signer_name", 100), _text("recipients"),
    )


def downgrade():
    op.drop_table("committee_documents")
