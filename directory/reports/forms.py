from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import Length

from ..forms import BaseForm


def _limit(n: int):
    return Length(max=n, message=_l("Tối đa %(max)d ký tự."))


class DocumentSettingsForm(BaseForm):
    """What the committee's office prints on every official report (services/documents.py)."""

    superior_body = StringField(_l("Cấp ủy cấp trên"), validators=[_limit(200)])
    issuing_body = StringField(_l("Cơ quan ban hành"), validators=[_limit(200)])
    place = StringField(_l("Địa danh ghi ở dòng ngày tháng"), validators=[_limit(100)])
    symbol = StringField(_l("Ký hiệu văn bản (sau số)"), validators=[_limit(40)])
    on_behalf = StringField(_l("Thẩm quyền ký"), validators=[_limit(100)])
    signer_function = StringField(_l("Chức vụ người ký"), validators=[_limit(100)])
    signer_name = StringField(_l("Họ tên người ký"), validators=[_limit(100)])
    recipients = TextAreaField(_l("Nơi nhận (mỗi dòng một nơi)"), validators=[_limit(2000)],
                               render_kw={"rows": 5})
    submit = SubmitField(_l("Lưu"))
