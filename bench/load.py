"""Load benchmark: the whole app under gunicorn and wrk, as a mix of page types, against the
framework's own ceiling (a minimal Flask endpoint and a bare WSGI endpoint) in the same run.

    python bench/load.py --size 50000 --database both            # or: make load BENCH_ARGS=...
    python bench/load.py --size 50000 --workers 2,3,4 --worker-class sync,gthread --no-single

Data: bench/search.py's seeded generator plus users, inquiries and messages for the signed-in
mix, kept between runs under bench/data/ (SQLite file or PostgreSQL database kn_load_<size>).
Every number is noisy on a shared machine: compare the ratios, measured in the same run.
"""
import argparse
import csv
import http.client
import json
import os
import random
import re
import runpy
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from bench import search as catalogue  # noqa: E402  (the search benchmark's generator)
from bench.apps import bench_app  # noqa: E402

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/"
PASSWORD = "load-bench-password"
LUA = ROOT / "bench" / "load.lua"
ANONYMOUS_MIX = {"home": 10, "search": 45, "enterprise": 15, "offering": 15, "api": 15}
ENTERPRISE_USERS, THREADS_PER_USER = 57, 30  # with the 7 committee reviewers: 64 sessions
SINGLE_CLIENT_TARGET_MS = {50_000: 25, 1_000_000: 50}


# ---- data, cached per size and engine ----------------------------------------------------------
def label(size: int) -> str:
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}m"
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def prepare(engine: str, size: int, data_dir: Path, fresh: bool) -> tuple[str, Path, dict]:
    """The database for (engine, size): reused when its manifest exists, else generated."""
    import flask_migrate

    from directory.extensions import db
    from directory.search import reindex

    home = data_dir.resolve() / f"{engine}-{label(size)}"
    manifest_path = home / "manifest.json"
    pg_name = f"kn_load_{label(size)}"
    url = PG_SERVER + pg_name if engine == "postgresql" else f"sqlite:///{home / 'db.sqlite3'}"
    exists = manifest_path.exists() and (engine == "sqlite" or _psql(f"SELECT 1 FROM pg_database WHERE datname = '{pg_name}'"))
    if fresh or not exists:
        shutil.rmtree(home, ignore_errors=True)
        if engine == "postgresql":
            _psql(f"DROP DATABASE IF EXISTS {pg_name} WITH (FORCE)")
            _psql(f"CREATE DATABASE {pg_name}")
    home.mkdir(parents=True, exist_ok=True)
    app = bench_app(url, home)
    with app.app_context():
        try:
            flask_migrate.upgrade()
            revision = db.session.scalar(sa.text("SELECT version_num FROM alembic_version"))
            if exists and not fresh:
                manifest = json.loads(manifest_path.read_text())
                if manifest["revision"] != revision:  # a new migration may change the index: rebuild it
                    print(f"{engine}: schema {manifest['revision']} -> {revision}, rebuilding the search index")
                    reindex()
                    db.session.commit()
                    manifest["revision"] = revision
                    manifest_path.write_text(json.dumps(manifest))
                return url, home, manifest
            start = time.perf_counter()
            print(f"{engine}: generating {size:,} listings (kept in {home} for the next runs)", flush=True)
            catalogue.populate(app, size)
            people = add_people(size)
            documents = reindex()
            db.session.commit()
            manifest = {"size": size, "engine": engine, "revision": revision, **people, **public_refs()}
            print(f"{engine}: {documents:,} search documents, generated in {time.perf_counter() - start:.0f} s", flush=True)
            manifest_path.write_text(json.dumps(manifest))
            return url, home, manifest
        finally:
            db.session.remove()
            db.engine.dispose()


