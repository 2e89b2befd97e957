"""Search benchmark: synthetic Vietnamese listings, our search on SQLite and PostgreSQL, the naive
LIKE baseline and tantivy on the same data, and the search page under gunicorn vs a bare endpoint.

    python bench/search.py --size 50000            # both databases, peers, load test
    python bench/search.py --size 1000000 --no-load --backends sqlite
    python bench/search.py --size 1000000 --keep /tmp/kn-search   # generate once, reuse after

Reproducible: one seeded generator. PostgreSQL: a scratch database on 127.0.0.1:5432 (user
postgres) is created and dropped. Numbers go to stdout; bench/README.md keeps a table.
"""
import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.apps import bench_app, collect_as_a_worker, drop_scratch_database, insert_in_batches, scratch_database  # noqa: E402

import sqlalchemy as sa  # noqa: E402


# ---- synthetic Vietnamese catalogue --------------------------------------------------------
PRODUCTS = [
    ("Thép cuộn xây dựng", 6), ("Thép hình chữ H", 3), ("Xi măng PCB40", 4), ("Gạch men lát nền", 4),
    ("Dịch vụ vận tải hàng hóa", 6), ("Xe tải thùng kín", 2), ("Cáp điện lực", 3), ("Cấp nước sạch", 2),
    ("Thịt lợn sạch", 3), ("Lợn giống lớn", 1), ("Cá tra phi lê", 3), ("Cả gói thiết kế", 1),
    ("Gạo tám thơm", 4), ("Chè Thái Nguyên", 3), ("Cà phê rang xay", 3), ("Đồ gỗ nội thất", 3),
    ("Điện tử gia dụng", 3), ("Thiết bị điện công nghiệp", 3), ("Đèn LED chiếu sáng", 2),
    ("Dịch vụ kế toán", 2), ("Tư vấn thuế", 2), ("In ấn bao bì", 3), ("Phân bón hữu cơ", 3),
    ("Thức ăn chăn nuôi", 2), ("Nước mắm truyền thống", 2), ("Dệt may xuất khẩu", 3),
    ("Bảo hiểm tài sản", 1), ("Dịch vụ bảo vệ", 1), ("Sơn chống thấm", 2), ("Ống nhựa PVC", 2),
    ("Tôn lợp mái", 2), ("Kính cường lực", 1), ("Hóa chất công nghiệp", 1), ("Dầu nhớt động cơ", 1),
    ("Suất ăn công nghiệp", 2), ("Văn phòng phẩm", 2), ("Phần mềm quản lý", 1), ("Đá xây dựng", 2),
]
QUALIFIERS = ["cao cấp", "giá tốt", "chất lượng cao", "loại 1", "nhập khẩu", "tiêu chuẩn TCVN", "giao nhanh",
              "bảo hành 12 tháng", "đóng bao", "theo đơn đặt hàng", "số lượng lớn", "thân thiện môi trường"]
FILLER = ("cung cấp sản phẩm dịch vụ cho doanh nghiệp tại khu công nghiệp với giá cả cạnh tranh giao hàng "
          "tận nơi trong ngày tải trọng lớn cấp phối chuẩn cáp quang lợn nái cá biển cả năm hòa bình hoà hợp "
          "đảm bảo an toàn vệ sinh chất lượng đồng đều hỗ trợ kỹ thuật miễn phí đội ngũ chuyên nghiệp").split()
RARE = ["graphene", "titan", "nano", "kevlar", "thạch anh", "ngọc trai", "trầm hương", "yến sào"]


def generate(size: int, seed: int = 2026):
    from directory.reference import provinces

    rng = random.Random(seed)
    province_names = [(p.code, p.name) for p in provinces().values()]
    products = [p for p, w in PRODUCTS for _ in range(w)]
    for n in range(size):
        code, place = rng.choice(province_names)
        title = f"{rng.choice(products)} {rng.choice(QUALIFIERS)}"
        if rng.random() < 0.3:
            title += f" {place}"
        words = rng.sample(FILLER, 18)
        if rng.random() < 0.002:
            words.insert(3, rng.choice(RARE))
        yield n, code, title, " ".join(words).capitalize() + "."


