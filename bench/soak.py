"""Soak test: 50 signed-in clients write concurrently to the app under gunicorn; every fault counts.

    python bench/soak.py --duration 30 --clients 50 --workers 4 --database both

Per database: a fresh database migrated through the app factory and filled with the accounts the
mix needs, gunicorn serving `app:app` with its normal configuration (CSRF on; only the rate limits
off, by RATELIMIT_ENABLED=false), then for --duration seconds:

- traders send inquiries and reply in their threads, and open a thread in two tabs at once;
- pairs of colleagues load the same edit form (the profile, then an offering), each changes a
  different field, and they save one after the other (or, every third round, at the same moment);
- pairs of reviewers open the same pending offering and decide it at the same moment.

Fault counters, all of which must be 0 (the exit status is 1 otherwise):
5xx responses; "database is locked" (server log and responses); no answer (connection reset,
timeout); lost messages (an inquiry or reply answered with success but not in the database);
double decisions (two decisions recorded for one race, or the loser not told with 409/410);
silent overwrites (both colleagues answered with success and one's change is gone).
"""
import argparse
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.apps import bench_app  # noqa: E402

PASSWORD = "soak-mat-khau-2026"
POSTGRES_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
REQUEST_TIMEOUT = 60  # seconds; longer than gunicorn's worker timeout, so a stuck worker shows up


# ---- forms as a browser submits them ---------------------------------------------------------

@dataclass
class Form:
    action: str
    method: str
    multipart: bool
    fields: list = field(default_factory=list)  # (name, value) in document order, as posted
    files: list = field(default_factory=list)  # names of file inputs (posted empty)
    buttons: dict = field(default_factory=dict)  # submit button name -> value

    def names(self) -> set:
        return {n for n, _ in self.fields} | set(self.files) | set(self.buttons)

    def value(self, name: str) -> str | None:
        return next((v for n, v in self.fields if n == name), None)

    def filled(self, changes: dict, button: str | None = None) -> list:
        """Every field as loaded (hidden inputs such as csrf_token and version included), with
        `changes` applied, plus the pressed button."""
        posted = [(n, changes[n] if n in changes else v) for n, v in self.fields]
        posted += [(n, v) for n, v in changes.items() if n not in {name for name, _ in self.fields}]
        if button:
            posted.append((button, self.buttons.get(button, "")))
        return posted


