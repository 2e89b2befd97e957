"""Every kind of mail the app sends says what happened in a sentence and carries an absolute link,
in the recipient's language. The kinds are found in the source: a new place that sends mail fails
test_every_kind_of_mail_is_exercised until it has a trigger here."""
import ast
import re
from datetime import timedelta
from pathlib import Path

import pytest

from directory.models import Decision, Invitation, OutgoingMail, Status
from directory.models.base import utcnow
from directory.services import (accounts, certifications, confirmations, feedback, imports, inquiries, linkages,
                                members, needs, quotes, reviews, saved_searches)

from ..linkage.helpers import confirmed_linkage, quote_in_thread

SERVICES = Path(__file__).resolve().parents[2] / "directory"
SENDERS = {"send_mail", "notify", "notify_owner", "notify_enterprise"}  # what puts a mail in the queue
RELAYS = {"notify", "notify_owner", "notify_enterprise"}  # pass a caller's mail on: the caller is the kind
LINK = re.compile(r"https?://[^\s/]+/\S*")
SENTENCE = re.compile(r"\w+(?: \S+){2,}[.!?:]", re.UNICODE)  # three words or more ending a sentence


def mail_kinds() -> set[tuple[str, str]]:
    """(module, function) of every function that sends mail itself."""
    kinds = set()
    for path in SERVICES.rglob("*.py"):
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef) or function.name in RELAYS:
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and (getattr(node.func, "id", None) or
                                                   getattr(node.func, "attr", None)) in SENDERS:
                    kinds.add((path.stem, function.name))
    return kinds


def _pending_offering(world, make_offering, db, title="Ống thép mạ kẽm"):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING, title=title)
    db.session.commit()
    return offering


def review_decisions(world, db, make_offering, **_):
    approved = _pending_offering(world, make_offering, db)
    reviews.decide(world["reviewer_a"], approved, Decision.APPROVE, approved.version)
    rejected = _pending_offering(world, make_offering, db, title="Ống nhựa")
    reviews.decide(world["reviewer_a"], rejected, Decision.REJECT, rejected.version, "Thiếu mô tả")


def claim(world, db, **_):
    invitation = Invitation(enterprise_id=world["a"].id, email="nhan@example.vn", as_manager=True,
                            invited_by_id=world["reviewer_a"].id)
    db.session.add(invitation)
    db.session.flush()
    imports._mail_claim(invitation, world["a"].display_name, world["committee_a"])


def need(world, db, make_category, **_):
    category = make_category(name_vi="Thép")
    world["offering_a"].category = category
    db.session.flush()
    needs.post_need(world["manager_b"], title="Cần mua thép cuộn", category=category)


def inquiry(world, **_):
    return inquiries.send_inquiry(world["buyer"], world["a"], subject="Hỏi giá thép", body="Xin báo giá 10 tấn.")


def digest(world, db, make_offering, **_):
    saved = saved_searches.save_search(world["buyer"], "thép", {})
    saved.last_sent_at = utcnow() - timedelta(hours=1)
    make_offering(enterprise=world["a"], title="Thép hình chữ I", approved_at=utcnow() - timedelta(minutes=5))
    db.session.flush()
    assert saved_searches.send_digest() >= 1


def declined(world, **_):
    proposed = linkages.propose_linkage(world["manager_b"], world["a"], actor_is_buyer=True, value=5_000_000,
                                        starts_on=utcnow().date())
    linkages.decline_linkage(world["manager_a"], proposed, "Chưa đúng giá")


def delivered_feedback(world, **_):
    """B's feedback on a deal A delivered last month."""
    linkage = confirmed_linkage(world["manager_b"], world["manager_a"], world["a"],
                                on=utcnow().date() - timedelta(days=30))
    return feedback.give_feedback(world["manager_b"], linkage, on_time=True, as_agreed=True, would_deal_again=True,
                                  comment="Giao đúng hẹn, hàng đúng mẫu.")


def changed_feedback(world, **_):
    given = delivered_feedback(world)
    feedback.change_feedback(world["manager_b"], given, version=given.version, on_time=False, as_agreed=True,
                             would_deal_again=True, comment="Giao chậm hai ngày.")


def confirmation_reminder(world, db, **_):
    from directory import freshness
    world["offering_a"].confirm_due_on = freshness.local_today() + timedelta(days=7)
    db.session.flush()
    assert confirmations.send_reminders() == 1


def expiry_reminder(world, db, **_):
    from directory.i18n import local_today
    from directory.models import Certification, CertKind

    today = local_today()
    db.session.add(Certification(enterprise=world["a"], kind=CertKind.HACCP, number="HACCP-0921", issuer="Vinacert",
                                 issued_on=today - timedelta(days=1000), expires_on=today + timedelta(days=20),
                                 document_path="x.pdf", document_name="haccp.pdf", status=Status.APPROVED))
    db.session.flush()
    assert certifications.send_expiry_reminders() == 1


