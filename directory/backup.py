"""Backups: one archive with a consistent copy of the database and every upload, and its restore.

The archive is a plain .tar (docs/operations.md):

    database.sqlite3 | database.pgdump   SQLite's online backup, or pg_dump's custom format
    uploads/...                          UPLOAD_FOLDER as it was
    manifest.json                        last, so a truncated archive has none: format, created_at,
                                         engine, alembic_revision, every file's size and sha256

Both commands run while the app serves. A backup reads the database in one snapshot (SQLite: one
read transaction of the backup API, writers go on in WAL mode; PostgreSQL: pg_dump in an exported
snapshot), then the uploads (written before the rows that name them, so none is missing). A restore
checks the whole archive first, stages every file beside its destination, then replaces the
database in one transaction and the uploads folder by a rename: a failure leaves the old state.
The search index is part of the database, so it comes back with the rows it was built from.
"""
import hashlib
import io
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

import click
import psycopg
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from psycopg.conninfo import make_conninfo

from .config import ROOT
from .extensions import db

FORMAT = 1
MANIFEST = "manifest.json"
UPLOADS = "uploads"
DATABASE_FILE = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
MIGRATIONS = ROOT / "migrations"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A refusal or failure, worded for the operator."""


def default_path(instance_path: str | Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return Path(instance_path) / "backups" / f"ketnoi-{stamp}.tar"


def engine_name(url: sa.URL) -> str:
    name = url.get_backend_name()
    if name not in DATABASE_FILE:
        raise BackupError(f"Không hỗ trợ cơ sở dữ liệu {name} / unsupported database {name}.")
    return name


# ---- backup --------------------------------------------------------------------------------

def create_backup(url: sa.URL, upload_folder: str | Path, path: str | Path,
                  after_snapshot: Callable[[], None] = lambda: None) -> dict:
    """Write the archive to `path` (atomically: a temporary file renamed at the end); the manifest.
    `after_snapshot` runs once the database is copied (tests write more rows there)."""
    engine, path = engine_name(url), Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".backup-") as work:
        database = Path(work) / DATABASE_FILE[engine]
        click.echo("Sao lưu cơ sở dữ liệu…")
        revision = (_sqlite_snapshot if engine == "sqlite" else _postgres_snapshot)(url, database)
        after_snapshot()
        manifest = {"format": FORMAT, "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "engine": engine, "alembic_revision": revision, "database": database.name, "files": []}
        uploads = _upload_files(Path(upload_folder))
        partial = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".part",
                                              delete=False)  # mode 0600: the archive holds password hashes
        try:
            with partial, tarfile.open(fileobj=partial, mode="w", format=tarfile.PAX_FORMAT) as tar:
                with database.open("rb") as source:
                    manifest["files"].append(_add(tar, database.name, source, database.stat().st_size))
                total = sum(size for _, size in uploads)
                with click.progressbar(length=total, label="Tệp tải lên") as bar:
                    for relative, size in uploads:
                        data = _read_upload(Path(upload_folder) / relative)
                        if data is not None:  # deleted since the listing: not part of the backup
                            manifest["files"].append(_add(tar, f"{UPLOADS}/{relative}", data, len(data)))
                        bar.update(size)
                raw = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                _add(tar, MANIFEST, raw, len(raw))
                partial.flush()
                os.fsync(partial.fileno())
            os.replace(partial.name, path)
        except BaseException:
            Path(partial.name).unlink(missing_ok=True)
            raise
    _fsync_dir(path.parent)
    return manifest


def _sqlite_snapshot(url: sa.URL, out: Path) -> str | None:
    live = _sqlite_path(url)
    if not live.exists():
        raise BackupError(f"Không có cơ sở dữ liệu {live} / no database at {live}.")
    source, copy = sqlite3.connect(live, timeout=60), sqlite3.connect(out)
    try:
        # pages=-1: the whole copy in one step, inside one read transaction, so it is one consistent
        # snapshot; in steps, every write of the app would restart it.
        source.backup(copy, pages=-1)
        return _revision(copy)
    finally:
        source.close()
        copy.close()


def _sqlite_path(url: sa.URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("Cơ sở dữ liệu trong bộ nhớ không sao lưu được / an in-memory database has no file.")
    return Path(url.database)


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return None
    return ",".join(sorted(r[0] for r in rows)) or None


def _postgres_snapshot(url: sa.URL, out: Path) -> str | None:
    """pg_dump reads the snapshot exported by a transaction of ours, in which we read the revision."""
    conninfo, env = _libpq(url)
    with psycopg.connect(conninfo, password=url.password or None, autocommit=True) as connection:
        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
        revision = None
        if connection.execute("SELECT to_regclass('alembic_version')").fetchone()[0]:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            revision = ",".join(sorted(r[0] for r in rows)) or None
        tables = connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
        command = ["pg_dump", "--format=custom", "--verbose", f"--snapshot={snapshot}", f"--file={out}",
                   f"--dbname={conninfo}"]
        dump = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
        messages = []
        with click.progressbar(length=tables, label="Bảng") as bar:
            for line in dump.stderr:  # --verbose: one line per table it reads
                messages.append(line)
                bar.update("dumping contents of table" in line)
        if dump.wait() != 0:
            raise BackupError("pg_dump thất bại / failed:\n" + "".join(messages)[-2000:])
        connection.execute("COMMIT")
    return revision


def _libpq(url: sa.URL) -> tuple[str, dict]:
    """A connection string without the password (it would show in `ps`), and an environment that
    carries the password in PGPASSWORD and keeps the tools' messages in English for parsing."""
    params = {"host": url.host, "port": url.port, "user": url.username, "dbname": url.database}
    params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    conninfo = make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})
    env = {**os.environ, "LC_MESSAGES": "C", "LC_ALL": "C"}
    if url.password:
        env["PGPASSWORD"] = url.password
    return conninfo, env


