"""Search results and shortlists in Chromium: the order applies when chosen, a result is saved to
the only list in one click (htmx, with CSRF), and the comparison keeps its row labels in view
while it scrolls sideways on a phone."""
from playwright.sync_api import Page, expect

from directory.models import ShortlistItem
from tests.conftest import PASSWORD

from .conftest import sign_in
from .site import populate


def _site(world, db, make_category, make_offering, make_enterprise):
    populate(world, db, make_category, make_offering, make_enterprise)
    return world


def test_the_order_applies_when_chosen_and_a_result_is_saved_in_one_click(page: Page, world, db, make_category,
                                                                          make_offering, make_enterprise):
    site = _site(world, db, make_category, make_offering, make_enterprise)
    sign_in(page, site["buyer"].email, PASSWORD)
    page.goto("/search/?q=th%C3%A9p")
    expect(page.get_by_role("button", name="Áp dụng")).to_be_hidden()  # script on: no extra click
    page.get_by_label("Sắp xếp").select_option("price_desc")
    page.wait_for_url("**sort=price_desc**")
    titles = page.locator(".search-hits h3").all_inner_texts()
    assert titles[0] == "Thép thanh vằn D16 CB400"  # 16.500.000 ₫, the dearest
    expect(page.locator(".search-hits img.hit-thumbnail").first).to_have_attribute("loading", "lazy")
    before = db.session.query(ShortlistItem).count()
    card = page.locator(".search-hits li", has_text="Thép cuộn xây dựng D10")
    card.get_by_role("button", name="Lưu vào “Vật tư quý 3”").click()
    expect(card.get_by_role("status")).to_contain_text("Đã lưu vào “Vật tư quý 3”")
    assert page.url.endswith("sort=price_desc")  # stayed on the results
    db.session.expire_all()
    assert db.session.query(ShortlistItem).count() == before  # it was in the list already: not twice
    other = page.locator(".search-hits li", has_text="Dịch vụ vận tải")
    other.get_by_role("button", name="Lưu vào “Vật tư quý 3”").click()
    expect(other.get_by_role("status")).to_contain_text("Đã lưu")
    db.session.expire_all()
    assert db.session.query(ShortlistItem).count() == before + 1
    assert page.script_errors == []


def test_the_comparison_keeps_its_row_labels_in_view_on_a_phone(page: Page, world, db, make_category,
                                                                make_offering, make_enterprise):
    site = _site(world, db, make_category, make_offering, make_enterprise)
    page.set_viewport_size({"width": 375, "height": 812})
    sign_in(page, site["buyer"].email, PASSWORD)
    page.goto(f"/linkage/shortlists/{site['shortlist'].id}/compare")
    region = page.get_by_role("region", name="Bảng dữ liệu, cuộn ngang được")
    label = page.get_by_role("rowheader", name="Giá", exact=True)
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")  # three items do not fit: it scrolls
    region.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    page.wait_for_timeout(100)
    box, frame = label.bounding_box(), region.bounding_box()
    assert frame["x"] - 1 <= box["x"] <= frame["x"] + 1  # still at the left edge, not scrolled away
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
