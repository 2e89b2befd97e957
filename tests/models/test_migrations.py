"""The migrations and the models describe the same schema, on SQLite and PostgreSQL.

The search tables (migration 0002, different per database) are not models: left out."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from directory.extensions import db
from directory.search.schema import include_object


def test_migrations_match_models(app):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": include_object})
        differences = compare_metadata(context, db.metadata)
    assert differences == []
