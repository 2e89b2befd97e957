"""bench/soak.py in short, on the suite's database engine: 20 signed-in clients for 10 s against
gunicorn with 2 workers (a scratch database of its own: SQLite in a temp dir, or on PostgreSQL when
TEST_DATABASE_URL is set, a kn_soak_ci_* database created and dropped on the same server)."""
import os

import pytest

from bench import soak

pytestmark = pytest.mark.slow  # make test-fast leaves it out


@pytest.fixture(scope="module")
def result():
    server = os.environ.get("TEST_DATABASE_URL")
    if server:
        return soak.run_soak("postgresql", duration=10, clients=20, workers=2, postgres_server=server,
                             database_name=f"kn_soak_ci_{os.getpid()}")
    return soak.run_soak("sqlite", duration=10, clients=20, workers=2)


def test_every_race_ran(result):
    """A fault counter at 0 means something only if the mix did what it races on (each client
    goes round at least once, however slow the machine)."""
    for what in ("messages", "decided races", "saved edit rounds"):
        assert result.volume[what] > 0, f"no {what}\n{result.report()}"


@pytest.mark.parametrize("counter", soak.Result.COUNTERS)
def test_no_faults(result, counter):
    assert getattr(result, counter) == 0, result.report()
