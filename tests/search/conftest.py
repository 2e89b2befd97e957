"""A fixed catalogue for relevance tests, indexed the way production indexes it."""
import pytest

from directory.models import Kind, Status
from directory.search import reindex


@pytest.fixture
def catalogue(db, make_committee, make_enterprise, make_offering, make_category):
    hanoi = make_committee(code="hanoi", name="Đảng ủy Khối Hà Nội", province_code="01")
    danang = make_committee(code="danang", name="Đảng ủy Khối Đà Nẵng", province_code="48")
    metal = make_category(slug="kim-loai", name_vi="Kim loại, vật liệu xây dựng", name_en="Metals")
    logistics = make_category(slug="van-tai", name_vi="Vận tải, kho bãi", name_en="Transport", kind=Kind.SERVICE)
    steel_maker = make_enterprise(committee=hanoi, legal_name="Công ty Cổ phần Thép Hòa Phát Đông Anh",
                                  short_name="Thép Đông Anh", slug="thep-dong-anh")
    trucker = make_enterprise(committee=danang, legal_name="Công ty TNHH Vận tải Sông Hàn",
                              short_name="Vận tải Sông Hàn", slug="van-tai-song-han", province_code="48",
                              description="Doanh nghiệp vận tải đường bộ tại miền Trung.")
    office = make_enterprise(committee=hanoi, legal_name="Công ty Cổ phần Văn phòng phẩm Thủ Đô",
                             short_name="VPP Thủ Đô", slug="vpp-thu-do")
    suspended = make_enterprise(committee=hanoi, legal_name="Công ty TNHH Ống thép Bị Đình Chỉ",
                                short_name=None, slug="ong-thep", status=Status.SUSPENDED)
    items = dict(
        steel=make_offering(enterprise=steel_maker, title="Thép cuộn xây dựng D10", category=metal),
        steel_h=make_offering(enterprise=steel_maker, title="Thép hình xây dựng H200", category=metal,
                              description="Thép hình chữ H cho nhà xưởng.", member_offer="Giảm 5% cho thành viên Khối",
                              member_discount_pct=5),
        transport=make_offering(enterprise=trucker, kind=Kind.SERVICE, category=logistics,
                                title="Dịch vụ vận tải hàng hóa bằng xe tải",
                                description="Xe tải 5 tấn, tải trọng lớn, giao hàng toàn quốc.",
                                price_min=None, price_max=None, unit="chuyến"),
        tour=make_offering(enterprise=trucker, kind=Kind.SERVICE, title="Du lịch Đà Nẵng trọn gói 3 ngày",
                           description="Đón tại sân bay, khách sạn ven biển.", price_min=None, price_max=None),
        health=make_offering(enterprise=office, title="Thực phẩm chức năng hỗ trợ da",
                             description="Hỗ trợ da khỏe, tăng cường chức năng gan. Giao tại nhà."),
        tax=make_offering(enterprise=office, kind=Kind.SERVICE, title="Tư vấn thuế tại Hà Nội",
                          description="Tư vấn quyết toán thuế tại văn phòng khách hàng."),
        paper=make_offering(enterprise=office, title="Giấy in A4 giao tại văn phòng",
                            description="Giao tận nơi tại các quận nội thành."),
        furniture=make_offering(enterprise=office, title="Đồ gỗ nội thất văn phòng",
                                description="Bàn ghế gỗ sồi, tủ hồ sơ."),
        water=make_offering(enterprise=office, title="Nước khoáng Hòa Bình bình 20 lít",
                            description="Nước khoáng thiên nhiên."),
        pending=make_offering(enterprise=steel_maker, title="Thép tấm xây dựng nhập khẩu", status=Status.PENDING,
                              approved_at=None),
        hidden=make_offering(enterprise=suspended, title="Thép ống xây dựng mạ kẽm"),
    )
    reindex()
    db.session.commit()
    return dict(items, steel_maker=steel_maker, trucker=trucker, office=office, suspended=suspended,
                hanoi=hanoi, danang=danang, metal=metal, logistics=logistics)
