"""The whole listing journey in Chromium: register an enterprise, add an offering with an image,
submit; the committee's reviewer approves; a visitor finds the offering on the public pages."""
import io
import re

from PIL import Image
from playwright.sync_api import Page, expect

from directory.extensions import db
from directory.models import Category, Committee, Kind, Offering, Role, User
from directory.models.base import utcnow
from tests.conftest import PASSWORD

from .conftest import sign_in


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 90), (180, 40, 40)).save(out, "PNG")
    return out.getvalue()


def _people(live_app):
    with live_app.app_context():
        committee = Committee(code="khoi-hanam", name="Đảng ủy Khối Doanh nghiệp tỉnh Hà Nam", province_code="37")
        db.session.add_all([committee, Category(slug="vat-lieu", name_vi="Vật liệu xây dựng",
                                                name_en="Building materials", kind=Kind.PRODUCT)])
        db.session.flush()
        for email, role, extra in (("giamdoc@gachhanam.vn", Role.MANAGER, {}),
                                   ("canbo@khoi.vn", Role.REVIEWER, {"committee_id": committee.id})):
            user = User(email=email, full_name="Người dùng thử", role=role, **extra)
            user.set_password(PASSWORD)
            user.email_confirmed_at = utcnow()
            db.session.add(user)
        db.session.commit()
        return committee.name


def _sign_out(page: Page) -> None:
    # The menu opens by Bootstrap's script: a click before the page's scripts have run (a busy
    # machine, right after a form's redirect) would open nothing.
    page.wait_for_load_state("load")
    page.locator("#main-nav .account-menu").click()  # the account menu under the user's name
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_load_state()


