"""Every page reachable by links, for every role: valid HTML (Nu Html Checker), no serious
accessibility violation (axe-core), usable at 375 px, no inline script or style, no other host.

At 375 px the navigation is a closed menu, and axe judges only what is rendered: the crawl opens
the menu before running axe, so the navigation's colours are judged on every page (closed, the
bar's 2.4:1 links once passed unseen). The open bar on desktop widths: test_navigation.py."""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, sign_in_client

from .conftest import axe_violations, sign_in
from .crawl import crawl
from .site import ROLES, extra_pages, populate, review_pages

VNU_JAR = Path(__file__).resolve().parents[2] / ".tools/node_modules/vnu-jar/build/dist/vnu.jar"
INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>|\sstyle=\"|<style[\s>]|\son[a-z]+=\"", re.I)


@pytest.fixture
def site(world, db, make_category, make_offering, make_enterprise):
    populate(world, db, make_category, make_offering, make_enterprise)
    return world


def pages_by_role(app, client_factory, site, login_factory):
    pages = {}
    for role in ROLES:
        client = client_factory()
        if role != "visitor":
            sign_in_client(client, site[role])
        for endpoint, (url, html) in crawl(app, client).items():
            pages[(role, endpoint)] = (url, html)
        for (page_role, name), url in extra_pages(site).items():
            if page_role == role:
                response = client.get(url)
                assert response.status_code == 200, (role, url, response.status_code)
                pages[(role, name)] = (url, response.get_data(as_text=True))
    return pages


@pytest.fixture
def all_pages(app, site, login):
    pages = pages_by_role(app, app.test_client, site, login)
    client = app.test_client()
    sign_in_client(client, site["reviewer_a"])
    for endpoint, url in review_pages(site).items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        pages[("reviewer_a", endpoint)] = (url, response.get_data(as_text=True))
    return pages


def conflict_pages(app, site) -> dict:
    """The 409 pages of a save from a form loaded at an older version, and the committee merge's
    confirmation page: reached by POST only, so the crawl never sees them."""
    offering, committee = site["offering_a"], site["committee_a"]
    posts = {
        ("manager_a", "workspace.edit_offering (409)"): (f"/workspace/offerings/{offering.id}/edit", {
            "kind": "product", "title": "Thép cuộn D12", "unit": "tấn", "price_mode": "contact", "version": "0"}, 409),
        ("manager_a", "workspace.edit_certification (409)"): (
            f"/workspace/certifications/{site['certification'].id}/edit", {
                "kind": "iso14001", "number": "EMS 1/2026", "issuer": "QUACERT", "issued_on": "01/01/2026",
                "expires_on": "01/01/2029", "version": "0"}, 409),
        ("admin", "admin.committee (409)"): (f"/admin/committees/{committee.id}", {
            "code": committee.code, "name": "Tên khác", "province_code": "01", "version": "0"}, 409),
        ("admin", "admin.merge_committee (confirmation)"): (f"/admin/committees/{site['committee_b'].id}/merge", {
            "merge-target_id": str(committee.id)}, 200),
        ("manager_a", "linkage.new_quote (errors)"): (f"/linkage/inquiries/{site['quote_thread'].id}/quote", {
            "items-0-description": "Thép", "items-0-quantity": "0", "valid_until": "31/02/2026"}, 400),
    }
    pages = {}
    for (role, endpoint), (url, data, status) in posts.items():
        client = app.test_client()
        sign_in_client(client, site[role])
        response = client.post(url, data=data)
        assert response.status_code == status, (url, response.status_code)
        pages[(role, endpoint)] = (url, response.get_data(as_text=True))
    return pages


def import_report_pages(app, site, tmp_path) -> dict:
    """The dry-run report of an import, with errors and without: reached by uploading a file."""
    from tests.imports.helpers import row, write_xlsx

    files = {"imports.check (errors)": [row(), row(tax_code="12345")], "imports.check": [row()]}
    pages = {}
    for endpoint, rows in files.items():
        client = app.test_client()
        sign_in_client(client, site["reviewer_a"])
        path = write_xlsx(tmp_path / "hoi-vien.xlsx", rows)
        response = client.post("/imports/check", data={"committee": site["committee_a"].code,
                                                       "file": (open(path, "rb"), path.name)})
        assert response.status_code == 200, response.status_code
        pages[("reviewer_a", endpoint)] = ("/imports/check", response.get_data(as_text=True))
    return pages


