"""The audit trail read by people: one sentence per event ("Nguyễn Văn A gửi duyệt bản sửa lúc 14:05
ngày 02/12/2026"), local times, and the changed fields by name with readable values (display.py).

Every action the code records has a sentence here; tests/workspace/test_history.py finds the
actions in the source and fails on one without a sentence.
"""
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..i18n import date_format, price_label, time_format
from ..models import AuditEvent
from .display import LABELS, show

SENTENCES = {
    # enterprises
    "enterprise.register": _l("%(who)s đăng ký hồ sơ doanh nghiệp"),
    "enterprise.update": _l("%(who)s sửa hồ sơ doanh nghiệp"),
    "enterprise.submit": _l("%(who)s gửi duyệt hồ sơ doanh nghiệp"),
    "enterprise.withdraw": _l("%(who)s rút hồ sơ doanh nghiệp khỏi hàng chờ duyệt"),
    "enterprise.approve": _l("%(who)s duyệt hồ sơ doanh nghiệp"),
    "enterprise.reject": _l("%(who)s từ chối hồ sơ doanh nghiệp"),
    "enterprise.suspend": _l("%(who)s tạm ngừng hồ sơ doanh nghiệp"),
    "enterprise.reinstate": _l("%(who)s khôi phục hồ sơ doanh nghiệp"),
    "enterprise.apply_revision": _l("%(who)s áp dụng bản sửa vào hồ sơ doanh nghiệp"),
    "enterprise.committee_merge": _l("%(who)s chuyển doanh nghiệp sang Đảng ủy Khối nhận khi hợp nhất"),  # before 0020
    # offerings
    "offering.create": _l("%(who)s tạo sản phẩm, dịch vụ"),
    "offering.update": _l("%(who)s sửa sản phẩm, dịch vụ"),
    "offering.submit": _l("%(who)s gửi duyệt sản phẩm, dịch vụ"),
    "offering.withdraw": _l("%(who)s rút sản phẩm, dịch vụ khỏi hàng chờ duyệt"),
    "offering.archive": _l("%(who)s lưu trữ sản phẩm, dịch vụ"),
    "offering.confirm": _l("%(who)s xác nhận thông tin sản phẩm, dịch vụ vẫn đúng"),
    "offering.approve": _l("%(who)s duyệt sản phẩm, dịch vụ"),
    "offering.reject": _l("%(who)s từ chối sản phẩm, dịch vụ"),
    "offering.apply_revision": _l("%(who)s áp dụng bản sửa vào sản phẩm, dịch vụ"),
    # revisions of approved records
    "revision.propose": _l("%(who)s gửi duyệt bản sửa"),
    "revision.update": _l("%(who)s sửa bản sửa đang chờ duyệt"),
    "revision.archive": _l("%(who)s lưu trữ bản sửa đang chờ duyệt"),
    "revision.approve": _l("%(who)s duyệt bản sửa"),
    "revision.reject": _l("%(who)s từ chối bản sửa"),
    # member imports
    "import.create": _l("%(who)s nhập hồ sơ từ bảng tính"),
    "import.update": _l("%(who)s cập nhật hồ sơ từ bảng tính"),
    # accounts and colleagues
    "user.register": _l("%(who)s tạo tài khoản"),
    "user.update": _l("%(who)s sửa vai trò hoặc trạng thái tài khoản"),
    "user.password_change": _l("%(who)s đổi mật khẩu"),
    "user.password_reset": _l("%(who)s đặt lại mật khẩu"),
    "user.email_confirm": _l("%(who)s xác nhận địa chỉ e-mail"),
    "invitation.create": _l("%(who)s mời một người tham gia doanh nghiệp"),
    "invitation.accept": _l("%(who)s nhận lời mời tham gia doanh nghiệp"),
    "member.remove": _l("%(who)s cho một người rời doanh nghiệp"),
    "member.promote": _l("%(who)s giao quyền quản lý cho một nhân viên"),
    # administration
    "committee.create": _l("%(who)s thêm Đảng ủy Khối"),
    "committee.update": _l("%(who)s sửa thông tin Đảng ủy Khối"),
    "committee.merge": _l("%(who)s hợp nhất Đảng ủy Khối vào đơn vị khác"),
    "committee.document_settings": _l("%(who)s sửa thông tin trình bày văn bản báo cáo của Đảng ủy Khối"),
    "category.create": _l("%(who)s thêm nhóm sản phẩm, dịch vụ"),
    "category.rename": _l("%(who)s đổi tên nhóm sản phẩm, dịch vụ"),
    "category.move": _l("%(who)s chuyển nhóm sản phẩm, dịch vụ sang nhóm cha khác"),
    "category.merge": _l("%(who)s hợp nhất nhóm sản phẩm, dịch vụ vào nhóm khác"),
    "synonyms.create": _l("%(who)s thêm một nhóm từ đồng nghĩa cho tìm kiếm"),
    "synonyms.update": _l("%(who)s sửa một nhóm từ đồng nghĩa cho tìm kiếm"),
    "synonyms.delete": _l("%(who)s xóa một nhóm từ đồng nghĩa cho tìm kiếm"),
    # certifications (verified by the committee as listings are)
    "certification.submit": _l("%(who)s khai chứng nhận và gửi Đảng ủy Khối xác minh"),
    "certification.update": _l("%(who)s sửa chứng nhận và gửi xác minh lại"),
    "certification.withdraw": _l("%(who)s rút chứng nhận"),
    "certification.delete": _l("%(who)s xoá bản khai chứng nhận chưa được xác minh"),
    "certification.approve": _l("%(who)s xác minh chứng nhận"),
    "certification.reject": _l("%(who)s từ chối chứng nhận"),
    # the linkage programme
    "need.post": _l("%(who)s đăng nhu cầu mua"),
    "need.close": _l("%(who)s đóng nhu cầu mua"),
    "need.update": _l("%(who)s sửa nhu cầu mua"),
    "quote.send": _l("%(who)s gửi báo giá"),
    "quote.accept": _l("%(who)s chấp nhận báo giá"),
    "quote.decline": _l("%(who)s từ chối báo giá"),
    "inquiry.send": _l("%(who)s gửi yêu cầu báo giá"),
    "inquiry.reply": _l("%(who)s trả lời yêu cầu báo giá"),
    "inquiry.close": _l("%(who)s đóng yêu cầu báo giá"),
    "linkage.propose": _l("%(who)s ghi nhận một liên kết và chờ bên kia xác nhận"),
    "linkage.confirm": _l("%(who)s xác nhận liên kết"),
    "linkage.decline": _l("%(who)s không xác nhận liên kết"),
    "linkage.cancel": _l("%(who)s hủy liên kết đã xác nhận"),
    "feedback.give": _l("%(who)s đánh giá bên kia sau giao dịch liên kết"),
    "feedback.change": _l("%(who)s sửa đánh giá sau giao dịch liên kết"),
    "feedback.answer": _l("%(who)s trả lời đánh giá sau giao dịch liên kết"),
    "feedback.hide_comment": _l("%(who)s ẩn nhận xét trong đánh giá sau giao dịch"),
    "feedback.hide_answer": _l("%(who)s ẩn câu trả lời đánh giá sau giao dịch"),
    "feedback.show_comment": _l("%(who)s hiện lại nhận xét trong đánh giá sau giao dịch"),
    "feedback.show_answer": _l("%(who)s hiện lại câu trả lời đánh giá sau giao dịch"),
}


