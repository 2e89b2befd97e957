"""Relevance benchmark: the judged query set (judged.json) run through the search service on the
demo catalogue, on SQLite and PostgreSQL, with the standard measures per query class.

    python bench/relevance/measure.py                   # both databases
    python bench/relevance/measure.py --backends sqlite --show-misses
    python bench/relevance/measure.py --save            # write baseline.json (the test's floor)
    python bench/relevance/measure.py --peer tantivy    # and tantivy on the same documents, side by side

Each query of judged.json carries its class (how a buyer typed it) and its relevant results, as
stable keys: an enterprise's slug, or an offering's "enterprise-slug/title-slug". Measures over
the first page (20 results): hits@1 and hits@10 (a relevant result among the first 1 / 10),
MRR (1 / the rank of the first relevant result), nDCG@10 and recall@10 (binary judgements; recall
out of at most 10), and the zero-result rate. docs/search.md says how the search works.

`--peer tantivy` indexes the same documents (the rows of `search_docs`: title and body, exact and
folded) in tantivy (bench/search.py's `Tantivy`, BM25) and scores the same queries with it.
"""
import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.apps import bench_app, drop_scratch_database, scratch_database  # noqa: E402

HERE = Path(__file__).resolve().parent
JUDGED = HERE / "judged.json"
BASELINE = HERE / "baseline.json"
MEASURES = ("hits@1", "hits@10", "mrr", "ndcg@10", "recall@10", "zero")
SAMPLE_EVERY = 4  # the test runs every 4th query (bench/relevance/baseline.json keeps its floor)


def judged(sample: bool = False) -> list[dict]:
    queries = json.loads(JUDGED.read_text(encoding="utf-8"))
    return queries[::SAMPLE_EVERY] if sample else queries


def result_key(hit) -> str:
    """The stable key of a search hit (judged.json's keys)."""
    from directory.text import slugify

    if hit.type == "enterprise":
        return hit.record.slug
    return f"{hit.record.enterprise.slug}/{slugify(hit.record.title)}"


def run_query(q: str) -> tuple[list[str], int]:
    """The keys of the first page in order, and the total found."""
    from directory.search import Params, search

    results = search(Params(q=q))
    return [result_key(hit) for hit in results.hits], results.total


def score(found: list[str], total: int, relevant: set[str]) -> dict[str, float]:
    ranks = [n for n, key in enumerate(found, 1) if key in relevant]
    top10 = [key in relevant for key in found[:10]]
    ideal = sum(1 / math.log2(n + 1) for n in range(1, min(len(relevant), 10) + 1))
    return {
        "hits@1": float(bool(ranks) and ranks[0] == 1),
        "hits@10": float(bool(ranks) and ranks[0] <= 10),
        "mrr": 1 / ranks[0] if ranks else 0.0,
        "ndcg@10": sum(1 / math.log2(n + 1) for n, hit in enumerate(top10, 1) if hit) / ideal,
        "recall@10": sum(top10) / min(len(relevant), 10),
        "zero": float(total == 0),
    }


def peer_run(peer):
    """A run_query for a peer engine whose `top(q)` answers doc_ids (bench/search.py's Tantivy)."""
    import sqlalchemy as sa

    from directory.extensions import db
    from directory.models import Enterprise, Offering
    from directory.text import slugify

    enterprises = {e.id: e for e in db.session.scalars(sa.select(Enterprise))}
    offerings = {o.id: f"{enterprises[o.enterprise_id].slug}/{slugify(o.title)}" for o in db.session.scalars(sa.select(Offering))}
    keys = {doc_id: enterprises[ref_id].slug if doc_type == "enterprise" else offerings[ref_id]
            for doc_id, doc_type, ref_id in db.session.execute(sa.text("SELECT doc_id, doc_type, ref_id FROM search_docs"))}

    def run(q: str) -> tuple[list[str], int]:
        doc_ids, total = peer.top(q)
        return [keys[d] for d in doc_ids], total
    return run


def out_of_search() -> set[str]:
    """The keys of approved offerings past their re-confirmation's grace period: out of search by
    design (the demo lets two lapse), so no right answer today."""
    from directory import freshness
    from directory.extensions import db
    from directory.models import Offering, Status
    from directory.text import slugify

    lapsed = db.session.scalars(db.select(Offering).where(
        Offering.status == Status.APPROVED, Offering.confirm_due_on < freshness.oldest_listed_due()))
    return {f"{offering.enterprise.slug}/{slugify(offering.title)}" for offering in lapsed}


def evaluate(queries: list[dict], run=run_query) -> tuple[dict[str, dict[str, float]], list[dict]]:
    """Mean measures per class and overall ("ALL"), and every query's own outcome; a query whose
    every relevant result is out of search today has no answer and is left out."""
    per_class, outcomes = defaultdict(list), []
    lapsed = out_of_search()
    for query in queries:
        relevant = set(query["relevant"]) - lapsed
        if not relevant:
            continue
        found, total = run(query["q"])
        scores = score(found, total, relevant)
        per_class[query["class"]].append(scores)
        per_class["ALL"].append(scores)
        outcomes.append({**query, "found": found, "total": total, **scores})
    means = {klass: {m: sum(s[m] for s in rows) / len(rows) for m in MEASURES} | {"n": len(rows)}
             for klass, rows in per_class.items()}
    return means, outcomes


