"""A small but complete directory for page checks: every kind of page has something to show."""
from datetime import timedelta
from pathlib import Path

from flask import current_app
from PIL import Image

from directory.i18n import local_today
from directory.models import (CertKind, Certification, Committee, CommitteeRedirect, Decision, Invitation, Kind,
                              Notification, OfferingImage, Shortlist, ShortlistItem, Status)
from directory.models.base import utcnow
from directory.search import reindex
from directory.services import offerings, reviews
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
    db.session.commit()
    reindex()  # search results to show
    db.session.commit()
    world["shortlist"] = shortlist


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
