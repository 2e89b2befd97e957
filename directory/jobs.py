"""Background jobs (Huey): mail delivery after commit, and the scheduled jobs.

Requests only enqueue; `flask jobs worker` runs the jobs. The queue is a SQLite file in the
instance folder by default (`make run` needs no Redis) and Redis when JOBS_URL names one. With
JOBS_IMMEDIATE (the tests) a job runs at once, in the thread that enqueued it.

A job is enqueued only after the transaction that asked for it commits (`after_commit`), so a
change that rolls back sends nothing; the rows it works on (e.g. OutgoingMail) are written in
that same transaction, so a job whose enqueueing was lost is found again by a periodic sweep.

The queue is one object per process, like the rate limiter: the app made last configures it
(one per process in production; the tests reset it for each test).
"""
import logging
from pathlib import Path

import redis
import sqlalchemy as sa
from flask import Flask, current_app, has_app_context
from huey import Huey, crontab
from huey.storage import MemoryStorage, RedisStorage, SqliteStorage

from .collector import collect_between_units, collect_if_due, leave_loaded_out
from .extensions import db

log = logging.getLogger(__name__)

huey = Huey("directory", results=False, storage_class=MemoryStorage)  # real storage set by init_app
_PENDING = "jobs_after_commit"
_worker_app: Flask | None = None

MAIL_RETRIES = 6  # retried after 2, 2, 4, 8, 16 and 32 minutes: about an hour of SMTP outage
MAIL_RETRY_DELAY = 120


def init_app(app: Flask) -> None:
    huey.immediate = app.config["JOBS_IMMEDIATE"]
    if not huey.immediate:
        huey.storage = _storage(app.config["JOBS_URL"], Path(app.instance_path))
    if not sa.event.contains(sa.orm.Session, "after_commit", _enqueue_pending):
        sa.event.listen(sa.orm.Session, "after_commit", _enqueue_pending)
        sa.event.listen(sa.orm.Session, "after_rollback", _drop_pending)


def _storage(url: str, instance: Path):
    if url.startswith(("redis://", "rediss://", "unix://")):
        # Timeouts longer than the worker's 1 s blocking read, short enough for /healthz.
        pool = redis.ConnectionPool.from_url(url, socket_timeout=5, socket_connect_timeout=2)
        return RedisStorage(huey.name, connection_pool=pool)
    path = Path(url.removeprefix("sqlite:///")) if url else instance / "jobs.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteStorage(huey.name, filename=str(path))


def after_commit(task, *args) -> None:
    """Enqueue `task(*args)` once the current transaction commits; never if it rolls back."""
    db.session().info.setdefault(_PENDING, []).append((task, args))


def _enqueue_pending(session) -> None:
    for task, args in session.info.pop(_PENDING, []):
        try:
            task(*args)
        except Exception:  # the queue is down: the committed rows stay, the sweep finds them
            log.exception("could not enqueue %s%r", task.name, args)


def _drop_pending(session) -> None:
    session.info.pop(_PENDING, None)


def queue_answers() -> bool | None:
    """For /healthz: the queue answers (not asked in immediate mode: there is none)."""
    if huey.immediate:
        return None
    huey.storage.queue_size()
    return True


def run_worker(app: Flask, workers: int) -> None:
    global _worker_app
    _worker_app = app
    # Collections only between jobs, as in gunicorn workers (collector.py): the jobs load ORM
    # objects, and an automatic collection in the middle of one can crash the process. A
    # periodic job runs every 5 minutes, so an idle worker collects too.
    collect_between_units()
    leave_loaded_out()
    huey.post_execute("collect_if_due")(lambda task, value, exception: collect_if_due())
    huey.create_consumer(workers=workers, worker_type="thread", periodic=True,
                         check_worker_health=True).run()


def _app_context():
    """Jobs run in the enqueuing app's context (immediate mode) or the worker's app."""
    app = current_app._get_current_object() if has_app_context() else _worker_app
    return app.app_context()  # a context of its own: its own database session


# ---- the jobs ---------------------------------------------------------------------------

@huey.task(retries=MAIL_RETRIES, retry_delay=MAIL_RETRY_DELAY, retry_backoff=2)
def deliver_mail(mail_id: int) -> None:
    from .services.mail import deliver

    with _app_context():
        deliver(mail_id)  # raises while a retry is left, so that Huey schedules it


@huey.periodic_task(crontab(minute="*/5"))
def requeue_stalled_mail() -> None:
    from .services.mail import stalled_mail_ids

    with _app_context():
        for mail_id in stalled_mail_ids():
            deliver_mail(mail_id)


@huey.periodic_task(crontab(hour="0", minute="0"))  # 07:00 in Vietnam (the queue keeps UTC)
def send_saved_search_digest() -> None:
    from .services.saved_searches import send_digest

    with _app_context():
        send_digest()
        db.session.commit()


@huey.periodic_task(crontab(hour="0", minute="10"))  # 07:10 in Vietnam, after the digest
def send_confirmation_reminders() -> None:
    """Reminders of the yearly re-confirmation (30 and 7 days before); a second run sends nothing."""
    from .services.confirmations import send_reminders

    with _app_context():
        send_reminders()
@huey.periodic_task(crontab(hour="0", minute="5"))  # 07:05 in Vietnam, after the digest
def remind_expiring_certifications() -> None:
    """Certifications verified and expiring within 30 days: their managers are told, once per expiry
    date (services.certifications.send_expiry_reminders claims each row, so a second run sends nothing).
    Badges do not wait for this job: an expired one stops showing by itself."""
    from .services.certifications import send_expiry_reminders

    with _app_context():
        send_expiry_reminders()
        db.session.commit()