def report(name: str, means: dict, baseline: dict | None = None) -> None:
    print(f"\n## {name}\n")
    print(f"{'class':<20}{'n':>5}" + "".join(f"{m:>11}" for m in MEASURES)
          + ("   hits@10 / MRR baseline" if baseline else ""))
    for klass in sorted(means, key=lambda k: (k == "ALL", k)):
        row = means[klass]
        line = f"{klass:<20}{row['n']:>5}" + "".join(f"{row[m]:>11.3f}" for m in MEASURES)
        if baseline and klass in baseline:
            line += f"   {baseline[klass]['hits@10']:.3f} / {baseline[klass]['mrr']:.3f}"
        print(line)


def load_demo_catalogue(url: str, instance: Path):
    """A fresh database with the demo data (flask demo load), indexed; returns the app."""
    import flask_migrate

    from directory.demo.loader import load_demo
    from directory.extensions import db

    app = bench_app(url, instance)
    with app.app_context():
        flask_migrate.upgrade()
        load_demo()
        db.session.commit()
    return app


def side_by_side(ours: dict, peer: dict, peer_name: str) -> None:
    columns = ("hits@1", "hits@10", "mrr", "zero")
    print(f"\n## ours vs {peer_name}, same documents, same queries\n")
    print(f"{'class':<20}{'n':>5}" + "".join(f"{m + ' ours':>13}{peer_name[:7]:>9}" for m in columns))
    for klass in sorted(ours, key=lambda k: (k == "ALL", k)):
        print(f"{klass:<20}{ours[klass]['n']:>5}" + "".join(f"{ours[klass][m]:>13.3f}{peer[klass][m]:>9.3f}" for m in columns))


def bench_backend(name: str, queries: list[dict], peer: str | None = None) -> tuple[dict, list[dict], dict | None]:
    """Our measures on one database (and the peer's, on the same documents, when asked)."""
    from directory.extensions import db

    tmp = Path(tempfile.mkdtemp(prefix="kn-relevance-"))
    scratch = f"kn_relevance_bench_{os.getpid()}"
    url = scratch_database(name, scratch, tmp)
    app = None
    try:
        app = load_demo_catalogue(url, tmp)
        with app.test_request_context():
            start = time.perf_counter()
            means, outcomes = evaluate(queries)
            seconds = time.perf_counter() - start
        print(f"\n{name}: {len(queries)} queries in {seconds:.1f} s ({1000 * seconds / len(queries):.1f} ms each)")
        peer_means = None
        if peer == "tantivy":
            from bench.search import Tantivy

            with app.app_context():
                engine = Tantivy(app, tmp / "tantivy")
                peer_means, _ = evaluate(queries, peer_run(engine))
        return means, outcomes, peer_means
    finally:
        if app is not None:
            with app.app_context():
                db.session.remove()
                db.engine.dispose()
        drop_scratch_database(name, scratch)
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--show-misses", action="store_true", help="list the queries without a relevant result in the first 10")
    parser.add_argument("--save", action="store_true", help="write the measures as the new baseline.json")
    parser.add_argument("--peer", choices=["tantivy"], help="also score the same documents in this engine, side by side")
    args = parser.parse_args()
    queries = judged()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    print(f"bench/relevance/measure.py: {len(queries)} judged queries, {time.strftime('%Y-%m-%d')}")
    results, rankings = {}, {}
    for name in args.backends.split(","):
        means, outcomes, peer_means = bench_backend(name, queries, args.peer if not rankings else None)
        _, sample = evaluate_sample(outcomes)
        results[name] = {"all": means, "sample": sample}
        rankings[name] = [o["found"] for o in outcomes]
        report(name, means, baseline.get(name, {}).get("all"))
        if peer_means:
            side_by_side(means, peer_means, args.peer)
        if args.show_misses:
            print()
            for o in outcomes:
                if not o["hits@10"]:
                    print(f"  miss [{o['class']}] {o['q']!r}: {o['total']} found; first {o['found'][:3]}")
    if len(rankings) == 2:
        first, second = rankings.values()
        differ = [q["q"] for q, a, b in zip(queries, first, second) if a != b]
        print(f"\nqueries whose first page differs between the databases: {len(differ)}"
              + (f" ({', '.join(map(repr, differ[:10]))}{' ...' if len(differ) > 10 else ''})" if differ else ""))
    if args.save:
        BASELINE.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
        print(f"\nwrote {BASELINE.relative_to(ROOT)}")


def evaluate_sample(outcomes: list[dict]) -> tuple[list[dict], dict]:
    """The measures of the test's sample (every SAMPLE_EVERY-th query), from a full run's outcomes."""
    sample = outcomes[::SAMPLE_EVERY]
    return sample, {m: sum(o[m] for o in sample) / len(sample) for m in MEASURES}


if __name__ == "__main__":
    main()
