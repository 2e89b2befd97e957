"""review desk: indexes that serve the committee's enterprise list by name, a page at a time

Revision ID: 0027
Revises: 0026

The review desk lists a committee's enterprises (an administrator's: every one) by legal name, 50
to a page; without these each page sorted all of them.
"""
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.create_index("ix_enterprises_committee_name", ["committee_id", "legal_name", "id"], unique=False)
        batch_op.create_index("ix_enterprises_name", ["legal_name", "id"], unique=False)


def downgrade():
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.drop_index("ix_enterprises_name")
        batch_op.drop_index("ix_enterprises_committee_name")
