"""Attachments that could run code or write outside a folder when opened are refused with a
message: macro-enabled Office files (by name or by content) and zips with unsafe paths."""
import io
import zipfile
from pathlib import Path

import pytest

from directory.models import Inquiry
from directory.services.errors import DomainError

from .test_inquiries import _send, _upload


def office(part: str, *extra: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(part, "<x/>")
        for name in extra:
            z.writestr(name, b"\x00attribute VB_Name")
    return out.getvalue()


MACROS = "có macro"
UNSAFE = "đường dẫn không an toàn"


@pytest.mark.parametrize("data,name,message", [
    (office("word/document.xml", "word/vbaProject.bin"), "hop-dong.docx", MACROS),  # the name hides it
    (office("xl/workbook.xml", "xl/vbaProject.bin"), "bang-gia.xlsx", MACROS),
    (office("xl/workbook.xml", "xl/VBAPROJECT.BIN"), "bang-gia.xlsx", MACROS),
    (office("word/document.xml"), "hop-dong.docm", MACROS),  # refused by name even without the part
    (office("xl/workbook.xml"), "bang-gia.XLSM", MACROS),
    (office("ppt/presentation.xml", "ppt/vbaProject.bin"), "slide.pptm", MACROS),
    (office("word/document.xml", "../../etc/cron.d/x"), "hop-dong.docx", UNSAFE),
    (office("xl/workbook.xml", "xl/../../evil.sh"), "bang-gia.xlsx", UNSAFE),
    (office("word/document.xml", "/etc/passwd"), "hop-dong.docx", UNSAFE),
    (office("word/document.xml", "..\\..\\windows\\evil.dll"), "hop-dong.docx", UNSAFE),
    (office("word/document.xml", "C:/evil.dll"), "hop-dong.docx", UNSAFE),
    (b"%PDF-1.7\n" + office("word/document.xml", "../evil.sh"), "bao-gia.pdf", UNSAFE),  # a zip after a PDF
])
def test_macros_and_unsafe_paths_are_refused_with_a_message(world, app, data, name, message):
    private = Path(app.config["UPLOAD_FOLDER"]) / "private"
    before = set(private.glob("*")) if private.exists() else set()
    with pytest.raises(DomainError, match=message):
        _send(world, attachment=_upload(data, name))
    assert (set(private.glob("*")) if private.exists() else set()) == before


def test_safe_office_files_with_dots_in_names_are_still_accepted(world):
    data = office("word/document.xml", "word/media/image..1.png", "docProps/core.xml")
    assert _send(world, attachment=_upload(data, "hop-dong v1.2.docx")).messages[0].attachment_path.endswith(".docx")


def test_the_inquiry_form_shows_the_message(client, login, world, db):
    login(world["buyer"])
    response = client.post(f"/linkage/inquiries/new?offering={world['offering_a'].id}", data={
        "subject": "Thép D10", "body": "Xin báo giá.",
        "attachment": (io.BytesIO(office("xl/workbook.xml", "xl/vbaProject.bin")), "bang-gia.xlsx"),
    }, content_type="multipart/form-data")
    assert response.status_code == 200 and MACROS in response.get_data(as_text=True)
    assert db.session.scalar(db.select(Inquiry)) is None
