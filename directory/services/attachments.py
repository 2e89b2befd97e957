"""Private attachments of inquiries and linkages (quotes, contracts, MoUs).

The type is read from the file's first bytes, never from its name or the browser's word.
Files live in UPLOAD_FOLDER/private under generated names: the public /uploads/<name>
route cannot reach a sub-folder, so only the permission-checked download views serve them.
"""
import io
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from flask_babel import gettext as _

from .errors import DomainError

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
FOLDER = "private"


@dataclass(frozen=True)
class Kind:
    extension: str
    mimetype: str


PDF = Kind("pdf", "application/pdf")
PNG = Kind("png", "image/png")
JPEG = Kind("jpg", "image/jpeg")
WEBP = Kind("webp", "image/webp")
DOCX = Kind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
KINDS = {k.extension: k for k in (PDF, PNG, JPEG, WEBP, DOCX, XLSX)}
# Office formats that may carry VBA macros: refused by name, and by content (a vbaProject.bin part)
# whatever the name says.
MACRO_EXTENSIONS = (".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppsm", ".ppam")


def _macros_refused() -> DomainError:
    return DomainError(_("Không nhận tệp Office có macro (DOCM, XLSM, PPTM…). Hãy lưu lại thành DOCX hoặc XLSX "
                         "không có macro."))


def _unsafe_entry(name: str) -> bool:
    """A zip entry that would be written outside the folder it is extracted into."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def check_archive(data: bytes) -> None:
    """Refuse a zip (an Office file, or one appended to another file) with unsafe paths or macros."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a zip: nothing to extract
    if any(_unsafe_entry(name) for name in names):
        raise DomainError(_("Tệp nén có đường dẫn không an toàn (../ hoặc đường dẫn tuyệt đối) nên không được nhận."))
    if any(name.replace("\\", "/").rsplit("/", 1)[-1].lower() == "vbaproject.bin" for name in names):
        raise _macros_refused()


def sniff(data: bytes) -> Kind | None:
    """The kind of file these bytes are, or None when it is not one we accept."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data.startswith(b"PK\x03\x04"):  # Office Open XML is a zip with a known part inside
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return None
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            return DOCX
        if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
            return XLSX
    return None


def _folder() -> Path:
    folder = Path(current_app.config["UPLOAD_FOLDER"]) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def clean_name(name: str | None, kind: Kind) -> str:
    """The user's file name, kept only for display and the download's name."""
    stem = Path((name or "").replace("\\", "/")).name.strip() or "tep"
    stem = "".join(c for c in stem if c.isprintable())[:200]
    if not stem.lower().endswith("." + kind.extension):
        stem = f"{stem}.{kind.extension}"
    return stem


def store(upload, accepted: tuple[Kind, ...] | None = None, refused: str | None = None) -> tuple[str, str] | None:
    """Validate and save a FileStorage; (generated path, display name), or None when empty.
    `accepted`: the kinds this place takes (default: every kind above), `refused` the message otherwise."""
    if upload is None or not getattr(upload, "filename", None):
        return None
    data = upload.read(MAX_ATTACHMENT_BYTES + 1)
    if not data:
        return None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError(_("Tệp đính kèm tối đa 5 MB."))
    if upload.filename.lower().endswith(MACRO_EXTENSIONS):
        raise _macros_refused()
    check_archive(data)
    kind = sniff(data)
    if kind is None or (accepted is not None and kind not in accepted):
        raise DomainError(refused or _("Chỉ nhận tệp PDF, ảnh (PNG, JPEG, WebP), Word (DOCX) hoặc Excel (XLSX)."))
    path = f"{uuid.uuid4().hex}.{kind.extension}"
    (_folder() / path).write_bytes(data)
    return path, clean_name(upload.filename, kind)


def full_path(path: str) -> Path:
    return _folder() / Path(path).name


def kind_of(path: str) -> Kind:
    return KINDS.get(path.rsplit(".", 1)[-1], PDF)