def _psql(sql: str) -> str:
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atqc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def add_people(size: int) -> dict:
    """Enterprise users with inquiry threads and one reviewer per committee, for the signed-in mix."""
    from werkzeug.security import generate_password_hash

    from directory.extensions import db
    from directory.models import Committee, Enterprise, Inquiry, InquiryStatus, Message, Role, Status, User
    from directory.models.base import utcnow

    rng = random.Random(13)
    now = utcnow()
    # One hash for all, and a cheap one: the benchmark signs in 64 sessions; a login's cost is not
    # what it measures (the app checks any werkzeug method).
    password_hash = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
    members = db.session.execute(sa.select(Enterprise.id, Enterprise.committee_id).where(
        Enterprise.status == Status.APPROVED, Enterprise.committee_id.is_not(None)).order_by(Enterprise.id)).all()
    committee_of = dict(members)
    everyone = [e for e, _ in members]
    traders = rng.sample(everyone, min(ENTERPRISE_USERS, len(everyone)))
    committees = db.session.execute(sa.select(Committee.id, Committee.code).order_by(Committee.id)).all()
    users = [dict(id=k + 1, email=f"trader{k + 1}@loadbench.vn", full_name=f"Người dùng {k + 1}", role=Role.MANAGER,
                  enterprise_id=enterprise_id, committee_id=None) for k, enterprise_id in enumerate(traders)]
    users += [dict(id=len(traders) + k + 1, email=f"reviewer-{code}@loadbench.vn", full_name=f"Cán bộ {code}",
                   role=Role.REVIEWER, enterprise_id=None, committee_id=cid) for k, (cid, code) in enumerate(committees)]
    for user in users:
        user.update(password_hash=password_hash, phone=None, active=True, locale=None, last_login_at=None,
                    created_at=now, updated_at=now, email_confirmed_at=now)
    db.session.execute(sa.insert(User), users)
    user_of = {u["enterprise_id"]: u["id"] for u in users if u["enterprise_id"]}

    pairs = []  # (buyer, supplier): each trader's own threads, then the rest of the catalogue's
    for enterprise_id in traders:
        for n in range(THREADS_PER_USER):
            other = rng.choice(everyone)
            pairs.append((enterprise_id, other) if n % 2 else (other, enterprise_id))
    pairs += [tuple(rng.sample(everyone, 2)) for _ in range(size // 20)]
    inquiries, messages = [], []
    for n, (buyer, supplier) in enumerate(pairs):
        if buyer == supplier:
            continue
        created = now - catalogue_days(rng)
        author = user_of.get(buyer) or user_of.get(supplier) or 1
        inquiries.append(dict(id=n + 1, buyer_id=buyer, supplier_id=supplier, offering_id=None, need_id=None,
                              created_by_id=author, subject=f"Hỏi giá lô hàng số {n + 1}", quantity="100 tấn",
                              wanted_on=None, status=InquiryStatus.OPEN, buyer_committee_id=committee_of[buyer],
                              supplier_committee_id=committee_of[supplier], created_at=created, last_message_at=created))
        for m, side in enumerate((buyer, supplier, buyer)):
            messages.append(dict(inquiry_id=n + 1, author_id=user_of.get(side) or author, enterprise_id=side,
                                 body=f"Nội dung trao đổi {m + 1}: báo giá, số lượng và thời gian giao hàng.",
                                 attachment_path=None, attachment_name=None, created_at=created))
    for start in range(0, len(inquiries), 20_000):
        db.session.execute(sa.insert(Inquiry), inquiries[start:start + 20_000])
    for start in range(0, len(messages), 20_000):
        db.session.execute(sa.insert(Message), messages[start:start + 20_000])
    threads = {}
    for row in inquiries:
        for side in (row["buyer_id"], row["supplier_id"]):
            if side in user_of:
                threads.setdefault(user_of[side], []).append(row["id"])
    db.session.commit()
    return {"traders": [dict(email=u["email"], threads=threads.get(u["id"], [])[:200]) for u in users if u["enterprise_id"]],
            "reviewers": [dict(email=u["email"], committee=code) for u, (_, code) in zip(users[len(traders):], committees)]}


def catalogue_days(rng):
    from datetime import timedelta

    return timedelta(days=rng.uniform(0, 90))


def public_refs() -> dict:
    """A sample of what visitors can open: approved enterprises and offerings, committees, categories."""
    from directory.extensions import db
    from directory.models import Category, Committee, Enterprise, Offering, Status

    slugs = db.session.scalars(sa.select(Enterprise.slug).where(Enterprise.status == Status.APPROVED)
                               .order_by(Enterprise.id).limit(200_000)).all()
    offerings = db.session.scalars(sa.select(Offering.id).join(Offering.enterprise).where(
        Offering.status == Status.APPROVED, Enterprise.status == Status.APPROVED).order_by(Offering.id).limit(2_000_000)).all()
    rng = random.Random(5)
    return {"enterprises": rng.sample(slugs, min(5000, len(slugs))),
            "offerings": rng.sample(offerings, min(5000, len(offerings))),
            "committees": db.session.scalars(sa.select(Committee.code).order_by(Committee.id)).all(),
            "categories": db.session.scalars(sa.select(Category.slug).order_by(Category.id)).all()}


# ---- the request mixes -------------------------------------------------------------------------
def vocabulary() -> list[str]:
    """The catalogue's words, most frequent first (titles before qualifiers, filler and rare words)."""
    from directory.reference import provinces

    words = []
    texts = [p for p, weight in sorted(catalogue.PRODUCTS, key=lambda p: -p[1])] + catalogue.QUALIFIERS
    texts += catalogue.FILLER + [p.name for p in provinces().values()] + catalogue.RARE
    for text in texts:
        for word in text.lower().split():
            if word not in words:
                words.append(word)
    return words


class SearchQueries:
    """Query texts drawn Zipf-like from the vocabulary: 1-3 words, a third without diacritics,
    30 % with a filter, a sort or a later page."""

    def __init__(self, rng: random.Random):
        from directory.reference import provinces
        from directory.text import fold

        self.rng, self.fold = rng, fold
        self.words = vocabulary()
        self.weights = [1 / (rank + 1) ** 1.1 for rank in range(len(self.words))]
        self.provinces = list(provinces())

    def text(self) -> str:
        n = self.rng.choices((1, 2, 3), (45, 40, 15))[0]
        text = " ".join(self.rng.choices(self.words, self.weights, k=n))
        return self.fold(text) if self.rng.random() < 0.35 else text

    def args(self) -> dict:
        args = {"q": self.text()}
        if self.rng.random() < 0.3:
            extra = self.rng.choice(["province", "kind", "type", "member", "sort", "page"])
            args[extra] = {"province": lambda: self.rng.choice(self.provinces), "kind": lambda: self.rng.choice(["product", "service"]),
                           "type": lambda: self.rng.choice(["offering", "enterprise"]), "member": lambda: "1",
                           "sort": lambda: self.rng.choice(["newest", "name"]), "page": lambda: str(self.rng.randint(2, 5))}[extra]()
        return args


def anonymous_urls(manifest: dict, n: int, seed: int = 1) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    queries = SearchQueries(rng)
    kinds, weights = zip(*ANONYMOUS_MIX.items())
    out = []
    for kind in rng.choices(kinds, weights, k=n):
        if kind == "home":
            path = "/"
        elif kind == "search":
            path = "/search/?" + urllib.parse.urlencode(queries.args())
        elif kind == "enterprise":
            path = f"/enterprises/{rng.choice(manifest['enterprises'])}"
        elif kind == "offering":
            path = f"/offerings/{rng.choice(manifest['offerings'])}"
        else:
            path = rng.choice([f"/api/v1/search?{urllib.parse.urlencode(queries.args())}",
                               f"/api/v1/offerings/{rng.choice(manifest['offerings'])}",
                               f"/api/v1/enterprises/{rng.choice(manifest['enterprises'])}"])
        out.append((kind, path))
    return out


def signed_in_urls(user: dict, rng: random.Random, n: int = 400) -> list[tuple[str, str]]:
    """One session's requests: a trader's workspace and inquiries, or a reviewer's dashboards."""
    if "committee" in user:
        return [rng.choice([("dashboard", f"/reports/committees/{user['committee']}"), ("review queue", "/review/")])
                for _ in range(n)]
    choices = [("workspace", "/workspace/")] * 25 + [("programme", "/linkage/")] * 15
    choices += [("inbox", "/linkage/inquiries")] * 30 + [("thread", None)] * 30
    out = []
    for kind, path in rng.choices(choices, k=n):
        if kind == "thread":
            path = f"/linkage/inquiries/{rng.choice(user['threads'])}" if user["threads"] else "/linkage/inquiries"
        out.append((kind, path))
    return out


def sessions(manifest: dict, connections: int) -> list[dict]:
    """The users signed in for the mix, one per connection (at most), traders and reviewers
    interleaved so that fewer connections still have both kinds."""
    groups = [manifest["traders"], manifest["reviewers"]]
    users = sorted(((n + 0.5) / len(g), k, u) for k, g in enumerate(groups) for n, u in enumerate(g))
    return [u for _, _, u in users][:connections]


def single_client_urls(manifest: dict, n: int) -> dict[str, list[str]]:
    """Distinct URLs per page type, each asked once: no answer or page cache can serve them."""
    rng = random.Random(3)
    queries = SearchQueries(rng)
    searches = list(dict.fromkeys("/search/?" + urllib.parse.urlencode(queries.args()) for _ in range(n * 3)))
    return {
        "home": [f"/?v={k}" for k in range(n)],  # a page cached by full path would miss; by path alone it hits
        "search": searches[:n],
        "enterprise": [f"/enterprises/{slug}" for slug in manifest["enterprises"][:n]],
        "offering": [f"/offerings/{oid}" for oid in manifest["offerings"][:n]],
        "api": [f"/api/v1/offerings/{oid}" for oid in manifest["offerings"][n:2 * n]],
        "committee": [f"/committees/{manifest['committees'][k % len(manifest['committees'])]}?page={k // 7 + 1}" for k in range(n)],
        "category": [f"/categories/{manifest['categories'][k % len(manifest['categories'])]}?page={k // len(manifest['categories']) + 1}" for k in range(n)],
    }


# ---- serving -----------------------------------------------------------------------------------
@dataclass
class Serving:
    workers: int
    worker_class: str
    threads: int

    def __str__(self):
        threads = f" × {self.threads} threads" if self.worker_class == "gthread" else ""
        return f"gunicorn {self.workers} × {self.worker_class}{threads}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def gunicorn(spec: str, serving: Serving, env: dict, log: Path):
    """gunicorn with the committed gunicorn.conf.py, on a free port; stopped whatever happens."""
    port = free_port()
    log.touch()
    log_start = log.stat().st_size
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "--bind", f"127.0.0.1:{port}",
               "--workers", str(serving.workers), "--worker-class", serving.worker_class,
               "--threads", str(serving.threads), spec]
    with open(log, "ab") as out:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=out,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read()
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"gunicorn {spec} did not start: see {log}")
                time.sleep(0.2)
        yield port, process.pid
    finally:
        process.send_signal(signal.SIGINT)  # quick shutdown: SIGTERM waits seconds for idle workers
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the master and its workers: nothing to save
            process.wait()
        crashes = worker_crashes(log, log_start)
        if crashes:
            print(f"  !! {crashes} gunicorn worker(s) of {spec} died by a signal (SIGSEGV: faulthandler's stacks in {log})")


