"""Mail leaves after the commit, through the job queue: a rolled-back change sends nothing, no
request waits for SMTP, a mail server outage is retried with backoff and ends in a list the
administrators see. A real SMTP server (aiosmtpd) and a real worker process."""
import asyncio
import email
import email.policy
import os
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from huey.storage import SqliteStorage

from directory import jobs
from directory.jobs import huey
from directory.models import MailStatus, OutgoingMail, Role
from directory.services import mail as mail_service
from directory.services.notifications import notify

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.2)  # a mail server that takes its time
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp(app, monkeypatch):
    """A real SMTP server on a free port, and the app configured to use it."""
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    for key, value in {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": controller.port, "MAIL_USE_TLS": False,
                       "MAIL_TIMEOUT": 5}.items():
        monkeypatch.setitem(app.config, key, value)
    yield recorder
    controller.stop()


@pytest.fixture
def queued(app):
    """Jobs wait in a queue, as in production; `run_queue` plays the worker."""
    huey.immediate = False
    yield huey
    huey.immediate = True


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def run_queue() -> int:
    ran = 0
    while (task := huey.dequeue()) is not None:
        huey.execute(task)
        ran += 1
    return ran


def due_retries(within: timedelta) -> list:
    return list(huey.read_schedule(datetime.utcnow() + within))


def test_a_rolled_back_change_sends_nothing(make_user, db, outbox, queued):
    user = make_user()
    db.session.commit()
    notify(user, "Thông báo sẽ bị huỷ")
    db.session.rollback()
    assert run_queue() == 0
    assert db.session.scalar(db.select(OutgoingMail)) is None
    assert not list(outbox.glob("*.eml"))


def test_a_committed_mail_is_written_to_the_outbox_with_its_subject(make_user, db, outbox):
    user = make_user(email="nhan@example.vn")
    notify(user, "Có yêu cầu báo giá\nmới", "Nội dung")  # a newline never reaches a header
    db.session.commit()
    [eml] = outbox.glob("*.eml")
    message = parse(eml.read_bytes())
    assert message["To"] == "nhan@example.vn" and "\n\nNội dung\n\n" in message.get_content()
    mail = db.session.scalar(db.select(OutgoingMail))
    assert mail.status == MailStatus.SENT and mail.sent_at is not None and mail.subject == "Có yêu cầu báo giá mới"


def test_no_request_waits_for_smtp(client, make_user, db, smtp, queued):
    make_user(email="quen@example.vn")
    db.session.commit()
    response = client.post("/account/forgot", data={"email": "quen@example.vn"})
    assert response.status_code == 302
    assert smtp.messages == [], "the request must not have talked to the mail server"
    assert db.session.scalar(db.select(OutgoingMail.status)) == MailStatus.PENDING

    assert run_queue() == 1
    [envelope] = smtp.messages
    assert envelope.rcpt_tos == ["quen@example.vn"] and "/account/reset/" in parse(envelope.content).get_content()
    db.session.expire_all()
    assert db.session.scalar(db.select(OutgoingMail.status)) == MailStatus.SENT