@dataclass
class Change:
    label: str
    before: str
    after: str


@dataclass
class Entry:
    event: AuditEvent
    sentence: str
    changes: list[Change]


def sentence(event: AuditEvent) -> str:
    """What happened, who did it and when, in the current language and local time."""
    who = event.actor.full_name if event.actor else _("Hệ thống")
    template = SENTENCES.get(event.action)
    what = str(template) % {"who": who} if template else _("%(who)s thay đổi hồ sơ", who=who)
    return _("%(what)s lúc %(time)s ngày %(date)s.", what=what, time=time_format(event.created_at),
             date=date_format(event.created_at))


def _pair(event: AuditEvent) -> tuple[dict, dict]:
    """Before and after as field values; a proposed revision compares with the values it replaces."""
    before, after = event.before or {}, event.after or {}
    if isinstance(after.get("proposed"), dict):
        after = after["proposed"]
        if isinstance(before.get("current"), dict):
            before = before["current"]
            after = {k: after.get(k) for k in before}
    return before, after


def _show(key: str, value) -> str:
    """As display.show, but pictures as a count: stored file names mean nothing to a person, and a
    replaced picture is no longer on the server."""
    if key in ("images", "logo_path"):
        n = len(value) if isinstance(value, list) else int(bool(value))
        return _("%(n)s ảnh", n=n) if n else "—"
    return show(key, value)


def changes(event: AuditEvent) -> list[Change]:
    """The fields a person would recognise, by name, with names for ids (a category's name, not
    its id); ids, versions, timestamps and stored file names are left to the raw record."""
    before, after = _pair(event)
    rows = []
    for key in LABELS:
        if key not in before and key not in after:
            continue
        old = _show(key, before.get(key)) if key in before else "—"
        new = _show(key, after.get(key)) if key in after else "—"
        if old != new:
            rows.append(Change(str(LABELS[key]), old, new))
    if "price_min" in before or "price_min" in after:
        old = price_label(before.get("price_min"), before.get("price_max")) if "price_min" in before else "—"
        new = price_label(after.get("price_min"), after.get("price_max")) if "price_min" in after else "—"
        if old != new:
            rows.append(Change(str(LABELS["price"]), old, new))
    return rows


def entries(events: list[AuditEvent]) -> list[Entry]:
    return [Entry(event, sentence(event), changes(event)) for event in events]