TRIGGERS = {
    ("confirmations", "_remind"): confirmation_reminder,
    ("certifications", "send_expiry_reminders"): expiry_reminder,
    ("accounts", "request_password_reset"): lambda world, **_: accounts.request_password_reset(
        world["manager_a"].email),
    ("accounts", "send_confirmation"): lambda world, **_: accounts.send_confirmation(world["manager_a"]),
    ("members", "invite_colleague"): lambda world, **_: members.invite_colleague(
        world["manager_a"], world["a"], "dongnghiep@example.vn"),
    ("imports", "_mail_claim"): claim,
    ("reviews", "_notify"): review_decisions,
    ("needs", "post_need"): need,
    ("inquiries", "send_inquiry"): inquiry,
    ("inquiries", "reply"): lambda world, **_: inquiries.reply(world["manager_a"], inquiry(world), "Giá 15 triệu/tấn."),
    ("saved_searches", "send_digest"): digest,
    ("linkages", "propose_linkage"): lambda world, **_: linkages.propose_linkage(
        world["manager_b"], world["a"], actor_is_buyer=True, value=5_000_000, starts_on=utcnow().date()),
    ("linkages", "_decide"): declined,
    ("feedback", "give_feedback"): delivered_feedback,
    ("feedback", "change_feedback"): changed_feedback,
    ("feedback", "answer_feedback"): lambda world, **_: feedback.answer_feedback(
        world["manager_a"], delivered_feedback(world), "Cảm ơn quý công ty."),
    ("feedback", "_tell_author"): lambda world, **_: feedback.hide_text(
        world["reviewer_a"], delivered_feedback(world), "comment", "Lộ thông tin cá nhân"),
    ("linkages", "cancel_linkage"): lambda world, **_: linkages.cancel_linkage(
        world["manager_a"], confirmed_linkage(world["manager_b"], world["manager_a"], world["a"]), "Hợp đồng bị huỷ"),
    ("quotes", "send_quote"): lambda world, **_: quote_in_thread(world["buyer"], world["manager_a"], world["a"]),
    ("quotes", "_decide"): lambda world, **_: quotes.decline_quote(
        world["buyer"], quote_in_thread(world["buyer"], world["manager_a"], world["a"]), "Giá cao hơn dự toán"),
}


def test_every_kind_of_mail_is_exercised():
    kinds = mail_kinds()
    assert ("accounts", "request_password_reset") in kinds and ("reviews", "_notify") in kinds  # the scan works
    assert kinds == set(TRIGGERS), f"add a trigger for: {sorted(kinds - set(TRIGGERS))}"


@pytest.mark.parametrize("kind", sorted(TRIGGERS), ids="/".join)
def test_each_mail_says_what_happened_and_links_absolutely(kind, app, world, db, make_offering, make_category):
    seen = set(db.session.scalars(db.select(OutgoingMail.id)))
    TRIGGERS[kind](world=world, db=db, make_offering=make_offering, make_category=make_category)
    db.session.flush()
    mails = [m for m in db.session.scalars(db.select(OutgoingMail)) if m.id not in seen]
    assert mails, kind
    for mail in mails:
        links = LINK.findall(mail.body)
        assert links and all(link.startswith(app.config["BASE_URL"] + "/") for link in links), mail.body
        assert SENTENCE.search(mail.body.replace(links[0], "")), mail.body  # a sentence besides the link
        assert not re.search(r"(^|\s)/[a-z]", mail.body), mail.body  # no bare site path


def test_a_notification_mail_reads_in_the_recipients_language(world, db, make_offering, login, client):
    world["staff_a"].locale = "en"
    offering = _pending_offering(world, make_offering, db)
    reviews.decide(world["reviewer_a"], offering, Decision.APPROVE, offering.version)  # the reviewer reads Vietnamese
    db.session.flush()
    by_recipient = {m.recipient: m for m in db.session.scalars(db.select(OutgoingMail))}
    english, vietnamese = by_recipient[world["staff_a"].email], by_recipient[world["manager_a"].email]
    assert english.subject == "Product or service “Ống thép mạ kẽm” has been approved"
    assert english.body.startswith(f"Hello {world['staff_a'].full_name},") and "See details: http://" in english.body
    assert vietnamese.subject == "Sản phẩm, dịch vụ «Ống thép mạ kẽm» đã được duyệt"
    assert vietnamese.body.startswith(f"Xin chào {world['manager_a'].full_name},")


def test_links_in_mail_without_base_url_come_from_server_name(app, monkeypatch):
    from directory.urls import absolute_url

    monkeypatch.setitem(app.config, "BASE_URL", "")
    monkeypatch.setitem(app.config, "SERVER_NAME", "ketnoi.example.vn")
    monkeypatch.setitem(app.config, "PREFERRED_URL_SCHEME", "https")
    with app.app_context():  # as the job worker: no request
        assert absolute_url("workspace.index") == "https://ketnoi.example.vn/workspace/"


def test_links_in_mail_follow_a_trusted_request_host_only(app, monkeypatch):
    from directory.urls import absolute_url

    monkeypatch.setitem(app.config, "BASE_URL", "")
    with app.test_request_context("/", base_url="https://ketnoi.example.vn"):
        assert absolute_url("workspace.index") == "http://127.0.0.1:5000/workspace/"  # an unchecked Host: not used
    monkeypatch.setitem(app.config, "TRUSTED_HOSTS", ["ketnoi.example.vn"])
    with app.test_request_context("/", base_url="https://ketnoi.example.vn"):
        assert absolute_url("workspace.index") == "https://ketnoi.example.vn/workspace/"
