"""Search latency before and during a rebuild of the index: does `flask search reindex` stall searches?

    python bench/rebuild_under_load.py --size 50000                       # SQLite and PostgreSQL
    python bench/rebuild_under_load.py --size 1000000 --backends postgresql --database kn_bench_1m

Loads the synthetic catalogue of bench/search.py into a scratch database and builds the index
once. Then a few threads search through the service layer, each search a query not asked before
(so none is answered from the cache), and after each one end their transaction, as a request
does: for --baseline seconds, then while another process rebuilds the index as
`flask search reindex` does. Prints p50/p95/p99 of both phases and their ratio, the slowest
search and the longest time no search completed during the rebuild, and the rebuild's duration.

--database NAME (PostgreSQL) keeps the database for the next run, which reuses it when it holds
the same number of listings: a million takes several minutes to generate and index.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from bench.apps import PG, bench_app  # noqa: E402
from bench.search import PRODUCTS, QUALIFIERS, percentiles, populate  # noqa: E402


def distinct_queries(seed: int = 12):
    """Endless search parameters, each different: a product's first words, sometimes a qualifier,
    with or without diacritics, under varied filters, sorts and pages."""
    from directory.search import Params
    from directory.text import fold

    rng = random.Random(seed)
    titles = [title.split() for title, _ in PRODUCTS]
    qualifiers = [q.split()[0] for q in QUALIFIERS]
    seen = set()
    while True:
        words = rng.choice(titles)[:rng.randint(1, 3)]
        if rng.random() < 0.3:
            words.append(rng.choice(qualifiers))
        q = " ".join(words)
        params = Params(q=fold(q) if rng.random() < 0.4 else q,
                        province=rng.choice(["", "", "01", "31", "48", "79", "22"]),
                        kind=rng.choice(["", "", "product", "service"]), member=rng.random() < 0.15,
                        sort=rng.choice(["relevance", "relevance", "newest", "name"]), page=rng.randint(1, 3))
        if params not in seen:
            seen.add(params)
            yield params


class Searchers:
    """Threads searching until stopped; each sample is (wall-clock start, end, latency in ms)."""

    def __init__(self, app, threads: int):
        self.app, self.queries, self.lock = app, distinct_queries(), threading.Lock()
        self.stop, self.samples = threading.Event(), []
        self.threads = [threading.Thread(target=self.run) for _ in range(threads)]

    def run(self) -> None:
        from directory.extensions import db
        from directory.search import search

        with self.app.app_context():
            while not self.stop.is_set():
                with self.lock:
                    params = next(self.queries)
                wall, start = time.time(), time.perf_counter()
                search(params)
                db.session.remove()  # the end of a request: its transaction ends
                latency = (time.perf_counter() - start) * 1000
                self.samples.append((wall, wall + latency / 1000, latency))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_exc):
        self.stop.set()
        for thread in self.threads:
            thread.join()


def rebuild_child(url: str, instance: str) -> None:
    """The rebuild, in its own process as `flask search reindex` runs: prints when it started and
    committed (wall clock), and when the VACUUM after the commit ended."""
    from directory.extensions import db
    from directory.search import reindex
    from directory.search.backends import backend

    app = bench_app(url, instance)
    with app.app_context():
        started = time.time()
        documents = reindex()
        db.session.commit()
        committed = time.time()
        backend().settle()
        print(json.dumps({"started": started, "committed": committed, "settled": time.time(),
                          "documents": documents}))


def prepare(name: str, size: int, database: str | None, tmp: Path) -> tuple[str, bool]:
    """The database URL, loaded and indexed; and whether to drop it at the end."""
    import flask_migrate

    from directory.extensions import db
    from directory.search import reindex

    if name == "postgresql":
        scratch = database or f"kn_bench_rebuild_{os.getpid()}"
        url = PG.format(name=scratch)
        exists = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc",
                                 f"SELECT 1 FROM pg_database WHERE datname = '{scratch}'"],
                                capture_output=True, text=True, check=True).stdout.strip()
        if not exists:
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {scratch}"], check=True)
    else:
        url, database = f"sqlite:///{tmp / 'bench.sqlite3'}", None
    app = bench_app(url, tmp)
    with app.app_context():
        flask_migrate.upgrade()
        loaded = db.session.scalar(sa.text("SELECT count(*) FROM offerings"))
        if loaded != size:
            if loaded:
                raise SystemExit(f"{database} holds {loaded} listings, not {size}: drop it or choose another")
            start = time.perf_counter()
            populate(app, size)
            print(f"data loaded in {time.perf_counter() - start:.0f} s", flush=True)
            start = time.perf_counter()
            reindex()
            db.session.commit()
            from directory.search.backends import backend
            backend().settle()
            print(f"first index build {time.perf_counter() - start:.1f} s", flush=True)
        db.session.remove()
        db.engine.dispose()
    return url, database is None


def measure(name: str, size: int, threads: int, baseline: float, database: str | None) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="kn-bench-rebuild-"))
    print(f"\n## {name}, {size:,} listings, {threads} searching threads", flush=True)
    url, drop = prepare(name, size, database, tmp)
    app = bench_app(url, tmp)
    try:
        with Searchers(app, threads) as searchers:
            time.sleep(3)  # warm-up: connections, page cache
            searchers.samples.clear()
            time.sleep(baseline)
            child = subprocess.run([sys.executable, __file__, "--rebuild-child", url, str(tmp)],
                                   capture_output=True, text=True, cwd=ROOT)
        if child.returncode:
            raise SystemExit(child.stderr)
        times = json.loads(child.stdout.strip().splitlines()[-1])
        _report(searchers.samples, times)
    finally:
        with app.app_context():
            from directory.extensions import db
            db.engine.dispose()
        if drop and name == "postgresql":
            scratch = url.rsplit("/", 1)[1]
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                            f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)"], check=True)
        shutil.rmtree(tmp, ignore_errors=True)


def _report(samples: list[tuple[float, float, float]], times: dict) -> None:
    started, committed = times["started"], times["committed"]
    before = [ms for begin, _end, ms in samples if begin < started]
    during = [ms for begin, _end, ms in samples if started <= begin < committed]
    ends = sorted([started] + [end for _begin, end, _ms in samples if started <= end <= committed] + [committed])
    gap = max(b - a for a, b in zip(ends, ends[1:]))
    print(f"rebuild {committed - started:.1f} s to the commit for {times['documents']:,} documents"
          f" (VACUUM after it {times['settled'] - committed:.1f} s)")
    print(f"{'phase':<16}{'searches':>9}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}  ms")
    stats = {}
    for label, values in (("before", before), ("during rebuild", during)):
        if not values:
            print(f"{label:<16}{0:>9}")
            continue
        stats[label] = (*percentiles(values), max(values))
        print(f"{label:<16}{len(values):>9}" + "".join(f"{v:>9.1f}" for v in stats[label]))
    if len(stats) == 2:
        ratios = [d / b for b, d in zip(stats["before"], stats["during rebuild"])]
        print(f"{'during / before':<16}{'':>9}" + "".join(f"{r:>8.2f}x" for r in ratios))
    print(f"longest time without a search completing during the rebuild: {gap:.1f} s", flush=True)


def main() -> None:
    if sys.argv[1:2] == ["--rebuild-child"]:
        rebuild_child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="number of offerings (default 50000)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--threads", type=int, default=2, help="searching threads (default 2)")
    parser.add_argument("--baseline", type=float, default=15, help="seconds of searching before the rebuild")
    parser.add_argument("--database", help="PostgreSQL: a database to keep and reuse (created if missing)")
    args = parser.parse_args()
    print(f"bench/rebuild_under_load.py --size {args.size} on {os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M')}")
    for name in args.backends.split(","):
        measure(name, args.size, args.threads, args.baseline, args.database)


if __name__ == "__main__":
    main()
