"""Certifications: the rules of a declaration, the committee's verification, the badges (only while
verified and unexpired, on pages, search and the page cache), the search filter, the reminder before
expiry, and what the owner's pages answer to bad input."""
import io
from datetime import date, timedelta

import pytest
from werkzeug.datastructures import FileStorage

from directory.i18n import local_today
from directory.models import AuditEvent, CertKind, Certification, Decision, Notification, Role, Status
from directory.search import Params, reindex, search
from directory.services import certifications, reviews, saved_searches
from directory.services.errors import AlreadyDecided, DomainError, EditConflict, NotAuthorized

TODAY = local_today()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def upload(data=PDF, name="giay-chung-nhan.pdf") -> FileStorage:
    return FileStorage(io.BytesIO(data), filename=name)


def values(**changes) -> dict:
    return {"kind": "iso9001", "offering_id": None, "ocop_stars": None, "award_year": None,
            "number": "HT 2231/2025", "issuer": "Trung tâm Chứng nhận Phù hợp QUACERT",
            "issued_on": TODAY - timedelta(days=100), "expires_on": TODAY + timedelta(days=900), **changes}


def declare(world, **changes) -> Certification:
    return certifications.declare_certification(world["manager_a"], world["a"], values(**changes), upload())


def refused(world, **changes) -> str:
    with pytest.raises(DomainError) as error:
        declare(world, **changes)
    return str(error.value)


# ---- the rules ---------------------------------------------------------------------------------

def test_a_declaration_waits_for_its_committee(world, db):
    cert = declare(world)
    db.session.commit()
    assert cert.status == Status.PENDING and cert.submitted_at and not cert.ever_verified
    assert cert.document_name == "giay-chung-nhan.pdf" and cert.document_path.endswith(".pdf")
    event = db.session.scalar(db.select(AuditEvent).where(AuditEvent.target_type == "certification"))
    assert event.action == "certification.submit" and event.after["number"] == "HT 2231/2025"


def test_ocop_needs_its_stars_and_one_product_of_the_enterprise_and_lasts_36_months(world, db, make_offering):
    other = make_offering(enterprise=world["b"], title="Chè Shan tuyết của B")
    assert "3, 4 hoặc 5 sao" in refused(world, kind="ocop", offering_id=world["offering_a"].id)
    assert "3, 4 hoặc 5 sao" in refused(world, kind="ocop", ocop_stars=6, offering_id=world["offering_a"].id)
    assert "chọn sản phẩm" in refused(world, kind="ocop", ocop_stars=4)
    assert "của doanh nghiệp mình" in refused(world, kind="ocop", ocop_stars=4, offering_id=other.id)
    assert "của doanh nghiệp mình" in refused(world, kind="ocop", ocop_stars=4, offering_id=999_999)
    cert = declare(world, kind="ocop", ocop_stars=4, offering_id=world["offering_a"].id,
                   issued_on=date(2024, 2, 29), expires_on=None)
    assert cert.expires_on == date(2027, 2, 28)  # 36 months; the 29th of February has no twin in 2027
    assert certifications.badge_text(cert) == "OCOP 4 sao"


def test_the_conformity_mark_is_product_level_and_iso_9001_is_the_enterprises(world, db):
    assert "chọn sản phẩm" in refused(world, kind="cr")
    cert = declare(world, kind="iso9001", offering_id=world["offering_a"].id)
    assert cert.offering_id is None  # a management system certifies the enterprise, not a product
    haccp = declare(world, kind="haccp", offering_id=world["offering_a"].id)
    assert haccp.offering_id == world["offering_a"].id  # may name the product it covers


