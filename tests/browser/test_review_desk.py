"""The review desk in a browser: "select all on this page" approves the page at once, the R shortcut
asks for a reason first, and the shortcuts can be switched off."""
from datetime import timedelta

from playwright.sync_api import Page, expect

from directory.extensions import db
from directory.models import Committee, Enterprise, Offering, Role, Status, User
from directory.models.base import utcnow
from tests.conftest import PASSWORD

from .conftest import sign_in


def _queue(live_app) -> list[str]:
    with live_app.app_context():
        committee = Committee(code="khoi-phutho", name="Đảng ủy Khối Doanh nghiệp tỉnh Phú Thọ", province_code="25")
        enterprise = Enterprise(slug="giay-phu-tho", legal_name="Công ty Cổ phần Giấy Phú Thọ", tax_code="0100109106",
                                committee=committee, ownership="joint_stock", province_code="25",
                                status=Status.APPROVED, approved_at=utcnow())
        titles = ["Giấy in A4", "Giấy kraft", "Thùng carton 5 lớp"]
        offerings = [Offering(enterprise=enterprise, kind="product", title=t, status=Status.PENDING,
                              submitted_at=utcnow() - timedelta(days=3 - i)) for i, t in enumerate(titles)]
        reviewer = User(email="duyet@khoiphutho.vn", full_name="Đỗ Thu Hà", role=Role.REVIEWER, committee=committee,
                        email_confirmed_at=utcnow())
        reviewer.set_password(PASSWORD)
        db.session.add_all([committee, enterprise, *offerings, reviewer])
        db.session.commit()
        return titles


def test_select_all_on_the_page_then_approve(page: Page, live_app):
    titles = _queue(live_app)
    sign_in(page, "duyet@khoiphutho.vn", PASSWORD)
    expect(page.get_by_role("heading", name="Hồ sơ chờ duyệt")).to_be_visible()
    expect(page.get_by_text("Chờ lâu nhất:")).to_be_visible()
    page.get_by_label("Chọn tất cả trên trang này").check()
    for title in titles:
        expect(page.get_by_label(f"Chọn {title}")).to_be_checked()
    page.get_by_label(f"Chọn {titles[0]}").uncheck()
    expect(page.get_by_label("Chọn tất cả trên trang này")).not_to_be_checked()
    page.get_by_role("button", name="Duyệt các mục đã chọn").click()
    expect(page.get_by_text("Đã duyệt 2 mục.")).to_be_visible()
    expect(page.get_by_role("link", name=titles[0], exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=titles[1], exact=True)).to_have_count(0)
    assert page.script_errors == []


def test_reject_by_keyboard_asks_for_a_reason_and_shortcuts_switch_off(page: Page, live_app):
    titles = _queue(live_app)
    sign_in(page, "duyet@khoiphutho.vn", PASSWORD)
    page.get_by_role("link", name=titles[0], exact=True).click()
    switch = page.get_by_role("switch", name="Dùng phím tắt")
    expect(switch).to_be_checked()
    page.keyboard.press("r")  # no reason yet: the first reason gets the focus, nothing is sent
    expect(page.get_by_label("Mô tả chưa đủ thông tin")).to_be_focused()
    page.keyboard.press("Space")
    page.locator("body").focus()
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("r")
    expect(page.get_by_text(f"Đã từ chối «{titles[0]}».")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text(titles[1])  # on to the next item
    page.get_by_role("switch", name="Dùng phím tắt").uncheck()
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("a")  # switched off (and kept off): nothing happens
    page.reload()
    expect(page.get_by_role("switch", name="Dùng phím tắt")).not_to_be_checked()
    expect(page.get_by_role("heading", level=1)).to_contain_text(titles[1])
    expect(page.get_by_text("Chờ duyệt").first).to_be_visible()
    assert page.script_errors == []
