"""The search tables live in migration 0002, not in the models (their full-text parts differ
by database); autogenerate and the models-vs-migrations test leave them alone. The columns that
Core queries outside the engines' own SQL read are named here (no metadata: nothing to create)."""
import sqlalchemy as sa

PREFIX = "search_"

DOCS = sa.table("search_docs", sa.column("doc_id", sa.BigInteger), sa.column("doc_type", sa.String),
                sa.column("ref_id", sa.Integer), sa.column("committee_id", sa.Integer), sa.column("due_on", sa.Date),
                sa.column("approved_at"), sa.column("sort_key", sa.String),  # approved_at untyped: only ordered, as stored
                *(sa.column(f"{field}_{form}", sa.Text) for field in ("title", "body") for form in ("exact", "fold")))
COUNTS = sa.table("search_counts", sa.column("facet", sa.String), sa.column("value", sa.Integer),
                  sa.column("n", sa.Integer))


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
    return not (table or "").startswith(PREFIX)
