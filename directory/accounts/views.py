"""Sign up, sign in, sign out, forgotten password."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, limiter
from ..models import Notification
from ..services import accounts
from ..services import notifications as notifications_service
from ..services.errors import DomainError
from ..urls import safe_next
from .forms import ForgotPasswordForm, LoginForm, LogoutForm, MarkReadForm, ResetPasswordForm, SignupForm

bp = Blueprint("accounts", __name__, url_prefix="/account")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("public.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        if user is None:
            form.password.errors.append(_("E-mail hoặc mật khẩu không đúng."))
        else:
            login_user(user, remember=form.remember.data)
            db.session.commit()
            flash(_("Xin chào %(name)s!", name=user.full_name), "success")
            return redirect(safe_next(request.args.get("next")) or url_for("public.home"))
    return render_template("accounts/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    if LogoutForm().validate_on_submit():
        logout_user()
        flash(_("Bạn đã đăng xuất."), "info")
    return redirect(url_for("public.home"))


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit("5 per minute", methods=["POST"])
def signup():
    if current_user.is_authenticated:
        return redirect(url_for("public.home"))
    form = SignupForm()
    if form.validate_on_submit():
        try:
            user = accounts.register_user(form.email.data, form.password.data, form.full_name.data)
        except DomainError as error:
            form.email.errors.append(str(error))
        else:
            db.session.commit()
            login_user(user)
            flash(_("Tài khoản đã được tạo. Hãy đăng ký doanh nghiệp của bạn."), "success")
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
        accounts.reset_password(token, form.password.data)
        db.session.commit()
        flash(_("Mật khẩu đã được đổi. Hãy đăng nhập bằng mật khẩu mới."), "success")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/reset.html", form=form)


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