class FormParser(HTMLParser):
    """The forms of a page: inputs, checked boxes, selected options, textareas."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._form = self._select = self._option = self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = Form(a.get("action") or "", (a.get("method") or "get").lower(),
                              "multipart" in (a.get("enctype") or ""))
            self.forms.append(self._form)
            return
        name = a.get("name")
        if self._form is None or "disabled" in a:
            return
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind == "submit":
                self._form.buttons[name] = a.get("value") or ""
            elif kind == "file":
                self._form.files.append(name)
            elif kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._form.fields.append((name, a.get("value") or "on"))
            elif kind not in ("button", "reset", "image"):
                self._form.fields.append((name, a.get("value") or ""))
        elif tag == "button" and name and (a.get("type") or "submit") == "submit":
            self._form.buttons[name] = a.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select = {"name": name, "multiple": "multiple" in a, "first": None, "selected": []}
        elif tag == "option" and self._select is not None:
            self._option = [a.get("value"), "", "selected" in a]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data
        if self._option is not None:
            self._option[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # HTML drops the newline right after <textarea> (WTForms writes "\r\n" there).
            self._form.fields.append((name, re.sub(r"^\r?\n", "", text)))
            self._textarea = None
        elif tag == "option" and self._option is not None:
            value, text, selected = self._option
            value = text.strip() if value is None else value
            if self._select["first"] is None:
                self._select["first"] = value
            if selected:
                self._select["selected"].append(value)
            self._option = None
        elif tag == "select" and self._select is not None:
            chosen = self._select["selected"]
            if not self._select["multiple"]:  # a single select always sends one value
                chosen = chosen[-1:] or ([self._select["first"]] if self._select["first"] is not None else [])
            self._form.fields += [(self._select["name"], v) for v in chosen]
            self._select = None


def find_form(html: str, wanted: str) -> Form | None:
    """The first POST form with a field (or button) named `wanted`."""
    parser = FormParser()
    parser.feed(html)
    return next((f for f in parser.forms if f.method == "post" and wanted in f.names()), None)


# ---- what happened -----------------------------------------------------------------------------

class Stats:
    """Every answer by action and status, and what the checks afterwards need."""

    def __init__(self):
        self.lock = threading.Lock()
        self.answers = Counter()  # (action, status)
        self.seconds = {}  # action -> response times
        self.server_errors = []  # (method, path, status)
        self.no_answer = []  # (method, path, error)
        self.locked_responses = 0
        self.sent = []  # (token, inquiry id) of every inquiry and reply answered with success
        self.races = []  # (offering id, status A, status B)
        self.edits = Counter()  # rounds, both saved, one refused (409), overwrites, other outcomes
        self.overwrites = []  # examples

    def answer(self, action: str, method: str, path: str, response) -> None:
        with self.lock:
            self.answers[(action, response.status_code)] += 1
            self.seconds.setdefault(action, []).append(response.elapsed.total_seconds())
            if response.status_code >= 500:
                self.server_errors.append((method, path, response.status_code))
            if "database is locked" in response.text:
                self.locked_responses += 1

    def failed(self, action: str, method: str, path: str, error: Exception) -> None:
        with self.lock:
            self.answers[(action, "no answer")] += 1
            self.no_answer.append((method, path, f"{type(error).__name__}: {error}"[:200]))

    def add(self, name: str, item) -> None:
        with self.lock:
            getattr(self, name).append(item)

    def count_edit(self, outcome: str) -> None:
        with self.lock:
            self.edits[outcome] += 1

    @property
    def requests(self) -> int:
        return sum(self.answers.values())


class Client:
    """One signed-in user: a cookie jar and a browser tab (a second tab shares the jar)."""

    def __init__(self, base: str, email: str, stats: Stats):
        self.base, self.email, self.stats = base, email, stats
        self.http = requests.Session()

    def tab(self) -> requests.Session:
        other = requests.Session()
        other.cookies = self.http.cookies
        return other

    def request(self, method: str, path: str, action: str, tab: requests.Session | None = None, **kwargs):
        try:
            response = (tab or self.http).request(method, urljoin(self.base, path), allow_redirects=False,
                                                  timeout=REQUEST_TIMEOUT, **kwargs)
        except requests.RequestException as error:
            self.stats.failed(action, method, path, error)
            return None
        self.stats.answer(action, method, path, response)
        return response

    def get(self, path: str, action: str, tab=None):
        return self.request("GET", path, action, tab)

    def submit(self, page_path: str, form: Form, action: str, changes: dict, button: str | None = None):
        """Post the form as a browser would; a redirect is followed, as a browser does."""
        data = form.filled(changes, button)
        target = urljoin(page_path, form.action) if form.action else page_path
        files = [(name, ("", b"", "application/octet-stream")) for name in form.files] if form.multipart else None
        response = self.request("POST", target, action, data=data, files=files or None)
        if response is not None and response.status_code in (302, 303):
            self.get(urlsplit(response.headers["Location"]).path, f"{action} → page")
        return response

    def sign_in(self) -> bool:
        page = self.get("/account/login", "sign in")
        form = page is not None and page.status_code == 200 and find_form(page.text, "password")
        if not form:
            return False
        response = self.submit("/account/login", form, "sign in", {"email": self.email, "password": PASSWORD})
        return response is not None and response.status_code == 302


# ---- the data the mix needs --------------------------------------------------------------------

@dataclass
class Plan:
    traders: list  # (email, enterprise slug)
    editor_pairs: list  # ((email, email), enterprise id, draft offering id)
    reviewer_pairs: list  # ((email, email), [pending offering ids])


def mix_sizes(clients: int) -> tuple[int, int, int]:
    """Clients as (traders, editor pairs, reviewer pairs): about half trade, 30 % edit, 20 % review."""
    editor_pairs = max(1, round(clients * 0.15))
    reviewer_pairs = max(1, round(clients * 0.10))
    return clients - 2 * (editor_pairs + reviewer_pairs), editor_pairs, reviewer_pairs


def seed(clients: int, duration: float) -> Plan:
    """Committees and categories as the demo has them; enterprises, users and pending offerings
    for the mix. Runs in an app context; the caller commits."""
    from werkzeug.security import generate_password_hash

    from directory.demo.loader import load_categories, load_committees, make_tax_code
    from directory.extensions import db
    from directory.models import Enterprise, Kind, Offering, Ownership, Role, Status, User
    from directory.models.base import utcnow

    traders, editor_pairs, reviewer_pairs = mix_sizes(clients)
    if traders < 2:
        raise SystemExit("--clients too small: the mix needs at least two traders")
    committees = sorted(load_committees().values(), key=lambda c: c.code)
    load_categories()
    rng, taken, now = random.Random(2026), set(), utcnow()
    # One hash for everybody, and a cheap one: signing 50 clients in is not what the soak measures
    # (the default scrypt costs ~0.1 s of CPU per sign-in). The login form checks it as any other.
    password_hash = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")

    def enterprise(slug: str, name: str, committee) -> Enterprise:
        record = Enterprise(slug=slug, legal_name=f"Công ty Cổ phần {name}", short_name=name,
                            tax_code=make_tax_code(rng, taken), committee=committee, ownership=Ownership.JOINT_STOCK,
                            address_line="Số 1 đường Thử Tải", province_code=committee.province_code,
                            description=f"{name} tham gia chương trình kết nối.", status=Status.APPROVED,
                            submitted_at=now, approved_at=now)
        db.session.add(record)
        return record

    def user(email: str, role: Role, enterprise=None, committee=None) -> str:
        db.session.add(User(email=email, full_name=email.split("@")[0], role=role, password_hash=password_hash,
                            enterprise=enterprise, committee=committee, email_confirmed_at=now))
        return email

    def offering(owner: Enterprise, title: str, status: Status) -> Offering:
        record = Offering(enterprise=owner, kind=Kind.PRODUCT, title=title, description=f"{title}, giao tận nơi.",
                          status=status, submitted_at=now if status == Status.PENDING else None)
        db.session.add(record)
        return record

    trader_list = []
    for n in range((traders + 1) // 2):  # two colleagues per enterprise: both write in its threads
        owner = enterprise(f"soak-giao-dich-{n}", f"Giao dịch {n}", committees[n % len(committees)])
        for role in (Role.MANAGER, Role.STAFF)[:traders - 2 * n]:
            trader_list.append((user(f"giaodich{n}.{role.value}@soak.ketnoi.vn", role, owner), owner.slug))

    editors = []
    for n in range(editor_pairs):
        owner = enterprise(f"soak-sua-{n}", f"Sửa hồ sơ {n}", committees[n % len(committees)])
        draft = offering(owner, f"Sản phẩm nháp {n}", Status.DRAFT)
        emails = tuple(user(f"sua{n}.{side}@soak.ketnoi.vn", Role.MANAGER, owner) for side in "ab")
        editors.append((emails, owner, draft))

    reviewers = []
    per_pair = int(duration * 4) + 20  # more than a pair decides in the time
    for n in range(reviewer_pairs):
        committee = committees[n % len(committees)]
        owner = enterprise(f"soak-cho-duyet-{n}", f"Chờ duyệt {n}", committee)
        user(f"chuduyet{n}@soak.ketnoi.vn", Role.MANAGER, owner)  # told of each decision
        pending = [offering(owner, f"Sản phẩm chờ duyệt {n}.{i}", Status.PENDING) for i in range(per_pair)]
        emails = tuple(user(f"duyet{n}.{side}@soak.ketnoi.vn", Role.REVIEWER, committee=committee) for side in "ab")
        reviewers.append((emails, pending))
    db.session.flush()

    from directory.search import reindex

    reindex()
    return Plan(traders=trader_list,
                editor_pairs=[(emails, owner.id, draft.id) for emails, owner, draft in editors],
                reviewer_pairs=[(emails, [o.id for o in pending]) for emails, pending in reviewers])


# ---- the mix -----------------------------------------------------------------------------------

class Mix:
    """The clients' loops; each runs in its own thread until the deadline."""

    def __init__(self, plan: Plan, engine: sa.Engine, stats: Stats, deadline: float):
        self.plan, self.engine, self.stats, self.deadline = plan, engine, stats, deadline
        self.suppliers = [slug for _, slug in plan.traders]

    # -- traders: inquiries, replies, two tabs --
    def trader(self, client: Client, own_slug: str, rng: random.Random) -> None:
        opened = set()  # threads this user has read at least once
        first = True
        while first or time.monotonic() < self.deadline:  # at least once, however slow the machine
            first = False
            threads, unread = self._inbox(client)
            new = [i for i in unread if i not in opened]
            if new and rng.random() < 0.5:  # a new thread in the inbox: opened in two tabs at once
                thread = rng.choice(new)
                self._two_tabs(client, thread)
                opened.add(thread)
            elif not threads or rng.random() < 0.4:
                self._send_inquiry(client, rng.choice([s for s in self.suppliers if s != own_slug]), rng)
            else:
                thread = rng.choice(unread or threads)
                self._reply(client, thread, rng)
                opened.add(thread)

    def _inbox(self, client: Client) -> tuple[list[int], list[int]]:
        page = client.get("/linkage/inquiries", "inbox")
        if page is None or page.status_code != 200:
            return [], []
        threads = [int(i) for i in re.findall(r'href="/linkage/inquiries/(\d+)"', page.text)]
        unread = [int(i) for i in re.findall(
            r'list-group-item-warning">\s*<div>\s*<a[^>]*href="/linkage/inquiries/(\d+)"', page.text)]
        return threads, unread

    def _send_inquiry(self, client: Client, supplier: str, rng) -> None:
        path = f"/linkage/inquiries/new?enterprise={supplier}"
        page = client.get(path, "new inquiry form")
        form = page is not None and page.status_code == 200 and find_form(page.text, "body")
        if not form:
            return
        token = f"soak-{secrets.token_hex(6)}"
        response = client.submit(path, form, "send inquiry", {
            "subject": f"Hỏi giá {token}", "quantity": f"{rng.randint(1, 500)} tấn",
            "body": f"{token} Xin báo giá và thời gian giao hàng."})
        if response is not None and response.status_code == 302:
            match = re.search(r"/linkage/inquiries/(\d+)$", urlsplit(response.headers["Location"]).path)
            self.stats.add("sent", (token, int(match.group(1)) if match else None))

    def _reply(self, client: Client, inquiry_id: int, rng) -> None:
        path = f"/linkage/inquiries/{inquiry_id}"
        page = client.get(path, "open thread")
        form = page is not None and page.status_code == 200 and find_form(page.text, "body")
        if not form:
            return
        token = f"soak-{secrets.token_hex(6)}"
        response = client.submit(path, form, "reply", {"body": f"{token} {rng.choice(REPLIES)}"})
        if response is not None and response.status_code == 302:
            self.stats.add("sent", (token, inquiry_id))

    def _two_tabs(self, client: Client, inquiry_id: int) -> None:
        tabs = [client.http, client.tab()]
        start = threading.Barrier(2)

        def open_in(tab):
            start.wait()
            client.get(f"/linkage/inquiries/{inquiry_id}", "open thread in two tabs", tab)

        second = threading.Thread(target=open_in, args=(tabs[1],))
        second.start()
        open_in(tabs[0])
        second.join()

    # -- colleagues editing the same record --
    def editor_pair(self, clients: tuple[Client, Client], enterprise_id: int, offering_id: int) -> None:
        """Each round both load the same form and change a different field; they save one after
        the other, or at the same moment."""
        state = {"round": 0}

        def next_round():
            state["round"] += 1
            state["go"] = state["round"] == 1 or time.monotonic() < self.deadline
            state["saved"] = [None, None]
            # Mostly one saves a moment after the other (the classic lost update); every third
            # round both press "save" at once.
            state["mode"] = "at once" if state["round"] % 3 == 0 else "one after the other"

        start = threading.Barrier(2, action=next_round, timeout=REQUEST_TIMEOUT * 3)
        barrier = threading.Barrier(2, timeout=REQUEST_TIMEOUT * 3)

        def colleague(side: int):
            client = clients[side]
            try:
                while True:
                    start.wait()
                    if not state["go"]:
                        return
                    n = state["round"]
                    if n % 2:
                        kind, path, record_id, fields = "enterprise", "/workspace/profile", enterprise_id, \
                            ("short_name", "description")
                    else:
                        kind, path, record_id, fields = "offering", f"/workspace/offerings/{offering_id}/edit", \
                            offering_id, ("title", "description")
                    page = client.get(path, f"edit {kind} form")
                    form = page is not None and page.status_code == 200 and find_form(page.text, fields[0])
                    barrier.wait()  # both have loaded the same state
                    staggered = state["mode"] == "one after the other"
                    if staggered and side == 1:
                        barrier.wait()  # the colleague saves first
                    value = f"{'Tên' if side == 0 else 'Giới thiệu'} soak-{enterprise_id}-{n}-{'ab'[side]}"
                    response = client.submit(path, form, f"save {kind}", {fields[side]: value}) if form else None
                    if staggered and side == 0:
                        barrier.wait()
                    state["saved"][side] = (response.status_code if response is not None else None, fields[side], value)
                    barrier.wait()
                    if side == 0:
                        self._check_edit(kind, record_id, state["saved"], state["mode"])
            except threading.BrokenBarrierError:
                return

        other = threading.Thread(target=colleague, args=(1,))
        other.start()
        colleague(0)
        other.join()

    def _check_edit(self, kind: str, record_id: int, saved: list, mode: str) -> None:
        """Both answered with success: both changes must be in the record (the form shows the
        pending revision's values when there is one)."""
        statuses = sorted(str(s[0]) for s in saved if s)
        self.stats.count_edit("rounds")
        if "302" in statuses:
            self.stats.count_edit("saved")
        if statuses == ["302", "302"]:
            self.stats.count_edit("both saved")
            stored = stored_values(self.engine, kind, record_id)
            lost = [(f, v) for _, f, v in saved if stored.get(f) != v]
            if lost:
                self.stats.count_edit("overwrites")
                self.stats.count_edit(f"overwrites {kind} {mode}")
                self.stats.add("overwrites", (kind, record_id, lost))
        elif statuses == ["302", "409"]:
            self.stats.count_edit("one refused with 409")
        else:
            self.stats.count_edit(f"other outcome {'/'.join(statuses)}")

    # -- reviewers racing on the same pending item --
    def reviewer_pair(self, clients: tuple[Client, Client], pending: list[int], rng: random.Random) -> None:
        state = {"first": True}

        def next_item():
            state["go"] = bool(pending) and (state.pop("first", False) or time.monotonic() < self.deadline)
            state["item"] = pending.pop(0) if state["go"] else None
            state["reject"] = rng.random() < 0.25  # sometimes the second reviewer rejects instead
            state["answers"] = [None, None]

        start = threading.Barrier(2, action=next_item, timeout=REQUEST_TIMEOUT * 3)
        barrier = threading.Barrier(2, timeout=REQUEST_TIMEOUT * 3)

        def reviewer(side: int):
            client = clients[side]
            try:
                while True:
                    start.wait()
                    if not state["go"]:
                        return
                    path = f"/review/offering/{state['item']}"
                    page = client.get(path, "review item")
                    form = page is not None and page.status_code == 200 and find_form(page.text, "approve")
                    barrier.wait()  # both look at the same pending item
                    if form:
                        if side == 1 and state["reject"]:
                            response = client.submit(path, form, "decide", {"reason": "Thiếu ảnh sản phẩm."}, "reject")
                        else:
                            response = client.submit(path, form, "decide", {}, "approve")
                        state["answers"][side] = response.status_code if response is not None else None
                    barrier.wait()
                    if side == 0:
                        self.stats.add("races", (state["item"], *state["answers"]))
            except threading.BrokenBarrierError:
                return

        other = threading.Thread(target=reviewer, args=(1,))
        other.start()
        reviewer(0)
        other.join()