@pytest.mark.parametrize("changes, message", [
    ({"kind": "iso9999"}, "chọn loại chứng nhận"),
    ({"kind": None}, "chọn loại chứng nhận"),
    ({"number": "  "}, "số giấy chứng nhận"),
    ({"issuer": ""}, "tổ chức cấp"),
    ({"number": "x" * 101}, "tối đa 100 ký tự"),
    ({"issued_on": None}, "ngày cấp"),
    ({"issued_on": TODAY + timedelta(days=1)}, "đến hôm nay"),
    ({"issued_on": date(1989, 12, 31)}, "01/01/1990"),
    ({"expires_on": None}, "ngày hết hạn"),
    ({"expires_on": TODAY - timedelta(days=100)}, "sau ngày cấp"),
    ({"expires_on": TODAY + timedelta(days=365 * 12)}, "tối đa 10 năm"),
    ({"kind": "hvnclc"}, "năm đạt danh hiệu"),
    ({"kind": "hvnclc", "award_year": 1990}, "năm đạt danh hiệu"),
    ({"kind": "hvnclc", "award_year": TODAY.year + 1}, "năm đạt danh hiệu"),
])
def test_bad_values_are_refused_with_a_clear_message(world, db, changes, message):
    assert message in refused(world, **changes)


def test_the_title_hang_viet_nam_chat_luong_cao_has_its_year(world, db):
    cert = declare(world, kind="hvnclc", award_year=TODAY.year - 1, offering_id=world["offering_a"].id)
    assert cert.offering_id is None and cert.award_year == TODAY.year - 1
    assert certifications.badge_text(cert) == f"Hàng Việt Nam chất lượng cao {TODAY.year - 1}"


@pytest.mark.parametrize("data, name, message", [
    (b"PK\x03\x04not an office file", "chung-nhan.docx", "PDF, JPEG hoặc PNG"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "anh.webp", "PDF, JPEG hoặc PNG"),  # accepted elsewhere, not here
    (b"<html>", "chung-nhan.pdf", "PDF, JPEG hoặc PNG"),  # the name does not make it a PDF
    (PDF + b"0" * (5 * 1024 * 1024), "lon.pdf", "5 MB"),
])
def test_the_document_is_a_pdf_jpeg_or_png_of_at_most_5_mb(world, db, data, name, message):
    with pytest.raises(DomainError) as error:
        certifications.declare_certification(world["manager_a"], world["a"], values(), upload(data, name))
    assert message in str(error.value)


def test_a_declaration_needs_its_document(world, db):
    with pytest.raises(DomainError, match="bản chụp"):
        certifications.declare_certification(world["manager_a"], world["a"], values(), None)
    cert = certifications.declare_certification(world["staff_a"], world["a"], values(), upload(PNG, "anh.png"))
    assert cert.document_path.endswith(".png")  # staff declare too, as they list offerings


def test_outside_buyers_and_other_enterprises_declare_nothing(world, db):
    with pytest.raises(NotAuthorized):
        certifications.declare_certification(world["buyer"], world["outside"], values(), upload())
    with pytest.raises(NotAuthorized):
        certifications.declare_certification(world["manager_b"], world["a"], values(), upload())


# ---- verification ------------------------------------------------------------------------------

def test_the_committee_verifies_it_and_the_owner_is_told(world, db):
    cert = declare(world)
    db.session.commit()
    queue = reviews.review_queue(world["reviewer_a"])
    assert [(i.kind, i.record.id) for i in queue] == [("certification", cert.id)]
    assert reviews.review_queue(world["reviewer_b"]) == []
    page = reviews.queue_page(world["reviewer_a"], reviews.clean_filter(world["reviewer_a"], kind="certification"))
    assert page.total == 1 and page.items[0].submitter.id == world["manager_a"].id
    reviews.decide(world["reviewer_a"], cert, Decision.APPROVE, cert.version)
    db.session.commit()
    assert cert.status == Status.APPROVED and cert.ever_verified and cert.approved_at
    notes = db.session.scalars(db.select(Notification).where(Notification.user_id == world["manager_a"].id)).all()
    assert any("đã được xác minh" in n.subject and "ISO 9001" in n.subject for n in notes)


def test_a_rejection_needs_a_reason_the_owner_reads(world, db, client, login):
    cert = declare(world)
    db.session.commit()
    with pytest.raises(DomainError, match="lý do"):
        reviews.decide(world["reviewer_a"], cert, Decision.REJECT, cert.version)
    db.session.rollback()
    reviews.decide(world["reviewer_a"], cert, Decision.REJECT, cert.version, codes=["unreadable_document"])
    db.session.commit()
    assert cert.status == Status.REJECTED
    login(world["manager_a"])
    page = client.get("/workspace/certifications").get_data(as_text=True)
    assert "Bị từ chối" in page and "Bản chụp giấy chứng nhận không đọc được" in page


