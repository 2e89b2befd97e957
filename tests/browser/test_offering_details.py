"""The offering form's details in Chromium: specification rows added and removed by
static/js/offering-form.js, the place select that fits the origin, saved as typed; on a phone."""
from playwright.sync_api import Page, expect

from directory.models import Offering, Origin
from tests.conftest import PASSWORD

from .conftest import sign_in


def test_spec_rows_are_added_and_removed_and_the_origin_shows_its_place(page: Page, world, db):
    page.set_viewport_size({"width": 375, "height": 812})
    sign_in(page, world["manager_a"].email, PASSWORD)
    page.goto("/workspace/offerings/new")
    page.get_by_label("Tên sản phẩm, dịch vụ").fill("Máy chiếu hội trường 6.000 lumen")
    page.get_by_label("Đơn vị tính").fill("chiếc")
    province, country = page.get_by_label("Tỉnh, thành phố sản xuất hoặc lắp ráp"), page.get_by_label("Nước xuất xứ (hàng nhập khẩu)")
    expect(province).to_be_hidden()  # no origin chosen yet: neither place
    expect(country).to_be_hidden()
    page.get_by_role("radio", name="Nhập khẩu").check()
    expect(country).to_be_visible()
    expect(province).to_be_hidden()
    country.select_option("JP")

    rows = page.locator(".spec-row")
    expect(rows).to_have_count(3)
    page.get_by_role("button", name="Thêm dòng thông số").click()
    expect(rows).to_have_count(4)
    expect(page.get_by_label("Tên thông số 4")).to_be_focused()
    page.get_by_label("Tên thông số 1").fill("Độ sáng")
    page.get_by_label("Giá trị thông số 1").fill("6.000 ANSI lumen")
    page.get_by_label("Tên thông số 2").fill("Sẽ bỏ")
    page.get_by_label("Giá trị thông số 2").fill("dòng này")
    page.get_by_label("Tên thông số 4").fill("Độ phân giải")
    page.get_by_label("Giá trị thông số 4").fill("WUXGA 1920 x 1200")
    rows.nth(1).get_by_role("button", name="Xoá dòng").click()
    expect(rows).to_have_count(3)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    page.get_by_role("button", name="Lưu").click()
    page.wait_for_load_state()
    offering = db.session.scalar(db.select(Offering).where(Offering.title == "Máy chiếu hội trường 6.000 lumen"))
    assert offering is not None and offering.origin == Origin.IMPORTED and offering.origin_country == "JP"
    assert offering.specs == [["Độ sáng", "6.000 ANSI lumen"], ["Độ phân giải", "WUXGA 1920 x 1200"]]
