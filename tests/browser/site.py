"""A small but complete directory for page checks: every kind of page has something to show."""
from directory.models import Committee, CommitteeRedirect, Invitation, Kind, Notification, Status


def populate(world, db, make_category, make_offering, make_enterprise):
    group = make_category(slug="vat-lieu-xay-dung", name_vi="Vật liệu xây dựng", name_en="Construction materials")
    steel = make_category(slug="thep-xay-dung", name_vi="Thép xây dựng", name_en="Steel", parent=group)
    world["offering_a"].category = steel
    make_offering(enterprise=world["a"], category=steel, title="Thép thanh vằn D16 CB400",
                  member_offer="Giảm 5% cho doanh nghiệp trong Khối", member_discount_pct=5,
                  price_min=14_000_000, price_max=16_500_000)
    make_offering(enterprise=world["b"], kind=Kind.SERVICE, title="Dịch vụ vận tải hàng hóa tải trọng 15 tấn",
                  unit="chuyến", price_min=None, price_max=None)
    make_offering(enterprise=world["a"], title="Xi măng PCB40 (bản nháp)", status=Status.DRAFT)
    make_enterprise(committee=world["committee_a"], slug="dn-cho-duyet", status=Status.PENDING)
    db.session.add(Invitation(enterprise_id=world["a"].id, email="nhan@example.vn", as_manager=True))  # a claim
    for user in (world["manager_a"], world["reviewer_a"]):
        db.session.add(Notification(user_id=user.id, subject="Hồ sơ đã được duyệt", body="Chúc mừng!"))
    # a committee merged into A: A's report offers the merged bloc or its own figures
    db.session.add(Committee(code="khoi-cu", name="Đảng ủy Khối Doanh nghiệp cũ", province_code="01", active=False,
                             merged_into_id=world["committee_a"].id))
    db.session.add(CommitteeRedirect(code="khoi-cu", committee_id=world["committee_a"].id))
    db.session.commit()


ROLES = ("visitor", "buyer", "staff_a", "manager_a", "reviewer_a", "admin")
