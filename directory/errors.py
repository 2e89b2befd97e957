"""Error pages: HTML or JSON by what the client asked for; a 500 or 503 rolls the session back.

A database that cannot be reached (refused, gone, locked past the timeout) is an outage, not a bug:
it is answered 503 with Retry-After, by a page that needs no database.
"""
import sqlite3

import sqlalchemy as sa
from flask import current_app, g, jsonify, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from .extensions import db, login_manager
from .request_log import request_id
from .services.errors import DomainError

# SQLite reports an unreachable file or a lock held past the timeout with these primary codes;
# its other OperationalErrors ("no such table", syntax) are bugs and stay 500s.
SQLITE_OUTAGES = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_IOERR}


def is_database_outage(error: BaseException | None) -> bool:
    if isinstance(error, sa.exc.TimeoutError):  # every pooled connection busy past pool_timeout
        return True
    if not isinstance(error, sa.exc.DBAPIError):
        return False
    if error.connection_invalidated:  # SQLAlchemy recognised a lost connection
        return True
    if isinstance(error.orig, sqlite3.Error):
        return (getattr(error.orig, "sqlite_errorcode", 0) & 0xFF) in SQLITE_OUTAGES
    # PostgreSQL: refused, server gone, shut down, cancelled on timeout; not ProgrammingError & co.
    return isinstance(error, sa.exc.OperationalError)


def _wants_json() -> bool:
    return request.path.startswith("/api/") or (
        request.accept_mimetypes.best_match(["application/json", "text/html"]) == "application/json"
    )


def _render(status: int, title: str, message: str):
    # A server error carries the request id, which the user can quote and the log line holds.
    reference = request_id() if status >= 500 else None
    if _wants_json():
        body = {"status": status, "title": title, "message": message}
        return jsonify(error=body | ({"request_id": reference} if reference else {})), status
    return render_template("errors/error.html", status=status, title=title, message=message,
                           request_id=reference), status


def _rollback() -> None:
    try:
        db.session.rollback()
    except sa.exc.SQLAlchemyError:  # the connection went with the database; the pool replaces it
        db.session.close()


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
        503: lambda: (_("Hệ thống tạm thời gián đoạn"), _(
            "Hệ thống tạm thời không truy cập được dữ liệu. Thao tác vừa rồi có thể chưa được lưu; "
            "vui lòng thử lại sau ít phút.")),
    }

    def database_unavailable(error: BaseException):
        reason = str(getattr(error, "orig", None) or error).strip().partition("\n")[0]
        current_app.logger.warning("Database unavailable (request %s): %s", request_id(), reason)
        _rollback()
        # The page shows the visitor's navigation: loading (or refreshing) the signed-in user would
        # need the database. Flask-Login keeps the request's user in g._login_user.
        g._login_user = login_manager.anonymous_user()
        title, message = messages[503]()
        response, status = _render(503, title, message)
        return response, status, {"Retry-After": str(current_app.config["DATABASE_RETRY_AFTER"])}

    @app.errorhandler(sa.exc.DBAPIError)
    @app.errorhandler(sa.exc.TimeoutError)
    def database_error(error):
        if not is_database_outage(error):
            raise error  # a bug: Flask's 500 path logs it with its traceback
        return database_unavailable(error)

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
        # The database can also fail while another error's page renders (it loads the user).
        if is_database_outage(getattr(error, "original_exception", None)):
            return database_unavailable(error.original_exception)
        current_app.logger.error("Server error (request %s): %s", request_id(),
                                 type(getattr(error, "original_exception", None) or error).__name__)
        _rollback()
        title, message = messages[500]()
        return _render(500, title, message)
