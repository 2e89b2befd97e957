"""certifications: enterprises' declared certifications (OCOP, ISO, HACCP, VietGAP, CR, HVNCLC)

Revision ID: 0023
Revises: 0021
"""
import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

KINDS = ("ocop", "iso9001", "iso14001", "iso22000", "haccp", "vietgap", "cr", "hvnclc")
STATUSES = ("draft", "pending", "approved", "rejected", "suspended", "archived")


def upgrade():
    op.create_table(
        "certifications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("enterprise_id", sa.Integer(), sa.ForeignKey("enterprises.id"), nullable=False),
        sa.Column("offering_id", sa.Integer(), sa.ForeignKey("offerings.id"), nullable=True),
        sa.Column("kind", sa.Enum(*KINDS, name="certkind", native_enum=False, length=20), nullable=False),
        sa.Column("ocop_stars", sa.Integer(), nullable=True),
        sa.Column("award_year", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("issuer", sa.String(200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("document_path", sa.String(255), nullable=False),
        sa.Column("document_name", sa.String(255), nullable=False),
        sa.Column("status", sa.Enum(*STATUSES, name="status", native_enum=False, length=20), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("ever_verified", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("reminded_for", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("expires_on > issued_on", name="valid_period"),
        sa.CheckConstraint("ocop_stars IS NULL OR ocop_stars BETWEEN 3 AND 5", name="ocop_stars_range"),
    )
    op.create_index("ix_certifications_enterprise_status", "certifications", ["enterprise_id", "status"])
    op.create_index("ix_certifications_offering_id", "certifications", ["offering_id"])
    op.create_index("ix_certifications_status", "certifications", ["status"])


def downgrade():
    op.drop_table("certifications")
