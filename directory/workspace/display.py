"""How the editable values of a profile or offering read on screen (revision diffs, history)."""
import re
from datetime import date
from difflib import SequenceMatcher

from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

from ..extensions import db
from ..i18n import current_locale, date_format, price_label
from ..models import Category, Committee, Enterprise
from ..navigation import role_label
from ..offering_details import ORIGIN_LABELS, lead_time_label, quantity_label, specs_text, vat_label
from ..reference import country_name, province_name, sector_label
from ..services.certifications import kind_label
from .forms import OWNERSHIP_LABELS

LABELS = {
    "legal_name": _l("Tên đầy đủ"), "short_name": _l("Tên ngắn gọn"), "tax_code": _l("Mã số thuế"),
    "committee_id": _l("Đảng ủy Khối"), "ownership": _l("Loại hình"), "address_line": _l("Số nhà, đường"),
    "ward": _l("Phường, xã, đặc khu"), "province_code": _l("Tỉnh, thành phố"), "phone": _l("Điện thoại"),
    "email": _l("E-mail"), "website": _l("Website"), "description": _l("Giới thiệu / mô tả"),
    "employee_band": _l("Quy mô lao động"), "founded_year": _l("Năm thành lập"), "logo_path": _l("Logo"),
    "sectors": _l("Ngành (VSIC)"), "kind": _l("Loại"), "title": _l("Tên"), "category_id": _l("Nhóm"),
    "unit": _l("Đơn vị tính"), "price": _l("Giá"), "member_offer": _l("Ưu đãi liên kết"),
    "member_discount_pct": _l("Giảm giá ưu đãi (%)"), "areas": _l("Khu vực giao hàng"),
    "min_order_qty": _l("Đặt tối thiểu"), "lead_time_days": _l("Thời gian giao hàng"),
    "delivery_terms": _l("Điều kiện giao hàng"), "price_valid_until": _l("Giá áp dụng đến"),
    "price_includes_vat": _l("Giá đã gồm VAT"), "origin": _l("Xuất xứ"),
    "origin_province_code": _l("Tỉnh, thành phố sản xuất"), "origin_country": _l("Nước xuất xứ"),
    "specs": _l("Thông số"), "images": _l("Ảnh"),
    # committees and user accounts (the administrator's edit forms)
    "name": _l("Tên"), "code": _l("Mã"), "legacy_province_name": _l("Tỉnh trước sáp nhập"),
    "landline_area_code": _l("Mã vùng điện thoại cố định"), "role": _l("Vai trò"),
    "enterprise_id": _l("Doanh nghiệp"), "active": _l("Đang hoạt động"),
    # certifications
    "ocop_stars": _l("Hạng OCOP (sao)"), "award_year": _l("Năm đạt danh hiệu"), "number": _l("Số giấy chứng nhận"),
    "issuer": _l("Tổ chức cấp"), "issued_on": _l("Ngày cấp"), "expires_on": _l("Ngày hết hạn"),
    "document_name": _l("Bản chụp giấy chứng nhận"),
}


def diff_rows(current: dict, proposed: dict) -> list[tuple[str, str, str, bool]]:
    """(label, current, proposed, changed) for each field; prices read as one field."""
    rows = []
    for key in [k for k in LABELS if k in current or k in proposed or k == "price"]:
        if key == "price":
            if "price_min" not in current:
                continue
            old = price_label(current.get("price_min"), current.get("price_max"))
            new = price_label(proposed.get("price_min"), proposed.get("price_max"))
        else:
            old, new = show(key, current.get(key)), show(key, proposed.get(key))
        changed = old != new
        if changed and not isinstance(old, Markup) and not isinstance(new, Markup) and "—" not in (old, new):
            old, new = word_diff(old, new)
        rows.append((str(LABELS[key]), old, new, changed))
    return rows


# Words (a number with its separators, 15.500.000, is one), runs of spaces, single signs.
_TOKENS = re.compile(r"\s+|\w+(?:[.,]\w+)*|[^\w\s]")