def populate(app, size: int) -> None:
    from directory.demo.loader import load_categories, load_committees
    from directory.extensions import db
    from directory.models import Enterprise, Kind, Offering, Status
    from directory.models.base import utcnow

    committees = list(load_committees().values())
    categories = [c for c in load_categories().values() if c.parent_id is not None]
    db.session.commit()
    rng = random.Random(7)
    now = utcnow()
    n_enterprises = max(10, size // 25)
    rows = [dict(id=i + 1, slug=f"dn-{i + 1}", legal_name=f"Công ty Cổ phần {rng.choice(PRODUCTS)[0]} Số {i + 1}",
                 short_name=None, tax_code=f"{1000000000 + i}", committee_id=rng.choice(committees).id if i % 5 else None,
                 ownership="joint_stock", address_line=f"Số {i} đường Lê Lợi", province_code=rng.choice(["01", "31", "48", "79", "22"]),
                 description="Doanh nghiệp sản xuất và thương mại.", status=Status.APPROVED if i % 50 else Status.SUSPENDED,
                 approved_at=now, created_at=now, updated_at=now, version=1)
            for i in range(n_enterprises)]
    db.session.execute(sa.insert(Enterprise), rows)
    def offerings():
        for n, _code, title, description in generate(size):
            category = categories[n % len(categories)]
            yield dict(id=n + 1, enterprise_id=rng.randint(1, n_enterprises), kind=Kind.PRODUCT if n % 4 else Kind.SERVICE,
                       title=title, description=description, category_id=category.id, unit="cái",
                       price_min=None, price_max=None, member_offer="Giảm 5%" if n % 7 == 0 else None,
                       status=Status.APPROVED if n % 20 else Status.PENDING, approved_at=now,
                       created_at=now, updated_at=now, version=1)

    insert_in_batches(Offering, offerings())
    db.session.commit()


# ---- the query mix -------------------------------------------------------------------------
MIX = {
    "common": ["thép", "vận tải", "gạo", "xi măng", "dịch vụ", "chè", "cá", "cáp", "đồ gỗ", "tải"],
    "two words": ["thép cuộn", "vận tải hàng", "cà phê", "phân bón", "thịt lợn", "xe tải", "gạch men", "tư vấn"],
    "rare": ["graphene", "titan", "kevlar", "trầm hương", "yến sào", "ngọc trai", "thạch anh"],
    "no diacritics": ["thep xay dung", "van tai", "da nang", "ca tra", "do go noi that", "tai", "lon", "cap dien"],
    "filtered": [("thép", {"province": "01"}), ("vận tải", {"member": True}), ("gao", {"type": "offering", "kind": "product"}),
                 ("dịch vụ", {"kind": "service", "province": "79"}), ("che", {"sort": "name"}), ("", {"province": "48"})],
    "typeahead": ["th", "thep c", "van t", "xi m", "ca p", "do g", "gao t", "dich v",
                  "xi mang p", "phan b", "nuoc m", "cong ty c", "ong nh", "kinh c", "son c", "den l"],
    # the paths of docs/search.md "Matching", each query distinct: corrections (Telex keys,
    # syllables run together or split, edits), the last word completed, partial matches (a word
    # the catalogue lacks), synonyms and English, tax codes, and typos that are real words
    "typos": ["thep xay dumg", "van tia", "xi mang pbc", "ga0 tam", "phan bon huu co", "dau nhot dong cp",
              "ximang", "thepcuon", "phanbonhuuco", "xi mawng", "theps cuoon", "gajch men", "ca phee rang",
              "nuoc mams", "th ep cuon", "ong nhau pvc", "den lde chieu sang", "kinh cuong lcu"],
    "last word": ["xi ma", "thep cu", "phan bo", "nuoc ma", "van ta", "ca phe ra", "den le", "kinh cuong l",
                  "son chong th", "dau nho", "gach me", "thit lo"],
    "partial": ["thep cuon gia re hai phong moi", "xi mang pcb40 giao tan noi trong thang", "gach men lat nen phong khach",
                "phan bon huu co cho lua", "dich vu van tai lanh", "ong nhua pvc phi 90", "ca tra phi le dong lanh",
                "gao tam thom nam dinh moi", "den led chieu sang san vuon", "son chong tham tuong ngoai"],
    "synonyms": ["cement", "steel", "fertilizer", "rice", "tea", "furniture", "led lighting", "paint", "waterproofing",
                 "fish sauce", "pork", "stationery", "sắt thép", "thịt heo", "trà", "đèn led"],
    "tax codes": ["1000000123", "1000 001 500", "1000-000-777", "1000001234", "1000 000 999", "1000-001-888"],
    "real-word typos": ["thep cuon xay dong", "dich vu ke tan", "son chong than", "kinh cuong lon", "dau nhot dong ca",
                        "xi mang dong bap", "gach men lat nem", "thit lon sac", "ton lop mat", "ca tra phi lo"],
}


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return statistics.median(ordered), pick(0.95), pick(0.99)


def run_mix(fn, repeat: int, slowest: list | None = None, cpu: dict | None = None) -> dict[str, list[float]]:
    """fn(kind, query, filters) -> None; returns per type the latencies in ms (and adds
    (ms, type, query) of every run to `slowest`, and per type the CPU ms to `cpu`, when given)."""
    from directory.collector import collect_if_due

    timings = {}
    for kind, queries in MIX.items():
        samples = []
        for _ in range(repeat):
            for item in queries:
                query, filters = item if isinstance(item, tuple) else (item, {})
                server = _server_pid() if cpu is not None else None
                start, start_cpu = time.perf_counter(), _cpu_seconds(server)
                fn(kind, query, filters)
                samples.append((time.perf_counter() - start) * 1000)
                if cpu is not None:
                    cpu.setdefault(kind, []).append((_cpu_seconds(server) - start_cpu) * 1000)
                if slowest is not None:
                    slowest.append((samples[-1], kind, query))
                collect_if_due()  # between requests, as a gunicorn worker does (post_request)
        timings[kind] = samples
    return timings


def _server_pid() -> int | None:
    """PostgreSQL's backend process for this session (on this machine), None for SQLite."""
    from directory.extensions import db

    if db.engine.dialect.name != "postgresql":
        return None
    return db.session.execute(sa.text("SELECT pg_backend_pid()")).scalar()


def _cpu_seconds(server: int | None) -> float:
    """CPU time of this process (SQLite runs in it) plus the database backend's: on a machine
    shared with other jobs, what a query costs, where wall time also counts the waits for a core."""
    seconds = time.process_time()
    if server:
        with open(f"/proc/{server}/schedstat") as stat:  # first field: ns on a CPU
            seconds += int(stat.read().split()[0]) / 1e9
    return seconds


def ours(kind, query, filters):
    from directory.search import Params, search, suggest

    if kind == "typeahead":
        suggest(query)
    else:
        search(Params(q=query, **filters))


def ours_uncached(kind, query, filters):
    """Every query computed from the index: the per-process answer cache emptied first."""
    from directory.search import answer_cache

    answer_cache.answers.entries.clear()
    ours(kind, query, filters)


def like_baseline(kind, query, filters):
    from directory.extensions import db

    if kind == "typeahead":
        db.session.execute(sa.text("SELECT title FROM offerings WHERE title LIKE :p LIMIT 8"), {"p": f"{query}%"}).all()
        return
    pattern = f"%{query}%"
    where = "(o.title LIKE :p OR o.description LIKE :p) AND o.status = 'approved' AND e.status = 'approved'"
    params = {"p": pattern}
    if filters.get("province"):
        where += " AND e.province_code = :prov"
        params["prov"] = filters["province"]
    db.session.execute(sa.text(f"SELECT o.id FROM offerings o JOIN enterprises e ON e.id = o.enterprise_id WHERE {where} LIMIT 20"), params).all()
    db.session.execute(sa.text(f"SELECT COUNT(*) FROM offerings o JOIN enterprises e ON e.id = o.enterprise_id WHERE {where}"), params).all()
    db.session.execute(sa.text(f"SELECT e.province_code, COUNT(*) FROM offerings o JOIN enterprises e ON e.id = o.enterprise_id WHERE {where} GROUP BY e.province_code"), params).all()


# ---- tantivy, the peer ---------------------------------------------------------------------
class Tantivy:
    def __init__(self, app, path: Path):
        import tantivy

        from directory.extensions import db

        self.t = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("doc_id", stored=True, fast=True, indexed=True)
        for field in ("title_exact", "body_exact", "title_fold", "body_fold"):
            builder.add_text_field(field, stored=False, tokenizer_name="default", index_option="position")
        for field in ("province", "kind", "doc_type"):
            builder.add_text_field(field, stored=False, tokenizer_name="raw", fast=True)
        builder.add_integer_field("category", fast=True, indexed=True)
        builder.add_boolean_field("member", fast=True, indexed=True)
        self.schema = builder.build()
        start = time.perf_counter()
        path.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=str(path))
        writer = self.index.writer(heap_size=400_000_000, num_threads=2)
        rows = db.session.execute(sa.text(
            "SELECT doc_id, doc_type, kind, province_code, category_root_id, member_offer, title_exact, body_exact,"
            " title_fold, body_fold FROM search_docs")).all()
        for r in rows:
            writer.add_document(tantivy.Document(
                doc_id=r.doc_id, doc_type=r.doc_type, kind=r.kind or "", province=r.province_code or "",
                category=r.category_root_id or 0, member=bool(r.member_offer), title_exact=r.title_exact,
                body_exact=r.body_exact, title_fold=r.title_fold, body_fold=r.body_fold))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        self.build_seconds = time.perf_counter() - start
        self.size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())

    def query(self, words: list[str], form: str, every_word: bool = True):
        t, Occur = self.t, self.t.Occur
        title, body = f"title_{form}", f"body_{form}"
        per_word = [t.Query.boolean_query([
            (Occur.Should, t.Query.boost_query(t.Query.term_query(self.schema, title, w), 10.0)),
            (Occur.Should, t.Query.term_query(self.schema, body, w))]) for w in words]
        clauses = [(Occur.Must if every_word else Occur.Should, q) for q in per_word]
        if len(words) > 1:
            phrase = t.Query.boolean_query([(Occur.Should, t.Query.phrase_query(self.schema, f, words)) for f in (title, body)])
            clauses.append((Occur.Should, t.Query.boost_query(phrase, 100.0)))
        return t.Query.boolean_query(clauses)

    def top(self, text: str, limit: int = 20) -> tuple[list[int], int]:
        """The relevance peer (bench/relevance/measure.py --peer tantivy): the doc_ids of the best
        `limit` matches by tantivy's BM25 (title words weighted 10, the phrase 100) and how many
        matched. As an engine is usually set up: the words as typed (exact forms when typed with
        diacritics, else folded), then folded, then any of the folded words when all find nothing."""
        from directory.search.tokens import exact_word, words as split
        from directory.text import fold, has_diacritics

        words = split(text)[:12]
        tries = [([fold(w) for w in words], "fold", True), ([fold(w) for w in words], "fold", False)]
        if has_diacritics(" ".join(words)):
            tries.insert(0, ([exact_word(w) for w in words], "exact", True))
        for keyed, form, every_word in tries if words else ():
            result = self.searcher.search(self.query(keyed, form, every_word), limit, count=True)
            if result.count:
                return [self.searcher.doc(address)["doc_id"][0] for _score, address in result.hits], result.count
        return [], 0

    def __call__(self, kind, query, filters):
        from directory.search.tokens import exact_word, words as split
        from directory.text import fold, has_diacritics

        t, Occur = self.t, self.t.Occur
        words = split(query)[:12]
        if kind == "typeahead":
            self.searcher.search(t.Query.phrase_prefix_query(self.schema, "title_fold", fold(query).split()), 8)
            return
        form = "exact" if words and has_diacritics(" ".join(words)) else "fold"
        keyed = [exact_word(w) if form == "exact" else fold(w) for w in words]
        q = self.query(keyed, form) if keyed else t.Query.all_query()
        if filters.get("province"):
            q = t.Query.boolean_query([(Occur.Must, q), (Occur.Must, t.Query.term_query(self.schema, "province", filters["province"]))])
        result = self.searcher.search(q, 20, count=True)
        if form == "exact" and result.count == 0:
            q = self.query([fold(w) for w in words], "fold")
            result = self.searcher.search(q, 20, count=True)
        self.searcher.aggregate(q, {"province": {"terms": {"field": "province", "size": 40}},
                                    "category": {"terms": {"field": "category", "size": 40}},
                                    "kind": {"terms": {"field": "kind"}}, "type": {"terms": {"field": "doc_type"}}})