def worker_crashes(log: Path, start: int) -> int:
    """Workers the gunicorn master saw killed by a signal since byte `start` of the server log."""
    with open(log, "rb") as f:
        f.seek(start)
        return len(re.findall(rb"Worker \(pid:\d+\) was sent SIG(?:SEGV|BUS|ABRT)", f.read()))


def drain(port: int, connections: int, path: str) -> None:
    """Wait until the server has answered what a finished wrk run left queued: wrk closes its
    connections, but requests already sent are still served (first), and would be counted
    against the next run. `connections` requests queue behind them; when all are answered, the
    queue is empty."""
    def get(_):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=600).read()
        except urllib.error.HTTPError:
            pass

    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(get, range(connections)))


def server_cpu_seconds(master: int) -> float:
    """CPU time used so far by the gunicorn master and its workers (user + system), including
    workers that have ended: the master's cutime/cstime hold those it reaped (a worker that
    crashed would otherwise take its CPU time with it, and a run would seem to use less)."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a process that just ended
        if int(stat.parent.name) == master:
            ticks += sum(map(int, fields[11:15]))  # utime, stime, cutime, cstime
        elif int(fields[1]) == master:  # fields[1]: the parent's pid
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def sign_in(port: int, email: str) -> str:
    """The Cookie header of a session opened through the real login form (CSRF token included)."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = f"http://127.0.0.1:{port}"
    form = opener.open(f"{base}/account/login", timeout=600).read().decode()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    body = urllib.parse.urlencode({"csrf_token": token, "email": email, "password": PASSWORD}).encode()
    page = opener.open(f"{base}/account/login", data=body, timeout=600)  # follows the redirect: the greeting is shown
    if page.url.endswith("/account/login"):
        raise SystemExit(f"could not sign in as {email}")
    opener.open(f"{base}/", timeout=600).read()  # the session cookie as it is after the greeting
    return "; ".join(f"{c.name}={c.value}" for c in jar)


