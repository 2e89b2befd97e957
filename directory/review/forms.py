from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectMultipleField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from ..forms import BaseForm, version_number


class DecisionForm(BaseForm):
    """Approve, reject, suspend or reinstate; the button pressed names the decision."""

    version = HiddenField()
    reason = TextAreaField(_l("Lý do (bắt buộc khi từ chối hoặc tạm đình chỉ)"), validators=[
        Optional(), Length(max=2000, message=_l("Tối đa %(n)s ký tự.", n=2000))])
    approve = SubmitField(_l("Duyệt"))
    reject = SubmitField(_l("Từ chối"))
    suspend = SubmitField(_l("Tạm đình chỉ"))
    reinstate = SubmitField(_l("Khôi phục"))

    def version_value(self) -> int:
        return version_number(self.version.data)


class BulkApproveForm(BaseForm):
    items = SelectMultipleField(_l("Chọn"), validate_choice=False)
    submit = SubmitField(_l("Duyệt các mục đã chọn"))