def test_register_list_approve_and_find(page: Page, live_app):
    committee_name = _people(live_app)

    sign_in(page, "giamdoc@gachhanam.vn", PASSWORD)
    page.goto("/workspace/register")
    page.get_by_label("Tên đầy đủ theo đăng ký kinh doanh").fill("Công ty Cổ phần Gạch men Hà Nam")
    page.get_by_label("Tên ngắn gọn").fill("Gạch Hà Nam")
    page.get_by_label("Mã số thuế").fill("0100233488")
    page.get_by_label("Đảng ủy Khối").select_option(label=committee_name)
    page.get_by_label("Số nhà, đường").fill("Số 12 đường Lê Lợi")
    page.get_by_label("Tỉnh, thành phố").select_option(label="Ninh Bình")
    page.get_by_label("Điện thoại").fill("0226 3852 123")
    # The sector picker, by keyboard: words without diacritics, then a code; Enter adds, never submits.
    sectors = page.get_by_label("Ngành kinh doanh (VSIC)")
    picker = page.get_by_role("combobox", name="Tìm ngành theo mã hoặc tên để thêm")
    options = page.get_by_role("listbox", name="Ngành tìm thấy").get_by_role("option")
    picker.fill("xi mang")
    expect(options.first).to_have_text(
        "23 – Sản xuất sản phẩm từ khoáng phi kim loại khác (VSIC 2025)")
    picker.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    picker.press("Enter")
    expect(sectors).to_have_value("2025:23")
    picker.fill("2394")
    expect(options.filter(has_text="2394 – Sản xuất sản phẩm từ khoáng phi kim loại khác (VSIC 2018)")).to_be_visible()
    picker.press("ArrowDown")
    picker.press("ArrowDown")
    picker.press("Enter")
    expect(sectors).to_have_value("2025:23; 2018:2394")
    expect(page.get_by_role("listbox")).to_be_hidden()
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu bản nháp hồ sơ")).to_be_visible()
    page.get_by_role("button", name="Gửi duyệt hồ sơ").click()
    expect(page.get_by_text("Hồ sơ đã được gửi duyệt.")).to_be_visible()

    page.goto("/workspace/offerings/new")
    page.get_by_label("Tên sản phẩm, dịch vụ").fill("Gạch ốp tường men bóng 30x60")
    page.get_by_label("Nhóm").select_option(label="Vật liệu xây dựng")
    page.get_by_label("Một giá").check()
    page.get_by_label("Giá (hoặc giá thấp nhất), đồng").fill("145.000")
    page.get_by_label("Đơn vị tính").fill("m²")
    # Delivery areas, by keyboard: part of a name without accents, arrows, Enter adds (never
    # submits); Backspace in the empty box or a chosen item's button removes it.
    areas = page.get_by_role("combobox", name="Khu vực giao hàng")
    chosen = page.get_by_role("list", name="Đã chọn")
    options = page.get_by_role("listbox", name="Khu vực giao hàng").get_by_role("option")
    for typed, name in (("hai phong", "Hải Phòng"), ("ha noi", "Hà Nội"), ("hue", "Huế")):
        areas.fill(typed)
        expect(options.first).to_have_text(name)
        areas.press("ArrowDown")
        areas.press("Enter")
        expect(chosen.get_by_role("button", name=f"Bỏ {name}")).to_be_visible()
    expect(options).to_have_count(0)
    areas.press("Backspace")  # removes Huế, the last added
    expect(chosen.get_by_role("button")).to_have_count(2)
    chosen.get_by_role("button", name="Bỏ Hải Phòng").press("Enter")
    expect(areas).to_be_focused()
    areas.press("ArrowDown")  # the empty box lists every province not yet chosen
    expect(options.first).to_be_visible()
    expect(page.get_by_role("option", name="Hà Nội")).to_have_count(0)
    areas.press("Escape")
    areas.fill("hai phong")
    expect(options.first).to_have_text("Hải Phòng")
    areas.press("Enter")
    expect(page.locator("select#areas")).to_have_values(["01", "31"])
    page.get_by_label("Thêm ảnh").set_input_files([{"name": "gach.png", "mimeType": "image/png", "buffer": _png()}])
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu bản nháp «Gạch ốp tường men bóng 30x60»")).to_be_visible()
    with live_app.app_context():
        offering = db.session.scalar(db.select(Offering).where(Offering.title == "Gạch ốp tường men bóng 30x60"))
        assert sorted(area.province_code for area in offering.delivery_areas) == ["01", "31"]
    page.get_by_role("button", name="Gửi duyệt", exact=True).click()
    expect(page.get_by_text("Đã gửi duyệt.")).to_be_visible()
    _sign_out(page)

    sign_in(page, "canbo@khoi.vn", PASSWORD)
    expect(page).to_have_url(re.compile(r"/review/$"))  # a reviewer lands on the queue
    page.get_by_role("link", name="Gạch Hà Nam", exact=True).click()
    page.get_by_role("button", name="Duyệt", exact=True).click()
    expect(page.get_by_text("Đã duyệt «Gạch Hà Nam».")).to_be_visible()
    # straight on to the next item of the queue, the offering, decided from the keyboard
    expect(page.get_by_role("heading", level=1)).to_contain_text("Gạch ốp tường men bóng 30x60")
    expect(page.get_by_role("switch", name="Dùng phím tắt")).to_be_checked()  # shown by review.js once it runs
    page.keyboard.press("a")
    expect(page.get_by_text("Đã duyệt «Gạch ốp tường men bóng 30x60».")).to_be_visible()
    expect(page.get_by_text("Không còn hồ sơ nào chờ duyệt trong hàng này.")).to_be_visible()
    _sign_out(page)

    page.goto("/")
    page.get_by_role("link", name="Gạch ốp tường men bóng 30x60").first.click()
    expect(page.get_by_role("heading", name="Gạch ốp tường men bóng 30x60")).to_be_visible()
    expect(page.get_by_text("145.000\u00a0₫")).to_be_visible()
    image = page.locator("img.offering-image").first
    expect(image).to_be_visible()
    assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) == 120
    assert page.script_errors == []

    # The search box's typeahead, by keyboard: an arrow moves to a suggestion, Enter opens it.
    page.goto("/")
    box = page.locator("input[data-suggest-url]")
    box.fill("gach op tuong")
    suggestion = page.get_by_role("option").filter(has_text="Gạch ốp tường men bóng 30x60")
    expect(suggestion).to_be_visible()
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "q-option-0")
    box.press("Enter")
    # The suggestion's page: the search for that title among offerings (the home page lists it too).
    expect(page).to_have_url(re.compile(r"/search/\?q=.+&type=offering$"))
    expect(page.get_by_role("heading", name="Gạch ốp tường men bóng 30x60")).to_be_visible()
    assert page.script_errors == []