REPLIES = ["Bên em gửi báo giá trong ngày.", "Anh chị cần giao tại kho nào ạ?", "Đồng ý, xin gửi hợp đồng mẫu.",
           "Số lượng này bên em giao trong 5 ngày.", "Cảm ơn, chúng tôi sẽ xem xét."]


def stored_values(engine: sa.Engine, kind: str, record_id: int) -> dict:
    """What the edit form shows now: the pending revision's values, else the record's own."""
    revisions = sa.table("revisions", sa.column("proposed", sa.JSON), sa.column("target_type"),
                         sa.column("target_id"), sa.column("status"))
    with engine.connect() as conn:
        proposed = conn.scalar(sa.select(revisions.c.proposed).where(
            revisions.c.target_type == kind, revisions.c.target_id == record_id, revisions.c.status == "pending"))
        if proposed is not None:
            return proposed
        table = "enterprises" if kind == "enterprise" else "offerings"
        row = conn.execute(sa.text(f"SELECT * FROM {table} WHERE id = :id"), {"id": record_id}).mappings().one()
        return dict(row)


# ---- checks afterwards -------------------------------------------------------------------------

def lost_messages(engine: sa.Engine, sent: list) -> list:
    """Every inquiry and reply answered with success must be in its thread."""
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT inquiry_id, body FROM messages WHERE body LIKE 'soak-%'")).all()
    stored = {(body.split(" ", 1)[0], inquiry_id) for inquiry_id, body in rows}
    return [(token, inquiry_id) for token, inquiry_id in sent if (token, inquiry_id) not in stored]


