"""A small but complete directory for page checks: every kind of page has something to show."""
from datetime import timedelta
from pathlib import Path

from flask import current_app
from PIL import Image

from directory import freshness
from directory.i18n import local_today
from directory.models import (CertKind, Certification, Committee, CommitteeRedirect, Decision, Invitation, Kind,
                              Notification, OfferingImage, Shortlist, ShortlistItem, Status)
from directory.models.base import utcnow
from directory.search import reindex
from directory.services import feedback, linkages, offerings, reviews
from directory.services.lifecycle import pending_revision


def populate(world, db, make_category, make_offering, make_enterprise):
    group = make_category(slug="vat-lieu-xay-dung", name_vi="Vật liệu xây dựng", name_en="Construction materials")
    steel = make_category(slug="thep-xay-dung", name_vi="Thép xây dựng", name_en="Steel", parent=group)
    world["offering_a"].category = steel
    rebar = make_offering(enterprise=world["a"], category=steel, title="Thép thanh vằn D16 CB400",
                          member_offer="Giảm 5% cho doanh nghiệp trong Khối", member_discount_pct=5,
                          price_min=14_000_000, price_max=16_500_000)
    folder = Path(current_app.config["UPLOAD_FOLDER"])  # a photo: search results show its thumbnail
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (640, 480), (90, 110, 130)).save(folder / "site-rebar.jpg", "JPEG")
    db.session.add(OfferingImage(offering_id=rebar.id, path="site-rebar.jpg"))
    # the buyer's list: the save button on search results, the list's rows, the comparison
    shortlist = Shortlist(user_id=world["buyer"].id, name="Vật tư quý 3")
    db.session.add(shortlist)
    db.session.flush()
    db.session.add_all([ShortlistItem(shortlist_id=shortlist.id, enterprise_id=world["a"].id, offering_id=rebar.id),
                        ShortlistItem(shortlist_id=shortlist.id, enterprise_id=world["a"].id,
                                      offering_id=world["offering_a"].id),
                        ShortlistItem(shortlist_id=shortlist.id, enterprise_id=world["b"].id)])
    make_offering(enterprise=world["b"], kind=Kind.SERVICE, title="Dịch vụ vận tải hàng hóa tải trọng 15 tấn",
                  unit="chuyến", price_min=None, price_max=None)
    # The yearly re-confirmation (directory/freshness.py): one of A's due soon (the workspace offers to
    # confirm), one of B's overdue (marked "chưa xác nhận lại"), one of A's out of search (its visitor page).
    today = freshness.local_today()
    rebar.confirmed_at, rebar.confirm_due_on = utcnow() - timedelta(days=355), today + timedelta(days=10)
    make_offering(enterprise=world["b"], kind=Kind.SERVICE, title="Dịch vụ kho lạnh bảo quản nông sản",
                  unit="m³/tháng", price_min=180_000, price_max=180_000,
                  confirmed_at=utcnow() - timedelta(days=372), confirm_due_on=today - timedelta(days=7))
    world["lapsed"] = make_offering(enterprise=world["a"], category=steel, title="Thép hộp mạ kẽm 40x80",
                                    confirmed_at=utcnow() - timedelta(days=410), confirm_due_on=today - timedelta(days=45))
    make_offering(enterprise=world["a"], title="Xi măng PCB40 (bản nháp)", status=Status.DRAFT)
    pending = make_enterprise(committee=world["committee_a"], slug="dn-cho-duyet", status=Status.PENDING,
                              approved_at=None, submitted_at=utcnow() - timedelta(days=4))
    # The review desk: the oldest item (first in the queue) is an offering of that pending enterprise;
    # a change waiting with its word-level diff; a rejection with standard reasons.
    world["pending_enterprise"] = pending
    world["pending_offering"] = make_offering(enterprise=pending, category=steel, title="Gạch ốp lát 60x60",
                                              status=Status.PENDING, submitted_at=utcnow() - timedelta(days=5))
    offerings.update_offering(world["manager_a"], world["offering_a"], {
        "description": world["offering_a"].description + " Giao trong 24 giờ."},
        expected_version=world["offering_a"].version)
    world["revision"] = pending_revision(world["offering_a"])
    refused = make_offering(enterprise=world["a"], title="Tôn lợp mái", status=Status.PENDING)
    reviews.decide(world["reviewer_a"], refused, Decision.REJECT, refused.version, "Thiếu ảnh sản phẩm",
                   codes=["incomplete", "wrong_category"])
    db.session.add(Invitation(enterprise_id=world["a"].id, email="nhan@example.vn", as_manager=True))  # a claim
    world["certification"] = _certifications(world, db, rebar)
    for user in (world["manager_a"], world["reviewer_a"]):
        db.session.add(Notification(user_id=user.id, subject="Hồ sơ đã được duyệt", body="Chúc mừng!"))
    # a committee merged into A: A's report offers the merged bloc or its own figures
    db.session.add(Committee(code="khoi-cu", name="Đảng ủy Khối Doanh nghiệp cũ", province_code="01", active=False,
                             merged_into_id=world["committee_a"].id))
    db.session.add(CommitteeRedirect(code="khoi-cu", committee_id=world["committee_a"].id))
    deals_with_feedback(world, rebar)
    _quotes(world, rebar)
    db.session.commit()
    reindex()  # search results to show
    db.session.commit()
    world["shortlist"] = shortlist