# ---- load test: the search page vs a bare endpoint under gunicorn --------------------------
def requests_per_second(url_paths: list[str], port: int, seconds: int = 10) -> float:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    paths = ", ".join(f'"{p}"' for p in url_paths)
    script.write_text(f'local paths = {{{paths}}}\nlocal i = 0\n'
                      'request = function() i = i + 1 return wrk.format("GET", paths[(i % #paths) + 1]) end\n')
    out = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "-s", str(script), f"http://127.0.0.1:{port}/"],
                         capture_output=True, text=True, check=True).stdout
    script.unlink()
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def gunicorn(app_spec: str, port: int, env: dict):
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning", app_spec],
                               cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            import urllib.request
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            return process
        except Exception:
            time.sleep(0.2)
    return process


def load_test(database_url: str, instance: str) -> tuple[float, float]:
    from urllib.parse import quote

    queries = ["thep xay dung", "vận tải", "gao", "ca phe rang xay", "đồ gỗ", "xi mang"]
    paths = [f"/search/?q={quote(q)}" for q in queries]
    env = {"DATABASE_URL": database_url, "INSTANCE_PATH": instance, "RATELIMIT_ENABLED": "0", "SECRET_KEY": "bench"}
    page = gunicorn("app:app", 8791, env)
    try:
        page_rps = requests_per_second(paths, 8791)
    finally:
        page.terminate()
        page.wait()
    bare = gunicorn("bench.bare:app", 8792, {})
    try:
        bare_rps = requests_per_second(["/"], 8792)
    finally:
        bare.terminate()
        bare.wait()
    return page_rps, bare_rps