def double_decisions(engine: sa.Engine, races: list) -> list:
    """Races where more than one decision was recorded, or the loser was not told with 409/410.
    A race lost to a 5xx or no answer is counted there, not here."""
    with engine.connect() as conn:
        decided = dict(conn.execute(sa.text(
            "SELECT target_id, COUNT(*) FROM reviews WHERE target_type = 'offering' GROUP BY target_id")).all())
    wrong = []
    for item, a, b in races:
        recorded = decided.get(item, 0)
        broken = any(s is None or s >= 500 for s in (a, b))
        told = broken or sorted((a, b)) in ([302, 409], [302, 410])
        if recorded > 1 or (a, b) == (302, 302) or not told:
            wrong.append((item, a, b, recorded))
    return wrong


LOG_RECORD = re.compile(r"^(\[\d{4}-\d\d-\d\d[ T]|\{)", re.M)  # a "[date] ..." record or a JSON line


def server_log_faults(log: str) -> tuple[int, Counter]:
    """("database is locked" records, exceptions by request, error and the app's innermost frame)."""
    starts = [m.start() for m in LOG_RECORD.finditer(log)] + [len(log)]
    records = [log[a:b] for a, b in zip(starts, starts[1:])]
    locked = sum("database is locked" in r for r in records)
    exceptions = Counter()
    for record in records:
        if "Traceback" not in record:
            continue
        lines = record.strip().splitlines()
        head = re.sub(r"/\d+", "/<id>", lines[0].split("] ", 1)[-1])
        error = [line for line in lines if re.match(r"[\w.]+(Error|Exception)\b", line)][-1:] or lines[-1:]
        frame = [line.strip() for line in lines if line.strip().startswith("File") and "/directory/" in line][-1:]
        exceptions[(head[:120], error[0][:240], (frame or [""])[0].split("/directory/")[-1])] += 1
    return locked, exceptions