def lapsed_offering_page(app, site) -> dict:
    """What a visitor sees of a listing out of search (not re-confirmed): no list links to it."""
    response = app.test_client().get(f"/offerings/{site['lapsed'].id}")
    assert response.status_code == 200 and "noindex" in response.get_data(as_text=True)
    return {("visitor", "public.offering (lapsed)"): (f"/offerings/{site['lapsed'].id}", response.get_data(as_text=True))}


@pytest.fixture
def checked_pages(app, site, all_pages, tmp_path):
    """Every crawled page and the pages only a POST (or an old link) reaches."""
    return {**all_pages, **conflict_pages(app, site), **import_report_pages(app, site, tmp_path),
            **lapsed_offering_page(app, site)}


def test_crawl_reaches_the_main_areas(all_pages):
    endpoints = {endpoint for _role, endpoint in all_pages}
    assert {"public.home", "public.committee", "public.enterprise", "public.offering",
            "public.category", "accounts.login", "accounts.notifications", "imports.index", "imports.claims",
            "workspace.history", "reports.committee", "reports.document", "reports.document_settings",
            "reports.committee_print", "reports.listings", "review.queue", "review.detail",
            "public.enterprise_feedback", "linkage.linkage", "linkage.inquiry", "linkage.new_quote",
            "linkage.need", "linkage.edit_need", "linkage.offer", "workspace.certifications",
            "workspace.new_certification", "workspace.edit_certification"} <= endpoints


def test_pages_have_no_inline_script_or_style(checked_pages):
    offenders = {f"{role} {url}": INLINE.findall(html) for (role, _e), (url, html) in checked_pages.items()
                 if INLINE.search(html)}
    assert offenders == {}, json.dumps(offenders, ensure_ascii=False, indent=1)


def test_pages_are_valid_html(checked_pages, tmp_path):
    if not (shutil.which("java") and VNU_JAR.exists()):
        if os.environ.get("CI"):
            pytest.fail("java or vnu.jar missing: `make test` installs the Nu Html Checker")
        pytest.skip("Nu Html Checker not installed (make test installs it)")
    files = {}
    for (role, endpoint), (url, html) in checked_pages.items():
        path = tmp_path / f"{role}-{endpoint}.html"
        path.write_text(html, encoding="utf-8")
        files[path.as_uri().replace("file:///", "file:/")] = f"{role} {url}"
    proc = subprocess.run(["java", "-Xss4m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU_JAR), "--stdout",
                           "--format", "json", "--errors-only", *map(str, files and (tmp_path.glob("*.html")))],
                          capture_output=True, text=True, timeout=300)
    errors = {}
    for message in json.loads(proc.stdout)["messages"]:
        errors.setdefault(files.get(message["url"], message["url"]), []).append(
            f"{message.get('lastLine')}: {message['message']}")
    assert errors == {}, json.dumps(errors, ensure_ascii=False, indent=1)


def test_pages_pass_axe_and_fit_a_phone(page, all_pages, site):
    page.set_viewport_size({"width": 375, "height": 812})
    problems = {}
    signed_in_as = None
    for (role, endpoint), (url, _html) in sorted(all_pages.items()):
        if role != signed_in_as:
            page.context.clear_cookies()
            if role != "visitor":
                sign_in(page, site[role].email, PASSWORD)
            signed_in_as = role
        page.goto(url)
        page.evaluate("document.getElementById('main-nav')?.classList.add('show')")  # the menu open
        found = [f"{v['id']}: {v['help']}: {v['nodes'][0]['html'][:120]}" for v in axe_violations(page)]
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            found.append(f"page is {width}px wide at 375px")
        if found:
            problems[f"{role} {url}"] = found
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
    assert page.script_errors == []
