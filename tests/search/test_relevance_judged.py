"""The judged query set (bench/relevance) on the demo catalogue: a sample of it must do at least
as well as the committed baseline, so a change that hurts relevance fails here. The full set
and every measure: `make relevance`."""
import json

from bench.relevance.measure import BASELINE, evaluate, judged
from directory.demo.loader import load_demo


def test_sample_of_judged_queries_keeps_the_baseline(db, app):
    load_demo()
    db.session.commit()
    engine = db.engine.dialect.name
    floor = json.loads(BASELINE.read_text())[engine]["sample"]
    with app.test_request_context():
        means, outcomes = evaluate(judged(sample=True))
    measured = means["ALL"]
    misses = [o["q"] for o in outcomes if not o["hits@10"]]
    for measure in ("hits@10", "mrr", "ndcg@10"):
        assert measured[measure] >= floor[measure] - 1e-9, (
            f"{measure} {measured[measure]:.3f} < baseline {floor[measure]:.3f}; missed: {misses}")
