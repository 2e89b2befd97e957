import io
import zipfile
from pathlib import Path

import pytest
from werkzeug.datastructures import FileStorage

from directory.models import Message, Notification
from directory.services import attachments, inquiries
from directory.services.errors import DomainError, NotAuthorized, NotFound


def _upload(data: bytes, name: str) -> FileStorage:
    return FileStorage(stream=io.BytesIO(data), filename=name)


def _office(part: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(part, "<x/>")
    return out.getvalue()


def _send(world, **overrides):
    values = dict(subject="Báo giá thép D10", body="Xin báo giá 20 tấn giao tại Hải Phòng.",
                  offering=world["offering_a"], quantity="20 tấn")
    return inquiries.send_inquiry(world["buyer"], world["a"], **{**values, **overrides})


def test_inquiry_notifies_every_user_of_the_supplier(world, db, outbox):
    inquiry = _send(world)
    notified = sorted(n.user_id for n in db.session.scalars(db.select(Notification)))
    assert notified == sorted([world["staff_a"].id, world["manager_a"].id])
    assert not list(outbox.glob("*.eml")), "mail leaves only once the inquiry is committed"
    db.session.commit()
    assert len(list(outbox.glob("*.eml"))) == 2
    assert inquiry.buyer_committee_id is None and inquiry.supplier_committee_id == world["committee_a"].id


def test_reply_gives_the_other_side_one_unread_thread(world, db):
    inquiry = _send(world)
    assert inquiries.inbox(world["manager_a"]) == [(inquiry, 1)]
    assert inquiries.unread_total(world["buyer"]) == 0
    inquiries.mark_read(world["manager_a"], inquiry)
    inquiries.reply(world["manager_a"], inquiry, "Giá 15.500.000 đ/tấn, giao trong 5 ngày.")
    assert inquiries.unread_total(world["buyer"]) == 1
    assert inquiries.unread_total(world["manager_a"]) == 0
    assert inquiries.unread_total(world["staff_a"]) == 1  # a colleague has not read the buyer's message yet
    inquiries.mark_read(world["buyer"], inquiry)
    assert inquiries.unread_total(world["buyer"]) == 0


def test_a_reviewer_reads_but_cannot_write(world):
    inquiry = _send(world)
    assert inquiries.get_inquiry(world["reviewer_a"], inquiry.id) is inquiry
    with pytest.raises(NotAuthorized, match="không có quyền thực hiện"):
        inquiries.reply(world["reviewer_a"], inquiry, "Xin chào")


def test_cannot_ask_ones_own_enterprise(world):
    with pytest.raises(DomainError, match="chính doanh nghiệp của mình"):
        inquiries.send_inquiry(world["manager_a"], world["a"], subject="x", body="y")


def test_offering_of_another_supplier_is_not_found(world, make_offering):
    with pytest.raises(NotFound, match="^$"):  # the plain 404, with no message
        _send(world, offering=make_offering(enterprise=world["b"]))


@pytest.mark.parametrize("body,refusal", [("", "Hãy nhập nội dung"), ("   ", "Hãy nhập nội dung"),
                                          ("x" * 5001, "tối đa 5000 ký tự")])
def test_empty_or_huge_messages_are_refused(world, body, refusal):
    with pytest.raises(DomainError, match=refusal):
        _send(world, body=body)


@pytest.mark.parametrize("data,name,extension", [
    (b"%PDF-1.7\n...", "bao gia.pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n" + b"0" * 20, "anh.png", "png"),
    (_office("word/document.xml"), "hop-dong.docx", "docx"),
    (_office("xl/workbook.xml"), "bang-gia.xlsx", "xlsx"),
])
def test_accepted_attachments_are_stored_under_generated_names(world, app, data, name, extension):
    inquiry = _send(world, attachment=_upload(data, name))
    message = inquiry.messages[0]
    assert message.attachment_path.endswith("." + extension) and message.attachment_path != name
    assert message.attachment_name == name
    assert (Path(app.config["UPLOAD_FOLDER"]) / "private" / message.attachment_path).read_bytes() == data


@pytest.mark.parametrize("data,name", [
    (b"MZ\x90\x00 executable", "bao-gia.pdf"),           # the name lies
    (b"<html><script>alert(1)</script>", "a.png"),
    (_office("other/part.xml"), "x.docx"),               # a zip that is not Office
])
def test_other_content_is_refused_whatever_its_name(world, data, name):
    with pytest.raises(DomainError, match="Chỉ nhận tệp PDF"):
        _send(world, attachment=_upload(data, name))


def test_attachment_larger_than_the_limit_is_refused(world):
    with pytest.raises(DomainError, match="Tệp đính kèm tối đa 5 MB"):
        _send(world, attachment=_upload(b"%PDF-" + b"0" * attachments.MAX_ATTACHMENT_BYTES, "lon.pdf"))


def test_only_the_two_parties_may_download(world, db):
    inquiry = _send(world, attachment=_upload(b"%PDF-1.4 x", "q.pdf"))
    message = db.session.scalar(db.select(Message).where(Message.inquiry_id == inquiry.id))
    assert inquiries.get_attachment(world["manager_a"], message.id) is message
    assert inquiries.get_attachment(world["buyer"], message.id) is message
    for role in ("manager_b", "reviewer_a", "admin"):
        with pytest.raises(NotFound, match="^$"):  # the plain 404, with no message
            inquiries.get_attachment(world[role], message.id)


def test_either_party_closes_a_thread_and_a_reply_opens_it_again(world, db):
    from directory.models import InquiryStatus

    inquiry = _send(world)
    inquiries.close_inquiry(world["staff_a"], inquiry)
    assert inquiry.status == InquiryStatus.CLOSED
    with pytest.raises(DomainError, match="đã được đóng"):
        inquiries.close_inquiry(world["buyer"], inquiry)
    inquiries.reply(world["buyer"], inquiry, "Chúng tôi cần thêm 5 tấn.")
    assert inquiry.status == InquiryStatus.OPEN


@pytest.mark.parametrize("outsider", ["manager_b", "reviewer_a", "admin"])
def test_only_the_parties_close_a_thread(world, db, outsider):
    inquiry = _send(world)
    with pytest.raises(NotAuthorized, match="không có quyền thực hiện"):
        inquiries.close_inquiry(world[outsider], inquiry)


def test_closing_through_the_page(world, db, client, login):
    inquiry = _send(world)
    db.session.commit()
    login(world["manager_a"])
    page = client.post(f"/linkage/inquiries/{inquiry.id}/close", follow_redirects=True).get_data(as_text=True)
    assert "Đã đóng cuộc trao đổi" in page and "Đóng cuộc trao đổi</button>" not in page


def test_two_tabs_opening_an_unread_thread_both_show_it(world, db, client_for):
    """Real threads: both requests find no read mark and write one; an upsert, not two inserts."""
    from directory.models import InquiryRead
    from tests.conftest import run_together

    inquiry = _send(world)
    db.session.commit()
    user_id, url = world["manager_a"].id, f"/linkage/inquiries/{inquiry.id}"
    tabs = [client_for(world["manager_a"]), client_for(world["manager_a"])]
    for round_ in range(20):
        db.session.execute(db.delete(InquiryRead).where(InquiryRead.user_id == user_id))
        db.session.commit()
        results = run_together(*(lambda tab=tab: tab.get(url) for tab in tabs))
        codes = [r if isinstance(r, Exception) else r.status_code for r in results]
        assert codes == [200, 200], f"round {round_}: {codes}"
    reads = db.session.scalars(db.select(InquiryRead).where(InquiryRead.user_id == user_id)).all()
    assert len(reads) == 1
