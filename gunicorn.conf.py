"""gunicorn settings: `gunicorn app:app` reads this file from the working directory.

Worker class and count were chosen from bench/load.py runs on this app (bench/README.md,
"Serving"); override per host with WEB_CONCURRENCY (workers) and GUNICORN_THREADS.
"""
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1)))
worker_class = "sync"
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = 30  # a request still running after this is killed with its worker
graceful_timeout = 20
keepalive = 5  # seconds an idle keep-alive connection stays open (gthread only; sync closes it)
# gunicorn 27 opens a control socket at ~/.gunicorn/gunicorn.ctl, one path for every instance of
# the same user: two servers (or a benchmark beside one) would take it from each other.
control_socket_disable = True
