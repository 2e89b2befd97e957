"""The navigation bar on a desktop: every item on one line at 1280 and 992 px for every role, with
a notification badge showing, and its colours judged by axe.

Why the page crawl's axe never flagged the 55 % white links (about 2.4:1 on #0d6efd): the crawl
runs at 375 px, where `navbar-expand-lg` collapses the links into a closed menu (`display: none`),
and axe judges only what is rendered. The rule was on and the colours were computed correctly; the
links were simply never on screen. So axe runs here, on desktop widths where the bar is open."""
import json

import pytest
from playwright.sync_api import Page

from directory.models import Notification
from tests.conftest import PASSWORD

from .conftest import axe_violations, sign_in
from .site import populate

NAV_ROLES = ("visitor", "buyer", "manager_a", "reviewer_a", "admin")
WIDTHS = (1280, 992)

# For each item of the open bar: how many lines its visible text takes (text boxes whose tops lie
# more than half a line apart; a badge sits a few pixels off its line) and where the item is.
MEASURE = """() => [...document.querySelectorAll('#main-nav .nav-item, .navbar-brand')].map((item) => {
  const tops = [];
  const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || node.parentElement.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.height > 1) tops.push(r.top);
  }
  tops.sort((a, b) => a - b);
  const half = parseFloat(getComputedStyle(item).fontSize) * 0.75;
  const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > half).length;
  const box = item.getBoundingClientRect();
  const bar = item.closest('.container').getBoundingClientRect();
  return {text: item.innerText.replace(/\\s+/g, ' ').trim(), lines, top: box.top, bottom: box.bottom,
          visible: box.width > 0 && box.height > 0, outside: box.left < bar.left - 1 || box.right > bar.right + 1};
})"""


@pytest.fixture
def nav_site(world, db, make_category, make_offering, make_enterprise):
    """Names as long as real ones, and unread notifications for every signed-in role."""
    populate(world, db, make_category, make_offering, make_enterprise)
    names = {"buyer": "Trần Thị Phương Thảo", "manager_a": "Nguyễn Hoàng Minh Quân",
             "reviewer_a": "Lê Thị Thu Hương", "admin": "Phạm Văn Đức Anh"}
    for role, name in names.items():
        world[role].full_name = name
        db.session.add_all(Notification(user_id=world[role].id, subject=f"Thông báo {n}") for n in range(12))
    db.session.commit()
    return world


def _as(page: Page, site, role: str) -> None:
    page.context.clear_cookies()
    if role != "visitor":
        sign_in(page, site[role].email, PASSWORD)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_navigation_item_wraps(page: Page, nav_site, width):
    page.set_viewport_size({"width": width, "height": 800})
    problems = {}
    for role in NAV_ROLES:
        _as(page, nav_site, role)
        page.goto("/")
        items = page.evaluate(MEASURE)
        assert all(i["visible"] for i in items), f"{role}: the bar is collapsed at {width}px"
        if role != "visitor":
            assert any("chưa đọc" in i["text"] for i in items), f"{role}: no unread badge to measure with"
        found = [f"{i['text']!r} takes {i['lines']} lines" for i in items if i["lines"] > 1]
        found += [f"{i['text']!r} sticks out of the bar" for i in items if i["outside"]]
        rows = {round((i["top"] + i["bottom"]) / 2 / 10) for i in items}
        if len(rows) > 1:
            found.append(f"the items sit on {len(rows)} rows: {[(i['text'], i['top']) for i in items]}")
        if found:
            problems[role] = found
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)


def test_open_navigation_passes_axe_colour_contrast(page: Page, nav_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    problems = {}
    for role in NAV_ROLES:
        _as(page, nav_site, role)
        page.goto("/")
        found = [f"{v['id']}: {n['html'][:100]}" for v in axe_violations(page) for n in v["nodes"]]
        if found:
            problems[role] = found
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
