"""linkage: structured quotes in inquiry threads (quotes, quote_items, linkages.quote_id); needs get
quantity, unit, budget range and a version for the owner's edit form

Revision ID: 0024
Revises: 0021
"""
import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

QUOTE_STATUSES = ("sent", "accepted", "declined", "superseded")


def upgrade():
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id", ondelete="CASCADE",
                                                            name="fk_quotes_inquiry_id_inquiries"), nullable=False),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("users.id", name="fk_quotes_author_id_users"),
                  nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("vat_note", sa.String(200), nullable=True),
        sa.Column("delivery_on", sa.Date(), nullable=True),
        sa.Column("delivery_terms", sa.String(500), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.Enum(*QUOTE_STATUSES, name="quotestatus", native_enum=False, length=20),
                  nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), sa.ForeignKey("users.id", name="fk_quotes_decided_by_id_users"),
                  nullable=True),
        sa.Column("decline_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("total >= 0", name="ck_quotes_total_positive"),
    )
    op.create_index("ix_quotes_inquiry_id", "quotes", ["inquiry_id"])
    op.create_index("ix_quotes_status", "quotes", ["status"])
    op.create_table(
        "quote_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("quote_id", sa.Integer(), sa.ForeignKey("quotes.id", ondelete="CASCADE",
                                                          name="fk_quote_items_quote_id_quotes"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("offering_id", sa.Integer(), sa.ForeignKey("offerings.id", name="fk_quote_items_offering_id_offerings"),
                  nullable=True),
        sa.Column("description", sa.String(200), nullable=False),
        sa.Column("quantity", sa.Numeric(16, 3), nullable=False),
        sa.Column("unit", sa.String(40), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("line_total", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("quantity > 0", name="ck_quote_items_quantity_positive"),
        sa.CheckConstraint("unit_price >= 0", name="ck_quote_items_unit_price_positive"),
    )
    op.create_index("ix_quote_items_quote_id", "quote_items", ["quote_id"])
    op.create_index("ix_quote_items_offering_id", "quote_items", ["offering_id"])
    with op.batch_alter_table("linkages") as batch:
        batch.add_column(sa.Column("quote_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_linkages_quote_id_quotes", "quotes", ["quote_id"], ["id"])
        batch.create_index("ix_linkages_quote_id", ["quote_id"])
    with op.batch_alter_table("needs") as batch:
        batch.add_column(sa.Column("quantity", sa.Numeric(16, 3), nullable=True))
        batch.add_column(sa.Column("unit", sa.String(40), nullable=True))
        batch.add_column(sa.Column("budget_min", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("budget_max", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch.create_check_constraint(
            "ck_needs_budget_order", "budget_max IS NULL OR budget_min IS NULL OR budget_min <= budget_max")
        batch.create_check_constraint("ck_needs_quantity_positive", "quantity IS NULL OR quantity > 0")


def downgrade():
    with op.batch_alter_table("needs") as batch:
        batch.drop_constraint("ck_needs_quantity_positive", type_="check")
        batch.drop_constraint("ck_needs_budget_order", type_="check")
        for column in ("version", "budget_max", "budget_min", "unit", "quantity"):
            batch.drop_column(column)
    with op.batch_alter_table("linkages") as batch:
        batch.drop_index("ix_linkages_quote_id")
        batch.drop_constraint("fk_linkages_quote_id_quotes", type_="foreignkey")
        batch.drop_column("quote_id")
    op.drop_table("quote_items")
    op.drop_table("quotes")
