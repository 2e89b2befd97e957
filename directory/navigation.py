"""Template globals: the navigation a role sees and small display helpers."""
import phonenumbers
from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from .i18n import current_locale
from .reference import province_name, sector_label
from .services.permissions import can_register_enterprise, has_enterprise, is_admin, is_reviewer_or_admin

# (endpoint, label, who sees it: a predicate of services/permissions.py); a link shows only once
# its blueprint is registered.
NAV = (
    ("search.results", _l("Tìm kiếm"), lambda u: True),
    ("workspace.index", _l("Doanh nghiệp của tôi"), has_enterprise),
    ("workspace.register", _l("Đăng ký doanh nghiệp"), can_register_enterprise),
    ("linkage.home", _l("Kết nối giao thương"), has_enterprise),
    ("review.queue", _l("Duyệt hồ sơ"), is_reviewer_or_admin),
    ("imports.index", _l("Nhập hội viên"), is_reviewer_or_admin),
    ("reports.dashboard", _l("Báo cáo"), is_reviewer_or_admin),
    ("admin.index", _l("Quản trị"), is_admin),
)


def nav_links():
    return [(e, label) for e, label, visible in NAV
            if e in current_app.view_functions and visible(current_user)]


def phone_display(value: str | None) -> str:
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, "VN")
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def vsic_label(sector) -> str:
    return sector_label(sector.vsic_version, sector.code, english=current_locale() == "en")


ROLE_LABELS = {
    "manager": _l("Quản lý doanh nghiệp"), "staff": _l("Nhân viên doanh nghiệp"),
    "reviewer": _l("Cán bộ duyệt của Đảng ủy Khối"), "admin": _l("Quản trị viên"),
}


def role_label(role) -> str:
    return str(ROLE_LABELS.get(getattr(role, "value", role), role))


# What an audit event points at, in words: the stored `target_type` (Model.type_key()) is a
# table name less its "s" ("inquirie"), never meant for people.
RECORD_KINDS = {
    "user": _l("Tài khoản #%(id)s"), "invitation": _l("Lời mời #%(id)s"),
    "committee": _l("Đảng ủy Khối #%(id)s"), "enterprise": _l("Doanh nghiệp #%(id)s"),
    "category": _l("Nhóm sản phẩm, dịch vụ #%(id)s"), "offering": _l("Sản phẩm, dịch vụ #%(id)s"),
    "revision": _l("Đề xuất thay đổi #%(id)s"), "search_synonym": _l("Nhóm từ đồng nghĩa #%(id)s"),
    "need": _l("Nhu cầu mua hàng #%(id)s"), "inquirie": _l("Yêu cầu báo giá #%(id)s"),
    "linkage": _l("Giao dịch liên kết #%(id)s"), "review": _l("Quyết định duyệt #%(id)s"),
}


def record_kind(type_key: str, record_id) -> str:
    label = RECORD_KINDS.get(type_key)
    return str(label) % {"id": record_id} if label is not None else f"{type_key} #{record_id}"


def register_globals(app) -> None:
    app.jinja_env.add_extension("jinja2.ext.do")
    app.jinja_env.globals.update(
        nav_links=nav_links, phone_display=phone_display, vsic_label=vsic_label,
        province_name=province_name, role_label=role_label, record_kind=record_kind,
        is_admin=is_admin,  # role questions in templates are the permission predicates
    )
