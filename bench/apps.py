"""The app as every benchmark builds it: its own database and instance folder, no rate limits
(a benchmark is one client asking fast), a fixed secret. `settings` add to or override these."""
import subprocess
from pathlib import Path


def bench_app(url: str, instance: Path | str, **settings):
    from directory import create_app
    from directory.config import Config

    config = type("BenchConfig", (Config,), {"SQLALCHEMY_DATABASE_URI": url, "INSTANCE_PATH": str(instance),
                                             "SECRET_KEY": "bench", "RATELIMIT_ENABLED": False, **settings})
    return create_app(config)


def collect_as_a_worker() -> None:
    """Garbage collection as in a gunicorn worker (gunicorn.conf.py): never during a request, what
    is loaded left out; the caller runs `directory.collector.collect_if_due` after each timed request."""
    from directory.collector import collect_between_units, leave_loaded_out

    collect_between_units()
    leave_loaded_out()


PG = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def scratch_database(engine: str, name: str, folder: Path, create: bool = True) -> str:
    """The URL of a new, empty database for one run (or, with create=False, of the one kept):
    PostgreSQL's `name`, or a SQLite file in `folder`."""
    if engine != "postgresql":
        return f"sqlite:///{folder / f'{name}.sqlite3'}"
    if create:
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"], check=True)
    return PG.format(name=name)


def drop_scratch_database(engine: str, name: str) -> None:
    if engine == "postgresql":
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                        f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"], check=True)


def insert_in_batches(model, rows, size: int = 20_000) -> None:
    """Insert rows (dicts, from any iterable) `size` at a time: a million never sit in memory at once."""
    import sqlalchemy as sa

    from directory.extensions import db

    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            db.session.execute(sa.insert(model), batch)
            batch = []
    if batch:
        db.session.execute(sa.insert(model), batch)