# ---- one backend ---------------------------------------------------------------------------
def bench_backend(name: str, size: int, repeat: int, peers: set[str], load: bool, keep: str | None = None) -> None:
    import flask_migrate

    from directory.extensions import db

    tmp = Path(keep) / f"{name}-{size}" if keep else Path(tempfile.mkdtemp(prefix="kn-bench-"))
    scratch = f"kn_bench_{size}" if keep else f"kn_bench_{os.getpid()}"
    ready = tmp / "ready"  # written once the data and its index are complete
    reuse = ready.exists()
    if not reuse:
        if keep:
            shutil.rmtree(tmp, ignore_errors=True)
            drop_scratch_database(name, scratch)
        tmp.mkdir(parents=True, exist_ok=True)
    url = scratch_database(name, scratch, tmp, create=not reuse)

    app = bench_app(url, tmp)
    try:
        with app.app_context():
            flask_migrate.upgrade()
            if reuse:
                print(f"\n## {name}, {size:,} listings (kept in {tmp})")
                if ready.read_text() != _head():
                    print("a newer migration or search code: rebuilding the index")
                    _build(name)
            else:
                start = time.perf_counter()
                populate(app, size)
                print(f"\n## {name}, {size:,} listings (data loaded in {time.perf_counter() - start:.0f} s)")
                _build(name)
            if keep:
                ready.write_text(_head())
            db.session.remove()
            collect_as_a_worker()
            run_mix(ours_uncached, 1)  # warm the database's page cache
            slowest = []
            cpu = {}
            results = {"ours": run_mix(ours_uncached, repeat, slowest, cpu)}
            results["ours CPU"] = cpu
            print("slowest uncached: " + ", ".join(f"{q!r} ({kind}) {ms:.0f} ms" for ms, kind, q in sorted(slowest)[-8:][::-1]))
            run_mix(ours, 1)  # fill the answer cache: the head queries repeat
            results["ours cached"] = run_mix(ours, repeat)
            if "like" in peers:
                results["LIKE"] = run_mix(like_baseline, 1)
            if "tantivy" in peers:
                peer = Tantivy(app, tmp / "tantivy")
                print(f"tantivy build: {peer.build_seconds:.1f} s, size {peer.size / 2**20:.0f} MB")
                run_mix(peer, 1)
                results["tantivy"] = run_mix(peer, repeat)
            _report(results)
        if load and name == "sqlite":
            page, bare = load_test(url, str(tmp))
            print(f"\nload (gunicorn 2 workers, wrk 16 connections, 10 s): search page {page:.0f} req/s, "
                  f"bare endpoint {bare:.0f} req/s, ratio {page / bare:.0%}")
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        if not keep:
            drop_scratch_database(name, scratch)
            shutil.rmtree(tmp, ignore_errors=True)