def test_another_committees_reviewer_finds_nothing(world, db, client, login):
    cert = declare(world)
    db.session.commit()
    login(world["reviewer_b"])
    assert client.get(f"/review/certification/{cert.id}").status_code == 404
    assert client.post(f"/review/certification/{cert.id}/decide",
                       data={"version": cert.version, "approve": "1"}).status_code == 404
    login(world["reviewer_a"])
    page = client.get(f"/review/certification/{cert.id}").get_data(as_text=True)
    assert "HT 2231/2025" in page and f"/workspace/certifications/{cert.id}/document" in page
    response = client.post(f"/review/certification/{cert.id}/decide", data={"version": cert.version, "approve": "1"})
    assert response.status_code == 302
    db.session.refresh(cert)
    assert cert.status == Status.APPROVED


def test_editing_a_verified_certification_sends_it_back_and_its_badge_waits(world, db, make_certification):
    cert = make_certification(enterprise=world["a"])
    db.session.commit()
    assert certifications.offering_badges(world["offering_a"])
    certifications.update_certification(world["manager_a"], cert, values(number="HT 9999/2026"), None, cert.version)
    db.session.commit()
    assert cert.status == Status.PENDING and cert.number == "HT 9999/2026"
    assert cert.document_name == "iso-9001.pdf"  # no new file: the one sent stays
    assert certifications.offering_badges(world["offering_a"]) == []
    assert [i.kind for i in reviews.review_queue(world["reviewer_a"])] == ["certification"]


def test_two_tabs_saving_the_same_version_one_wins(world, db):
    cert = declare(world)
    db.session.commit()
    seen = cert.version
    certifications.update_certification(world["manager_a"], cert, values(number="Tab 1"), None, seen)
    db.session.commit()
    with pytest.raises(EditConflict):
        certifications.update_certification(world["staff_a"], cert, values(number="Tab 2"), None, seen)
    db.session.rollback()
    db.session.refresh(cert)
    assert cert.number == "Tab 1"
    with pytest.raises(AlreadyDecided):  # the reviewer's page showed the version before the edit
        reviews.decide(world["reviewer_a"], cert, Decision.APPROVE, seen)


def test_a_verified_certification_is_withdrawn_never_deleted(world, db, make_certification):
    cert = make_certification(enterprise=world["a"])
    db.session.commit()
    with pytest.raises(DomainError, match="không xoá được"):
        certifications.delete_certification(world["manager_a"], cert, cert.version)
    db.session.rollback()
    certifications.withdraw_certification(world["manager_a"], cert, cert.version)
    db.session.commit()
    assert db.session.get(Certification, cert.id).status == Status.ARCHIVED
    assert certifications.offering_badges(world["offering_a"]) == []
    with pytest.raises(DomainError, match="đã rút"):
        certifications.update_certification(world["manager_a"], cert, values(), None, cert.version)


def test_a_declaration_never_verified_may_be_deleted_and_the_trail_keeps_it(world, db):
    cert = declare(world)
    db.session.commit()
    cert_id, version = cert.id, cert.version
    with pytest.raises(DomainError, match="vừa được thay đổi"):
        certifications.delete_certification(world["manager_a"], cert, version + 1)
    db.session.rollback()
    cert = db.session.get(Certification, cert_id)
    certifications.delete_certification(world["manager_a"], cert, version)
    db.session.commit()
    assert db.session.get(Certification, cert_id) is None
    deleted = db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "certification.delete"))
    assert deleted.target_id == cert_id and deleted.before["number"] == "HT 2231/2025"


# ---- badges ------------------------------------------------------------------------------------

