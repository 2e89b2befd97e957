"""The programme end to end in Chromium: a buyer of committee A finds an offering of committee B,
asks, the supplier answers, the buyer records the deal, the supplier confirms; both committees'
dashboards count it once, with its value, in the A→B cell."""
import re

from playwright.sync_api import Page, expect

from directory.extensions import db
from directory.models import Committee, Enterprise, Offering, Role, Status, User
from directory.models.base import utcnow

PASSWORD = "mat-khau-123"


def _world(live_app) -> dict:
    with live_app.app_context():
        a = Committee(code="khoi-hanoi", name="Đảng ủy Khối Doanh nghiệp Hà Nội", province_code="01")
        b = Committee(code="khoi-haiphong", name="Đảng ủy Khối Doanh nghiệp thành phố Hải Phòng", province_code="31")
        buyer = Enterprise(slug="xay-dung-ha-noi", legal_name="Công ty Cổ phần Xây dựng Hà Nội", tax_code="0100109106",
                           committee=a, ownership="joint_stock", province_code="01", status=Status.APPROVED,
                           approved_at=utcnow())
        supplier = Enterprise(slug="thep-hai-phong", legal_name="Công ty TNHH Thép Hải Phòng", tax_code="0200519875",
                              committee=b, ownership="limited", province_code="31", status=Status.APPROVED,
                              approved_at=utcnow())
        offering = Offering(enterprise=supplier, kind="product", title="Thép cây vằn D16", unit="tấn",
                            price_min=15_800_000, price_max=15_800_000, status=Status.APPROVED, approved_at=utcnow())
        users = {
            "buyer": User(email="muahang@xaydunghanoi.vn", full_name="Lê Thị Thu", role=Role.MANAGER, enterprise=buyer),
            "supplier": User(email="kinhdoanh@thephaiphong.vn", full_name="Phạm Văn Hùng", role=Role.STAFF,
                             enterprise=supplier),
            "reviewer_a": User(email="duyet@khoihanoi.vn", full_name="Nguyễn Minh", role=Role.REVIEWER, committee=a),
            "reviewer_b": User(email="duyet@khoihaiphong.vn", full_name="Vũ Hải", role=Role.REVIEWER, committee=b),
        }
        for user in users.values():
            user.set_password(PASSWORD)
            user.email_confirmed_at = utcnow()
        db.session.add_all([a, b, buyer, supplier, offering, *users.values()])
        db.session.commit()
        return {"offering": offering.id, "a": (a.id, a.code), "b": (b.id, b.code),
                **{k: u.email for k, u in users.items()}}


def _sign_in(page: Page, email: str) -> None:
    page.context.clear_cookies()
    page.goto("/account/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("status").first).to_contain_text("Xin chào")


def test_inquiry_answer_deal_and_both_dashboards(page: Page, live_app):
    w = _world(live_app)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    _sign_in(page, w["buyer"])
    page.goto(f"/offerings/{w['offering']}")
    page.get_by_role("link", name="Gửi yêu cầu báo giá").click()
    page.get_by_label("Số lượng").fill("40 tấn")
    page.get_by_label("Lời nhắn").fill("Xin báo giá 40 tấn thép D16 giao tại công trình Long Biên.")
    page.get_by_role("button", name="Gửi yêu cầu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thép cây vằn D16")

    _sign_in(page, w["supplier"])
    page.goto("/linkage/inquiries")
    expect(page.get_by_text("1 tin chưa đọc")).to_be_visible()
    page.get_by_role("link", name="Thép cây vằn D16").click()
    page.get_by_label("Trả lời").fill("Giá 15.800.000 đ/tấn, giao trong 3 ngày.")
    page.get_by_role("button", name="Gửi trả lời").click()
    expect(page.get_by_text("Giá 15.800.000 đ/tấn")).to_be_visible()

    _sign_in(page, w["buyer"])
    page.goto("/linkage/inquiries")
    page.get_by_role("link", name="Thép cây vằn D16").click()
    page.get_by_role("link", name="Ghi nhận giao dịch từ trao đổi này").click()
    page.get_by_label("Giá trị giao dịch (đồng)").fill("632.000.000")
    today = page.evaluate("new Date().toLocaleDateString('sv-SE', {timeZone: 'Asia/Ho_Chi_Minh'})")
    page.get_by_label("Ngày giao dịch / từ ngày").fill(today)
    page.get_by_role("button", name="Gửi đề nghị xác nhận").click()
    expect(page.get_by_text("Chờ xác nhận")).to_be_visible()

    _sign_in(page, w["supplier"])
    page.goto("/linkage/linkages")
    page.get_by_role("link", name="Xây dựng Hà Nội").click()
    page.get_by_role("button", name="Xác nhận giao dịch").click()
    expect(page.locator("h1")).to_contain_text("Đã xác nhận")

    (a_id, a_code), (b_id, b_code) = w["a"], w["b"]
    for reviewer, code in (("reviewer_a", a_code), ("reviewer_b", b_code)):
        _sign_in(page, w[reviewer])
        page.goto(f"/reports/committees/{code}")
        expect(page.locator('[data-figure="5"]')).to_have_text("1")
        expect(page.locator('[data-figure="6"]')).to_have_text(re.compile(r"632\.000\.000\s₫"))
        cell = page.locator(f'[data-cell="{a_id}-{b_id}"]')
        expect(cell.locator(".matrix-count")).to_have_text("1")
        expect(cell.locator(".matrix-value")).to_have_text(re.compile(r"632\.000\.000\s₫"))
        assert page.locator(".matrix-count").count() == 1  # counted once, in one cell
        assert page.locator("canvas").first.evaluate("c => c.width > 0")
    assert errors == []
