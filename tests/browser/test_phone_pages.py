"""Pages with wide content, on a phone: the printable catalogue (a table) and a record's history
(changed fields as before/after pairs). The crawl does not reach the history (opened from a
record's page), and a table inside a scrolling region passes a page-width check while its last
columns sit off-screen, so here every cell and every value must lie within the 375 px screen."""
import json

import pytest
from playwright.sync_api import Page

from directory.models import AuditEvent
from tests.conftest import PASSWORD

from .conftest import axe_violations, sign_in
from .site import populate

CELLS = "main td, main th, main dt, main dd"
CELLS_OUTSIDE = """([selector, width]) => [...document.querySelectorAll(selector)]
  .filter((cell) => { const box = cell.getBoundingClientRect(); return box.width > 0 && box.right > width + 1; })
  .map((cell) => cell.innerText.slice(0, 60))"""


@pytest.fixture
def phone_site(world, db, make_category, make_offering, make_enterprise):
    populate(world, db, make_category, make_offering, make_enterprise)
    offering, manager = world["offering_a"], world["manager_a"]
    world["a"].legal_name = "Công ty Cổ phần Đầu tư Xây dựng và Thương mại Thép Việt Hà Nội"
    world["a"].email = "phongkinhdoanh.thepvietahanoi@example.vn"
    before = {"title": "Thép cuộn", "description": "Thép cuộn cán nóng, đường kính 6–12 mm.",
              "price_min": 14_000_000, "unit": "tấn"}
    after = {"title": "Thép cuộn cán nóng CB240-T D6–D12 theo TCVN 1651-1:2018",
             "description": "Thép cuộn cán nóng dùng cho xây dựng dân dụng và công nghiệp; giao tại kho Đông Anh "
                            "hoặc tại công trình trong bán kính 50 km; chứng chỉ xuất xưởng kèm theo mỗi lô hàng.",
             "price_min": 15_500_000, "unit": "tấn", "website": "https://thepvietha.example.vn/san-pham/thep-cuon"}
    db.session.add_all([
        AuditEvent(actor_id=manager.id, action="offering.update", target_type="offering", target_id=offering.id,
                   before=before, after=after),
        AuditEvent(actor_id=manager.id, action="offering.create", target_type="offering", target_id=offering.id,
                   after=before),
    ])
    db.session.commit()
    return world


def test_catalogue_and_history_fit_a_phone(page: Page, phone_site):
    pages = {"reviewer_a": f"/reports/committees/{phone_site['committee_a'].code}/catalogue",
             "manager_a": f"/workspace/history/offering/{phone_site['offering_a'].id}",
             # a deal's terms, both sides' feedback (one comment hidden) and the buyer's form to change its own
             "buyer": f"/linkage/linkages/{phone_site['deal_to_buyer'].id}"}
    page.set_viewport_size({"width": 375, "height": 812})
    problems = {}
    for role, url in pages.items():
        page.context.clear_cookies()
        sign_in(page, phone_site[role].email, PASSWORD)
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator(CELLS).count() > 0, f"{url}: nothing to measure"
        found = [f"{v['id']}: {v['nodes'][0]['html'][:100]}" for v in axe_violations(page)]
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 375:
            found.append(f"page is {width}px wide")
        found += [f"cell off-screen: {text!r}" for text in page.evaluate(CELLS_OUTSIDE, [CELLS, 375])]
        if found:
            problems[url] = found
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
