"""outgoing mail queue: mails written with the change that causes them, sent after commit

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('outgoing_mails',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=255), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'sent', 'failed', name='mailstatus', native_enum=False, length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_mails'))
    )
    with op.batch_alter_table('outgoing_mails', schema=None) as batch_op:
        batch_op.create_index('ix_outgoing_mails_status_created_at', ['status', 'created_at'], unique=False)



def downgrade():
    with op.batch_alter_table('outgoing_mails', schema=None) as batch_op:
        batch_op.drop_index('ix_outgoing_mails_status_created_at')

    op.drop_table('outgoing_mails')
