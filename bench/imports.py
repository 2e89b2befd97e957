"""Import benchmark: a committee's spreadsheet of N enterprises with M offerings each, imported on
SQLite and PostgreSQL, against plain executemany of the same rows in the same run.

    python bench/imports.py                                  # 10,000 enterprises x 10 offerings
    python bench/imports.py --enterprises 2000 --backends sqlite

Every phase runs in its own process on a fresh copy of the app, so that "peak" is the memory that
phase added (the process's peak resident size minus what it started with). Phases per database:
reading the file alone, the dry run, the import (with the search index rebuilt at the end), the
same file again (all unchanged), and the baseline: the file read the same way and its rows inserted with plain
executemany (no checks, audit, invitations or index). Then the search index: one rebuild against
syncing enterprises one at a time, which sets SYNC_LIMIT in services/imports.py.
PostgreSQL: a scratch database on 127.0.0.1:5432 (user postgres) is created and dropped.
"""
import argparse
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.apps import bench_app  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
PRODUCTS = ["Ống nhựa PVC", "Thép cuộn xây dựng", "Xi măng PCB40", "Gạch men lát nền", "Dịch vụ vận tải hàng hóa",
            "Cáp điện lực", "Nước sạch", "Gạo tám thơm", "Chè Thái Nguyên", "Đồ gỗ nội thất", "Đồ gia dụng",
            "Sơn chống thấm", "Phân bón hữu cơ", "In ấn bao bì", "Tư vấn thuế"]
OWNERSHIP = ["Công ty cổ phần", "Công ty TNHH", "Doanh nghiệp tư nhân", "Doanh nghiệp nhà nước"]


def tax_codes(n: int) -> list[str]:
    from stdnum.vn import mst

    codes, base = [], 10_000_000
    while len(codes) < n:
        base += 1
        head = f"0{base:08d}"
        try:
            code = head + mst.calc_check_digit(head)
        except Exception:  # noqa: BLE001 - a sum that has no check digit: skip it
            continue
        if mst.is_valid(code):
            codes.append(code)
    return codes


def write_file(path: Path, enterprises: int, per: int, seed: int = 17) -> int:
    from openpyxl import Workbook

    from directory.reference import provinces
    from directory.services.sheet_format import BY_KEY, HEADERS

    rng = random.Random(seed)
    names = [p.name for p in provinces().values()]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Doanh nghiệp")
    sheet.append(HEADERS)
    rows = 0
    for i, code in enumerate(tax_codes(enterprises)):
        enterprise = {"tax_code": code, "legal_name": f"Công ty {rng.choice(OWNERSHIP)} Sản xuất Thương mại số {i}",
                      "ownership": rng.choice(OWNERSHIP), "province": rng.choice(names),
                      "address_line": f"Số {i} đường Trần Phú", "phone": "024 3825 1234",
                      "email": f"lienhe{i}@congty{i}.vn" if i % 3 == 0 else "", "sectors": "2025:C",
                      "description": "Doanh nghiệp hội viên của Khối."}
        for j in range(per):
            values = dict(enterprise, kind="Sản phẩm", title=f"{rng.choice(PRODUCTS)} loại {j}",
                          offering_description="Hàng chất lượng cao, giao tận nơi.", unit="chiếc",
                          price_min=str(rng.randint(1, 900) * 1000), areas=rng.choice(names))
            values["price_max"] = values["price_min"]
            sheet.append([values.get(key, "") for key in BY_KEY])
            rows += 1
    workbook.save(path)
    return rows


def make_app(url: str, instance: Path):
    return bench_app(url, instance, JOBS_IMMEDIATE=False, JOBS_URL=str(instance / "jobs.sqlite3"),
                     MAIL_OUTBOX=str(instance / "outbox"))


def rss_kib() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def _phase(name: str, url: str, instance: Path, path: Path, queue) -> None:
    import flask_migrate

    app = make_app(url, instance)
    with app.app_context():
        from directory.extensions import db
        from directory.models import Committee

        if name == "prepare":
            flask_migrate.upgrade()
            db.session.add(Committee(code="khoi-bench", name="Đảng ủy Khối Doanh nghiệp thử", province_code="01"))
            db.session.commit()
            queue.put(None)
            return
        committee = db.session.scalar(db.select(Committee).where(Committee.code == "khoi-bench"))
        start_rss, started = rss_kib(), time.perf_counter()
        rows = PHASES[name](committee, path)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start_rss
        queue.put((rows, seconds, peak))


def run_import(committee, path, write):
    from directory.extensions import db
    from directory.services.imports import Operator, run_import as import_file

    report = import_file(Operator(), committee, path, path.name, write=write)
    assert report.ok, report.errors[:5]
    db.session.commit() if write else db.session.rollback()
    return report.rows


