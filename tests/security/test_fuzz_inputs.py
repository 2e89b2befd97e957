"""Hostile values to every route and every parameter of the URL map, as a visitor and as signed-in
users of several roles, by GET and POST: never a server error (docs/operations.md, "Input the app refuses").

The routes come from app.url_map; each `<converter:name>` is filled with real ids and slugs of
the authorization matrix's scene or with generated values; the query parameters are every name
the views read (found in their source); a POST carries the fields of the WTForms classes its
view uses. Values: NUL and other control characters, newlines, huge and negative integers, NFD,
right-to-left marks, 100,000 characters, SQL and full-text syntax, HTML, and random text.
Hypothesis is derandomized, so CI sends the same requests every run; FUZZ_EXAMPLES sends more.
"""
import inspect
import io
import os
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wtforms import FileField
from wtforms.fields.core import UnboundField

import directory
from directory.forms import BaseForm
from directory.search.service import Params
from tests.security.test_authorization_matrix import scene  # noqa: F401 (the fixture: records of every kind)

pytestmark = pytest.mark.slow  # make test-fast leaves it out

# Examples; each is sent twice. 5,000 (10,000 requests) take about a minute on SQLite; PostgreSQL
# answers more slowly, so it gets fewer.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or (1_500 if os.environ.get("TEST_DATABASE_URL") else 5_000))
# Each generated request goes out twice: as a visitor and as one of these (managers and staff of
# a member enterprise, an outside buyer, a committee reviewer, an administrator).
SIGNED_IN = ("manager_a", "staff_a", "buyer", "reviewer_a", "admin")

NASTY = [
    "\x00", "a\x00b", "\n", "\r\n", "/\nenv", "Thép\r\nBcc: all@evil.example", "\t", "\x1b[31m", "\x7f", "\x85",
    "\u202eabc\u200f", "\u2028", unicodedata.normalize("NFD", "Thép Đà Nẵng"), "\u200b", "\ufeff", "😀🔩",
    "' OR 1=1 --", "'; DROP TABLE users; --", '"', "\\", "%", "_", "*", "a & b | !c <-> d:*", "NEAR(a b)",
    "title_fold: x", "{a}:b", "(((", "thép -xây", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "javascript:alert(1)", "//evil.example", "https://evil.example/", "../../etc/passwd", "",
    " ", "-1", "0", "1", "2147483647", "2147483648", "99999999999", "9223372036854775807",
    "9223372036854775808", "-9223372036854775809", "1e20", "NaN", "inf", "-0", "²", "٣", "１２", " 1 ", "0x10",
    "true", "on", "2025-02-30", "9999-12-31", "0001-01-01", "offering:1:1", "enterprise:99999999999:²",
    "x" * 100_000,
]
# Just past the id columns (PostgreSQL INTEGER) and SQLite's 64-bit integers, and far beyond.
BOUNDARY_INTS = ["0", "2147483647", "2147483648", "99999999999", "9223372036854775807", "9223372036854775808",
                 "1" + "0" * 30]
READS = r"""(?:args\.get(?:list)?|int_arg)\(\s*["'](\w+)["']"""


def _query_names() -> set[str]:
    """Every query parameter a view reads: request.args.get/getlist("…"), int_arg("…"), the search's."""
    names = {field for field in Params.__dataclass_fields__}
    for path in Path(directory.__file__).parent.rglob("*.py"):
        names |= set(re.findall(READS, path.read_text()))
    return names