# ---- one database ------------------------------------------------------------------------------

@dataclass
class Result:
    database: str
    requests: int
    seconds: float
    server_errors: int
    database_locked: int
    no_answer: int
    lost_messages: int
    double_decisions: int
    silent_overwrites: int
    volume: dict  # how much of each race was run: a 0 above means something only if these are not
    details: list

    COUNTERS = ("server_errors", "database_locked", "no_answer", "lost_messages", "double_decisions",
                "silent_overwrites")

    @property
    def faults(self) -> dict:
        return {name: getattr(self, name) for name in self.COUNTERS}

    def report(self) -> str:
        rate = self.requests / self.seconds
        lines = [f"requests            {self.requests} in {self.seconds:.1f} s ({rate:.1f} req/s)",
                 f"5xx responses       {self.server_errors}",
                 f"database is locked  {self.database_locked}",
                 f"no answer           {self.no_answer}",
                 f"lost messages       {self.lost_messages}",
                 f"double decisions    {self.double_decisions}",
                 f"silent overwrites   {self.silent_overwrites}"]
        return "\n".join(lines + self.details)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(url: str, instance: Path, workers: int, port: int, log_path: Path) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url, "INSTANCE_PATH": str(instance), "SECRET_KEY": secrets.token_hex(32),
           "RATELIMIT_ENABLED": "false"}
    with open(log_path, "wb") as log:
        # No control socket: its default path (~/.gunicorn/gunicorn.ctl) is shared by every gunicorn.
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
             "--no-control-socket", "app:app"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    for _ in range(150):
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited:\n{log_path.read_text()[-2000:]}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/account/login", timeout=2).status_code == 200:
                return process
        except requests.RequestException:
            pass
        time.sleep(0.2)
    stop_gunicorn(process)
    raise RuntimeError(f"gunicorn did not answer:\n{log_path.read_text()[-2000:]}")