def test_badges_show_only_while_verified_and_unexpired(world, db, make_certification, make_offering, client):
    tea = make_offering(enterprise=world["a"], title="Chè Shan tuyết Suối Giàng")
    make_certification(enterprise=world["a"], kind=CertKind.OCOP, ocop_stars=4, offering=tea,
                       expires_on=TODAY)  # its last day
    make_certification(enterprise=world["a"], kind=CertKind.ISO_22000, expires_on=TODAY - timedelta(days=1))
    make_certification(enterprise=world["a"], kind=CertKind.HACCP, status=Status.PENDING)
    make_certification(enterprise=world["a"], kind=CertKind.VIETGAP, status=Status.REJECTED)
    make_certification(enterprise=world["a"], kind=CertKind.ISO_14001, status=Status.ARCHIVED)
    make_certification(enterprise=world["a"], kind=CertKind.HVNCLC, award_year=TODAY.year - 1)
    db.session.commit()
    assert [b.text for b in certifications.offering_badges(tea)] == ["OCOP 4 sao",
                                                                     f"Hàng Việt Nam chất lượng cao {TODAY.year - 1}"]
    assert [b.text for b in certifications.offering_badges(world["offering_a"])] == [
        f"Hàng Việt Nam chất lượng cao {TODAY.year - 1}"]  # the OCOP rating is the tea's only
    assert certifications.offering_badges(tea, today=TODAY + timedelta(days=1))[0].kind == "hvnclc"
    page = client.get(f"/offerings/{tea.id}").get_data(as_text=True)
    assert "OCOP 4 sao" in page and "danh hiệu tự khai" in page and "không phải chứng nhận của Nhà nước" in page
    for hidden in ("ISO 22000", "HACCP", "VietGAP", "ISO 14001"):
        assert hidden not in page
    page = client.get(f"/enterprises/{world['a'].slug}").get_data(as_text=True)
    assert "OCOP 4 sao – Chè Shan tuyết Suối Giàng" in page
    assert "chung-nhan.pdf" not in page and "document" not in page  # the scan is never public


def test_a_cached_page_drops_a_badge_the_day_after_it_expires(world, db, make_certification, client, monkeypatch):
    make_certification(enterprise=world["a"], expires_on=TODAY)
    db.session.commit()
    url = f"/offerings/{world['offering_a'].id}"
    assert "ISO 9001" in client.get(url).get_data(as_text=True)
    assert "ISO 9001" in client.get(url).get_data(as_text=True)  # from the page cache now
    tomorrow = TODAY + timedelta(days=1)
    import directory.i18n
    monkeypatch.setattr(directory.i18n, "local_today", lambda: tomorrow)  # the cache key's day
    monkeypatch.setattr(certifications, "local_today", lambda: tomorrow)
    assert "ISO 9001" not in client.get(url).get_data(as_text=True)  # no stamp changed: the day did


def test_a_product_badge_of_a_draft_product_is_not_shown_on_the_enterprise_page(world, db, make_certification,
                                                                              make_offering):
    draft = make_offering(enterprise=world["a"], title="Bản nháp", status=Status.DRAFT)
    make_certification(enterprise=world["a"], kind=CertKind.CR, offering=draft)
    db.session.commit()
    assert certifications.enterprise_badges(world["a"]) == []


# ---- search --------------------------------------------------------------------------------------

@pytest.fixture
def certified(world, db, make_certification, make_offering, make_enterprise):
    tea = make_offering(enterprise=world["a"], title="Chè Shan tuyết")
    rice = make_offering(enterprise=world["b"], title="Gạo nếp cái hoa vàng")
    make_offering(enterprise=world["b"], title="Chè búp khô")  # B's: no badge
    make_certification(enterprise=world["a"], kind=CertKind.OCOP, ocop_stars=4, offering=tea)
    make_certification(enterprise=world["b"], kind=CertKind.OCOP, ocop_stars=3, offering=rice,
                       expires_on=TODAY - timedelta(days=1))  # expired
    make_certification(enterprise=world["b"], kind=CertKind.VIETGAP, offering=rice, status=Status.PENDING)
    reindex()
    db.session.commit()
    return dict(tea=tea, rice=rice)


def found(**params) -> set[str]:
    return {h.record.title if h.type == "offering" else h.record.slug for h in search(Params(**params)).hits}


