"""Sign up, sign in, sign out, forgotten password, the account page, e-mail confirmation."""
import math
import time

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, limiter
from ..models import Notification
from ..services import accounts, sessions
from ..services import notifications as notifications_service
from ..services.errors import DomainError
from ..services.passwords import WeakPassword
from ..urls import safe_next
from .forms import (ChangePasswordForm, ForgotPasswordForm, LoginForm, LogoutForm, MarkReadForm, ResetPasswordForm,
                    SignupForm)

bp = Blueprint("accounts", __name__, url_prefix="/account")


@bp.before_app_request
def read_notifications_of_this_page():
    """Opening what a notification points to reads it, before the page counts the unread ones."""
    if request.method != "GET" or request.endpoint in (None, "static", "public.upload") \
            or not current_user.is_authenticated:
        return
    if notifications_service.mark_read_for_page(current_user, {request.path, request.full_path.rstrip("?")}):
        db.session.commit()


def sign_in(user, remember: bool = False) -> None:
    """Start a sign-in that the server can end (services/sessions.py) and commit it."""
    sessions.start(user)
    login_user(user, remember=remember)
    db.session.commit()


# The limits count what abuse looks like, each with its own count: wrong passwords per account (from
# any number of addresses) and per address (over any number of accounts), accounts created per
# address. Right passwords and forms sent back with a mistake cost nothing, so an office behind one
# address signs in and enrols its members. A refusal says when to try again.

def _account_key() -> str:
    return "sign-in:" + accounts.normalize_email(request.form.get("email", ""))


def _sign_in_failed(_response) -> bool:
    return g.get("sign_in_failed", False)


def _signed_up(_response) -> bool:
    return g.get("signed_up", False)


def _minutes_left(limit) -> int:
    """Whole minutes until the window ends; its end is rounded up to a whole second or two by the
    storage, which would turn "1 minute" into "2"."""
    return max(1, math.ceil((limit.reset_at - time.time() - 2) / 60))


def _refusal(template: str, form_class, message):
    """A limit's answer (Flask-Limiter's on_breach): the form again with `message`, whose
    %(minutes)s is the time until the limit lets the user try again, and 429."""
    def refuse(limit):
        text = str(message) % {"minutes": _minutes_left(limit)}
        return current_app.make_response((render_template(template, form=form_class(), locked=text), 429))
    return refuse


_account_locked = _refusal("accounts/login.html", LoginForm, _l(
    "Tài khoản này tạm khóa đăng nhập vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau %(minutes)s phút, "
    "hoặc đặt lại mật khẩu."))
_address_locked = _refusal("accounts/login.html", LoginForm, _l(
    "Đã có quá nhiều lần nhập sai mật khẩu từ địa chỉ mạng của bạn. Hãy thử lại sau %(minutes)s phút."))
_login_flood = _refusal("accounts/login.html", LoginForm, _l(
    "Bạn gửi biểu mẫu quá nhanh. Hãy thử lại sau %(minutes)s phút."))
_signups_spent = _refusal("accounts/signup.html", SignupForm, _l(
    "Đã có nhiều tài khoản được tạo từ địa chỉ mạng của bạn trong một giờ. Hãy thử lại sau %(minutes)s phút."))
_signup_flood = _refusal("accounts/signup.html", SignupForm, _l(
    "Bạn gửi biểu mẫu quá nhanh. Hãy thử lại sau %(minutes)s phút."))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["FORM_POSTS_PER_ADDRESS"], methods=["POST"], on_breach=_login_flood)
@limiter.limit(lambda: current_app.config["LOGIN_FAILURES_PER_ADDRESS"], methods=["POST"],
               deduct_when=_sign_in_failed, on_breach=_address_locked)
