"""Client addresses behind a trusted proxy, and rate limits counted in Redis across app processes."""
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis
from flask import request

from directory import health

REDIS = "redis://127.0.0.1:6379"
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("trusted, seen", [(1, "203.0.113.7"), (0, "127.0.0.1")])
def test_x_forwarded_for_counts_only_behind_a_trusted_proxy(make_app, trusted, seen):
    app = make_app(TRUSTED_PROXIES=trusted)
    app.add_url_rule("/_address", "address", lambda: f"{request.remote_addr} {request.scheme}")
    # The client forged the first address; the one proxy appended the address it saw.
    headers = {"X-Forwarded-For": "10.9.9.9, 203.0.113.7", "X-Forwarded-Proto": "https"}
    answer = app.test_client().get("/_address", headers=headers).text
    assert answer == (f"{seen} https" if trusted else f"{seen} http")


def require_redis() -> None:
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs Redis at {REDIS}, and it does not answer: {error}")
        pytest.skip(f"Redis does not answer at {REDIS} ({error}); CI runs this test")


# One app process (a gunicorn worker, say) posting the forgotten-password form (5 per minute).
WORKER = """
import sys
from directory import create_app
from directory.config import Config

class WorkerConfig(Config):
    TESTING, SECRET_KEY, WTF_CSRF_ENABLED, SQLALCHEMY_DATABASE_URI = True, "x", False, "sqlite://"
    INSTANCE_PATH, RATELIMIT_STORAGE_URI, RATELIMIT_KEY_PREFIX = sys.argv[1:4]
    RATELIMIT_ENABLED = True

client = create_app(WorkerConfig).test_client()
print(" ".join(str(client.post("/account/forgot").status_code) for _ in range(int(sys.argv[4]))))
"""


def start_worker(tmp_path, storage: str, prefix: str, posts: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path), storage, prefix, str(posts)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def statuses(worker: subprocess.Popen) -> list[int]:
    out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err
    return [int(status) for status in out.split()]


def test_two_app_processes_share_one_count_in_redis_and_not_in_memory(tmp_path):
    require_redis()
    prefix = f"test-{uuid.uuid4().hex}"  # apart from anyone else's tests on this Redis
    # Four processes at once: two counting in Redis, two in their own memory; 3 posts each.
    shared = [start_worker(tmp_path, REDIS, prefix, 3) for _ in range(2)]
    apart = [start_worker(tmp_path, "memory://", prefix, 3) for _ in range(2)]
    assert sorted(statuses(shared[0]) + statuses(shared[1])) == [200] * 5 + [429]  # 5 allowed between them
    assert statuses(apart[0]) + statuses(apart[1]) == [200] * 6  # each process allowed its own 3


def test_redis_down_the_limits_fall_back_per_process_and_healthz_says_so(tmp_path, make_app):
    worker = start_worker(tmp_path, "redis://127.0.0.1:9", "test", 6)  # the discard port: nothing listens
    assert statuses(worker) == [200] * 5 + [429]  # counted in the process's memory, not a 500
    require_redis()
    up, down = make_app(RATELIMIT_STORAGE_URI=REDIS), make_app(RATELIMIT_STORAGE_URI="redis://127.0.0.1:9")
    assert up.test_client().get("/healthz").json == {"status": "ok", "checks": {"database": "ok", "redis": "ok"}}
    answer = down.test_client().get("/healthz")
    assert answer.status_code == 503
    assert answer.json == {"status": "unavailable", "checks": {"database": "ok", "redis": "unavailable"}}


def test_a_failing_check_is_a_503_without_its_details(client, monkeypatch):
    def jobs_queue_answers():
        raise RuntimeError("password=hunter2 at queue.internal")

    monkeypatch.setitem(health.CHECKS, "jobs", jobs_queue_answers)  # how another service joins /healthz
    answer = client.get("/healthz")
    assert answer.status_code == 503
    assert answer.json == {"status": "unavailable", "checks": {"database": "ok", "jobs": "unavailable"}}
    assert "hunter2" not in answer.text and "queue.internal" not in answer.text