def _head() -> str:
    """What the kept index was built by: the last commit of the code that writes it."""
    writers = ["migrations", *(f"directory/search/{f}.py" for f in ("documents", "backends", "schema", "tokens"))]
    return subprocess.run(["git", "log", "-1", "--format=%H", "--", *writers],
                          cwd=ROOT, capture_output=True, text=True).stdout.strip()


def _build(name: str) -> None:
    from directory.extensions import db
    from directory.search import reindex

    before = _size(name)
    start = time.perf_counter()
    documents = reindex()
    db.session.commit()
    build = time.perf_counter() - start
    grown = f"; index size {(_size(name) - before) / 2**20:.0f} MB" if _size(name) > 2 * before else ""  # not a rebuild
    print(f"index build: {build:.1f} s for {documents:,} documents{grown}")


def _size(name: str) -> int:
    from directory.extensions import db

    if name == "postgresql":
        return db.session.scalar(sa.text(
            "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relname LIKE 'search\\_%' AND c.relkind = 'r'")) or 0
    return db.session.scalar(sa.text("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))


def _report(results: dict) -> None:
    print(f"\n{'type':<14}" + "".join(f"{e + ' p50/p95/p99 ms':>30}" for e in results) + "   ours/LIKE p95   ours/tantivy p95")
    all_samples = {e: [] for e in results}
    for kind in MIX:
        line = f"{kind:<14}"
        p95 = {}
        for engine, timings in results.items():
            samples = timings[kind]
            all_samples[engine] += samples
            p50, p95[engine], p99 = percentiles(samples)
            line += f"{p50:>12.1f}{p95[engine]:>9.1f}{p99:>9.1f}"
        line += _ratios(p95)
        print(line)
    line = f"{'ALL':<14}"
    p95 = {}
    for engine, samples in all_samples.items():
        p50, p95[engine], p99 = percentiles(samples)
        line += f"{p50:>12.1f}{p95[engine]:>9.1f}{p99:>9.1f}"
    line += _ratios(p95)
    print(line)


def _ratios(p95: dict) -> str:
    return "".join(f"{p95['ours'] / p95[peer]:>{width}.2f}x" if peer in p95 else " " * (width + 1)
                   for peer, width in (("LIKE", 14), ("tantivy", 17)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000, help="number of offerings (default 50000)")
    parser.add_argument("--repeat", type=int, default=3, help="times the query mix runs")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--peers", default="like,tantivy", help="the peers timed on the same data (like, tantivy)")
    parser.add_argument("--no-peers", action="store_true", help="skip the LIKE baseline and tantivy")
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn load test")
    parser.add_argument("--keep", help="a folder to keep (or reuse) the data in; PostgreSQL keeps kn_bench_<size>")
    args = parser.parse_args()
    print(f"bench/search.py --size {args.size} on {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    for name in args.backends.split(","):
        peers = set() if args.no_peers else set(filter(None, args.peers.split(",")))
        bench_backend(name, args.size, args.repeat, peers, not args.no_load, args.keep)


if __name__ == "__main__":
    main()