def deals_with_feedback(world, rebar) -> None:
    """A's confirmed sales, delivered: B's feedback (late) with A's answer and A's on B; the outside
    buyer's, whose comment A's committee hid; and one the outside buyer has still to review (its form)."""
    delivered = linkages.local_today() - timedelta(days=20)
    terms = dict(actor_is_buyer=True, starts_on=delivered - timedelta(days=10), delivery_on=delivered,
                 offerings=[rebar])
    to_b = linkages.propose_linkage(world["manager_b"], world["a"], value=185_000_000, **terms)
    linkages.confirm_linkage(world["manager_a"], to_b)
    late = feedback.give_feedback(world["manager_b"], to_b, on_time=False, as_agreed=True, would_deal_again=True,
                                  comment="Hàng đạt chất lượng nhưng giao chậm 3 ngày so với hợp đồng.")
    feedback.answer_feedback(world["manager_a"], late, "Cảm ơn quý công ty; chúng tôi đã bổ sung xe để giao đúng hẹn.")
    feedback.give_feedback(world["manager_a"], to_b, on_time=True, as_agreed=True, would_deal_again=True,
                           comment="Thanh toán đúng hạn, nhận hàng thuận lợi.")
    to_buyer = linkages.propose_linkage(world["buyer"], world["a"], value=42_000_000, **terms)
    linkages.confirm_linkage(world["manager_a"], to_buyer)
    rude = feedback.give_feedback(world["buyer"], to_buyer, on_time=True, as_agreed=False, would_deal_again=False,
                                  comment="Bên bán làm ăn tắc trách!")
    feedback.hide_text(world["reviewer_a"], rude, "comment", "Ngôn từ xúc phạm, không nêu sự việc cụ thể.")
    to_review = linkages.propose_linkage(world["buyer"], world["a"], value=16_500_000, **terms)
    linkages.confirm_linkage(world["manager_a"], to_review)
    world.update(deal_to_b=to_b, deal_to_buyer=to_buyer, deal_to_review=to_review)


def _certifications(world, db, rebar) -> Certification:
    """A's badges (ISO 9001 on every offering, a conformity mark on the rebar, a title of the year), one
    waiting for the committee, one rejected, one expiring soon; returns the waiting one."""
    (Path(current_app.config["UPLOAD_FOLDER"]) / "private").mkdir(parents=True, exist_ok=True)
    (Path(current_app.config["UPLOAD_FOLDER"]) / "private" / "site-iso.pdf").write_bytes(b"%PDF-1.4 site")
    today = local_today()
    common = dict(enterprise=world["a"], issuer="Trung tâm Chứng nhận Phù hợp (QUACERT)", document_path="site-iso.pdf",
                  document_name="giay-chung-nhan.pdf", issued_on=today - timedelta(days=300),
                  expires_on=today + timedelta(days=700), submitted_at=utcnow() - timedelta(days=3))
    verified = dict(status=Status.APPROVED, ever_verified=True, approved_at=utcnow() - timedelta(days=1))
    waiting = Certification(kind=CertKind.ISO_14001, number="EMS 0142/2025", status=Status.PENDING, **common)
    db.session.add_all([
        Certification(kind=CertKind.ISO_9001, number="QMS 1208/2023", **common, **verified),
        Certification(kind=CertKind.CR, offering=rebar, number="HQ 2306/2024", **common, **verified),
        Certification(kind=CertKind.HVNCLC, award_year=today.year - 1, number="HVNCLC 0426",
                      **{**common, "issuer": "Hội Doanh nghiệp Hàng Việt Nam chất lượng cao"}, **verified),
        Certification(kind=CertKind.HACCP, number="HACCP 0412/2024",
                      **{**common, "expires_on": today + timedelta(days=12)}, **verified),
        Certification(kind=CertKind.VIETGAP, number="VietGAP-0017", status=Status.REJECTED, **common),
        waiting,
    ])
    db.session.flush()
    return waiting


