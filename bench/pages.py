"""Server time per page type, one client, nothing cached: every public and signed-in page on
the demo data plus a synthetic catalogue (bench/search.py's generator), SQLite and PostgreSQL.

    python bench/pages.py --size 50000                 # both databases, scratch data, dropped after
    python bench/pages.py --keep /tmp/kn-pages         # keep (or reuse) the data: before/after runs

Each request goes through the whole Flask app (test client, no network), with the page cache
off and the search answer cache emptied before it, so the time is what a cache miss costs.
Prints p50 / p95 / max ms; the app's own CPU ms (the thread's: on SQLite it includes the
database's work, on PostgreSQL not), which a loaded machine changes far less than wall time; and
SQL statements per page type. --requests distinct URLs per public page type; --only home,search
picks types; --profile FILE writes a cProfile of what was measured.
"""
import argparse
import logging
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.apps import bench_app, collect_as_a_worker, insert_in_batches  # noqa: E402

import sqlalchemy as sa  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
QUERIES = ["thép", "vận tải", "gao", "xi mang pcb40", "cà phê", "thep xay dung", "đồ gỗ", "tư vấn thuế"]


def make_app(url: str, instance: Path):
    return bench_app(url, instance, WTF_CSRF_ENABLED=False, JOBS_IMMEDIATE=False,
                     CACHE_TYPE="NullCache")  # uncached: what every page costs on a miss


def populate(size: int, seed: int = 11) -> None:
    """The demo (accounts, inquiries, linkages, two years of programme) and `size` synthetic
    offerings of size // 25 synthetic member enterprises on top, approved over three years."""
    from bench.search import generate
    from directory.demo.loader import load_demo
    from directory.extensions import db
    from directory.models import Category, Committee, Enterprise, Kind, Offering, Status
    from directory.models.base import utcnow
    from directory.search import reindex

    load_demo()
    db.session.commit()
    rng = random.Random(seed)
    committees = list(db.session.scalars(db.select(Committee.id)))
    categories = list(db.session.scalars(db.select(Category.id).where(Category.parent_id.is_not(None))))
    first_enterprise = db.session.scalar(db.select(sa.func.max(Enterprise.id))) + 1
    first_offering = db.session.scalar(db.select(sa.func.max(Offering.id))) + 1
    now = utcnow()
    n_enterprises = max(10, size // 25)
    db.session.execute(sa.insert(Enterprise), [
        dict(id=first_enterprise + i, slug=f"dn-{i}", legal_name=f"Công ty Cổ phần Tổng hợp Số {i}",
             tax_code=f"{9000000000 + i}", committee_id=rng.choice(committees), ownership="joint_stock",
             address_line=f"Số {i} đường Lê Lợi", province_code=rng.choice(["01", "31", "48", "79", "22"]),
             description="Doanh nghiệp sản xuất và thương mại.",
             status=Status.APPROVED if i % 50 else Status.SUSPENDED,
             approved_at=now - __import__("datetime").timedelta(days=rng.randint(0, 1000)),
             created_at=now, updated_at=now, version=1)
        for i in range(n_enterprises)])
    def offerings():
        for n, _code, title, description in generate(size):
            approved = now - __import__("datetime").timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
            yield dict(id=first_offering + n, enterprise_id=first_enterprise + rng.randrange(n_enterprises),
                       kind=Kind.PRODUCT if n % 4 else Kind.SERVICE, title=title, description=description,
                       category_id=rng.choice(categories), unit="cái", member_offer="Giảm 5%" if n % 7 == 0 else None,
                       status=Status.APPROVED if n % 20 else Status.PENDING, approved_at=approved,
                       submitted_at=approved, created_at=approved, updated_at=approved, version=1)

    insert_in_batches(Offering, offerings())
    db.session.commit()
    reindex()
    db.session.commit()
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sa.text("VACUUM ANALYZE"))
    else:
        db.session.execute(sa.text("ANALYZE"))
        db.session.commit()