def stop_gunicorn(process: subprocess.Popen) -> None:
    """Quick stop (every client is done by then); the process group is killed if it hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # stray workers of our own group, if any
    except ProcessLookupError:
        pass
    process.wait()


def create_postgres_database(server_url: str, name: str) -> str:
    server = sa.make_url(server_url)
    engine = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server.set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(server_url: str, name: str) -> None:
    engine = sa.create_engine(sa.make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def run_soak(database: str, duration: float = 30, clients: int = 50, workers: int = 4,
             postgres_server: str = POSTGRES_SERVER, database_name: str | None = None) -> Result:
    """A fresh database, gunicorn, the mix for `duration` seconds, the checks; everything removed after."""
    import flask_migrate

    from directory.extensions import db

    tmp = Path(tempfile.mkdtemp(prefix="kn-soak-"))
    instance = tmp / "instance"
    name = database_name or f"kn_soak_{os.getpid()}"
    if database == "postgresql":
        url = create_postgres_database(postgres_server, name)
    else:
        url = f"sqlite:///{tmp / 'soak.sqlite3'}"
    process = engine = None
    try:
        app = bench_app(url, instance, UPLOAD_FOLDER=str(instance / "uploads"), MAIL_OUTBOX=str(instance / "outbox"),
                        SECRET_KEY="soak-seed")
        with app.app_context():
            flask_migrate.upgrade()
            plan = seed(clients, duration)
            db.session.commit()
            db.session.remove()
            db.engine.dispose()

        port, log_path = free_port(), tmp / "server.log"
        process = start_gunicorn(url, instance, workers, port, log_path)
        base = f"http://127.0.0.1:{port}"
        engine = sa.create_engine(url)
        stats = Stats()
        clients = sign_in_all(base, plan, stats)
        sign_ins = stats.requests
        started = time.monotonic()  # the clock starts once everybody is signed in
        mix = Mix(plan, engine, stats, started + duration)
        for thread in _start_loops(mix, plan, clients):
            thread.join()
        seconds = time.monotonic() - started
        stop_gunicorn(process)
        process = None

        lost = lost_messages(engine, stats.sent)
        doubles = double_decisions(engine, stats.races)
        log = log_path.read_text(errors="replace")
        locked_in_log, exceptions = server_log_faults(log)
        details = _details(stats, lost, doubles, exceptions)
        return Result(database, stats.requests - sign_ins, seconds, len(stats.server_errors),
                      max(locked_in_log, stats.locked_responses), len(stats.no_answer), len(lost), len(doubles),
                      stats.edits["overwrites"],
                      {"messages": len(stats.sent),
                       "decided races": sum(302 in answers for _, *answers in stats.races),
                       "saved edit rounds": stats.edits["saved"],
                       "two-tab opens": len(stats.seconds.get("open thread in two tabs", ())) // 2}, details)
    finally:
        if process is not None:
            stop_gunicorn(process)
        if engine is not None:
            engine.dispose()
        if database == "postgresql":
            drop_postgres_database(postgres_server, name)
        shutil.rmtree(tmp, ignore_errors=True)


def sign_in_all(base: str, plan: Plan, stats: Stats) -> dict[str, Client]:
    """Every client signed in through the login form, all at once."""
    emails = [e for e, _ in plan.traders] + [e for pair, *_ in plan.editor_pairs + plan.reviewer_pairs for e in pair]
    clients = {email: Client(base, email, stats) for email in emails}
    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        refused = [email for email, ok in zip(emails, pool.map(lambda e: clients[e].sign_in(), emails)) if not ok]
    if refused:
        raise RuntimeError(f"could not sign in: {', '.join(refused)}")
    return clients


def _start_loops(mix: Mix, plan: Plan, clients: dict[str, Client]) -> list[threading.Thread]:
    rng = random.Random(7)
    loops = [(mix.trader, clients[email], slug, random.Random(rng.random())) for email, slug in plan.traders]
    loops += [(mix.editor_pair, (clients[a], clients[b]), enterprise_id, offering_id)
              for (a, b), enterprise_id, offering_id in plan.editor_pairs]
    loops += [(mix.reviewer_pair, (clients[a], clients[b]), pending, random.Random(rng.random()))
              for (a, b), pending in plan.reviewer_pairs]
    threads = [threading.Thread(target=loop, args=args, daemon=True) for loop, *args in loops]
    for thread in threads:
        thread.start()
    return threads


def _details(stats: Stats, lost: list, doubles: list, exceptions: Counter) -> list[str]:
    actions = Counter()
    for (action, status), n in stats.answers.items():
        actions[action] += n
    lines = ["answers by action:"]
    for action in sorted(actions):
        statuses = ", ".join(f"{s}: {n}" for (a, s), n in sorted(stats.answers.items(), key=str) if a == action)
        times = sorted(stats.seconds.get(action) or [0])
        lines.append(f"  {action:<28} {statuses:<22} p50 {times[len(times) // 2] * 1000:>5.0f} ms, "
                     f"max {times[-1] * 1000:>5.0f} ms")
    lines.append(f"messages sent with success: {len(stats.sent)}; decision races: {len(stats.races)}; "
                 f"edit rounds: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.edits.items())))
    for token, inquiry_id in lost[:5]:
        lines.append(f"  lost: {token} in inquiry {inquiry_id}")
    for item, a, b, recorded in doubles[:5]:
        lines.append(f"  double decision: offering {item} answered {a} and {b}, {recorded} decision(s) recorded")
    for kind, record_id, fields in stats.overwrites[:3]:
        lines.append(f"  overwrite: {kind} {record_id} lost " + ", ".join(f"{f}={v!r}" for f, v in fields))
    for method, path, error in stats.no_answer[:5]:
        lines.append(f"  no answer: {method} {path}: {error}")
    if exceptions:
        lines.append("server exceptions (request, last traceback line):")
        lines += [f"  {n:>5} × {head}\n          {error}\n          at directory/{frame}"
                  for (head, error, frame), n in exceptions.most_common(8)]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30, help="seconds of load per database (default 30)")
    parser.add_argument("--clients", type=int, default=50, help="signed-in clients (default 50)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (default 4)")
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--postgres", default=POSTGRES_SERVER,
                        help="a PostgreSQL server URL; a scratch database is created on it and dropped")
    args = parser.parse_args()
    traders, editor_pairs, reviewer_pairs = mix_sizes(args.clients)
    print(f"bench/soak.py: {args.clients} clients ({traders} traders, {editor_pairs} pairs of colleagues editing, "
          f"{reviewer_pairs} pairs of reviewers), gunicorn {args.workers} workers, {args.duration:g} s, "
          f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M')}")
    failed = False
    for database in ("sqlite", "postgresql") if args.database == "both" else (args.database,):
        result = run_soak(database, args.duration, args.clients, args.workers, args.postgres)
        print(f"\n## {database}\n{result.report()}", flush=True)
        failed |= any(result.faults.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
