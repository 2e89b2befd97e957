"""Error pages: HTML or JSON by what the client asked for; a 500 rolls the session back."""
from flask import current_app, jsonify, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from .extensions import db
from .services.errors import DomainError


def _wants_json() -> bool:
    return request.path.startswith("/api/") or (
        request.accept_mimetypes.best_match(["application/json", "text/html"]) == "application/json"
    )


def _render(status: int, title: str, message: str):
    if _wants_json():
        return jsonify(error={"status": status, "title": title, "message": message}), status
    return render_template("errors/error.html", status=status, title=title, message=message), status


def register_error_handlers(app) -> None:
    messages = {
        400: lambda: (_("Yêu cầu không hợp lệ"), _("Dữ liệu gửi lên không hợp lệ.")),
        403: lambda: (_("Không có quyền truy cập"), _("Bạn không có quyền xem trang này.")),
        404: lambda: (_("Không tìm thấy trang"), _("Trang bạn tìm không tồn tại hoặc chưa được công bố.")),
        405: lambda: (_("Phương thức không được hỗ trợ"), _("Thao tác này không được hỗ trợ.")),
        409: lambda: (_("Xung đột dữ liệu"), _("Dữ liệu đã được người khác thay đổi.")),
        410: lambda: (_("Đã được xử lý"), _("Mục này đã được người khác xử lý.")),
        413: lambda: (_("Tệp quá lớn"), _(
            "Dữ liệu gửi lên vượt quá %(mb)s MB cho phép nên chưa có gì được lưu. Hãy quay lại, chọn ảnh nhỏ hơn "
            "(mỗi ảnh tối đa 5 MB) hoặc tải ít ảnh hơn mỗi lần, rồi gửi lại.",
            mb=(current_app.config["MAX_CONTENT_LENGTH"] or 0) // (1024 * 1024))),
        429: lambda: (_("Quá nhiều yêu cầu"), _("Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.")),
        500: lambda: (_("Lỗi hệ thống"), _("Đã có lỗi xảy ra. Chúng tôi đã ghi nhận và sẽ khắc phục.")),
    }

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.response is not None:  # already answered in full (the sign-in lockout's page)
            return error.response
        title, message = messages.get(error.code, lambda: (error.name, error.description))()
        return _render(error.code or 500, title, message)

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return _render(400, _("Phiên làm việc đã hết hạn"),
                       _("Biểu mẫu đã hết hạn hoặc thiếu mã bảo vệ. Hãy tải lại trang và thử lại."))

    @app.errorhandler(DomainError)
    def domain_error(error: DomainError):
        title, _message = messages.get(error.status, messages[400])()
        return _render(error.status, title, str(error))

    @app.errorhandler(500)
    def internal_error(error):
        db.session.rollback()
        title, message = messages[500]()
        return _render(500, title, message)