def _upload_files(folder: Path) -> list[tuple[str, int]]:
    """(path relative to the folder, size) of every regular file, in a stable order."""
    if not folder.is_dir():
        return []
    found = []
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            full = Path(directory) / name
            if full.is_file() and not full.is_symlink():
                found.append((full.relative_to(folder).as_posix(), full.stat().st_size))
    return sorted(found)


def _read_upload(path: Path) -> bytes | None:
    """Read whole (uploads are at most a few MB), so the size and hash are those of what is stored."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class _Hashing:
    """A binary stream that hashes what is read from it."""

    def __init__(self, stream):
        self.stream, self.digest = stream, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        chunk = self.stream.read(n)
        self.digest.update(chunk)
        return chunk


def _add(tar: tarfile.TarFile, name: str, data, size: int) -> dict:
    """Add a member from bytes or a binary file; its manifest entry."""
    source = _Hashing(io.BytesIO(data) if isinstance(data, bytes) else data)
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(datetime.now(timezone.utc).timestamp())
    tar.addfile(info, source)
    return {"name": name, "size": size, "sha256": source.digest.hexdigest()}


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---- restore -------------------------------------------------------------------------------

def read_manifest(path: str | Path) -> dict:
    """The archive's manifest, checked for shape; BackupError for a missing or damaged archive."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Không tìm thấy tệp sao lưu {path} / backup file not found.")
    try:
        with tarfile.open(path, "r:") as tar:
            manifest = json.loads(tar.extractfile(tar.getmember(MANIFEST)).read())
        valid = _valid(manifest)
    except (tarfile.TarError, OSError, KeyError, TypeError, ValueError, AttributeError):
        valid = False
    if not valid:
        raise BackupError(f"Tệp sao lưu {path} bị hỏng hoặc không phải bản sao lưu của ứng dụng này"
                          f" / the archive is damaged or not a backup of this app.")
    return manifest


def _valid(manifest: dict) -> bool:
    files = manifest["files"]
    return (manifest["format"] == FORMAT and manifest.get("engine") in DATABASE_FILE
            and manifest["database"] == DATABASE_FILE[manifest["engine"]]
            and manifest["database"] in {f["name"] for f in files}
            and all(isinstance(f["size"], int) and len(f["sha256"]) == 64 and _safe(f["name"]) for f in files))


