"""Forms of the linkage programme: inquiries, replies, deals, needs, shortlists, saved searches."""
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import HiddenField, RadioField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from ..forms import BaseForm, DayField, MoneyField
from ..models import MAX_VALUE

ATTACHMENT_HINT = _l("Không bắt buộc. PDF, ảnh, Word (DOCX) hoặc Excel (XLSX), tối đa 5 MB.")


def message_field(label, required=True):
    rules = [Length(max=5000, message=_l("Tối đa 5000 ký tự."))]
    if required:
        rules.insert(0, DataRequired(message=_l("Hãy nhập nội dung.")))
    return TextAreaField(label, validators=rules, render_kw={"rows": 5})


class InquiryForm(BaseForm):
    subject = StringField(_l("Cần mua gì"), validators=[
        DataRequired(message=_l("Hãy cho biết bạn cần mua gì.")),
        Length(max=200, message=_l("Tối đa 200 ký tự.")),
    ])
    quantity = StringField(_l("Số lượng"), validators=[
        Optional(), Length(max=100, message=_l("Tối đa 100 ký tự."))])
    wanted_on = DayField(_l("Ngày cần hàng"), validators=[Optional()])
    body = message_field(_l("Lời nhắn"))
    attachment = FileField(_l("Tệp đính kèm"))
    submit = SubmitField(_l("Gửi yêu cầu"))


class ReplyForm(BaseForm):
    body = message_field(_l("Trả lời"))
    attachment = FileField(_l("Tệp đính kèm"))
    submit = SubmitField(_l("Gửi trả lời"))


class LinkageForm(BaseForm):
    counterparty = SelectField(_l("Doanh nghiệp đối tác"), coerce=int,
                               validators=[InputRequired(message=_l("Hãy chọn doanh nghiệp đối tác."))])
    side = RadioField(_l("Doanh nghiệp của tôi là"), default="buyer", choices=[
        ("buyer", _l("Bên mua")), ("supplier", _l("Bên bán")),
    ], validators=[InputRequired(message=_l("Hãy chọn bên mua hoặc bên bán."))])
    offerings = SelectMultipleField(_l("Sản phẩm, dịch vụ của bên bán"), coerce=int, validators=[Optional()])
    value = MoneyField(_l("Giá trị giao dịch (đồng)"), validators=[
        InputRequired(message=_l("Hãy nhập giá trị giao dịch bằng số.")),
        NumberRange(min=1, max=MAX_VALUE, message=_l("Giá trị phải lớn hơn 0 và không quá 1 triệu tỷ đồng.")),
    ])
    starts_on = DayField(_l("Ngày giao dịch / từ ngày"),
                          validators=[InputRequired(message=_l("Hãy nhập ngày giao dịch."))])
    ends_on = DayField(_l("Đến ngày (nếu là hợp đồng theo kỳ)"), validators=[Optional()])
    delivery_on = DayField(_l("Ngày giao hàng, hoàn thành"), validators=[Optional()], description=_l(
        "Không bắt buộc; ngày/tháng/năm. Từ ngày này hai bên đánh giá được nhau (để trống: ngày kết thúc, "
        "nếu không có thì ngày giao dịch)."))
    description = message_field(_l("Mô tả"), required=False)
    contract = FileField(_l("Hợp đồng hoặc biên bản ghi nhớ"))
    submit = SubmitField(_l("Gửi đề nghị xác nhận"))

    def start_from(self, proposal, first_showing: bool) -> None:
        """Choices from a services.linkages.Proposal, and its defaults when the form is first shown."""
        self.counterparty.choices = [(e.id, e.legal_name) for e in proposal.counterparties]
        self.offerings.choices = [(o.id, f"{o.enterprise.display_name} – {o.title}") for o in proposal.offerings]
        if first_showing:
            if proposal.counterparty is not None:
                self.counterparty.data = proposal.counterparty.id
            if proposal.side is not None:
                self.side.data = proposal.side
            if proposal.offering_ids:
                self.offerings.data = proposal.offering_ids


class DecideForm(BaseForm):
    reason = TextAreaField(_l("Lý do (nếu từ chối)"), validators=[
        Optional(), Length(max=2000, message=_l("Tối đa 2000 ký tự."))], render_kw={"rows": 2})
    confirm = SubmitField(_l("Xác nhận giao dịch"))
    decline = SubmitField(_l("Từ chối"))


class CancelForm(BaseForm):
    reason = TextAreaField(_l("Lý do huỷ"), validators=[
        DataRequired(message=_l("Hãy nêu lý do huỷ giao dịch.")),
        Length(max=2000, message=_l("Tối đa 2000 ký tự.")),
    ], render_kw={"rows": 2})
    submit = SubmitField(_l("Huỷ giao dịch"))