def test_the_search_filter_keeps_what_shows_a_badge_today(certified):
    assert found(q="che", cert="ocop") == {"Chè Shan tuyết"}
    assert found(q="", cert="any", type="offering") == {"Chè Shan tuyết"}
    assert found(cert="any", type="enterprise") == {"dn-a"}
    assert found(q="gao", cert="ocop") == set()  # B's rating expired yesterday
    assert found(q="gao", cert="vietgap") == set()  # not verified yet
    assert found(q="che") == {"Chè Shan tuyết", "Chè búp khô"}


def test_the_filter_has_counts_and_the_results_their_badges(certified, client):
    facet = {v.value: v.count for v in search(Params(q="che")).facets["cert"]}
    assert facet == {"any": 1, "ocop": 1}
    page = client.get("/search/?q=che").get_data(as_text=True)
    assert "OCOP 4 sao" in page and "Chứng nhận đã xác minh" in page and "cert=ocop" in page
    assert "OCOP 3 sao" not in page
    assert "Shan tuyết" in client.get("/search/?q=che&cert=ocop").get_data(as_text=True)
    assert client.get("/search/?cert=<script>").status_code == 200  # an unknown kind: no filter


def test_a_verification_reaches_the_cached_search_at_once(world, db, certified, client):
    assert "nếp cái hoa vàng" not in client.get("/search/?q=gao&cert=vietgap").get_data(as_text=True)
    cert = db.session.scalar(db.select(Certification).where(Certification.kind == CertKind.VIETGAP))
    reviews.decide(world["reviewer_b"], cert, Decision.APPROVE, cert.version)
    db.session.commit()
    assert "nếp cái hoa vàng" in client.get("/search/?q=gao&cert=vietgap").get_data(as_text=True)


def test_a_saved_search_keeps_the_filter(world, db, certified):
    filters = saved_searches.clean_filters({"cert": "ocop", "kind": "product"})
    assert filters == {"cert": "ocop", "kind": "product"}
    assert "OCOP" in saved_searches.describe_filters(filters)
    saved = saved_searches.save_search(world["buyer"], "chè", filters)
    assert saved_searches.matches(saved, certified["tea"])
    assert not saved_searches.matches(saved, certified["rice"])


# ---- reminders ---------------------------------------------------------------------------------

def test_managers_are_reminded_once_30_days_before(world, db, make_certification, make_user):
    make_user(Role.MANAGER, enterprise=world["a"], active=False)
    due = make_certification(enterprise=world["a"], expires_on=date(2027, 3, 31))
    make_certification(enterprise=world["a"], kind=CertKind.HACCP, expires_on=date(2027, 5, 1))  # later
    make_certification(enterprise=world["a"], kind=CertKind.VIETGAP, expires_on=date(2027, 3, 15),
                       status=Status.PENDING)  # not verified: no badge to keep
    db.session.commit()
    today = date(2027, 3, 1)
    assert certifications.send_expiry_reminders(today) == 1
    db.session.commit()
    assert certifications.send_expiry_reminders(today) == 0  # the job ran twice
    assert certifications.send_expiry_reminders(today + timedelta(days=1)) == 0  # and the next day
    db.session.commit()
    notes = db.session.scalars(db.select(Notification)).all()
    assert [n.user_id for n in notes] == [world["manager_a"].id]  # managers only, active ones
    assert "31/03/2027" in notes[0].subject and "ISO 9001" in notes[0].subject
    due.expires_on = date(2027, 3, 25)  # a corrected date is a new one to be reminded of
    world["manager_a"].locale = "en"  # and read in the manager's language
    db.session.commit()
    assert certifications.send_expiry_reminders(today) == 1
    newest = db.session.scalars(db.select(Notification).order_by(Notification.id.desc())).first()
    assert newest.subject == "Certification ISO 9001, no. QUACERT 12345/2025 expires on 25/03/2027"


def test_the_reminder_runs_every_morning():
    from datetime import datetime

    from directory.jobs import huey

    due = {task.name for task in huey.read_periodic(datetime(2026, 12, 2, 0, 5))}
    assert "remind_expiring_certifications" in due


