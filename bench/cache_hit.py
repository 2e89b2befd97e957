"""CPU per page-cache hit, in-process: the home page for an anonymous visitor, answered from the
shared page cache (SimpleCache here), against the minimal Flask endpoint in the same run.

    python bench/cache_hit.py                     # demo data, SQLite, 3 rounds of 2,000 hits each
    python bench/cache_hit.py --hits 5000 --profile /tmp/hit.prof

Prints the thread's CPU µs per request (median of the rounds) for each Accept-Encoding a browser
sends (br, gzip, none) and for an If-None-Match that answers 304, and each as a multiple of the
minimal endpoint. The request log is on, as in production. The data size does not matter: a hit
renders nothing.
"""
import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.apps import bench_app  # noqa: E402


def per_request_us(client, url: str, headers: dict, hits: int, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        started = time.thread_time()
        for _ in range(hits):
            client.get(url, headers=headers)
        samples.append((time.thread_time() - started) / hits * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hits", type=int, default=2000, help="requests per round (default 2000)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", help="write a cProfile of the gzip hits to this file and print its top")
    args = parser.parse_args()

    import flask_migrate

    from bench.minimal_flask import app as minimal
    from directory.demo.loader import load_demo
    from directory.extensions import db

    instance = Path(tempfile.mkdtemp(prefix="kn-cache-hit-"))
    app = bench_app(f"sqlite:///{instance / 'hit.sqlite3'}", instance, CACHE_TYPE="SimpleCache",
                    JOBS_IMMEDIATE=False)
    with app.app_context():
        flask_migrate.upgrade()
        load_demo()
        db.session.commit()
    client, bare = app.test_client(), minimal.test_client()
    first = client.get("/", headers={"Accept-Encoding": "gzip"})  # the miss that fills the cache
    assert first.status_code == 200, first.status_code
    cases = {
        "br": {"Accept-Encoding": "br, gzip"},
        "gzip": {"Accept-Encoding": "gzip"},
        "identity": {},
        "304 (gzip)": {"Accept-Encoding": "gzip", "If-None-Match": first.headers["ETag"]},
    }
    assert client.get("/", headers=cases["304 (gzip)"]).status_code == 304
    floor = per_request_us(bare, "/", {"Accept-Encoding": "gzip"}, args.hits, args.rounds)
    print(f"minimal Flask endpoint: {floor:7.0f} µs CPU per request")
    for name, headers in cases.items():
        cost = per_request_us(client, "/", headers, args.hits, args.rounds)
        print(f"home page hit, {name:11}: {cost:7.0f} µs  ({cost / floor:.1f}× the minimal endpoint)")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(per_request_us, client, "/", cases["gzip"], args.hits, 1)
        profiler.dump_stats(args.profile)
        pstats.Stats(args.profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