def extra_pages(world) -> dict[tuple[str, str], str]:
    """Pages reached by a GET form rather than a link: (role, name) -> URL."""
    return {
        ("buyer", "linkage.compare"): f"/linkage/shortlists/{world['shortlist'].id}/compare",
        ("buyer", "search.results (price)"): "/search/?q=th%C3%A9p&price_from=1.000.000&sort=price_asc",
        ("visitor", "search.results (price)"): "/search/?q=th%C3%A9p&price_to=20.000.000&sort=price_desc",
        # A's feedback: its public record and list, each side's view of a deal, the moderators' forms
        ("visitor", "public.enterprise (feedback)"): f"/enterprises/{world['a'].slug}",
        ("visitor", "public.enterprise_feedback"): f"/enterprises/{world['a'].slug}/feedback",
        ("manager_a", "linkage.linkage (feedback, answer)"): f"/linkage/linkages/{world['deal_to_b'].id}",
        ("buyer", "linkage.linkage (feedback form)"): f"/linkage/linkages/{world['deal_to_review'].id}",
        ("reviewer_a", "linkage.linkage (moderation)"): f"/linkage/linkages/{world['deal_to_buyer'].id}",
        ("visitor", "search.results (certified)"): "/search/?cert=any",
    }


ROLES = ("visitor", "buyer", "staff_a", "manager_a", "reviewer_a", "admin")


def review_pages(site) -> dict[str, str]:
    """The review pages the crawl reaches only once (one page per endpoint): each kind of record, and
    the queue filtered (as a reviewer of committee A)."""
    return {"review.detail (enterprise)": f"/review/enterprise/{site['pending_enterprise'].id}",
            "review.detail (revision)": f"/review/revision/{site['revision'].id}",
            "review.detail (offering)": f"/review/offering/{site['pending_offering'].id}?type=offering",
            "review.queue (filtered)": "/review/?type=offering&age=1",
            "review.detail (certification)": f"/review/certification/{site['certification'].id}"}


def _quotes(world, rebar) -> None:
    """The buyer's thread with A holding a quote (open, with its buttons) and one superseded; the
    buyer's need, answered by A with a quote (the owner's comparison, A's "send a new quote")."""
    from decimal import Decimal

    from directory.services import inquiries, linkages, needs, quotes

    def line(offering, price):
        return quotes.ItemInput(offering_id=offering.id, quantity=Decimal("12.5"), unit="tấn", unit_price=price)

    valid = linkages.local_today() + timedelta(days=20)
    thread = inquiries.send_inquiry(world["buyer"], world["a"], subject="Hỏi giá thép thanh vằn", offering=rebar,
                                    body="Xin báo giá 12,5 tấn thép D16, giao tại Hưng Yên.")
    quotes.send_quote(world["manager_a"], thread, items=[line(rebar, 16_000_000)], valid_until=valid)
    quotes.send_quote(world["manager_a"], thread, items=[line(rebar, 15_600_000), quotes.ItemInput(
        description="Vận chuyển đến Hưng Yên", quantity=Decimal(1), unit="chuyến", unit_price=4_500_000)],
        valid_until=valid, delivery_on=valid, delivery_terms="Giao tại kho bên mua", vat_note="Chưa gồm VAT 10%")
    need = needs.post_need(world["buyer"], title="Cần mua thép thanh vằn D16", quantity=Decimal(30), unit="tấn",
                           budget_min=400_000_000, budget_max=500_000_000, province_code="33",
                           deadline=valid)
    quotes.quote_need(world["staff_a"], need, items=[line(world["offering_a"], 15_400_000)], valid_until=valid)
    world["quote_thread"] = thread
