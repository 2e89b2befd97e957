"""bench/soak.py in short, on the suite's database engine: 20 signed-in clients for 10 s against
gunicorn with 2 workers (a scratch database of its own: SQLite in a temp dir, or on PostgreSQL when
TEST_DATABASE_URL is set, a kn_soak_ci_* database created and dropped on the same server)."""
import os

import pytest

from bench import soak

# Counters today's code does not hold at 0, and why. Delete an entry when the fix is merged: its
# assertion becomes a plain one.
NOT_YET_ZERO = {
    # Edit forms carry no `version` yet: of two colleagues who loaded the same profile or offering,
    # the later save writes back the other's field as it was loaded. Fails in every run.
    "silent_overwrites": pytest.mark.xfail(strict=True, reason="edit forms have no optimistic version yet"),
    # Two tabs opening the same new thread both find no inquiry_reads row and both INSERT it
    # (services/inquiries.py mark_read): IntegrityError, 500. A race: most runs, not all, hit it.
    "server_errors": pytest.mark.xfail(strict=False, reason="mark_read races on the inquiry_reads insert"),
}


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


@pytest.mark.parametrize("counter", [pytest.param(c, marks=NOT_YET_ZERO.get(c, ())) for c in soak.Result.COUNTERS])
def test_no_faults(result, counter):
    assert getattr(result, counter) == 0, result.report()
