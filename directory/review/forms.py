from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectMultipleField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from ..forms import BaseForm, VersionedForm


class DecisionForm(VersionedForm):
    """Approve, reject, suspend or reinstate; the button pressed names the decision. A rejection
    or suspension gives standard reasons (`reasons`, the view sets the choices for the record),
    free text, or both."""

    reasons = SelectMultipleField(_l("Lý do thường gặp"), choices=[], validate_choice=False)
    reason = TextAreaField(_l("Lý do khác, ghi chú cho doanh nghiệp"), validators=[
        Optional(), Length(max=2000, message=_l("Tối đa %(n)s ký tự.", n=2000))])
    confirm_unapproved_owner = BooleanField(_l("Vẫn duyệt trước sản phẩm, dịch vụ này (chỉ hiện khi doanh nghiệp "
                                               "được duyệt)"))
    approve = SubmitField(_l("Duyệt"))
    reject = SubmitField(_l("Từ chối"))
    suspend = SubmitField(_l("Tạm đình chỉ"))
    reinstate = SubmitField(_l("Khôi phục"))


class BulkApproveForm(BaseForm):
    items = SelectMultipleField(_l("Chọn"), validate_choice=False)
    submit = SubmitField(_l("Duyệt các mục đã chọn"))