# ---- the owner's pages -------------------------------------------------------------------------

def form(**changes) -> dict:
    data = {"kind": "ocop", "offering_id": "", "ocop_stars": "4", "award_year": "", "number": "OCOP-PT-0412",
            "issuer": "UBND tỉnh Phú Thọ", "issued_on": (TODAY - timedelta(days=30)).strftime("%d/%m/%Y"),
            "expires_on": "", "document": (io.BytesIO(PDF), "ocop.pdf")}
    data.update(changes)
    return data


def test_the_form_declares_and_lists_it(world, db, client, login):
    login(world["manager_a"])
    assert client.get("/workspace/certifications/new").status_code == 200
    response = client.post("/workspace/certifications/new", data=form(offering_id=str(world["offering_a"].id)),
                           content_type="multipart/form-data")
    assert response.status_code == 302
    page = client.get("/workspace/certifications").get_data(as_text=True)
    assert "OCOP 4 sao – Thép cuộn xây dựng D10" in page and "Chờ duyệt" in page


@pytest.mark.parametrize("changes, message", [
    ({}, "chọn sản phẩm"),  # OCOP without its product
    ({"kind": "xyz"}, "Not a valid choice"),
    ({"offering_id": "abc"}, "Not a valid choice"),
    ({"ocop_stars": "7"}, "Not a valid choice"),
    ({"issued_on": "31/02/2026"}, "ngày/tháng/năm"),
    ({"issued_on": ""}, "Hãy nhập ngày cấp"),
    ({"number": ""}, "số giấy chứng nhận"),
    ({"award_year": "năm ngoái"}, ""),
    ({"document": (io.BytesIO(b"MZ\x90\x00"), "virus.exe")}, "PDF, JPEG hoặc PNG"),
])
def test_bad_input_is_answered_on_the_form_never_a_500(world, db, client, login, changes, message):
    login(world["manager_a"])
    response = client.post("/workspace/certifications/new", data=form(**changes), content_type="multipart/form-data")
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Certification.id))) == 0


def test_edit_withdraw_and_delete_by_the_buttons(world, db, client, login, make_certification):
    verified = make_certification(enterprise=world["a"])
    pending = make_certification(enterprise=world["a"], kind=CertKind.HACCP, status=Status.PENDING)
    db.session.commit()
    pending_id = pending.id
    login(world["staff_a"])
    page = client.get(f"/workspace/certifications/{verified.id}/edit").get_data(as_text=True)
    assert "QUACERT 12345/2025" in page and "huy hiệu tạm không hiện" in page
    stale = {"version": "0", "kind": "iso9001", "number": "Mới", "issuer": "QUACERT",
             "issued_on": "01/01/2025", "expires_on": "01/01/2028"}
    assert client.post(f"/workspace/certifications/{verified.id}/edit", data=stale).status_code == 409
    assert client.post(f"/workspace/certifications/{pending.id}/delete",
                       data={"version": pending.version}).status_code == 302
    assert client.post(f"/workspace/certifications/{verified.id}/withdraw",
                       data={"version": verified.version}).status_code == 302
    db.session.expunge_all()
    assert db.session.get(Certification, pending_id) is None
    assert db.session.get(Certification, verified.id).status == Status.ARCHIVED
    history = client.get(f"/workspace/history/certification/{verified.id}").get_data(as_text=True)
    assert "rút chứng nhận" in history


def test_the_scan_is_for_the_enterprise_and_its_reviewers(world, db, client, login, make_certification):
    cert = make_certification(enterprise=world["a"])
    db.session.commit()
    url = f"/workspace/certifications/{cert.id}/document"
    assert client.get(url).status_code == 302  # a visitor signs in first
    for role, status in (("staff_a", 200), ("reviewer_a", 200), ("admin", 200), ("manager_b", 404),
                         ("reviewer_b", 404), ("buyer", 404)):
        login(world[role])
        response = client.get(url)
        assert response.status_code == status, role
        if status == 200:
            assert response.mimetype == "application/pdf" and "no-store" in response.headers["Cache-Control"]