def _safe(name: str) -> bool:
    """A plain relative name of the database file or under uploads/: nothing written outside staging."""
    parts = PurePosixPath(name).parts
    return bool(parts) and not PurePosixPath(name).is_absolute() and ".." not in parts and (
        name in DATABASE_FILE.values() or (parts[0] == UPLOADS and len(parts) > 1))


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def behind_code(manifest: dict) -> bool:
    """The archive's schema is older than the code's: `flask db upgrade` is due after the restore."""
    return set(manifest["alembic_revision"].split(",")) != set(ScriptDirectory(str(MIGRATIONS)).get_heads())


def check_compatible(manifest: dict, url: sa.URL) -> None:
    engine = engine_name(url)
    if manifest["engine"] != engine:
        raise BackupError(f"Bản sao lưu của {manifest['engine']} không khôi phục được vào {engine}"
                          f" / a {manifest['engine']} backup cannot be restored into {engine}.")
    revisions = set(filter(None, (manifest["alembic_revision"] or "").split(",")))
    if not revisions:
        raise BackupError("Bản sao lưu không có phiên bản lược đồ (alembic_version) / the archive has no schema revision.")
    if revisions - known_revisions():
        raise BackupError(f"Bản sao lưu có lược đồ {manifest['alembic_revision']}, mới hơn mã nguồn này: hãy"
                          f" cập nhật ứng dụng trước / the archive's schema revision is newer than this code.")


def is_empty(url: sa.URL) -> bool:
    """No table of the app holds a row (a missing database, or one only migrated, is empty)."""
    if engine_name(url) == "sqlite" and not _sqlite_path(url).exists():
        return True
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            existing = set(sa.inspect(connection).get_table_names())
            return not any(connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first()
                           for table in db.metadata.sorted_tables if table.name in existing)
    finally:
        engine.dispose()


