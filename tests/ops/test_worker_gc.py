"""A gunicorn worker or the job worker never runs the garbage collector in the middle of building
an object's __dict__.

Python 3.11 builds an instance's __dict__ lazily from its attribute values; if an automatic
collection starts during that build (allocating the dict can start one) and a weakref callback it
runs builds the same object's __dict__ (SQLAlchemy's InstanceState._cleanup does, on the state it
cleans), two dicts end up on one values array and free each other's memory: workers died with
SIGSEGV under load. gunicorn.conf.py turns the automatic collector off in each worker and collects
between requests, `flask jobs worker` between jobs (directory/collector.py; bench/README.md, "The
worker crash"). The probe below stages that race in a child process with each process's hooks
applied; with the collector on, it crashes within a second or its checks fail.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GUNICORN = """
import runpy
conf = runpy.run_path("gunicorn.conf.py")
conf.get("post_fork", lambda *_: None)(None, None)  # what each worker does once forked
between = lambda: conf.get("post_request", lambda *_: None)(None, None, None, None)  # a request ends
"""

# `flask jobs worker` as it starts (jobs.run_worker), its consumer replaced by one that returns;
# a job ends as Huey ends it (its post-execute hooks).
JOB_WORKER = """
from huey import Huey
from directory import jobs

@jobs.huey.task()
def nothing():
    pass

Huey.create_consumer = lambda self, **options: type("Consumer", (), {"run": lambda consumer: None})()
jobs.run_worker(None, 1)
between = lambda: jobs.huey.execute(nothing.s())
"""

PROBE = """
import gc, weakref

class Victim:
    def __init__(self):
        self.a = [1, 2, 3]  # a value referenced only from the instance's attribute values

class Cycle:
    pass

victim, refs, built_inside = Victim(), [], []

def callback(_ref):  # runs when a collection frees the cycle
    built_inside.append(victim.__dict__)

cycle = Cycle(); cycle.me = cycle; refs.append(weakref.ref(cycle, callback)); del cycle
spare_dicts = [{} for _ in range(200)]  # empty the dict free list: the next dict is a new allocation
gc.set_threshold(1)  # any allocation may start an automatic collection
built_outside = victim.__dict__  # the build a collection must not interrupt
gc.set_threshold(700)
for name in range(100):
    setattr(victim, f"x{name}", name)
built_inside.clear()
assert victim.a == [1, 2, 3], victim.a
assert not built_inside, "the callback ran during the build: automatic collection is on"
gc.set_threshold(1)  # a collection is due
between()  # between units of work: the cycle is collected now
assert built_inside and built_inside[0] is victim.__dict__, "nothing collected between units of work"
print("ok")
"""


@pytest.mark.parametrize("setup", [GUNICORN, JOB_WORKER], ids=["gunicorn worker", "job worker"])
def test_no_automatic_collection_interrupts_a_dict_build_in_a_worker(setup):
    env = {**os.environ, "PYTHONMALLOC": "debug"}  # freed memory is overwritten: a use after free crashes
    done = subprocess.run([sys.executable, "-c", setup + PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "ok"


LOADED = """
import gc, json, runpy
conf = runpy.run_path("gunicorn.conf.py")
conf["post_fork"](None, None)
import app  # what a worker loads after the fork (preload_app is off)
conf["post_worker_init"](None)
print(json.dumps({"frozen": gc.get_freeze_count(), "tracked": len(gc.get_objects()), "enabled": gc.isenabled()}))
"""


def test_a_worker_leaves_what_it_loaded_out_of_every_collection(tmp_path):
    """A full collection walks every tracked object: the ~160,000 of the loaded app cost 80-110 ms
    each time (directory/collector.py). Once loaded, a worker's collections see almost none."""
    env = {**os.environ, "DATABASE_URL": os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'db.sqlite3'}",
           "INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "probe", "RATELIMIT_STORAGE_URI": "memory://"}
    done = subprocess.run([sys.executable, "-c", LOADED], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert not state["enabled"]
    assert state["frozen"] > 50_000  # the modules and the app
    assert state["tracked"] < state["frozen"] / 100
