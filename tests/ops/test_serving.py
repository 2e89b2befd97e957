"""What a gunicorn master holds before it forks its workers.

Workers forked from a process that has a database connection, a SQLite handle or a thread share
them without knowing it (two processes on one socket or one SQLite file handle corrupt each
other's state). gunicorn.conf.py does not preload the app, but `gunicorn --preload app:app` or a
master that imports `app` for any reason must still find nothing open: importing the WSGI entry
point opens no connection, no file of the database or of the job queue, and starts no thread.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, os, threading
import app as entry
from directory.extensions import db

with entry.app.app_context():
    pool = db.engine.pool
    connections = pool.checkedin() + pool.checkedout()
files = sorted(os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
               if os.path.exists(f"/proc/self/fd/{fd}"))
print(json.dumps({"connections": connections, "threads": threading.active_count(), "files": files}))
"""


def test_importing_the_app_opens_nothing_a_fork_would_share(tmp_path):
    database = tmp_path / "db.sqlite3"
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{database}"
    env = {**os.environ, "DATABASE_URL": url, "INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "probe",
           "RATELIMIT_STORAGE_URI": "memory://"}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    held = json.loads(done.stdout.strip().splitlines()[-1])
    assert held["connections"] == 0, "the app factory left a database connection in the pool"
    assert held["threads"] == 1, "importing the app started a thread"
    assert not [f for f in held["files"] if str(tmp_path) in f], held["files"]  # database, WAL, job queue