def page_types(rng: random.Random, n: int) -> dict[str, tuple[str | None, list[str]]]:
    """Page type -> (demo account signed in or None, URLs). Public URLs are distinct (search texts
    drawn as bench/load.py's mix draws them), so no per-text work is repeated within a type."""
    import urllib.parse

    from bench.load import SearchQueries
    from directory.extensions import db
    from directory.models import Category, Committee, Enterprise, Inquiry, Offering, Status, User

    slugs = list(db.session.scalars(db.select(Enterprise.slug).where(Enterprise.status == Status.APPROVED)))
    offerings = list(db.session.scalars(db.select(Offering.id).join(Offering.enterprise).where(
        Offering.status == Status.APPROVED, Enterprise.status == Status.APPROVED)))
    codes = list(db.session.scalars(db.select(Committee.code).where(Committee.active.is_(True))))
    categories = list(db.session.scalars(db.select(Category.slug)))
    manager = db.session.scalar(db.select(User).where(User.email == "quanly@ketnoi.vn"))
    manager_inquiry = db.session.scalar(db.select(sa.func.min(Inquiry.id)).where(
        sa.or_(Inquiry.buyer_id == manager.enterprise_id, Inquiry.supplier_id == manager.enterprise_id)))
    queries = SearchQueries(rng)
    texts = list(dict.fromkeys(queries.text() for _ in range(4 * n)))
    filtered = []
    while len(filtered) < n:
        args = queries.args()
        if len(args) > 1:
            filtered.append(urllib.parse.urlencode(args))
    sample = lambda items: rng.sample(items, min(n, len(items)))  # noqa: E731
    repeat = lambda urls: (urls * n)[:n]  # noqa: E731  (signed-in pages: a few URLs, asked again)
    return {
        "home": (None, [f"/?v={k}" for k in range(n)]),
        "search": (None, [f"/search/?q={urllib.parse.quote(t)}" for t in texts[:n]]),
        "search, filtered": (None, [f"/search/?{args}" for args in filtered]),
        "committee": (None, [f"/committees/{rng.choice(codes)}?page={rng.randint(1, 5)}" for _ in range(n)]),
        "category": (None, [f"/categories/{rng.choice(categories)}?page={rng.randint(1, 5)}" for _ in range(n)]),
        "enterprise": (None, [f"/enterprises/{s}" for s in sample(slugs)]),
        "offering": (None, [f"/offerings/{i}" for i in sample(offerings)]),
        "api search": (None, [f"/api/v1/search?q={urllib.parse.quote(t)}" for t in texts[n:2 * n]]),
        "api offering": (None, [f"/api/v1/offerings/{i}" for i in sample(offerings)]),
        "api enterprise": (None, [f"/api/v1/enterprises/{s}" for s in sample(slugs)]),
        "workspace (manager)": ("quanly@ketnoi.vn", repeat(["/workspace/", "/workspace/members", "/workspace/profile"])),
        "inquiries (manager)": ("quanly@ketnoi.vn", repeat(["/linkage/", "/linkage/inquiries", "/linkage/linkages",
                                                             "/linkage/needs", f"/linkage/inquiries/{manager_inquiry}"])),
        "review (reviewer)": ("duyet.hanoi@ketnoi.vn", repeat(["/review/", "/review/enterprises"])),
        "reports (reviewer)": ("duyet.hanoi@ketnoi.vn", repeat(["/reports/committees/hanoi", "/reports/committees/hanoi/catalogue", "/reports/"])),
        "reports (admin)": ("admin@ketnoi.vn", repeat(["/reports/all", "/admin/committees", "/admin/users"])),
    }


def type_key(name: str) -> str:
    """What --only takes for a page type: "search, filtered" -> search_filtered."""
    return re.sub(r"\W+", "_", name).strip("_")


