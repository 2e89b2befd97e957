"""Domain errors: views turn them into a form message, 403, 404 or 409."""


class DomainError(Exception):
    """A rule refused the action; the message is shown to the user as it is."""

    status = 400


class NotFound(DomainError):
    status = 404


class NotAuthorized(DomainError):
    status = 403


class Conflict(DomainError):
    """Somebody else changed or decided the record first."""

    status = 409


class EditConflict(Conflict):
    """A save from a form loaded at an older version (or with no valid version): nothing was
    changed; the view shows the form again with what changed meanwhile."""

    def __init__(self, message: str | None = None):
        from flask_babel import gettext as _

        super().__init__(message or _("Một người khác đã lưu thay đổi sau khi bạn mở biểu mẫu này, nên thay đổi "
                                      "của bạn chưa được lưu. Bảng dưới đây cho thấy giá trị hiện tại; nội dung bạn "
                                      "nhập vẫn còn trong biểu mẫu (tệp đã chọn cần chọn lại). Hãy xem lại rồi bấm "
                                      "Lưu để áp dụng."))


class AlreadyDecided(Conflict):
    """The item was decided (or changed) since the form was shown: the second reviewer is told."""

    status = 410
