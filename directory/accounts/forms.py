from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length, ValidationError

from ..forms import BaseForm
from ..services import passwords


def _password_policy(form, field) -> None:
    """Length and common passwords here; the service checks again, against the e-mail too."""
    if message := passwords.problem(field.data or ""):
        raise ValidationError(message)


PASSWORD_RULES = [DataRequired(message=_l("Hãy nhập mật khẩu.")), _password_policy]
EMAIL_RULES = [
    DataRequired(message=_l("Hãy nhập địa chỉ e-mail.")),
    Length(max=254, message=_l("Địa chỉ e-mail quá dài.")),
    Email(message=_l("Địa chỉ e-mail không hợp lệ."), check_deliverability=False),
]


class LoginForm(BaseForm):
    email = EmailField(_l("E-mail"), validators=EMAIL_RULES)
    password = PasswordField(_l("Mật khẩu"), validators=[DataRequired(message=_l("Hãy nhập mật khẩu."))])
    remember = BooleanField(_l("Ghi nhớ đăng nhập"))
    submit = SubmitField(_l("Đăng nhập"))


class SignupForm(BaseForm):
    full_name = StringField(_l("Họ và tên"), validators=[
        DataRequired(message=_l("Hãy nhập họ và tên.")),
        Length(max=120, message=_l("Họ và tên tối đa 120 ký tự.")),
    ])
    email = EmailField(_l("E-mail"), validators=EMAIL_RULES)
    password = PasswordField(_l("Mật khẩu"), validators=PASSWORD_RULES)
    confirm = PasswordField(_l("Nhập lại mật khẩu"), validators=[
        EqualTo("password", message=_l("Hai mật khẩu không khớp.")),
    ])
    submit = SubmitField(_l("Tạo tài khoản"))


class ForgotPasswordForm(BaseForm):
    email = EmailField(_l("E-mail"), validators=EMAIL_RULES)
    submit = SubmitField(_l("Gửi liên kết đặt lại"))


class ResetPasswordForm(BaseForm):
    password = PasswordField(_l("Mật khẩu mới"), validators=PASSWORD_RULES)
    confirm = PasswordField(_l("Nhập lại mật khẩu mới"), validators=[
        EqualTo("password", message=_l("Hai mật khẩu không khớp.")),
    ])
    submit = SubmitField(_l("Đặt mật khẩu mới"))


class ChangePasswordForm(BaseForm):
    current = PasswordField(_l("Mật khẩu hiện tại"), validators=[DataRequired(message=_l("Hãy nhập mật khẩu."))])
    password = PasswordField(_l("Mật khẩu mới"), validators=PASSWORD_RULES)
    confirm = PasswordField(_l("Nhập lại mật khẩu mới"), validators=[
        EqualTo("password", message=_l("Hai mật khẩu không khớp.")),
    ])
    submit = SubmitField(_l("Đổi mật khẩu"))


class LogoutForm(BaseForm):
    """Also the form of the other buttons that post nothing but the CSRF token."""

    submit = SubmitField(_l("Đăng xuất"))


class MarkReadForm(BaseForm):
    submit = SubmitField(_l("Đánh dấu tất cả đã đọc"))
