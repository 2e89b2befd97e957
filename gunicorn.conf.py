"""gunicorn settings: `gunicorn app:app` reads this file from the working directory, and
bench/load.py serves with it. Per host: WEB_CONCURRENCY (workers), GUNICORN_THREADS.

Chosen from bench/load.py runs (bench/README.md, "Serving"): on 2 cores, 2, 3 or 4 workers,
sync or gthread, served the same mix within the noise, as the time goes to the database and
Python work per request, not to waiting for a free worker; more processes cost more CPU per
request (each keeps its own search answer and page caches, so each cache entry serves fewer
requests). gthread lets a worker serve another request while one waits for PostgreSQL, and
keeps nginx's keep-alive connections, which sync workers close after every response.
Rechecked 2026-12-07 evening in one run (bench/README.md, "Serving"): 2 workers served the 50k
mix a quarter faster than 4 and spent 15-25 % less CPU per request, sync or gthread; gthread had
the lower latency at 2.
The preload_app setting stays off: the master must hold no database connection, SQLite handle
or thread that forked workers would share (tests/ops/test_serving.py).

Garbage collection: each worker turns the automatic collector off and collects between requests
instead (post_request), with the collector's own thresholds: Python 3.11 crashed workers with
SIGSEGV when a collection started in the middle of building an object's __dict__
(directory/collector.py; bench/README.md, "The worker crash"). Once a worker has loaded the app,
what it loaded is left out of every collection (post_worker_init): a full collection then scans
only what requests left, ~1 ms instead of 80-110. The hooks import it in the worker, so the
master imports nothing of the app.
"""
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 1))  # one per core
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))  # each holds at most one database connection
timeout = 30  # a request still running after this is killed with its worker
graceful_timeout = 20
keepalive = 5  # seconds an idle keep-alive connection stays open
# gunicorn 27 opens a control socket at ~/.gunicorn/gunicorn.ctl, one path for every instance of
# the same user: two servers (or a benchmark beside one) would take it from each other.
control_socket_disable = True


def post_fork(server, worker) -> None:
    from directory.collector import collect_between_units

    collect_between_units()


def post_worker_init(worker) -> None:
    from directory.collector import leave_loaded_out

    leave_loaded_out()


def post_request(worker, req, environ, resp) -> None:
    from directory.collector import collect_if_due

    collect_if_due()
