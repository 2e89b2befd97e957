"""offerings: unit of sale, minimum order, lead time, delivery terms, price validity and VAT,
origin (made in / assembled in Vietnam with a province, or imported with a country), specifications

All new columns are nullable and nothing is backfilled. The unit, required on every create and
edit from now on, is left empty on older rows rather than given a default: no one unit fits
steel (tấn), cable (m) and a consultancy (gói dịch vụ), and a wrong unit next to a price misleads
a buyer more than a missing one. Pages show it as not given until the owner's next edit.

The search index needs no rebuild: the new words (specification values, origin) reach a
document when its offering is next edited or approved, and with `flask search reindex`; the
"made in Vietnam" filter reads the offerings table (search/filters.py), not the index.

Revision ID: 0022
Revises: 0021
"""
import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

COLUMNS = (
    ("min_order_qty", sa.Numeric(14, 3)),
    ("lead_time_days", sa.Integer()),
    ("delivery_terms", sa.String(200)),
    ("price_valid_until", sa.Date()),
    ("price_includes_vat", sa.Boolean()),
    ("origin", sa.Enum("made_vn", "assembled_vn", "imported", name="origin", native_enum=False, length=20)),
    ("origin_province_code", sa.String(2)),
    ("origin_country", sa.String(2)),
    ("specs", sa.JSON()),
)


def upgrade():
    with op.batch_alter_table("offerings") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))


def downgrade():
    with op.batch_alter_table("offerings") as batch:
        for name, _kind in reversed(COLUMNS):
            batch.drop_column(name)
