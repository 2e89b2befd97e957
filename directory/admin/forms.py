from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, HiddenField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, Regexp

from ..forms import BaseForm, VersionedForm
from ..navigation import ROLE_LABELS
from ..reference import provinces


def province_choices():
    return [(p.code, p.name) for p in provinces().values()]


class CommitteeForm(VersionedForm):
    code = StringField(_l("Mã"), validators=[
        DataRequired(message=_l("Hãy nhập mã.")),
        Length(max=40, message=_l("Mã tối đa 40 ký tự.")),
        Regexp(r"^[a-z0-9-]+$", message=_l("Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.")),
    ])
    name = StringField(_l("Tên"), validators=[
        DataRequired(message=_l("Hãy nhập tên.")), Length(max=200, message=_l("Tên tối đa 200 ký tự.")),
    ])
    province_code = SelectField(_l("Tỉnh, thành phố (từ 01/07/2025)"), choices=province_choices)
    legacy_province_name = StringField(_l("Tỉnh trước sáp nhập"), validators=[
        Optional(), Length(max=100, message=_l("Tối đa 100 ký tự.")),
    ])
    landline_area_code = StringField(_l("Mã vùng điện thoại cố định"), validators=[
        Optional(), Regexp(r"^0\d{2,3}$", message=_l("Mã vùng gồm 3–4 chữ số, bắt đầu bằng 0.")),
    ])
    active = BooleanField(_l("Đang hoạt động"), default=True)
    submit = SubmitField(_l("Lưu"))


def _optional_int(value):
    """The empty first option reads as no choice (None) rather than failing int("")."""
    return int(value) if value not in ("", None) else None


class MergeForm(BaseForm):
    """The target has no default: an empty first option (merge_choices) must be changed."""
    target_id = SelectField(_l("Hợp nhất vào"), coerce=_optional_int,
                            validators=[InputRequired(message=_l("Hãy chọn nơi nhận."))],
                            render_kw={"required": True})  # allowed: the first option is an empty placeholder
    submit = SubmitField(_l("Hợp nhất"))


def merge_choices(options) -> list:
    return [("", _l("— Chọn —"))] + list(options)


class CommitteeMergeForm(MergeForm):
    """Sent twice: from the committee's page to the confirmation page (no `confirmed`), then from
    the confirmation page to the merge."""
    confirmed = HiddenField()
    submit = SubmitField(_l("Xem trước việc hợp nhất"))
    confirm = SubmitField(_l("Hợp nhất"))


class UserForm(VersionedForm):
    role = SelectField(_l("Vai trò"), choices=list(ROLE_LABELS.items()))
    committee_id = SelectField(_l("Đảng ủy Khối (cán bộ duyệt)"), coerce=int)
    enterprise_id = SelectField(_l("Doanh nghiệp (quản lý, nhân viên)"), coerce=int)
    active = BooleanField(_l("Tài khoản đang hoạt động"))
    submit = SubmitField(_l("Lưu"))


class RetryMailForm(BaseForm):
    """The failed mails to send again come as `mail_id` checkboxes of the list."""

    submit = SubmitField(_l("Gửi lại các thư đã chọn"))


class SynonymForm(BaseForm):
    """One group of synonyms: phrases separated by commas (services/synonyms.py checks them)."""
    terms = StringField(_l("Các cụm từ cùng nghĩa, cách nhau bằng dấu phẩy"), validators=[
        DataRequired(message=_l("Hãy nhập các cụm từ.")), Length(max=500, message=_l("Tối đa 500 ký tự.")),
    ])
    submit = SubmitField(_l("Lưu"))
    delete = SubmitField(_l("Xóa"))


class CategoryForm(BaseForm):
    """Add a category (kind and parent) or rename one (names only)."""
    name_vi = StringField(_l("Tên tiếng Việt"), validators=[
        DataRequired(message=_l("Hãy nhập tên tiếng Việt.")), Length(max=120, message=_l("Tối đa 120 ký tự."))])
    name_en = StringField(_l("Tên tiếng Anh"), validators=[Optional(), Length(max=120, message=_l("Tối đa 120 ký tự."))])
    kind = SelectField(_l("Loại"), choices=[("product", _l("Sản phẩm")), ("service", _l("Dịch vụ"))])
    parent_id = SelectField(_l("Thuộc nhóm"), coerce=int)
    submit = SubmitField(_l("Lưu"))


class CategoryMoveForm(BaseForm):
    parent_id = SelectField(_l("Chuyển vào nhóm"), coerce=int)
    submit = SubmitField(_l("Chuyển"))