def test_smtp_outage_is_retried_with_backoff_then_listed_for_administrators(
        app, client, login, make_user, db, monkeypatch, queued):
    monkeypatch.setitem(app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(app.config, "MAIL_PORT", free_port())  # nothing listens there
    monkeypatch.setitem(app.config, "MAIL_USE_TLS", False)
    user, admin = make_user(email="nguoinhan@example.vn"), make_user(Role.ADMIN)
    notify(user, "Hồ sơ đã được duyệt")
    db.session.commit()

    run_queue()
    mail = db.session.scalar(db.select(OutgoingMail))
    assert (mail.status, mail.attempts) == (MailStatus.PENDING, 1)
    assert "ConnectionRefused" in mail.last_error

    delays, clock = [], datetime.utcnow()
    while (retries := due_retries(timedelta(days=1))) and len(delays) <= jobs.MAIL_RETRIES:
        [retry] = retries
        delays.append(round((retry.eta - clock).total_seconds() / 60))
        clock = retry.eta
        huey.execute(retry, timestamp=clock)  # as the worker does when the retry falls due
    assert delays == [2, 2, 4, 8, 16, 32], "minutes between attempts: the waits double"
    db.session.expire_all()
    mail = db.session.get(OutgoingMail, mail.id)
    assert (mail.status, mail.attempts) == (MailStatus.FAILED, mail_service.MAX_ATTEMPTS)

    login(admin)
    page = client.get("/admin/mail").get_data(as_text=True)
    assert "nguoinhan@example.vn" in page and "Hồ sơ đã được duyệt" in page

    smtp = Recorder()  # the mail server is back
    controller = Controller(smtp, hostname="127.0.0.1", port=app.config["MAIL_PORT"])
    controller.start()
    try:
        assert client.post("/admin/mail/retry", data={"mail_id": str(mail.id)}).status_code == 302
        run_queue()
    finally:
        controller.stop()
    assert [e.rcpt_tos for e in smtp.messages] == [["nguoinhan@example.vn"]]
    db.session.expire_all()
    assert db.session.get(OutgoingMail, mail.id).status == MailStatus.SENT
    assert "nguoinhan@example.vn" not in client.get("/admin/mail").get_data(as_text=True)


def test_a_mail_whose_job_was_lost_is_found_by_the_sweep(make_user, db, outbox, queued, monkeypatch):
    user = make_user()
    db.session.commit()

    def queue_down(*args):
        raise ConnectionError("queue unavailable")

    monkeypatch.setattr(huey.storage, "enqueue", queue_down)
    notify(user, "Thư khi hàng đợi ngừng")
    db.session.commit()  # the change itself is kept; the user sees no error
    monkeypatch.undo()
    assert run_queue() == 0

    jobs.requeue_stalled_mail.call_local()
    assert run_queue() == 0, "a mail younger than the stall limit is left alone"
    db.session.execute(db.update(OutgoingMail).values(created_at=datetime.utcnow() - timedelta(minutes=11)))
    db.session.commit()
    jobs.requeue_stalled_mail.call_local()
    assert run_queue() == 1
    assert len(list(outbox.glob("*.eml"))) == 1


def test_scheduled_jobs_run_at_their_hours():
    def due(*when) -> set[str]:
        return {task.name for task in huey.read_periodic(datetime(2026, 12, 2, *when))}

    assert due(0, 0) == {"send_saved_search_digest", "requeue_stalled_mail"}  # 07:00 in Hà Nội
    assert due(7, 35) == {"requeue_stalled_mail"}
    assert due(7, 36) == set()


def test_the_worker_process_delivers_what_the_app_queued(app, make_user, db, outbox, tmp_path):
    """`flask jobs worker`, as `make run` starts it, with the embedded SQLite queue."""
    queue_file = tmp_path / "jobs.sqlite3"
    huey.immediate = False
    huey.storage = SqliteStorage(huey.name, filename=str(queue_file))
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "JOBS_URL": str(queue_file),
           "MAIL_OUTBOX": str(outbox), "INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "test-secret"}
    worker = subprocess.Popen([sys.executable, "-m", "flask", "--app", "app", "jobs", "worker", "--workers", "1"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        notify(make_user(), "Thư do tiến trình nền gửi")
        db.session.commit()
        deadline = time.monotonic() + 20
        while not list(outbox.glob("*.eml")) and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.1)
        assert len(list(outbox.glob("*.eml"))) == 1, worker.stdout.read1().decode() if worker.poll() else ""
    finally:
        worker.terminate()
        worker.wait(10)
        huey.immediate = True
    db.session.expire_all()
    assert db.session.scalar(db.select(OutgoingMail.status)) == MailStatus.SENT


def test_production_queue_in_redis_round_trips_a_job(tmp_path):
    """JOBS_URL=redis://…: the queue web workers and the job worker share."""
    import redis

    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url, socket_timeout=1).ping()
    except redis.ConnectionError:
        if os.environ.get("CI"):
            raise
        pytest.skip("no Redis at 127.0.0.1:6379 on this machine (CI always has one)")
    storage = jobs._storage(url, tmp_path)
    storage.flush_queue()
    storage.enqueue(b"job")
    assert isinstance(storage, jobs.RedisStorage) and storage.dequeue() == b"job"
    assert isinstance(jobs._storage("", tmp_path), jobs.SqliteStorage) and (tmp_path / "jobs.sqlite3").exists()


def test_healthz_reports_the_job_queue(client, queued, monkeypatch):
    assert client.get("/healthz").json["checks"]["jobs"] == "ok"

    def queue_down():
        raise ConnectionError("queue unavailable")

    monkeypatch.setattr(huey.storage, "queue_size", queue_down)
    answer = client.get("/healthz")
    assert answer.status_code == 503 and answer.json["checks"]["jobs"] == "unavailable"