@limiter.limit(lambda: current_app.config["LOGIN_FAILURES_PER_ACCOUNT"], key_func=_account_key, methods=["POST"],
               deduct_when=_sign_in_failed, on_breach=_account_locked)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("public.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        if user is None:
            g.sign_in_failed = True
            form.password.errors.append(_("E-mail hoặc mật khẩu không đúng."))
        else:
            sign_in(user, remember=form.remember.data)
            flash(_("Xin chào %(name)s!", name=user.full_name), "success")
            return redirect(safe_next(request.args.get("next")) or url_for("public.home"))
    return render_template("accounts/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    """Ends this sign-in on the server too: a copy of the old cookies no longer signs anyone in."""
    if LogoutForm().validate_on_submit():
        sessions.end(current_user)
        db.session.commit()
        logout_user()
        flash(_("Bạn đã đăng xuất."), "info")
    return redirect(url_for("public.home"))


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["FORM_POSTS_PER_ADDRESS"], methods=["POST"], on_breach=_signup_flood)
@limiter.limit(lambda: current_app.config["SIGNUPS_PER_ADDRESS"], methods=["POST"], deduct_when=_signed_up,
               on_breach=_signups_spent)
def signup():
    if current_user.is_authenticated:
        return redirect(url_for("public.home"))
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = accounts.sign_up(form.email.data, form.password.data, form.full_name.data)
        except WeakPassword as error:
            form.password.errors.append(str(error))
        except DomainError as error:
            form.email.errors.append(str(error))
        else:
            g.signed_up = True
            sign_in(user)  # commits: the confirmation mail leaves
            flash(_("Tài khoản đã được tạo. Chúng tôi đã gửi thư xác nhận tới %(email)s: hãy mở liên kết "
                    "trong thư. Trong lúc chờ, bạn có thể đăng ký doanh nghiệp của mình.", email=user.email),
                  "success")
            return redirect(url_for("public.home"))
    return render_template("accounts/signup.html", form=form)


@bp.route("/forgot", methods=["GET", "POST"])
@limiter.limit("5 per minute", methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        accounts.request_password_reset(form.email.data)
        db.session.commit()  # the mail is queued with this transaction
        flash(_("Nếu e-mail này có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu. "
                "Hãy kiểm tra hộp thư."), "info")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot.html", form=form)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    try:
        accounts.user_for_reset_token(token)
    except DomainError as error:
        flash(str(error), "danger")
        return redirect(url_for("accounts.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            accounts.reset_password(token, form.password.data)
        except WeakPassword as error:
            form.password.errors.append(str(error))
        else:
            db.session.commit()
            logout_user()  # every sign-in of the account has ended, this browser's too
            flash(_("Mật khẩu đã được đổi và mọi phiên đăng nhập của tài khoản đã kết thúc. "
                    "Hãy đăng nhập bằng mật khẩu mới."), "success")
            return redirect(url_for("accounts.login"))
    return render_template("accounts/reset.html", form=form)


@bp.get("/")
@login_required
def account():
    return render_template("accounts/account.html", password_form=ChangePasswordForm(), form=LogoutForm(),
                           sign_ins=sessions.live_count(current_user))


@bp.post("/password")
@login_required
@limiter.limit("10 per hour", methods=["POST"])
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(current_user, form.current.data, form.password.data)
        except WeakPassword as error:
            form.password.errors.append(str(error))
        except DomainError as error:
            form.current.errors.append(str(error))
        else:
            sign_in(current_user._get_current_object())  # this browser goes on under a new sign-in
            flash(_("Mật khẩu đã được đổi. Các phiên đăng nhập khác của tài khoản đã kết thúc."), "success")
            return redirect(url_for("accounts.account"))
    return render_template("accounts/account.html", password_form=form, form=LogoutForm(),
                           sign_ins=sessions.live_count(current_user))


@bp.post("/sign-out-everywhere")
@login_required
def sign_out_everywhere():
    if LogoutForm().validate_on_submit():
        sessions.end_all(current_user)
        db.session.commit()
        logout_user()
        flash(_("Bạn đã đăng xuất khỏi mọi thiết bị."), "info")
        return redirect(url_for("accounts.login"))
    return redirect(url_for("accounts.account"))


@bp.get("/confirm/<token>")
def confirm_email(token: str):
    try:
        user = accounts.confirm_email(token)
    except DomainError as error:
        flash(str(error), "danger")
        return redirect(url_for("accounts.account" if current_user.is_authenticated else "accounts.login"))
    db.session.commit()
    flash(_("Địa chỉ e-mail %(email)s đã được xác nhận.", email=user.email), "success")
    return redirect(url_for("workspace.index" if current_user.is_authenticated else "accounts.login"))


@bp.post("/confirm/resend")
@login_required
@limiter.limit("3 per 10 minutes", methods=["POST"])
def resend_confirmation():
    if LogoutForm().validate_on_submit() and not current_user.email_confirmed:
        accounts.send_confirmation(current_user)
        db.session.commit()
        flash(_("Đã gửi lại thư xác nhận tới %(email)s.", email=current_user.email), "info")
    return redirect(url_for("accounts.account"))


@bp.get("/notifications")
@login_required
def notifications():
    items = db.session.scalars(
        db.select(Notification).where(Notification.user_id == current_user.id)
        .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(100)
    ).all()
    return render_template("accounts/notifications.html", items=items, form=MarkReadForm())


@bp.post("/notifications/read")
@login_required
def mark_notifications_read():
    if MarkReadForm().validate_on_submit():
        notifications_service.mark_all_read(current_user)
        db.session.commit()
    return redirect(url_for("accounts.notifications"))