def measure(app, label: str, n: int, only: list[str] | None = None, profile: str | None = None) -> None:
    """Time each page type; with `profile`, also write a cProfile of those requests to that file."""
    import cProfile
    import pstats

    from flask import g

    from directory.collector import collect_if_due
    from directory.extensions import db
    from directory.models import User
    from directory.search import answer_cache
    from directory.services import sessions

    with app.app_context():
        types = page_types(random.Random(5), n)
        # One sign-in per role, started as the login form would (services/sessions.py).
        keys = {u.email: sessions.start(u) for u in db.session.scalars(db.select(User))}
        db.session.commit()
    collect_as_a_worker()
    profiler = cProfile.Profile() if profile else None
    print(f"\n{label}: ms per request (p50 / p95 / max), the app's CPU ms (p50 / p95), SQL statements per "
          f"request (max), {n} requests per type; load average {os.getloadavg()[0]:.1f}")
    print(f"{'page type':<22} {'p50':>7} {'p95':>7} {'max':>7} {'cpu p50':>8} {'cpu p95':>8} {'stmts':>6}  status")
    for name, (email, urls) in types.items():
        if only and type_key(name) not in only:
            continue
        client = app.test_client()
        if email:
            with client.session_transaction() as session:
                session["_user_id"], session["_fresh"] = keys[email], True
        times, cpu, statements, statuses = [], [], [], set()
        for warm, url in [(True, urls[-1])] + [(False, u) for u in urls]:
            answer_cache.answers.entries.clear()
            with app.app_context():
                if profiler and not warm:
                    profiler.enable()
                started, started_cpu = time.perf_counter(), time.thread_time()
                response = client.get(url)
                elapsed, elapsed_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
                if profiler:
                    profiler.disable()
                count = g.get("db_statements", 0)
            collect_if_due()  # between requests, as a gunicorn worker does (post_request)
            if not warm:
                times.append(elapsed * 1000)
                cpu.append(elapsed_cpu * 1000)
                statements.append(count)
                statuses.add(response.status_code)
        times.sort()
        cpu.sort()
        p95 = lambda samples: samples[min(len(samples) - 1, int(len(samples) * 0.95))]  # noqa: E731
        print(f"{name:<22} {statistics.median(times):7.1f} {p95(times):7.1f} {times[-1]:7.1f} {statistics.median(cpu):8.1f} "
              f"{p95(cpu):8.1f} {max(statements):6d}  {sorted(statuses)}", flush=True)
    if profiler:
        profiler.dump_stats(profile)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)


def run(backend: str, size: int, keep: str | None, args) -> None:
    import flask_migrate

    from directory.extensions import db
    from directory.models import Enterprise

    instance = Path(keep or tempfile.mkdtemp(prefix="kn-pages-")) / backend
    instance.mkdir(parents=True, exist_ok=True)
    name = f"kn_speed_pages_{size}" if keep else f"kn_speed_pages_{os.getpid()}"
    if backend == "postgresql":
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"],
                       capture_output=True)
        url = PG.format(name=name)
    else:
        url = f"sqlite:///{instance / 'pages.sqlite3'}"
    app = make_app(url, instance)
    logging.getLogger("directory.requests").setLevel(logging.WARNING)  # no request log lines here
    try:
        with app.app_context():
            flask_migrate.upgrade()
            if db.session.scalar(db.select(Enterprise.id).limit(1)) is None:
                started = time.perf_counter()
                populate(size)
                print(f"{backend}: data generated in {time.perf_counter() - started:.0f} s")
        measure(app, f"{backend}, {size:,} synthetic offerings", args.requests,
                [type_key(n) for n in args.only.split(",")] if args.only else None, args.profile)
    finally:
        with app.app_context():
            db.engine.dispose()
        if not keep and backend == "postgresql":
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE {name}"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="synthetic offerings (default 50000)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--keep", help="a folder to keep (or reuse) the data in; PostgreSQL keeps kn_speed_pages_<size>")
    parser.add_argument("--requests", type=int, default=60, help="requests per page type (default 60)")
    parser.add_argument("--only", help="comma-separated page types to measure, spaces and punctuation as _"
                        " (search_filtered, review_reviewer; default: all)")
    parser.add_argument("--profile", help="write a cProfile of the measured requests to this file and print its top")
    args = parser.parse_args()
    for backend in args.backends.split(","):
        run(backend, args.size, args.keep, args)


if __name__ == "__main__":
    main()