def _forms() -> dict[str, type]:
    found, todo = {}, [BaseForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            found[sub.__name__] = sub
            todo.append(sub)
    return found


def _fields(form_class) -> dict[str, bool]:
    """Field name -> whether it is a file field."""
    return {name: issubclass(value.field_class, FileField) for name in dir(form_class)
            if isinstance(value := getattr(form_class, name), UnboundField)}


def _routes(app) -> list[dict]:
    forms = _forms()
    routes = []
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        try:
            source = inspect.getsource(inspect.unwrap(view))
        except (OSError, TypeError):
            source = ""
        fields = {}
        for name in set(re.findall(r"\b(\w+Form)\b", source)) & set(forms):
            fields |= _fields(forms[name])
        for method in sorted(set(rule.methods) - {"HEAD", "OPTIONS"}):
            reads = sorted(set(re.findall(READS, source)))
            routes.append(dict(rule=rule.rule, method=method, fields=fields, reads=reads,
                               converters=re.findall(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>", rule.rule)))
    return routes


def test_no_generated_request_gives_a_server_error(app, scene, client, login, db):  # noqa: F811
    db.session.commit()  # the scene's last record (a category) is still in the test's transaction
    routes = _routes(app)
    query_names = sorted(_query_names() | {"next", "items"})
    ids = sorted({str(v.id) for v in scene.values() if isinstance(getattr(v, "id", None), int)})
    words = sorted({str(getattr(v, attr)) for v in scene.values() for attr in ("slug", "code")
                    if hasattr(v, attr)} | {scene["token"], scene["upload"], "vi", "en", "offering", "enterprise"})
    users = {role: scene[role] for role in SIGNED_IN}
    visitor = app.test_client(use_cookies=False)

    value = st.one_of(st.sampled_from(NASTY), st.integers(-2**70, 2**70).map(str),
                      st.text(st.characters(exclude_categories=["Cs"]), max_size=12), st.sampled_from(ids + words))
    int_segment = st.one_of(st.sampled_from(ids), st.sampled_from(BOUNDARY_INTS), st.integers(0, 2**70).map(str),
                            value)
    segment = st.one_of(st.sampled_from(words + ids), value)

    def route_requests(route):
        """One strategy per route, built once: Hypothesis caches what it learns about a strategy."""
        segments = st.tuples(*(int_segment if converter == "int" else segment for converter, _ in route["converters"]))
        fields = sorted(route["fields"])
        pool = query_names + (fields if route["method"] == "GET" else [])
        query = st.dictionaries(st.sampled_from(pool), value, max_size=3)
        if route["reads"]:  # the view's own parameters more often
            query = st.one_of(query, st.dictionaries(st.sampled_from(route["reads"]), value, min_size=1, max_size=3))
        form = (st.dictionaries(st.sampled_from(fields), value, max_size=6)
                if route["method"] == "POST" and fields else st.just({}))
        return st.tuples(st.sampled_from(SIGNED_IN), st.just(route), segments, query, form)

    def build(route, segments, form):
        path = route["rule"]
        for (_converter, name), raw in zip(route["converters"], segments):
            path = re.sub(rf"<[^>]*\b{name}>", lambda _m, raw=raw: quote(raw, safe="") or "x", path, count=1)
        data = {name: (io.BytesIO(raw.encode()), raw or "tep.pdf") if route["fields"][name] else raw
                for name, raw in form.items()}
        return path, data

    def never_a_server_error(request):
        role, route, segments, query, form = request
        method = route["method"]
        path, data = build(route, segments, form)
        for who, http in (("visitor", visitor), (role, login(users[role]))):
            if who != "visitor":
                data = build(route, segments, form)[1]  # the files were read by the first request
            response = http.open(path, method=method, query_string=query, data=data,
                                 content_type="multipart/form-data" if data else None)
            sent.append(who)
            assert response.status_code < 500, repr((who, method, path, query, form))[:2000]

    # Every route gets its share: one Hypothesis run per route and method.
    sent, per_route = [], -(-EXAMPLES // len(routes))
    for route in routes:
        settings(max_examples=per_route, derandomize=True, database=None, deadline=None,
                 suppress_health_check=list(HealthCheck))(given(request=route_requests(route))(never_a_server_error))()
    print(f"\n{len(sent)} generated requests to {len(routes)} route methods", file=sys.stderr)
    assert len(sent) >= 2 * per_route * len(routes) >= 2 * EXAMPLES