# ---- measuring ---------------------------------------------------------------------------------
@dataclass
class Result:
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=dict)  # ms
    failures: dict[str, int] = field(default_factory=dict)
    socket_errors: dict[str, int] = field(default_factory=dict)
    cpu: float = 0  # CPU-seconds the server (master and workers) used during the run

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    @property
    def errors(self) -> int:
        return sum(self.failures.values()) + sum(self.socket_errors.values())


def wrk(server: tuple[int, int], urls: list[tuple[int, str, str]], cookies: list[str], seconds: float,
        connections: int) -> Result:
    """urls: (session, page type, path); one wrk thread per connection (see bench/load.lua)."""
    port, pid = server
    cpu = server_cpu_seconds(pid)
    with tempfile.TemporaryDirectory(prefix="kn-load-") as tmp:
        url_file, cookie_file, out_file = Path(tmp, "urls.tsv"), Path(tmp, "cookies.txt"), Path(tmp, "out.tsv")
        url_file.write_text("".join(f"{s}\t{kind}\t{path}\n" for s, kind, path in urls))
        cookie_file.write_text("".join(f"{c}\n" for c in cookies))
        subprocess.run(["wrk", f"-t{connections}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
                        "-s", str(LUA), f"http://127.0.0.1:{port}", "--", str(url_file), str(cookie_file)],
                       env={**os.environ, "KN_WRK_OUT": str(out_file)}, check=True, capture_output=True)
        cpu = server_cpu_seconds(pid) - cpu
        summary = out_file.read_text().split()
        result = Result(seconds=int(summary[0]) / 1e6, cpu=cpu,
                        socket_errors=dict(zip(("connect", "read", "write", "timeout"), map(int, summary[1:5]))))
        for part in Path(tmp).glob("out.tsv.*"):
            for kind, microseconds, status in csv.reader(part.read_text().splitlines(), delimiter="\t"):
                result.latencies.setdefault(kind, []).append(int(microseconds) / 1000)
                result.failures[kind] = result.failures.get(kind, 0) + (int(status) >= 400)
        return result