def baseline(committee, path):
    """The same file read the same way, its rows inserted with executemany: nothing checked."""
    import sqlalchemy as sa

    from directory.extensions import db
    from directory.models import Enterprise, Offering, Ownership
    from directory.services.sheet_format import read_rows

    ids: dict[str, int] = {}
    rows = 0
    batch: list[dict] = []

    def flush():
        new = {}
        for row in batch:
            if row["tax_code"] not in ids and row["tax_code"] not in new:
                new[row["tax_code"]] = dict(slug=row["tax_code"], legal_name=row["legal_name"],
                                            tax_code=row["tax_code"], committee_id=committee.id,
                                            ownership=Ownership.JOINT_STOCK, province_code="01",
                                            address_line=row["address_line"], description="", status="approved")
        if new:
            ids.update(db.session.execute(sa.insert(Enterprise).returning(
                Enterprise.tax_code, Enterprise.id, sort_by_parameter_order=True), list(new.values())).all())
        db.session.execute(sa.insert(Offering), [
            dict(enterprise_id=ids[row["tax_code"]], kind="product", title=row["title"], description="",
                 price_min=int(row["price_min"]), price_max=int(row["price_max"]), status="approved")
            for row in batch])
        batch.clear()

    for _number, row in read_rows(path, path.name):
        batch.append(row)
        rows += 1
        if len(batch) == 500:
            flush()
    if batch:
        flush()
    db.session.commit()
    return rows


def read_only(committee, path):
    """The file read as the import reads it (services/sheet_format.read_rows), nothing else."""
    from directory.services.sheet_format import read_rows

    return sum(1 for _row in read_rows(path, path.name))


def index_rates(committee, path):
    """Seconds for one rebuild, and per enterprise synced one at a time (returned in place of rows)."""
    from directory import search
    from directory.extensions import db
    from directory.models import Enterprise

    started = time.perf_counter()
    search.reindex()
    db.session.commit()
    rebuild = time.perf_counter() - started
    ids = db.session.scalars(db.select(Enterprise.id).limit(300)).all()
    started = time.perf_counter()
    for enterprise_id in ids:
        search.sync_enterprise(db.session.get(Enterprise, enterprise_id))
    db.session.commit()
    per_enterprise = (time.perf_counter() - started) / len(ids)
    return rebuild, per_enterprise


PHASES = {
    "read": read_only,
    "dry run": lambda committee, path: run_import(committee, path, False),
    "import": lambda committee, path: run_import(committee, path, True),
    "same file again": lambda committee, path: run_import(committee, path, True),
    "baseline executemany": baseline,
    "index": index_rates,
}


def phase(name, url, instance, path):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_phase, args=(name, url, instance, path, queue))
    process.start()
    result = queue.get()
    process.join()
    if process.exitcode:
        raise SystemExit(f"{name} failed")
    return result


def database(backend: str, tmp: Path, tag: str) -> tuple[str, callable]:
    if backend == "postgresql":
        name = f"kn_imports_bench_{os.getpid()}_{tag}"
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"], check=True)
        return PG.format(name=name), lambda: subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
            check=True)
    return f"sqlite:///{tmp / f'{tag}.sqlite3'}", lambda: None


def report(name: str, results: dict) -> None:
    if name == "index":
        (rebuild, per_enterprise), _seconds, _peak = results["index"]
        print(f"  search index: one rebuild {rebuild:.1f} s; syncing one enterprise {per_enterprise * 1000:.1f} ms"
              f" -> a rebuild is faster above {rebuild / per_enterprise:,.0f} enterprises touched", flush=True)
        return
    base_rows, base_seconds, _peak = results["baseline executemany"]
    n, seconds, peak = results[name]
    print(f"  {name:22} {n / seconds:9,.0f} rows/s  {seconds:7.1f} s  peak +{peak / 1024:6.0f} MiB"
          f"  ({n / seconds / (base_rows / base_seconds):5.2f} x baseline)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--offerings", type=int, default=10, help="offerings per enterprise (default 10)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kn-imports-bench-"))
    try:
        path = tmp / "hoi-vien.xlsx"
        started = time.perf_counter()
        rows = write_file(path, args.enterprises, args.offerings)
        print(f"file: {rows} rows ({args.enterprises} enterprises x {args.offerings} offerings), "
              f"{path.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - started:.1f} s")
        for backend in args.backends.split(","):
            print(f"\n{backend}")
            results = {}
            # The baseline first, so that each phase prints its line (and ratio) as soon as it ends.
            for tag, names in (("baseline", ("baseline executemany",)),
                               ("import", ("read", "dry run", "import", "same file again", "index"))):
                url, drop = database(backend, tmp, tag)
                instance = tmp / f"{backend}-{tag}"
                instance.mkdir()
                try:
                    phase("prepare", url, instance, path)
                    for name in names:
                        results[name] = phase(name, url, instance, path)
                        report(name, results)
                finally:
                    drop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