def _opcodes(a: list[str], b: list[str]) -> list[tuple]:
    """difflib's opcodes, with a lone space kept between two changes joined to them, so that
    "xây dựng" replaced reads as one change rather than two."""
    merged = []
    for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        merged.append(list(op))
        if (len(merged) >= 3 and merged[-1][0] != "equal" and merged[-2][0] == "equal"
                and merged[-3][0] != "equal" and not "".join(a[merged[-2][1]:merged[-2][2]]).strip()):
            last, _, first = merged.pop(), merged.pop(), merged.pop()
            merged.append(["replace", first[1], last[2], first[3], last[4]])
    return merged


def word_diff(old: str, new: str) -> tuple[Markup, Markup]:
    """Both texts, escaped, with the words that changed marked inside them: removed ones in <del>
    in the old text, added ones in <ins> in the new (difflib on word tokens, spaces kept)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    old_parts, new_parts = [], []
    for op, i1, i2, j1, j2 in _opcodes(a, b):
        removed, added = escape("".join(a[i1:i2])), escape("".join(b[j1:j2]))
        if op == "equal":
            old_parts.append(removed)
            new_parts.append(added)
            continue
        if removed:
            old_parts.append(Markup('<del><span class="visually-hidden">{}</span>{}</del>').format(
                _l("[bỏ:]"), removed))
        if added:
            new_parts.append(Markup('<ins><span class="visually-hidden">{}</span>{}</ins>').format(
                _l("[thêm:]"), added))
    return Markup("").join(old_parts), Markup("").join(new_parts)


def show(key: str, value) -> str:
    """Plain text (escaped by Jinja), except images, returned as escaped Markup thumbnails."""
    if key == "price_includes_vat":  # None is an answer too: "not said"
        return vat_label(value)
    if value in (None, "", []):
        return "—"
    if key == "min_order_qty":
        return quantity_label(value)
    if key == "lead_time_days":
        return lead_time_label(value)
    if key == "price_valid_until":
        return (value if isinstance(value, date) else date.fromisoformat(value)).strftime("%d/%m/%Y")
    if key == "origin":
        return next((str(label) for o, label in ORIGIN_LABELS.items() if o.value == value), value)
    if key == "origin_province_code":
        return province_name(value)
    if key == "origin_country":
        return country_name(value, current_locale())
    if key == "specs":
        return specs_text(value)
    if key == "active":
        return str(_l("Có") if value else _l("Không"))
    if key == "role":
        return role_label(value)
    if key == "enterprise_id":
        enterprise = db.session.get(Enterprise, value)
        return enterprise.legal_name if enterprise else str(value)
    if key == "committee_id":
        committee = db.session.get(Committee, value)
        return committee.name if committee else str(value)
    if key == "category_id":
        category = db.session.get(Category, value)
        return category.name(current_locale()) if category else str(value)
    if key == "ownership":
        return next((str(label) for o, label in OWNERSHIP_LABELS.items() if o.value == value), value)
    if key == "kind" and value in ("product", "service"):
        return str(_l("Sản phẩm") if value == "product" else _l("Dịch vụ"))
    if key == "kind":  # a certification's
        return kind_label(value)
    if key in ("issued_on", "expires_on"):
        return date_format(date.fromisoformat(value))
    if key == "province_code":
        return province_name(value)
    if key == "areas":
        return ", ".join(province_name(c) for c in value)
    if key == "sectors":
        return "; ".join(_sector(s) for s in value)
    if key in ("images", "logo_path"):
        from flask import url_for

        paths = value if isinstance(value, list) else [value]
        return Markup(" ").join(Markup('<img src="{}" alt="{}" class="diff-thumb">').format(
            url_for("public.upload", name=p), _l("Ảnh %(n)s", n=i + 1)) for i, p in enumerate(paths))
    return str(value)


def _sector(value: str) -> str:
    version, code = value.split(":", 1)
    return sector_label(version, code, english=current_locale() == "en")

