"""Forms of the linkage programme: inquiries, replies, deals, needs, shortlists, saved searches."""
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import (FieldList, FormField, HiddenField, RadioField, SelectField, SelectMultipleField, StringField,
                     SubmitField, TextAreaField)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from ..forms import BaseForm, DayField, MoneyField, QuantityField, VersionedForm
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
            if proposal.value is not None:  # from an accepted quote
                self.value.data, self.starts_on.data = proposal.value, proposal.starts_on
                self.description.data = proposal.description
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


class NeedForm(VersionedForm):
    """Posting a need, and its owner's edits (which carry the version the form was loaded at)."""

    title = StringField(_l("Cần mua gì"), validators=[
        DataRequired(message=_l("Hãy cho biết bạn cần mua gì.")),
        Length(max=200, message=_l("Tối đa 200 ký tự.")),
    ])
    description = message_field(_l("Mô tả chi tiết"), required=False)
    category = SelectField(_l("Nhóm sản phẩm, dịch vụ"), coerce=int, validators=[Optional()])
    quantity = QuantityField(_l("Số lượng"), validators=[Optional()])
    unit = StringField(_l("Đơn vị tính"), validators=[Optional(), Length(max=40, message=_l("Tối đa 40 ký tự."))])
    budget_min = MoneyField(_l("Ngân sách từ (đồng)"), validators=[Optional()])
    budget_max = MoneyField(_l("Ngân sách đến (đồng)"), validators=[Optional()])
    province = SelectField(_l("Tỉnh, thành phố nhận hàng"), validators=[Optional()])
    deadline = DayField(_l("Hạn nhận chào giá"), validators=[Optional()])
    submit = SubmitField(_l("Đăng nhu cầu"))

    def values(self) -> dict:
        """What services.needs.post_need and update_need take, but the category (a record)."""
        return dict(title=self.title.data, description=self.description.data, quantity=self.quantity.data,
                    unit=self.unit.data, budget_min=self.budget_min.data, budget_max=self.budget_max.data,
                    province_code=self.province.data or None, deadline=self.deadline.data)


class QuoteItemForm(BaseForm):
    """One line of a quote; a line left blank is skipped."""

    class Meta:
        csrf = False  # a part of QuoteForm, which carries the token

    offering = SelectField(_l("Sản phẩm, dịch vụ"), coerce=int, validators=[Optional()])
    description = StringField(_l("Hoặc tên mặt hàng"), validators=[
        Optional(), Length(max=200, message=_l("Tối đa 200 ký tự."))])
    quantity = QuantityField(_l("Số lượng"), validators=[Optional()])
    unit = StringField(_l("Đơn vị tính"), validators=[Optional(), Length(max=40, message=_l("Tối đa 40 ký tự."))])
    unit_price = MoneyField(_l("Đơn giá (đồng)"), validators=[Optional()])


class QuoteForm(BaseForm):
    """A quote in a thread or for a need: the lines, then the terms."""

    items = FieldList(FormField(QuoteItemForm), min_entries=4, max_entries=20)
    vat_note = StringField(_l("Thuế GTGT"), validators=[Optional(), Length(max=200, message=_l("Tối đa 200 ký tự."))])
    delivery_on = DayField(_l("Ngày giao hàng"), validators=[Optional()])
    delivery_terms = StringField(_l("Điều kiện giao hàng"), validators=[
        Optional(), Length(max=500, message=_l("Tối đa 500 ký tự."))])
    valid_until = DayField(_l("Báo giá có hiệu lực đến"),
                           validators=[InputRequired(message=_l("Hãy nhập ngày báo giá hết hiệu lực."))])
    note = message_field(_l("Ghi chú"), required=False)
    submit = SubmitField(_l("Gửi báo giá"))

    def offer(self, offerings) -> None:
        """The supplier's approved offerings as each line's choice."""
        choices = [(0, _l("— Mặt hàng khác (ghi tên) —"))] + [(o.id, o.title) for o in offerings]
        for line in self.items:
            line.form.offering.choices = choices

    def item_inputs(self) -> list:
        from ..services.quotes import ItemInput

        return [ItemInput(offering_id=line.form.offering.data or None, description=line.form.description.data or "",
                          quantity=line.form.quantity.data, unit=line.form.unit.data or "",
                          unit_price=line.form.unit_price.data) for line in self.items]

    def terms(self) -> dict:
        return dict(valid_until=self.valid_until.data, delivery_on=self.delivery_on.data,
                    delivery_terms=self.delivery_terms.data, vat_note=self.vat_note.data, note=self.note.data)


class QuoteDecisionForm(BaseForm):
    reason = TextAreaField(_l("Lý do (nếu từ chối, bên bán sẽ đọc được)"), validators=[
        Optional(), Length(max=2000, message=_l("Tối đa 2000 ký tự."))], render_kw={"rows": 2})
    accept = SubmitField(_l("Chấp nhận báo giá"))
    decline = SubmitField(_l("Từ chối"))


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