class NeedForm(BaseForm):
    title = StringField(_l("Cần mua gì"), validators=[
        DataRequired(message=_l("Hãy cho biết bạn cần mua gì.")),
        Length(max=200, message=_l("Tối đa 200 ký tự.")),
    ])
    description = message_field(_l("Mô tả chi tiết"), required=False)
    category = SelectField(_l("Nhóm sản phẩm, dịch vụ"), coerce=int, validators=[Optional()])
    province = SelectField(_l("Tỉnh, thành phố nhận hàng"), validators=[Optional()])
    deadline = DayField(_l("Hạn nhận chào giá"), validators=[Optional()])
    submit = SubmitField(_l("Đăng nhu cầu"))


class OfferForm(BaseForm):
    offering = SelectField(_l("Sản phẩm, dịch vụ chào bán"), coerce=int, validators=[Optional()])
    body = message_field(_l("Nội dung chào giá"))
    attachment = FileField(_l("Tệp đính kèm"))
    submit = SubmitField(_l("Gửi chào giá"))


class ShortlistForm(BaseForm):
    name = StringField(_l("Tên danh sách"), validators=[
        DataRequired(message=_l("Hãy đặt tên cho danh sách.")),
        Length(max=120, message=_l("Tối đa 120 ký tự.")),
    ])
    submit = SubmitField(_l("Tạo danh sách"))


class ShortlistAddForm(BaseForm):
    shortlist = SelectField(_l("Lưu vào danh sách"), coerce=int, validators=[Optional()])
    new_name = StringField(_l("Hoặc tạo danh sách mới"), validators=[
        Optional(), Length(max=120, message=_l("Tối đa 120 ký tự."))])
    submit = SubmitField(_l("Lưu vào danh sách"))


class SavedSearchForm(BaseForm):
    q = StringField(_l("Từ khoá"), validators=[
        DataRequired(message=_l("Hãy nhập từ khoá cần theo dõi.")),
        Length(max=200, message=_l("Tối đa 200 ký tự.")),
    ])
    submit = SubmitField(_l("Lưu tìm kiếm"))


class ConfirmForm(BaseForm):
    """A bare POST with CSRF (remove, delete, close)."""

    submit = SubmitField(_l("Xác nhận"))


YES_NO = [("yes", _l("Có")), ("no", _l("Không"))]


def yes_no(label):
    return RadioField(label, choices=YES_NO, validators=[InputRequired(message=_l("Hãy chọn Có hoặc Không."))])


class FeedbackForm(BaseForm):
    """One side's feedback on the other after the deal; the labels name what the other side did."""

    on_time = yes_no(_l("Giao hàng đúng hạn"))
    as_agreed = yes_no(_l("Chất lượng đúng như thoả thuận"))
    would_deal_again = yes_no(_l("Sẽ hợp tác tiếp"))
    comment = TextAreaField(_l("Nhận xét (công khai, ngắn gọn, đúng sự việc)"), validators=[
        Optional(), Length(max=1000, message=_l("Tối đa 1000 ký tự."))], render_kw={"rows": 3})
    version = HiddenField()
    submit = SubmitField(_l("Lưu đánh giá"))

    def about(self, supplier: bool, feedback=None) -> "FeedbackForm":
        """Questions for a supplier (delivery, quality) or a buyer (payment, terms); an existing
        feedback's answers when the form is first shown."""
        if not supplier:
            self.on_time.label.text = _l("Thanh toán đúng hạn")
            self.as_agreed.label.text = _l("Thực hiện đúng thoả thuận")
        if feedback is not None and not self.is_submitted():
            for name in ("on_time", "as_agreed", "would_deal_again"):
                getattr(self, name).data = "yes" if getattr(feedback, name) else "no"
            self.comment.data, self.version.data = feedback.comment, feedback.version
        return self

    def facts(self) -> dict:
        return {name: getattr(self, name).data == "yes" for name in ("on_time", "as_agreed", "would_deal_again")}


class AnswerForm(BaseForm):
    answer = TextAreaField(_l("Trả lời công khai"), validators=[
        DataRequired(message=_l("Hãy nhập câu trả lời.")), Length(max=1000, message=_l("Tối đa 1000 ký tự."))],
        render_kw={"rows": 3})
    submit = SubmitField(_l("Lưu câu trả lời"))


class HideForm(BaseForm):
    """Hide a comment or an answer (which one is in the URL); the reason is shown in its place."""

    reason = StringField(_l("Lý do ẩn (hiện công khai thay cho nội dung)"), validators=[
        DataRequired(message=_l("Hãy nêu lý do ẩn nội dung.")), Length(max=300, message=_l("Tối đa 300 ký tự."))])
    submit = SubmitField(_l("Ẩn nội dung"))