def restore_backup(path: str | Path, url: sa.URL, upload_folder: str | Path, *, force: bool = False,
                   confirm: Callable[[], bool] = lambda: False) -> dict:
    """Replace the database and the uploads with the archive's. Refuses (BackupError) a missing or
    damaged archive, another engine, a newer schema, and a database with rows unless `force` and
    `confirm()`. Returns the manifest."""
    from . import models  # noqa: F401  (the tables that is_empty looks at)

    manifest = read_manifest(path)
    check_compatible(manifest, url)
    if not is_empty(url):
        if not force:
            raise BackupError("Cơ sở dữ liệu đang có dữ liệu; dùng --force để thay thế toàn bộ"
                              " / the database is not empty; use --force to replace all of it.")
        if not confirm():
            raise BackupError("Đã hủy / cancelled.")
    upload_folder = Path(upload_folder)
    if os.path.ismount(upload_folder):
        raise BackupError(f"{upload_folder} là một điểm gắn (mount point), không thay được bằng cách đổi tên; hãy gắn"
                          f" thư mục cha / UPLOAD_FOLDER is a mount point and cannot be swapped; mount its parent.")
    upload_folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=upload_folder.parent, prefix=".restore-"))
    try:
        _extract(path, manifest, staging)
        (staging / UPLOADS).mkdir(exist_ok=True)
        click.echo("Khôi phục cơ sở dữ liệu…")
        database = staging / manifest["database"]
        if manifest["engine"] == "sqlite":
            _sqlite_restore(database, url)
        else:
            _postgres_restore(database, url)
        click.echo("Khôi phục tệp tải lên…")
        _swap(staging / UPLOADS, upload_folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest


def _extract(path: Path, manifest: dict, staging: Path) -> None:
    """Every file of the manifest into `staging`, each checked against its size and sha256."""
    damaged = BackupError(f"Tệp sao lưu {path} bị hỏng / the archive is damaged.")
    with tarfile.open(path, "r:") as tar, \
            click.progressbar(length=sum(f["size"] for f in manifest["files"]), label="Kiểm tra tệp") as bar:
        for entry in manifest["files"]:
            try:
                member = tar.getmember(entry["name"])
                source = tar.extractfile(member) if member.isfile() else None
            except (KeyError, tarfile.TarError):
                raise damaged
            if source is None or member.size != entry["size"]:
                raise damaged
            target = staging / entry["name"]
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            try:
                with target.open("wb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        bar.update(len(chunk))
            except tarfile.TarError:  # a truncated member
                raise damaged
            if digest.hexdigest() != entry["sha256"]:
                raise damaged


def _sqlite_restore(staged: Path, url: sa.URL) -> None:
    copy = sqlite3.connect(staged)
    try:
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError("Cơ sở dữ liệu trong bản sao lưu bị hỏng / the archived database is damaged.")
        _new_search_stamp(copy)
        copy.commit()
        _sqlite_path(url).parent.mkdir(parents=True, exist_ok=True)
        live = sqlite3.connect(_sqlite_path(url), timeout=60)
        try:
            # One step, one write transaction on the live database: all of it or nothing. The app's
            # connections see the new content at their next read.
            copy.backup(live, pages=-1)
        except sqlite3.Error as error:
            raise BackupError(f"Không khôi phục được / restore failed: {error}")
        finally:
            live.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"Cơ sở dữ liệu trong bản sao lưu bị hỏng / the archived database is damaged: {error}")
    finally:
        copy.close()


def _new_search_stamp(connection: sqlite3.Connection) -> None:
    """Every app process caches search answers by this stamp: a fresh one makes them all re-ask."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_state'").fetchone():
        connection.execute("UPDATE search_state SET version = ?", (secrets.randbits(62),))


# Everything of the app lives in the public schema; the dump recreates it. Dropping what the dump
# may not have (tables of a later migration) keeps `flask db upgrade` working afterwards.
_DROP_ALL = """
DO $$
DECLARE name text;
BEGIN
  FOR name IN SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE 'DROP TABLE IF EXISTS ' || name || ' CASCADE';
  END LOOP;
  FOR name IN SELECT format('%I.%I', sequence_schema, sequence_name) FROM information_schema.sequences
              WHERE sequence_schema = 'public' LOOP
    EXECUTE 'DROP SEQUENCE IF EXISTS ' || name || ' CASCADE';
  END LOOP;
END $$;
"""
_NEW_STAMP = """
DO $$ BEGIN
  IF to_regclass('public.search_state') IS NOT NULL THEN UPDATE public.search_state SET version = {stamp}; END IF;
END $$;
"""
# Written when pg_restore fails: whatever psql is in the middle of, this makes it fail, and a
# failed statement in a single transaction means nothing is committed.
_ABORT = "\n\\.\n;\nDO $$ BEGIN RAISE EXCEPTION 'restore incomplete'; END $$;\n"


def _postgres_restore(dump: Path, url: sa.URL) -> None:
    """pg_restore writes the SQL, psql runs it in one transaction after dropping the old tables."""
    conninfo, env = _libpq(url)
    with tempfile.TemporaryFile() as restore_log, tempfile.TemporaryFile() as psql_log:
        restore = subprocess.Popen(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
                                    "--file=-", str(dump)], stdout=subprocess.PIPE, stderr=restore_log, env=env)
        psql = subprocess.Popen(["psql", "--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1",
                                 f"--dbname={conninfo}", "--file=-"],
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=psql_log, env=env)
        try:
            psql.stdin.write(_DROP_ALL.encode())
            shutil.copyfileobj(restore.stdout, psql.stdin, CHUNK)
            restored = restore.wait() == 0
            psql.stdin.write((_NEW_STAMP.format(stamp=secrets.randbits(62)) if restored else _ABORT).encode())
            psql.stdin.close()
        except BrokenPipeError:  # psql stopped at an error: it has rolled back
            restored = False
            restore.kill()
            restore.wait()
        if psql.wait() != 0 or not restored:
            restore_log.seek(0)
            psql_log.seek(0)
            details = (restore_log.read() + psql_log.read()).decode(errors="replace")[-2000:]
            raise BackupError(f"Không khôi phục được; cơ sở dữ liệu giữ nguyên / restore failed, the database"
                              f" is unchanged:\n{details}")


def _swap(staged: Path, folder: Path) -> None:
    """Put the staged uploads in place of the folder: two renames on one file system."""
    old = folder.with_name(f".{folder.name}.old-{secrets.token_hex(4)}")
    if folder.exists():
        folder.rename(old)
    staged.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
