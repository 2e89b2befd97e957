from datetime import date
from decimal import Decimal
from urllib.parse import urlsplit

import phonenumbers
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, MultipleFileField
from stdnum.vn import mst
from wtforms import (EmailField, Field, FieldList, Form, FormField, IntegerField, PasswordField, RadioField,
                     SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField, ValidationError)
from wtforms.widgets import TextInput
from wtforms.validators import AnyOf, DataRequired, Email, EqualTo, InputRequired, Length, NumberRange, Optional

from ..accounts.forms import EMAIL_RULES, PASSWORD_RULES
from ..offering_details import ORIGIN_LABELS
from ..forms import BaseForm, DayField, MoneyField, QuantityField, VersionedForm
from ..models import EMPLOYEE_BANDS, MADE_IN_VIETNAM, MAX_PRICE, Kind, Origin, Ownership
from ..services.errors import DomainError
from ..services.offerings import (MAX_DELIVERY_TERMS, MAX_LEAD_TIME_DAYS, MAX_SPEC_NAME, MAX_SPEC_VALUE, MAX_SPECS,
                                  MAX_UNIT, clean_specs, quantity_text)
from ..reference import NEW_SECTOR_VERSION, SECTOR_SEPARATORS, SectorCodeError, countries, parse_sector, provinces

OWNERSHIP_LABELS = {
    Ownership.STATE: _l("Doanh nghiệp nhà nước"), Ownership.JOINT_STOCK: _l("Công ty cổ phần"),
    Ownership.LIMITED: _l("Công ty TNHH"), Ownership.PRIVATE: _l("Doanh nghiệp tư nhân"),
    Ownership.COOPERATIVE: _l("Hợp tác xã"), Ownership.FDI: _l("Doanh nghiệp có vốn đầu tư nước ngoài"),
}
MAX_DESCRIPTION = 5000
PRICE_MESSAGE = _l("Giá phải là số đồng, ví dụ 15.500.000.")


def _text(label, max_length: int, required: bool = False, **kwargs):
    rules = [DataRequired(message=_l("Hãy nhập %(label)s.", label=label))] if required else [Optional()]
    rules.append(Length(max=max_length, message=_l("Tối đa %(n)s ký tự.", n=max_length)))
    return rules


def _province_choices():
    return [(p.code, p.name) for p in provinces().values()]


MAX_SECTORS = 5


class SectorCodesField(Field):
    """VSIC codes typed as text ("2025:2394; 2018:C") or sent one per value by the picker.

    Each code is validated by reference.parse_sector; `data` is the sorted list of stored
    forms ("2025:2394"), and the field shows them joined by "; ".
    """

    widget = TextInput()

    def process_formdata(self, valuelist):
        self.data = []
        self.raw_data = valuelist
        codes = set()
        for item in (i for v in valuelist for i in SECTOR_SEPARATORS.split(v) if i.strip()):
            try:
                codes.add(parse_sector(item, NEW_SECTOR_VERSION))
            except SectorCodeError as e:
                self.process_errors.append(str(e))
        self.data = sorted(codes)

    def _value(self):
        if self.raw_data:
            return "; ".join(self.raw_data)
        return "; ".join(self.data or ())