def single_client(port: int, urls: dict[str, list[str]], cookie: str | None = None,
                  budget: float = float("inf")) -> dict[str, tuple[list[float], int]]:
    """One client, one request at a time: each page type's server time (and its failures).
    A page type stops after `budget` seconds (at least 5 requests): at 1M a home page takes seconds."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Accept-Encoding": "gzip", **({"Cookie": cookie} if cookie else {})}
    out = {}
    for kind, paths in urls.items():
        samples, failures, began = [], 0, time.monotonic()
        for path in paths:
            if len(samples) >= 5 and time.monotonic() - began > budget:
                break
            start = time.perf_counter()
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            samples.append((time.perf_counter() - start) * 1000)
            failures += response.status >= 400
        out[kind] = (samples, failures)
    connection.close()
    return out


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(title: str, result: Result, order: list[str]) -> None:
    print(f"\n{title}")
    print(f"  {'page type':<14}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    everything = []
    for kind in order + sorted(set(result.latencies) - set(order)):
        samples = result.latencies.get(kind, [])
        everything += samples
        print(f"  {kind:<14}{len(samples):>9}{len(samples) / result.seconds:>9.1f}{pct(samples, .5):>9.1f}"
              f"{pct(samples, .95):>9.1f}{pct(samples, .99):>9.1f}{result.failures.get(kind, 0):>8}")
    print(f"  {'all':<14}{len(everything):>9}{result.rps:>9.1f}{pct(everything, .5):>9.1f}"
          f"{pct(everything, .95):>9.1f}{pct(everything, .99):>9.1f}{sum(result.failures.values()):>8}")
    print("  socket errors: " + ", ".join(f"{k} {v}" for k, v in result.socket_errors.items()))
    print(f"  server CPU: {result.cpu:.1f} s in {result.seconds:.1f} s ({result.cpu / result.seconds:.2f} of "
          f"{os.cpu_count()} cores), {result.requests / max(result.cpu, 0.01):.1f} requests per CPU-second")


# ---- one engine, one serving configuration -----------------------------------------------------
def run(engine: str, size: int, serving: Serving, args, url: str, home: Path, manifest: dict) -> dict:
    env = {"DATABASE_URL": url, "INSTANCE_PATH": str(home), "SECRET_KEY": "load-bench", "RATELIMIT_ENABLED": "false",
           "PYTHONFAULTHANDLER": "1"}  # a worker that crashes leaves its Python traceback in the log
    log = home / "server.log"
    c, seconds, warmup = args.connections, args.duration, args.warmup
    where = f"{engine}, {size:,} listings, {serving}, wrk {c} connections, {seconds:.0f} s"
    out = {}

    with gunicorn("app:app", serving, env, log) as server:
        port = server[0]
        if args.single:
            n = args.single_requests
            urls = single_client_urls(manifest, n + 5)
            budget = args.single_seconds
            single_client(port, {k: v[n:] for k, v in urls.items()}, budget=0)  # warm: imports, templates
            trader, reviewer = manifest["traders"][0], manifest["reviewers"][0]
            signed = {"workspace": ["/workspace/"] * n, "inbox": ["/linkage/inquiries"] * n,
                      "thread": [f"/linkage/inquiries/{t}" for t in (trader["threads"] * n)[:n]]}
            measured = single_client(port, {k: v[:n] for k, v in urls.items()}, budget=budget)
            measured.update(single_client(port, signed, sign_in(port, trader["email"]), budget))
            measured.update(single_client(port, {"dashboard": [f"/reports/committees/{reviewer['committee']}"] * n,
                                                 "review queue": ["/review/"] * n}, sign_in(port, reviewer["email"]), budget))
            target = SINGLE_CLIENT_TARGET_MS.get(size)
            print(f"\nsingle client, {engine}, {size:,} listings: server time per page type, up to {n} requests or "
                  f"{budget:.0f} s each (distinct URLs for public pages){f'; target p95 ≤ {target} ms' if target else ''}")
            print(f"  {'page type':<14}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
            for kind, (samples, failures) in measured.items():
                p95 = pct(samples, .95)
                verdict = "" if target is None else ("  met" if p95 <= target else "  NOT met")
                print(f"  {kind:<14}{len(samples):>9}{pct(samples, .5):>9.1f}{p95:>9.1f}{pct(samples, .99):>9.1f}"
                      f"{failures:>8}{verdict}")
            out["single"] = {k: pct(s, .95) for k, (s, _) in measured.items()}

        anonymous = [(0, kind, path) for kind, path in anonymous_urls(manifest, args.urls)]
        distinct = len({p for _, k, p in anonymous if k == "search"})
        if warmup:
            wrk(server, anonymous, [], warmup, c)
            drain(port, c, "/healthz")
        result = wrk(server, anonymous, [], seconds, c)
        report(f"anonymous mix ({distinct:,} distinct search URLs), {where}", result, list(ANONYMOUS_MIX))
        out["anonymous"] = result

        if args.home_alone:  # the home page by itself: one URL for every visitor, as real traffic has it
            drain(port, c, "/healthz")
            result = wrk(server, [(0, "home", "/")], [], seconds, c)
            report(f"home page alone, {where}", result, ["home"])
            out["home page"] = result

        if args.signed_in:
            drain(port, c, "/healthz")  # what the anonymous run left queued
            users = sessions(manifest, c)
            cookies = [sign_in(port, u["email"]) for u in users]
            rng = random.Random(2)
            signed = [(n + 1, kind, path) for n, u in enumerate(users) for kind, path in signed_in_urls(u, rng)]
            if warmup:
                wrk(server, signed, cookies, warmup, c)
                drain(port, c, "/healthz")
            result = wrk(server, signed, cookies, seconds, c)
            reviewers = sum("committee" in u for u in users)
            report(f"signed-in mix ({len(users) - reviewers} enterprise users, {reviewers} "
                   f"committee reviewers, one connection each), {where}", result,
                   ["workspace", "programme", "inbox", "thread", "dashboard", "review queue"])
            out["signed-in"] = result

    for name, spec in (("minimal Flask", "bench.minimal_flask:app"), ("bare WSGI", "bench.bare:app")):
        with gunicorn(spec, serving, {}, log) as server:
            port = server[0]
            if warmup:
                wrk(server, [(0, name, "/")], [], min(warmup, 2), c)
                drain(port, c, "/")
            result = wrk(server, [(0, name, "/")], [], seconds, c)
        print(f"\n{name} endpoint, {serving}: {result.rps:,.0f} req/s, p50 / p95 / p99 {pct(result.latencies[name], .5):.1f} / "
              f"{pct(result.latencies[name], .95):.1f} / {pct(result.latencies[name], .99):.1f} ms, "
              f"server CPU {result.cpu / result.seconds:.2f} cores, errors {result.errors}")
        out[name] = result

    flask = out["minimal Flask"].rps
    print()
    for mix in ("anonymous", "home page", "signed-in"):
        if mix in out:
            r = out[mix]
            per_cpu = (r.requests / r.cpu) / (out["minimal Flask"].requests / out["minimal Flask"].cpu)
            print(f"ratio {mix}{'' if mix == 'home page' else ' mix'} / minimal Flask endpoint ({engine}, {size:,}, {serving}): {r.rps / flask:.1%} "
                  f"({r.rps:,.1f} / {flask:,.0f} req/s; bare WSGI {out['bare WSGI'].rps:,.0f} req/s; "
                  f"per server CPU-second {per_cpu:.1%}); errors {r.errors}")
    if any(out[m].errors for m in ("anonymous", "home page", "signed-in") if m in out):
        print(f"server log with any tracebacks: {log}")
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="number of offerings (default 50000)")
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--duration", type=float, default=30, help="seconds each wrk run measures (default 30)")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of the same load before each mix, not counted")
    parser.add_argument("--connections", type=int, default=64)
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))  # the defaults: what production runs
    parser.add_argument("--workers", default=str(conf["workers"]), help="gunicorn workers; a comma list runs each (e.g. 2,3,4)")
    parser.add_argument("--worker-class", default=conf["worker_class"], help="sync or gthread; a comma list runs each")
    parser.add_argument("--threads", type=int, default=conf["threads"], help="threads per gthread worker")
    parser.add_argument("--urls", type=int, default=20_000, help="length of the anonymous URL sequence wrk cycles through")
    parser.add_argument("--single-requests", type=int, default=60, help="requests per page type in single-client mode")
    parser.add_argument("--single-seconds", type=float, default=20, help="time budget per page type in single-client mode")
    parser.add_argument("--no-single", dest="single", action="store_false", help="skip the single-client mode")
    parser.add_argument("--no-signed-in", dest="signed_in", action="store_false", help="skip the signed-in mix")
    parser.add_argument("--no-home-alone", dest="home_alone", action="store_false", help="skip the run of the home page alone")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench" / "data", help="where generated databases are kept")
    parser.add_argument("--fresh", action="store_true", help="generate the data again even if kept")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")
    engines = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    servings = [Serving(int(w), k, args.threads) for k in args.worker_class.split(",") for w in args.workers.split(",")]
    print(f"bench/load.py --size {args.size} on {os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M')}, "
          f"load average {os.getloadavg()[0]:.1f}")
    for engine in engines:
        url, home, manifest = prepare(engine, args.size, args.data_dir, args.fresh)
        for serving in servings:
            run(engine, args.size, serving, args, url, home, manifest)
            args.single = False if len(servings) > 1 else args.single  # the server time does not depend on it


if __name__ == "__main__":
    main()
