from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import HiddenField, SelectField, SubmitField

from ..forms import BaseForm


class UploadForm(BaseForm):
    committee = SelectField(_l("Đảng ủy Khối"), validate_choice=False)  # the service says who may import where
    file = FileField(_l("Tệp danh sách (.xlsx hoặc .csv)"), validators=[FileRequired(message=_l("Hãy chọn tệp."))],
                     render_kw={"accept": ".xlsx,.csv"})
    submit = SubmitField(_l("Kiểm tra (chưa nhập)"))


class ConfirmForm(BaseForm):
    token = HiddenField()
    submit = SubmitField(_l("Nhập vào danh bạ"))


class ResendForm(BaseForm):
    submit = SubmitField(_l("Gửi lại"))