class EnterpriseForm(VersionedForm):
    legal_name = StringField(_l("Tên đầy đủ theo đăng ký kinh doanh"), validators=_text(_l("tên doanh nghiệp"), 255, True))
    short_name = StringField(_l("Tên ngắn gọn"), validators=_text("", 120))
    tax_code = StringField(_l("Mã số thuế"), validators=[
        DataRequired(message=_l("Hãy nhập mã số thuế.")), Length(max=20, message=_l("Tối đa %(n)s ký tự.", n=20))])
    committee_id = SelectField(_l("Đảng ủy Khối"), validate_choice=True)
    ownership = SelectField(_l("Loại hình"), choices=[(o.value, label) for o, label in OWNERSHIP_LABELS.items()])
    sectors = SectorCodesField(_l("Ngành kinh doanh (VSIC)"))
    address_line = StringField(_l("Số nhà, đường"), validators=_text(_l("địa chỉ"), 255, True))
    ward = StringField(_l("Phường, xã, đặc khu"), validators=_text("", 120))
    province_code = SelectField(_l("Tỉnh, thành phố"))
    phone = StringField(_l("Điện thoại"), validators=_text("", 30))
    email = EmailField(_l("E-mail liên hệ"), validators=[
        Optional(), Length(max=254, message=_l("Địa chỉ e-mail quá dài.")),
        Email(message=_l("Địa chỉ e-mail không hợp lệ."), check_deliverability=False)])
    website = StringField(_l("Website"), validators=_text("", 255))
    description = TextAreaField(_l("Giới thiệu"), validators=_text("", MAX_DESCRIPTION))
    employee_band = SelectField(_l("Quy mô lao động"),
                                choices=[("", _l("— Chưa chọn —"))] + [(b, b) for b in EMPLOYEE_BANDS])
    founded_year = IntegerField(_l("Năm thành lập"), validators=[
        Optional(), NumberRange(min=1800, max=date.today().year,
                                message=_l("Năm thành lập từ 1800 đến %(year)s.", year=date.today().year))])
    logo = FileField(_l("Logo"))
    submit = SubmitField(_l("Lưu"))

    def __init__(self, *args, committees=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.committee_id.choices = [(str(c.id), c.name) for c in committees] + [
            ("outside", _l("Ngoài Khối (chỉ tìm mua, không đăng sản phẩm)"))]
        self.province_code.choices = [("", _l("— Chọn tỉnh, thành phố —"))] + _province_choices()

    def validate_tax_code(self, field):
        if not mst.is_valid(field.data or ""):
            raise ValidationError(_l("Mã số thuế không hợp lệ: cần 10 chữ số (hoặc 13 với chi nhánh, "
                                     "ví dụ 0100112437-001) và đúng chữ số kiểm tra."))

    def validate_province_code(self, field):
        if field.data not in provinces():
            raise ValidationError(_l("Hãy chọn tỉnh, thành phố."))

    def validate_sectors(self, field):
        if len(field.data or ()) > MAX_SECTORS:
            raise ValidationError(_l("Chọn tối đa %(n)s ngành.", n=MAX_SECTORS))

    def validate_phone(self, field):
        if not field.data:
            return
        try:
            number = phonenumbers.parse(field.data, "VN")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise ValidationError(_l("Số điện thoại không hợp lệ, ví dụ 024 3825 1234 hoặc 0912 345 678."))
        field.data = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def validate_website(self, field):
        if not field.data:
            return
        value = field.data if "://" in field.data else f"https://{field.data}"
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in value:
            raise ValidationError(_l("Website không hợp lệ, ví dụ https://congty.vn."))
        field.data = value

    def values(self) -> dict:
        """The form as the values services.enterprises expects."""
        values = {
            "legal_name": self.legal_name.data, "short_name": self.short_name.data or None,
            "ownership": self.ownership.data,
            "address_line": self.address_line.data, "ward": self.ward.data or None,
            "province_code": self.province_code.data, "phone": self.phone.data or None,
            "email": (self.email.data or "").lower() or None, "website": self.website.data or None,
            "description": self.description.data or "", "employee_band": self.employee_band.data or None,
            "founded_year": self.founded_year.data, "sectors": sorted(self.sectors.data or []),
        }
        if "tax_code" in self:  # absent once the profile is approved
            values["tax_code"] = self.tax_code.data
            values["committee_id"] = None if self.committee_id.data == "outside" else int(self.committee_id.data)
        return values


# Units of sale offered in the form (free text is accepted as well): goods, then services.
COMMON_UNITS = ("cái", "chiếc", "bộ", "tấn", "kg", "tạ", "m", "m²", "m³", "lít", "thùng", "bao", "hộp", "gói",
                "cuộn", "tấm", "viên", "chai", "lọ", "đôi", "ram", "giờ", "ngày", "tháng", "năm", "lượt", "chuyến",
                "suất", "người", "gói dịch vụ", "hợp đồng", "container")
VAT_CHOICES = [("", _l("Chưa rõ")), ("yes", _l("Đã gồm VAT")), ("no", _l("Chưa gồm VAT"))]
SPARE_SPEC_ROWS = 3  # blank rows under the filled ones; static/js/specs.js adds more and removes rows


class SpecRowForm(Form):
    """One row of the specification table (a sub-form: the page's CSRF token covers it)."""
    name = StringField(_l("Tên thông số"), validators=[
        Optional(), Length(max=MAX_SPEC_NAME, message=_l("Tối đa %(n)s ký tự.", n=MAX_SPEC_NAME))])
    value = StringField(_l("Giá trị"), validators=[
        Optional(), Length(max=MAX_SPEC_VALUE, message=_l("Tối đa %(n)s ký tự.", n=MAX_SPEC_VALUE))])


class OfferingForm(VersionedForm):
    kind = RadioField(_l("Loại"), choices=[(Kind.PRODUCT.value, _l("Sản phẩm")), (Kind.SERVICE.value, _l("Dịch vụ"))],
                      default=Kind.PRODUCT.value, validators=[InputRequired(message=_l("Hãy chọn loại."))])
    title = StringField(_l("Tên sản phẩm, dịch vụ"), validators=_text(_l("tên"), 200, True))
    category_id = SelectField(_l("Nhóm"), default="")
    description = TextAreaField(_l("Mô tả"), validators=_text("", MAX_DESCRIPTION))
    unit = StringField(_l("Đơn vị tính"), validators=_text(_l("đơn vị tính"), MAX_UNIT, True),
                       render_kw={"list": "unit-options", "autocomplete": "off"})
    price_mode = RadioField(_l("Giá"), default="contact", choices=[
        ("exact", _l("Một giá")), ("range", _l("Khoảng giá")), ("contact", _l("Liên hệ"))])
    price_min = MoneyField(_l("Giá (hoặc giá thấp nhất), đồng"), message=PRICE_MESSAGE, validators=[
        Optional(), NumberRange(min=0, max=MAX_PRICE, message=_l("Giá phải từ 0 đến 10^15 đồng."))])
    price_max = MoneyField(_l("Giá cao nhất, đồng"), message=PRICE_MESSAGE, validators=[
        Optional(), NumberRange(min=0, max=MAX_PRICE, message=_l("Giá phải từ 0 đến 10^15 đồng."))])
    member_offer = TextAreaField(_l("Ưu đãi cho doanh nghiệp liên kết"), validators=_text("", 500))
    member_discount_pct = IntegerField(_l("Giảm giá ưu đãi (%)"), validators=[
        Optional(), NumberRange(min=1, max=100, message=_l("Mức giảm từ 1 đến 100%%."))])
    areas = SelectMultipleField(_l("Khu vực giao hàng"))
    min_order_qty = QuantityField(_l("Số lượng đặt tối thiểu"))
    lead_time_days = IntegerField(_l("Thời gian giao hàng (ngày)"), validators=[
        Optional(), NumberRange(min=0, max=MAX_LEAD_TIME_DAYS,
                                message=_l("Thời gian giao hàng từ 0 đến %(n)s ngày.", n=MAX_LEAD_TIME_DAYS))])
    delivery_terms = StringField(_l("Điều kiện giao hàng"), validators=_text("", MAX_DELIVERY_TERMS))
    price_valid_until = DayField(_l("Giá áp dụng đến ngày"), validators=[Optional()])
    price_includes_vat = RadioField(_l("Giá đã gồm thuế GTGT (VAT)?"), choices=VAT_CHOICES, default="",
                                    validate_choice=False, validators=[AnyOf(
                                        [v for v, _label in VAT_CHOICES], message=_l("Hãy chọn một trong các ô."))])
    origin = RadioField(_l("Xuất xứ"), default="", choices=[("", _l("Chưa khai"))] + [
        (o.value, label) for o, label in ORIGIN_LABELS.items()], validate_choice=False, validators=[AnyOf(
            ["", *(o.value for o in Origin)], message=_l("Hãy chọn một trong các ô."))])
    origin_province_code = SelectField(_l("Tỉnh, thành phố sản xuất hoặc lắp ráp"), default="")
    origin_country = SelectField(_l("Nước xuất xứ (hàng nhập khẩu)"), default="")
    specs = FieldList(FormField(SpecRowForm), label=_l("Thông số kỹ thuật"), max_entries=MAX_SPECS + SPARE_SPEC_ROWS)
    common_units, max_specs = COMMON_UNITS, MAX_SPECS  # for the template
    keep_images = SelectMultipleField(_l("Ảnh hiện có (bỏ chọn để xoá)"), validate_choice=False)
    images = MultipleFileField(_l("Thêm ảnh"))
    submit = SubmitField(_l("Lưu"))

    def __init__(self, *args, categories=(), country_locale="vi", **kwargs):
        super().__init__(*args, **kwargs)
        self.category_id.choices = [("", _l("— Chưa chọn —"))] + [(str(c.id), label) for c, label in categories]
        self.areas.choices = _province_choices()
        self.origin_province_code.choices = [("", _l("— Chọn tỉnh, thành phố —"))] + _province_choices()
        self.origin_country.choices = [("", _l("— Chọn nước —"))] + countries(country_locale)
        self.pad_specs()

    def pad_specs(self) -> None:
        """SPARE_SPEC_ROWS blank rows under the filled ones (MAX_SPECS rows at most): enough to add
        a few without script; the page shows more after a save."""
        filled = sum(1 for row in self.specs if (row.form.name.data or row.form.value.data))
        while len(self.specs) < min(MAX_SPECS, filled + SPARE_SPEC_ROWS):
            self.specs.append_entry()

    def spec_rows(self) -> list[list[str]]:
        return [[row.form.name.data or "", row.form.value.data or ""] for row in self.specs]

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        if self.min_order_qty.data is not None and self.min_order_qty.data <= 0:
            self.min_order_qty.errors.append(_l("Số lượng đặt tối thiểu phải lớn hơn 0."))
            ok = False
        elif self.min_order_qty.data is not None and self.min_order_qty.data >= 10**11:
            self.min_order_qty.errors.append(_l("Số lượng quá lớn."))
            ok = False
        try:
            clean_specs(self.spec_rows())
        except DomainError as error:
            self.specs.errors.append(str(error))
            ok = False
        made_here = self.origin.data in {o.value for o in MADE_IN_VIETNAM}
        if made_here and self.origin_province_code.data and self.origin_province_code.data not in provinces():
            self.origin_province_code.errors.append(_l("Hãy chọn tỉnh, thành phố trong danh sách."))
            ok = False
        low, high, mode = self.price_min.data, self.price_max.data, self.price_mode.data
        if mode == "exact" and low is None:
            self.price_min.errors.append(_l("Hãy nhập giá."))
            ok = False
        if mode == "range":
            if low is None or high is None:
                (self.price_min if low is None else self.price_max).errors.append(
                    _l("Khoảng giá cần cả giá thấp nhất và giá cao nhất."))
                ok = False
            elif low > high:
                self.price_max.errors.append(_l("Giá cao nhất phải lớn hơn hoặc bằng giá thấp nhất."))
                ok = False
        return ok

    def values(self) -> dict:
        mode = self.price_mode.data
        low = self.price_min.data if mode in ("exact", "range") else None
        high = {"exact": low, "range": self.price_max.data}.get(mode)
        return {
            "kind": self.kind.data, "title": self.title.data, "description": self.description.data or "",
            "category_id": int(self.category_id.data) if self.category_id.data else None,
            "unit": self.unit.data or None, "price_min": low, "price_max": high,
            "member_offer": self.member_offer.data or None, "member_discount_pct": self.member_discount_pct.data,
            "areas": sorted(self.areas.data or []), "images": list(self.keep_images.data or []),
            **self.detail_values(),
        }

    def detail_values(self) -> dict:
        """The details as services.offerings keeps them (JSON-safe; services.offerings.editable_values).
        Only the place that fits the origin is kept: the other select may still hold an earlier choice."""
        origin = self.origin.data or None
        made_here = origin in {o.value for o in MADE_IN_VIETNAM}
        return {
            "min_order_qty": quantity_text(self.min_order_qty.data), "lead_time_days": self.lead_time_days.data,
            "delivery_terms": self.delivery_terms.data or None,
            "price_valid_until": self.price_valid_until.data.isoformat() if self.price_valid_until.data else None,
            "price_includes_vat": {"yes": True, "no": False}.get(self.price_includes_vat.data),
            "origin": origin,
            "origin_province_code": (self.origin_province_code.data or None) if made_here else None,
            "origin_country": (self.origin_country.data or None) if origin == Origin.IMPORTED.value else None,
            "specs": clean_specs(self.spec_rows()),
        }

    def load(self, values: dict) -> None:
        """Fill the form from stored values (the record or its pending revision)."""
        for name in ("kind", "title", "description", "unit", "price_min", "price_max", "member_offer",
                     "member_discount_pct", "areas", "lead_time_days", "delivery_terms"):
            getattr(self, name).data = values.get(name)
        quantity, until = values.get("min_order_qty"), values.get("price_valid_until")
        self.min_order_qty.data = Decimal(quantity) if quantity is not None else None
        self.price_valid_until.data = date.fromisoformat(until) if until else None
        self.price_includes_vat.data = {True: "yes", False: "no"}.get(values.get("price_includes_vat"), "")
        self.origin.data = values.get("origin") or ""
        self.origin_province_code.data = values.get("origin_province_code") or ""
        self.origin_country.data = values.get("origin_country") or ""
        self.specs.entries, self.specs.last_index = [], -1
        for name, value in values.get("specs") or []:
            self.specs.append_entry({"name": name, "value": value})
        self.pad_specs()
        self.category_id.data = str(values["category_id"]) if values.get("category_id") else ""
        low, high = values.get("price_min"), values.get("price_max")
        self.price_mode.data = "contact" if low is None and high is None else ("exact" if low == high else "range")
        self.keep_images.choices = [(p, p) for p in values.get("images", [])]
        self.keep_images.data = list(values.get("images", []))


class CertificationForm(VersionedForm):
    """A certification as the enterprise declares it; the kind's rules are the service's
    (services/certifications.py), which answers with a message under the form."""

    kind = SelectField(_l("Loại chứng nhận"))
    offering_id = SelectField(_l("Sản phẩm được chứng nhận"), default="", description=_l(
        "Bắt buộc với OCOP và dấu hợp quy CR; có thể chọn với VietGAP, HACCP, ISO 22000. Bỏ trống: chứng nhận "
        "của cả doanh nghiệp."))
    ocop_stars = SelectField(_l("Hạng OCOP"), default="", choices=[
        ("", _l("— Chỉ với OCOP —")), ("3", _l("3 sao")), ("4", _l("4 sao")), ("5", _l("5 sao"))])
    award_year = IntegerField(_l("Năm đạt danh hiệu"), validators=[Optional(), NumberRange(
        min=1997, max=2100, message=_l("Năm đạt danh hiệu không hợp lệ."))],
        description=_l("Chỉ với «Hàng Việt Nam chất lượng cao»: năm người tiêu dùng bình chọn."))
    number = StringField(_l("Số giấy chứng nhận"), validators=_text(_l("số giấy chứng nhận"), 100, True))
    issuer = StringField(_l("Tổ chức cấp"), validators=_text(_l("tổ chức cấp"), 200, True))
    issued_on = DayField(_l("Ngày cấp"), validators=[InputRequired(message=_l("Hãy nhập ngày cấp."))])
    expires_on = DayField(_l("Ngày hết hạn"), validators=[Optional()], description=_l(
        "Ngày/tháng/năm. Với OCOP có thể bỏ trống: hiệu lực 36 tháng kể từ ngày cấp."))
    document = FileField(_l("Bản chụp giấy chứng nhận (PDF, JPEG hoặc PNG, tối đa 5 MB)"))
    submit = SubmitField(_l("Lưu và gửi xác minh"))

    def __init__(self, *args, kinds=(), offerings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.kind.choices = [("", _l("— Chọn loại —"))] + [(k.value, label) for k, label in kinds]
        self.offering_id.choices = [("", _l("— Cả doanh nghiệp —"))] + [(str(o.id), o.title) for o in offerings]

    def values(self) -> dict:
        return {"kind": self.kind.data, "offering_id": int(self.offering_id.data) if self.offering_id.data else None,
                "ocop_stars": int(self.ocop_stars.data) if self.ocop_stars.data else None,
                "award_year": self.award_year.data, "number": self.number.data, "issuer": self.issuer.data,
                "issued_on": self.issued_on.data, "expires_on": self.expires_on.data}

    def load(self, cert) -> None:
        self.kind.data, self.number.data, self.issuer.data = cert.kind.value, cert.number, cert.issuer
        self.offering_id.data = str(cert.offering_id) if cert.offering_id else ""
        self.ocop_stars.data = str(cert.ocop_stars) if cert.ocop_stars else ""
        self.award_year.data, self.issued_on.data, self.expires_on.data = cert.award_year, cert.issued_on, cert.expires_on
        self.version.data = str(cert.version)


class VersionForm(VersionedForm):
    """A state change by POST: the version the user saw travels with it."""


class ConfirmForm(BaseForm):
    """"Xác nhận thông tin vẫn đúng" (one offering or every one due): a button, its CSRF token only."""


class InviteForm(BaseForm):
    email = EmailField(_l("E-mail đồng nghiệp"), validators=EMAIL_RULES)
    submit = SubmitField(_l("Gửi lời mời"))


class JoinForm(BaseForm):
    full_name = StringField(_l("Họ và tên"), validators=_text(_l("họ và tên"), 120, True))
    password = PasswordField(_l("Mật khẩu"), validators=PASSWORD_RULES)
    confirm = PasswordField(_l("Nhập lại mật khẩu"), validators=[
        EqualTo("password", message=_l("Hai mật khẩu không khớp."))])
    submit = SubmitField(_l("Nhận lời mời"))
