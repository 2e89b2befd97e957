"""Nội dung mẫu (demo) cho "Kết nối Doanh nghiệp".

Chỉ chứa dữ liệu thuần Python: danh mục, doanh nghiệp, sản phẩm / dịch vụ,
tên người, mẫu tin nhắn. Toàn bộ văn bản tiếng Việt ở dạng NFC. Tên doanh
nghiệp là hư cấu. Không có mã số thuế: trình nạp dữ liệu tự sinh mã hợp lệ.
"""

_TQ = ("toàn quốc",)
_MIEN_BAC = ("Hà Nội", "Hải Phòng", "Hưng Yên", "Phú Thọ", "Ninh Bình",
             "Bắc Ninh", "Quảng Ninh", "Thái Nguyên")


def _o(kind, category, title, description, unit, price_min=None, price_max=None,
       member_offer=None, discount_pct=None, delivery=_TQ):
    """Một sản phẩm / dịch vụ. price_min = price_max = None nghĩa là "liên hệ"."""
    return {
        "kind": kind,
        "category": category,
        "title": title,
        "description": description,
        "unit": unit,
        "price_min": price_min,
        "price_max": price_max,
        "member_offer": member_offer,
        "discount_pct": discount_pct,
        "delivery": list(delivery),
    }


def _sp(*args, **kwargs):
    """Sản phẩm."""
    return _o("product", *args, **kwargs)


def _dv(*args, **kwargs):
    """Dịch vụ."""
    return _o("service", *args, **kwargs)


def _e(legal_name, short_name, ownership, vsic, address_line, ward, phone,
       employee_band, founded_year, website, description, offerings):
    """Một doanh nghiệp."""
    return {
        "legal_name": legal_name,
        "short_name": short_name,
        "ownership": ownership,
        "vsic": list(vsic),
        "address_line": address_line,
        "ward": ward,
        "phone": phone,
        "employee_band": employee_band,
        "founded_year": founded_year,
        "website": website,
        "description": description,
        "offerings": offerings,
    }


def _c(slug, name_vi, name_en, kind, children=None):
    node = {"slug": slug, "name_vi": name_vi, "name_en": name_en, "kind": kind}
    if children is not None:
        node["children"] = [_c(s, v, e, kind) for s, v, e in children]
    return node


# ---------------------------------------------------------------------------
# 1. Danh mục sản phẩm / dịch vụ
# ---------------------------------------------------------------------------

CATEGORIES = [
    # ---- Nhóm sản phẩm ----
    _c("vat-lieu-xay-dung", "Vật liệu xây dựng", "Construction materials", "product", [
        ("thep-xay-dung", "Thép xây dựng", "Construction steel"),
        ("xi-mang", "Xi măng", "Cement"),
        ("gach-op-lat", "Gạch ốp lát", "Floor and wall tiles"),
        ("da-xay-dung", "Đá – cát xây dựng", "Aggregates: stone and sand"),
        ("gach-xay-ngoi", "Gạch xây – ngói lợp", "Bricks and roof tiles"),
        ("be-tong-cau-kien", "Bê tông thương phẩm – cấu kiện đúc sẵn", "Ready-mix concrete and precast elements"),
    ]),
    _c("dien-dien-tu", "Điện – điện tử", "Electrical and electronics", "product", [
        ("cap-dien", "Dây và cáp điện", "Wires and power cables"),
        ("thiet-bi-dong-cat", "Thiết bị đóng cắt – tủ điện", "Switchgear and distribution boards"),
        ("linh-kien-dien-tu", "Linh kiện – thiết bị điện tử", "Electronic components and devices"),
        ("den-chieu-sang", "Đèn chiếu sáng", "Lighting"),
        ("may-bien-ap", "Máy biến áp", "Transformers"),
    ]),
    _c("thuc-pham-do-uong", "Thực phẩm – đồ uống", "Food and beverages", "product", [
        ("thit-che-bien", "Thịt và sản phẩm từ thịt", "Meat and meat products"),
        ("thuy-san", "Thủy sản – cá, tôm, mực", "Seafood and fish"),
        ("do-uong", "Đồ uống – sữa – nước giải khát", "Beverages and dairy"),
        ("banh-keo", "Bánh kẹo – đặc sản", "Confectionery and regional specialities"),
        ("nuoc-mam-gia-vi", "Nước mắm – gia vị", "Fish sauce and condiments"),
    ]),
    _c("nong-san", "Nông sản", "Agricultural produce", "product", [
        ("gao-luong-thuc", "Gạo – lương thực", "Rice and staple foods"),
        ("che", "Chè", "Tea"),
        ("trai-cay", "Trái cây tươi – sấy", "Fresh and dried fruit"),
        ("rau-cu-qua", "Rau củ quả", "Vegetables"),
        ("giong-cay-con", "Giống cây trồng – con giống", "Seeds, seedlings and livestock breeds"),
    ]),
    _c("det-may-da-giay", "Dệt may – da giày", "Textiles, garments and footwear", "product", [
        ("dong-phuc-bao-ho", "Đồng phục – bảo hộ lao động", "Uniforms and workwear"),
        ("vai-soi", "Vải – sợi – lụa", "Fabrics, yarn and silk"),
        ("hang-may-mac", "Hàng may mặc", "Apparel"),
        ("giay-dep-tui", "Giày dép – túi xách", "Footwear and bags"),
        ("chan-ga-khan", "Chăn ga gối – khăn", "Bedding and towels"),
    ]),
    _c("do-go-noi-that", "Đồ gỗ – nội thất", "Wood products and furniture", "product", [
        ("noi-that-van-phong", "Nội thất văn phòng", "Office furniture"),
        ("noi-that-gia-dinh", "Đồ gỗ nội thất gia đình", "Home furniture"),
        ("go-nguyen-lieu", "Gỗ nguyên liệu – ván ép", "Timber and plywood"),
        ("noi-that-truong-hoc", "Nội thất trường học – bệnh viện", "School and hospital furniture"),
    ]),
    _c("hoa-chat-phan-bon", "Hóa chất – phân bón", "Chemicals and fertilisers", "product", [
        ("phan-bon", "Phân bón", "Fertilisers"),
        ("hoa-chat-cong-nghiep", "Hóa chất công nghiệp", "Industrial chemicals"),
        ("son-chong-tham", "Sơn – chống thấm", "Paints and waterproofing"),
        ("che-pham-sinh-hoc", "Chế phẩm sinh học", "Biological preparations"),
    ]),
    _c("co-khi-may-moc", "Cơ khí – máy móc", "Mechanical engineering and machinery", "product", [
        ("ket-cau-thep", "Kết cấu thép – nhà thép tiền chế", "Structural steel and pre-engineered buildings"),
        ("phu-tung-o-to-xe-may", "Linh kiện – phụ tùng ô tô, xe máy", "Automotive and motorcycle parts"),
        ("may-nong-nghiep", "Máy nông nghiệp", "Agricultural machinery"),
        ("gia-cong-co-khi", "Gia công cơ khí – đúc – khuôn mẫu", "Machining, casting and tooling"),
        ("thiet-bi-nang-ha", "Thiết bị nâng hạ – áp lực", "Lifting and pressure equipment"),
        ("dong-tau", "Đóng tàu – phương tiện thủy", "Shipbuilding and watercraft"),
    ]),
    _c("thiet-bi-van-phong", "Thiết bị văn phòng", "Office equipment", "product", [
        ("may-tinh-may-in", "Máy tính – máy in", "Computers and printers"),
        ("van-phong-pham", "Văn phòng phẩm", "Stationery"),
        ("thiet-bi-hoi-nghi", "Thiết bị trình chiếu – hội nghị", "Presentation and conference equipment"),
        ("giay-in", "Giấy in – giấy văn phòng", "Printing and office paper"),
    ]),
    _c("bao-bi-in-an", "Bao bì – in ấn", "Packaging and printing", "product", [
        ("bao-bi-carton", "Bao bì giấy – carton", "Paper and carton packaging"),
        ("bao-bi-nhua", "Bao bì nhựa – màng PE", "Plastic packaging and PE film"),
        ("in-an-pham", "In ấn phẩm – catalogue – lịch", "Printed matter"),
        ("tem-nhan", "Tem nhãn – tem truy xuất", "Labels and traceability stamps"),
    ]),
    _c("duoc-pham-y-te", "Dược phẩm – thiết bị y tế", "Pharmaceuticals and medical supplies", "product", [
        ("thuoc", "Thuốc – dược phẩm", "Medicines"),
        ("vat-tu-y-te", "Vật tư – thiết bị y tế", "Medical supplies and equipment"),
        ("thuc-pham-bao-ve-suc-khoe", "Thực phẩm bảo vệ sức khỏe", "Dietary supplements"),
    ]),
    # ---- Nhóm dịch vụ ----
    _c("van-tai-logistics", "Vận tải – logistics", "Transport and logistics", "service", [
        ("van-tai-duong-bo", "Vận tải hàng hóa đường bộ", "Road freight"),
        ("van-tai-tai-trong-lon", "Dịch vụ tải trọng lớn – siêu trường siêu trọng", "Heavy-lift and oversized cargo"),
        ("van-tai-bien-thuy", "Vận tải biển – đường thủy nội địa", "Sea and inland waterway transport"),
        ("kho-bai-cang", "Kho bãi – cảng – xếp dỡ", "Warehousing, ports and cargo handling"),
        ("giao-nhan-hai-quan", "Giao nhận – đại lý hải quan", "Freight forwarding and customs brokerage"),
        ("van-tai-hanh-khach", "Vận tải hành khách – đưa đón nhân viên", "Passenger transport and staff shuttles"),
    ]),
    _c("xay-lap", "Xây lắp", "Construction and installation", "service", [
        ("xay-dung-nha-xuong", "Xây dựng dân dụng – nhà xưởng", "Buildings and factories"),
        ("lap-dat-co-dien", "Lắp đặt điện – cơ điện", "Electrical and MEP installation"),
        ("ha-tang-giao-thong", "Hạ tầng – giao thông – thủy lợi", "Infrastructure, roads and irrigation"),
        ("phong-chay-chua-chay", "Phòng cháy chữa cháy", "Fire protection"),
    ]),
    _c("tu-van-ke-toan-phap-ly", "Tư vấn – kế toán – pháp lý", "Consulting, accounting and legal", "service", [
        ("ke-toan-thue", "Kế toán – thuế", "Accounting and tax"),
        ("kiem-toan-tham-dinh-gia", "Kiểm toán – thẩm định giá", "Audit and valuation"),
        ("tu-van-phap-ly", "Tư vấn pháp lý – sở hữu trí tuệ", "Legal and intellectual property"),
        ("tu-van-dau-tu", "Tư vấn đầu tư – quản lý", "Investment and management consulting"),
        ("tu-van-thiet-ke-giam-sat", "Tư vấn thiết kế – giám sát", "Design and site supervision"),
    ]),
    _c("cong-nghe-thong-tin", "Công nghệ thông tin", "Information technology", "service", [
        ("phan-mem-quan-ly", "Phần mềm quản lý", "Management software"),
        ("ha-tang-mang-may-chu", "Hạ tầng mạng – máy chủ – camera", "Networks, servers and CCTV"),
        ("an-toan-thong-tin", "An toàn thông tin", "Information security"),
        ("chuyen-doi-so", "Chuyển đổi số – hóa đơn, chữ ký số", "Digital transformation, e-invoices and e-signatures"),
        ("thiet-ke-website", "Thiết kế website – cổng thông tin", "Websites and portals"),
    ]),
    _c("du-lich-khach-san-hoi-nghi", "Du lịch – khách sạn – hội nghị", "Travel, hotels and conferences", "service", [
        ("khach-san-luu-tru", "Khách sạn – lưu trú", "Hotels and accommodation"),
        ("to-chuc-hoi-nghi-su-kien", "Tổ chức hội nghị – sự kiện", "Conferences and events"),
        ("tour-du-lich", "Tour du lịch – nghỉ dưỡng", "Tours and leisure travel"),
        ("suat-an-nha-hang", "Suất ăn công nghiệp – nhà hàng", "Catering and restaurants"),
    ]),
    _c("tai-chinh-bao-hiem-ngan-hang", "Tài chính – bảo hiểm – ngân hàng", "Finance, insurance and banking", "service", [
        ("bao-hiem", "Bảo hiểm tài sản – con người", "Property and personal insurance"),
        ("tin-dung-doanh-nghiep", "Tín dụng doanh nghiệp", "Business lending"),
        ("cho-thue-tai-chinh", "Cho thuê tài chính", "Financial leasing"),
        ("thanh-toan-bao-lanh", "Thanh toán – bảo lãnh – tiền gửi", "Payments, guarantees and deposits"),
    ]),
    _c("dich-vu-ky-thuat-moi-truong", "Dịch vụ kỹ thuật – môi trường", "Technical and environmental services", "service", [
        ("sua-chua-bao-duong", "Sửa chữa – bảo dưỡng máy móc, phương tiện", "Repair and maintenance"),
        ("kiem-dinh-thi-nghiem", "Kiểm định – thí nghiệm – hiệu chuẩn", "Inspection, testing and calibration"),
        ("xu-ly-moi-truong", "Thu gom – xử lý chất thải", "Waste collection and treatment"),
        ("dao-tao-huan-luyen", "Đào tạo – huấn luyện an toàn", "Training and safety instruction"),
    ]),
]

# ---------------------------------------------------------------------------
# 2. Doanh nghiệp trong Khối (theo mã Đảng ủy Khối)
# ---------------------------------------------------------------------------

_HAIPHONG = [
    _e("Công ty Cổ phần Cảng Bạch Đằng Giang", "Cảng Bạch Đằng Giang", "joint_stock", ["H"],
       "Số 8 đường Đình Vũ", "Phường Hải An", "0225 3769 215", "500+", 1993,
       "https://cangbachdanggiang.vn",
       "Khai thác bến container và hàng rời tại khu vực Đình Vũ với bốn cầu tàu tiếp nhận tàu đến 40.000 DWT. "
       "Công ty cung cấp dịch vụ xếp dỡ, lưu kho, lưu bãi và vận chuyển container nội địa cho các chủ hàng miền Bắc.",
       [
           _dv("kho-bai-cang", "Dịch vụ xếp dỡ container tại cảng Đình Vũ",
               "Xếp dỡ container 20 và 40 feet từ tàu lên bãi bằng cẩu giàn và xe nâng chụp. "
               "Cảng làm việc ba ca liên tục, kể cả ngày lễ, năng suất bình quân 28 container mỗi giờ một cẩu.",
               "container", 850_000, 1_250_000,
               "Giảm 7% phí xếp dỡ cho doanh nghiệp trong Khối có sản lượng từ 50 container mỗi tháng", 7,
               ("Hải Phòng",)),
           _dv("kho-bai-cang", "Cho thuê kho ngoại quan tại Đình Vũ",
               "Kho ngoại quan diện tích 12.000 m² có hệ thống camera kết nối với Chi cục Hải quan. "
               "Phù hợp lưu giữ hàng tạm nhập tái xuất, nguyên liệu chờ thông quan và hàng trung chuyển.",
               "m²/tháng", 85_000, 120_000, None, None, ("Hải Phòng",)),
           _dv("van-tai-bien-thuy", "Vận chuyển container tuyến Hải Phòng – Đà Nẵng",
               "Tàu container chạy định tuyến hai chuyến mỗi tuần giữa Hải Phòng và Đà Nẵng, thời gian hành trình khoảng 48 giờ. "
               "Nhận cả hàng khô và container lạnh, có dịch vụ đóng rút hàng tại kho chủ hàng.",
               "container 40 feet", 14_000_000, 18_500_000,
               "Miễn phí lưu bãi 5 ngày đầu cho thành viên Khối", None, _TQ),
           _dv("kho-bai-cang", "Lưu bãi hàng rời sắt thép, than, quặng",
               "Bãi hàng rời 6 ha có tường chắn, hệ thống phun sương dập bụi và cân điện tử 120 tấn. "
               "Nhận hàng từ tàu, sà lan và ô tô; giao hàng theo lệnh của chủ hàng trong ngày.",
               "tấn/ngày", 3_500, 6_000, None, None, ("Hải Phòng",)),
           _dv("giao-nhan-hai-quan", "Khai báo hải quan hàng nhập khẩu trọn gói",
               "Đội ngũ đại lý hải quan có chứng chỉ nghiệp vụ thực hiện khai báo điện tử, kiểm tra chuyên ngành và lấy hàng ra khỏi cảng. "
               "Hồ sơ được xử lý trong 1–2 ngày làm việc với luồng xanh và vàng.",
               "tờ khai", 1_200_000, 2_500_000, None, None, ("Hải Phòng", "Hà Nội", "Hưng Yên")),
       ]),
    _e("Công ty TNHH Vận tải và Logistics Đại Dương", "Logistics Đại Dương", "limited", ["H"],
       "Số 215 đường Ngô Quyền", "Phường Đông Hải", "0225 3556 870", "50-199", 2008,
       "https://daiduonglogistics.vn",
       "Doanh nghiệp vận tải đường bộ với đội xe 85 đầu kéo và xe tải thùng, có định vị GPS và camera giám sát hành trình. "
       "Đại Dương nhận vận chuyển hàng nguyên container, hàng lẻ và hàng quá khổ cho khách hàng khắp các tỉnh phía Bắc.",
       [
           _dv("van-tai-duong-bo", "Dịch vụ vận tải hàng hóa đường bộ xe tải trọng 15–30 tấn",
               "Xe tải thùng và xe đầu kéo sơ mi rơ moóc tải trọng từ 15 đến 30 tấn, chạy tuyến Hải Phòng đi các tỉnh miền Bắc. "
               "Hàng được theo dõi vị trí trực tuyến, có bảo hiểm hàng hóa trên đường vận chuyển.",
               "chuyến", 3_800_000, 7_500_000,
               "Giảm 5% cước cho doanh nghiệp trong Khối, miễn phí bốc xếp tại kho Hải Phòng", 5, _MIEN_BAC),
           _dv("van-tai-tai-trong-lon", "Vận chuyển hàng siêu trường siêu trọng bằng rơ moóc tải trọng lớn",
               "Rơ moóc nhiều trục thủy lực chở kiện hàng đến 120 tấn như máy biến áp, nồi hơi, dầm cầu. "
               "Công ty lập phương án khảo sát tuyến, xin giấy phép lưu hành xe quá tải và bố trí xe dẫn đường.",
               "chuyến", None, None, None, None, _TQ),
           _dv("van-tai-duong-bo", "Vận tải container Hải Phòng – Hà Nội hai chiều",
               "Kéo container 20 và 40 feet từ cảng Hải Phòng về kho khách hàng tại Hà Nội và ngược lại. "
               "Thời gian giao trong ngày, hỗ trợ hạ vỏ rỗng tại các depot trong khu vực.",
               "chuyến", 5_200_000, 6_800_000, None, None, ("Hải Phòng", "Hà Nội", "Hưng Yên")),
           _dv("kho-bai-cang", "Kho lạnh bảo quản cá và thủy sản đông lạnh",
               "Kho lạnh âm 25 độ C sức chứa 2.500 pallet, phù hợp bảo quản cá, tôm, mực và thịt đông lạnh. "
               "Có dịch vụ dán nhãn, chia lô và giao hàng bằng xe lạnh.",
               "pallet/ngày", 45_000, 60_000,
               "Giảm 10% phí lưu kho tháng đầu tiên cho thành viên Khối", 10, ("Hải Phòng", "Hà Nội", "Quảng Ninh")),
           _dv("giao-nhan-hai-quan", "Giao nhận hàng lẻ đi Hàn Quốc, Nhật Bản",
               "Gom hàng lẻ từ 1 m³ tại kho Hải Phòng, đóng chung container đi Busan, Tokyo, Osaka hằng tuần. "
               "Bao gồm chứng từ xuất khẩu và thông quan đầu Việt Nam.",
               "m³", 450_000, 900_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty Cổ phần Thép Hải Long", "Thép Hải Long", "joint_stock", ["C", "G"],
       "Lô C3 Khu công nghiệp Nam Cầu Kiền", "Xã An Hưng", "0225 3642 318", "200-499", 2002,
       "https://thephailong.vn",
       "Nhà máy cán thép công suất 500.000 tấn mỗi năm, sản xuất thép thanh vằn và thép cuộn theo TCVN 1651:2018. "
       "Sản phẩm được cung cấp cho các công trình nhà cao tầng, cầu đường và nhà xưởng khu vực duyên hải Bắc Bộ.",
       [
           _sp("thep-xay-dung", "Thép xây dựng thanh vằn D16 CB400-V",
               "Thép thanh vằn đường kính 16 mm, mác CB400-V, chiều dài cây 11,7 m, đạt TCVN 1651-2:2018. "
               "Mỗi lô hàng kèm chứng chỉ xuất xưởng và kết quả thử kéo, uốn của phòng thí nghiệm LAS-XD.",
               "tấn", 14_800_000, 15_300_000,
               "Giảm 200.000 đồng/tấn cho đơn hàng từ 50 tấn của doanh nghiệp trong Khối", 2, _MIEN_BAC),
           _sp("thep-xay-dung", "Thép xây dựng cuộn D8 CB240-T",
               "Thép cuộn tròn trơn đường kính 8 mm, trọng lượng cuộn 1,8–2,1 tấn, dùng làm thép đai và lưới sàn. "
               "Sản xuất tại Hải Phòng, giao hàng trong 2–3 ngày sau khi ký hợp đồng.",
               "tấn", 14_500_000, 14_900_000, None, None, _MIEN_BAC),
           _sp("thep-xay-dung", "Thép xây dựng thanh vằn D25 CB500-V",
               "Thép cường độ cao đường kính 25 mm cho cột, dầm nhà cao tầng và kết cấu cầu. "
               "Có thể cắt theo chiều dài yêu cầu từ 6 m đến 12 m với đơn hàng từ 20 tấn.",
               "tấn", 15_100_000, 15_700_000, None, None, _MIEN_BAC),
           _sp("thep-xay-dung", "Lưới thép hàn công trình ô 200x200 mm",
               "Lưới thép hàn từ sợi thép kéo nguội đường kính 4–8 mm, khổ tấm 2,4 x 6 m. "
               "Dùng cho sàn bê tông, đường nội bộ và tường chắn, giúp rút ngắn thời gian buộc thép tại công trường.",
               "m²", 85_000, 140_000, None, None, ("Hải Phòng", "Hà Nội", "Quảng Ninh", "Hưng Yên")),
       ]),
    _e("Công ty Cổ phần Xi măng Bạch Long", "Xi măng Bạch Long", "joint_stock", ["C", "B"],
       "Thôn Trại Sơn", "Phường Minh Đức", "0225 3875 402", "500+", 1998,
       "https://ximangbachlong.vn",
       "Nhà máy xi măng lò quay công suất 1,4 triệu tấn mỗi năm, sử dụng nguồn đá vôi tại chỗ và cảng chuyên dùng trên sông Đá Bạc. "
       "Sản phẩm đạt TCVN 6260:2020 và được phân phối qua hệ thống đại lý tại các tỉnh đồng bằng Bắc Bộ.",
       [
           _sp("xi-mang", "Xi măng PCB40 bao 50 kg",
               "Xi măng poóc lăng hỗn hợp PCB40 đạt TCVN 6260:2020, cường độ nén 28 ngày trên 40 MPa. "
               "Đóng bao KPK ba lớp chống ẩm, phù hợp đổ bê tông móng, cột, sàn.",
               "tấn", 1_350_000, 1_450_000,
               "Giảm 3% và giao hàng tận công trình nội thành Hải Phòng cho doanh nghiệp trong Khối", 3, _MIEN_BAC),
           _sp("xi-mang", "Xi măng PCB30 dùng cho xây trát",
               "Xi măng có độ dẻo cao, thời gian ninh kết phù hợp cho vữa xây và trát hoàn thiện. "
               "Đóng bao 50 kg, xếp pallet 40 bao để bốc xếp nhanh bằng xe nâng.",
               "tấn", 1_220_000, 1_300_000, None, None, _MIEN_BAC),
           _sp("xi-mang", "Xi măng rời PC50 cho trạm trộn bê tông",
               "Xi măng rời giao bằng xe bồn 30 tấn hoặc sà lan, dùng cho trạm trộn bê tông thương phẩm và cấu kiện dự ứng lực. "
               "Chất lượng ổn định theo từng lô, có phiếu kiểm nghiệm kèm theo.",
               "tấn", 1_480_000, 1_560_000, None, None, ("Hải Phòng", "Hà Nội", "Quảng Ninh", "Hưng Yên")),
           _sp("xi-mang", "Clinker xi măng poóc lăng thương phẩm",
               "Clinker nung từ lò quay, hàm lượng C3S trên 55%, cung cấp cho các trạm nghiền xi măng. "
               "Giao hàng qua cảng nhà máy bằng sà lan 500–1.000 tấn.",
               "tấn", 980_000, 1_080_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Đóng tàu Sông Cấm", "Đóng tàu Sông Cấm", "limited", ["C"],
       "Số 3 đường Hà Nội", "Phường Hồng Bàng", "0225 3850 617", "200-499", 1975,
       None,
       "Đơn vị đóng mới và sửa chữa phương tiện thủy với hai ụ nổi và đà tàu sức nâng 5.000 tấn. "
       "Công ty có đội ngũ thợ hàn đạt chứng chỉ đăng kiểm và nhận gia công kết cấu thép cỡ lớn.",
       [
           _sp("dong-tau", "Đóng mới sà lan tự hành trọng tải 1.000 tấn",
               "Sà lan chở hàng rời đóng theo quy chuẩn QCVN 72:2013/BGTVT, được Cục Đăng kiểm Việt Nam giám sát. "
               "Thời gian đóng mới khoảng 6 tháng kể từ khi duyệt thiết kế.",
               "chiếc", None, None, None, None, _TQ),
           _sp("dong-tau", "Tàu kéo cảng công suất 1.200 CV",
               "Tàu kéo hai máy chính, phục vụ lai dắt tàu ra vào cầu cảng và hỗ trợ cứu hộ. "
               "Thiết kế theo yêu cầu của chủ tàu, bảo hành 12 tháng.",
               "chiếc", None, None, None, None, _TQ),
           _dv("sua-chua-bao-duong", "Sửa chữa, bảo dưỡng tàu biển đến 5.000 DWT",
               "Lên đà, vệ sinh, sơn vỏ, thay tôn, sửa chữa máy chính và hệ trục chân vịt. "
               "Lập dự toán sau khi khảo sát và bàn giao đúng tiến độ đăng kiểm.",
               "hợp đồng", None, None,
               "Ưu tiên xếp lịch lên đà cho phương tiện của doanh nghiệp trong Khối", None, ("Hải Phòng", "Quảng Ninh")),
           _sp("ket-cau-thep", "Gia công phân đoạn vỏ tàu và kết cấu thép cỡ lớn",
               "Cắt CNC plasma, lốc tôn dày đến 40 mm, hàn tự động dưới lớp thuốc. "
               "Nhận gia công dầm cầu trục, bồn bể và khung nhà xưởng khối lượng lớn.",
               "tấn", 32_000_000, 38_000_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty Cổ phần Bao bì Nhựa An Dương", "Bao bì An Dương", "joint_stock", ["C"],
       "Lô B7 Khu công nghiệp Nomura", "Phường An Dương", "0225 3743 590", "200-499", 2005,
       "https://baobiandung.vn",
       "Sản xuất bao bì PP dệt, bao jumbo và màng PE trên dây chuyền kéo sợi, dệt tròn nhập khẩu. "
       "Khách hàng chính là các nhà máy xi măng, phân bón và thực phẩm khu vực phía Bắc.",
       [
           _sp("bao-bi-nhua", "Bao PP dệt đựng xi măng 50 kg",
               "Bao PP tráng màng, in flexo 4 màu, kích thước 50 x 73 cm, chịu va đập khi bốc xếp. "
               "Năng lực 5 triệu bao mỗi tháng, thời gian giao hàng 10–15 ngày.",
               "chiếc", 3_200, 4_100,
               "Miễn phí làm bản in lần đầu cho doanh nghiệp trong Khối", None, _MIEN_BAC),
           _sp("bao-bi-nhua", "Màng PE quấn pallet 17 micron",
               "Màng co giãn khổ 50 cm, độ giãn trên 300%, dùng quấn pallet hàng xuất khẩu. "
               "Cuộn 2,4 kg, có loại quấn máy và quấn tay.",
               "cuộn", 185_000, 230_000, None, None, _TQ),
           _sp("bao-bi-nhua", "Túi PE đựng thực phẩm in ống đồng",
               "Túi PE nguyên sinh an toàn thực phẩm, in ống đồng đến 8 màu. "
               "Phù hợp đóng gói gạo, bánh kẹo, thủy sản đông lạnh.",
               "kg", 55_000, 75_000, None, None, _TQ),
           _sp("bao-bi-nhua", "Bao jumbo 1 tấn đựng hàng rời",
               "Bao bốn quai nâng, đáy xả, tải trọng làm việc 1.000 kg, hệ số an toàn 5:1. "
               "Dùng đựng clinker, phân bón, cát và nông sản.",
               "chiếc", 140_000, 190_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Thủy sản Cát Hải", "Thủy sản Cát Hải", "limited", ["A", "C"],
       "Tổ dân phố Bến", "Đặc khu Cát Hải", "0225 3886 142", "50-199", 2001,
       None,
       "Thu mua, chế biến và cấp đông thủy sản đánh bắt tại vùng biển Bạch Long Vĩ và Cát Bà. "
       "Xưởng chế biến đạt chứng nhận HACCP, cung cấp cá, mực và nước mắm cho bếp ăn tập thể và siêu thị.",
       [
           _sp("thuy-san", "Cá thu cắt khúc đông lạnh",
               "Cá thu đánh bắt tại vùng biển Bạch Long Vĩ, cắt khúc 2–3 cm, cấp đông IQF và hút chân không. "
               "Đóng gói 500 g và 1 kg, bảo quản âm 18 độ C trong 12 tháng.",
               "kg", 260_000, 320_000,
               "Giảm 8% cho bếp ăn của doanh nghiệp trong Khối, giao lạnh miễn phí nội thành Hải Phòng", 8,
               ("Hải Phòng", "Hà Nội", "Quảng Ninh")),
           _sp("thuy-san", "Chả cá thu Cát Hải",
               "Chả cá làm từ thịt cá thu tươi giã tay, không chất bảo quản. "
               "Đóng khay 500 g, bảo quản ngăn mát 5 ngày hoặc ngăn đá 3 tháng.",
               "kg", 220_000, 260_000, None, None, ("Hải Phòng", "Hà Nội")),
           _sp("nuoc-mam-gia-vi", "Nước mắm cá cơm Cát Hải 30 độ đạm",
               "Nước mắm ủ chượp truyền thống từ cá cơm và muối biển trong thùng gỗ 12 tháng. "
               "Chai thủy tinh 500 ml, có tem truy xuất nguồn gốc.",
               "lít", 95_000, 130_000, None, None, _TQ),
           _sp("thuy-san", "Mực ống tươi cấp đông",
               "Mực ống câu đêm, làm sạch, cấp đông ngay trên tàu, cỡ 8–12 con/kg. "
               "Phù hợp nhà hàng và bếp ăn công nghiệp.",
               "kg", 240_000, 290_000, None, None, ("Hải Phòng", "Hà Nội", "Quảng Ninh")),
       ]),
    _e("Công ty Cổ phần Cơ điện Đông Hải", "Cơ điện Đông Hải", "joint_stock", ["F", "C"],
       "Số 46 đường Lê Hồng Phong", "Phường Hải An", "0912 486 305", "50-199", 2010,
       "https://codiendonghai.vn",
       "Thiết kế, thi công hệ thống điện và lắp ráp tủ điện cho nhà xưởng, tòa nhà văn phòng. "
       "Đội kỹ sư có chứng chỉ hành nghề hạng II, đã thực hiện hơn 200 công trình tại các khu công nghiệp Hải Phòng.",
       [
           _dv("lap-dat-co-dien", "Thi công hệ thống điện nhà xưởng trọn gói",
               "Bao gồm thiết kế, cung cấp vật tư, lắp đặt tủ điện, máng cáp, chiếu sáng và chống sét. "
               "Nghiệm thu theo TCVN 9206:2012 và bàn giao hồ sơ hoàn công đầy đủ.",
               "m²", 180_000, 350_000,
               "Giảm 5% giá trị hợp đồng cho doanh nghiệp trong Khối", 5, _MIEN_BAC),
           _sp("may-bien-ap", "Máy biến áp dầu 3 pha 400 kVA – 22/0,4 kV",
               "Máy biến áp kiểu kín, cuộn dây đồng, tổn thất thấp theo TCVN 8525:2015. "
               "Bảo hành 24 tháng, có dịch vụ thí nghiệm và đóng điện.",
               "chiếc", 285_000_000, 320_000_000, None, None, _MIEN_BAC),
           _sp("thiet-bi-dong-cat", "Tủ điện hạ thế tổng MSB 1600A",
               "Vỏ tủ thép sơn tĩnh điện dày 2 mm, thanh cái đồng mạ thiếc, thiết bị đóng cắt nhập khẩu chính hãng. "
               "Thiết kế theo sơ đồ nguyên lý của khách hàng, thử nghiệm xuất xưởng đầy đủ.",
               "tủ", None, None, None, None, _MIEN_BAC),
           _sp("cap-dien", "Cáp điện hạ thế Cu/XLPE/PVC 4x95 mm²",
               "Cáp ruột đồng cách điện XLPE, điện áp 0,6/1 kV, đạt TCVN 5935-1. "
               "Cắt theo chiều dài yêu cầu, giao kèm rulo gỗ.",
               "m", 1_050_000, 1_150_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty TNHH Khách sạn và Du lịch Đồ Sơn Biển Xanh", "Đồ Sơn Biển Xanh", "limited", ["I", "N"],
       "Khu 2 bãi biển Đồ Sơn", "Phường Đồ Sơn", "0225 3862 739", "50-199", 2006,
       "https://dosonbienxanh.vn",
       "Khách sạn 3 sao 120 phòng hướng biển với hội trường 400 chỗ và nhà hàng hải sản. "
       "Đơn vị thường xuyên tổ chức hội nghị, tập huấn và nghỉ dưỡng cho công đoàn các doanh nghiệp.",
       [
           _dv("khach-san-luu-tru", "Phòng nghỉ tiêu chuẩn hướng biển Đồ Sơn",
               "Phòng 28 m² có ban công nhìn ra biển, điều hòa, tủ lạnh và bữa sáng tự chọn. "
               "Giá thay đổi theo mùa, cao nhất vào tháng 6 và tháng 7.",
               "phòng/đêm", 850_000, 1_200_000,
               "Giảm 15% giá phòng ngày thường cho cán bộ, người lao động doanh nghiệp trong Khối", 15,
               ("Hải Phòng",)),
           _dv("to-chuc-hoi-nghi-su-kien", "Trọn gói hội nghị 100–300 khách tại Đồ Sơn",
               "Bao gồm hội trường, âm thanh, máy chiếu, hai lần giải lao và một bữa trưa. "
               "Có phòng họp nhỏ cho thảo luận tổ và xe đưa đón từ trung tâm thành phố.",
               "khách", 450_000, 650_000, None, None, ("Hải Phòng",)),
           _dv("tour-du-lich", "Tour Cát Bà – vịnh Lan Hạ 2 ngày 1 đêm",
               "Đi tàu tham quan vịnh Lan Hạ, chèo thuyền kayak, nghỉ khách sạn tại thị trấn Cát Bà. "
               "Giá đã gồm xe, tàu, ăn uống và hướng dẫn viên.",
               "khách", 1_650_000, 2_100_000, None, None, ("Hải Phòng", "Hà Nội")),
           _dv("suat-an-nha-hang", "Tiệc hải sản cho đoàn doanh nghiệp",
               "Thực đơn hải sản Đồ Sơn gồm cá song hấp, tôm, ghẹ, mực và các món đặc sản địa phương. "
               "Phục vụ đoàn từ 20 đến 400 khách.",
               "mâm 10 người", 2_500_000, 4_000_000, None, None, ("Hải Phòng",)),
       ]),
    _e("Công ty Cổ phần Dây và Cáp điện Tân Long", "Cáp điện Tân Long", "joint_stock", ["C"],
       "Cụm công nghiệp Tân Dân", "Xã An Lão", "0225 3672 044", "200-499", 2009,
       "https://capdientanlong.vn",
       "Sản xuất dây và cáp điện hạ thế, trung thế ruột đồng và nhôm theo TCVN và IEC. "
       "Phòng thử nghiệm của công ty được công nhận VILAS, mỗi lô cáp đều có biên bản thử nghiệm điện áp cao.",
       [
           _sp("cap-dien", "Cáp điện lực ruột đồng CVV 3x16+1x10 mm²",
               "Cáp bốn lõi ruột đồng cách điện PVC, điện áp 0,6/1 kV, đạt TCVN 5935-1:2013. "
               "Dùng cấp nguồn cho tủ điện phân phối và động cơ trong nhà xưởng.",
               "m", 310_000, 345_000,
               "Giảm 6% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 6, _TQ),
           _sp("cap-dien", "Dây điện dân dụng VCmd 2x1,5 mm²",
               "Dây đôi mềm ruột đồng nhiều sợi, vỏ PVC, điện áp 300/500 V. "
               "Cuộn 100 m đóng hộp, có tem chống hàng giả.",
               "cuộn 100 m", 780_000, 860_000, None, None, _TQ),
           _sp("cap-dien", "Cáp nhôm vặn xoắn ABC 4x95 mm²",
               "Cáp nhôm hạ thế vặn xoắn cách điện XLPE, dùng cho lưới điện nông thôn và khu dân cư. "
               "Giao theo rulo 500 m hoặc cắt theo yêu cầu.",
               "m", 118_000, 135_000, None, None, _TQ),
           _sp("cap-dien", "Cáp ngầm trung thế 24 kV Cu/XLPE 3x240 mm²",
               "Cáp ngầm có băng thép bảo vệ, màn chắn đồng, đáp ứng IEC 60502-2. "
               "Sản xuất theo đơn hàng, thời gian giao 30–45 ngày.",
               "m", None, None, None, None, _TQ),
           _sp("cap-dien", "Cáp điều khiển chống nhiễu DVV/Sc 10x1,5 mm²",
               "Cáp nhiều lõi có lưới đồng chống nhiễu, dùng cho hệ thống điều khiển, PLC và cảm biến. "
               "Vỏ PVC chống cháy lan theo IEC 60332-1.",
               "m", 72_000, 85_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Kế toán và Tư vấn Thuế Hồng Bàng", "Kế toán Hồng Bàng", "limited", ["M"],
       "Số 72 phố Hoàng Văn Thụ", "Phường Hồng Bàng", "0225 3745 881", "10-49", 2012,
       "https://ketoanhongbang.vn",
       "Đại lý thuế được Cục Thuế thành phố Hải Phòng cấp phép, phục vụ hơn 300 doanh nghiệp vừa và nhỏ. "
       "Công ty nhận làm sổ sách kế toán, báo cáo thuế, quyết toán và hỗ trợ khi cơ quan thuế kiểm tra.",
       [
           _dv("ke-toan-thue", "Dịch vụ kế toán trọn gói cho doanh nghiệp nhỏ",
               "Hạch toán chứng từ, lập tờ khai thuế giá trị gia tăng, thu nhập cá nhân và báo cáo tài chính năm. "
               "Phí tính theo số lượng hóa đơn mỗi tháng.",
               "tháng", 2_000_000, 4_500_000,
               "Miễn phí tháng đầu tiên cho doanh nghiệp trong Khối ký hợp đồng 12 tháng", None,
               ("Hải Phòng",)),
           _dv("ke-toan-thue", "Quyết toán thuế thu nhập doanh nghiệp cuối năm",
               "Rà soát chi phí được trừ, lập tờ khai quyết toán và thuyết minh báo cáo tài chính. "
               "Hoàn thành trước thời hạn nộp 31/3 hằng năm.",
               "hồ sơ", 5_000_000, 15_000_000, None, None, ("Hải Phòng",)),
           _dv("tu-van-phap-ly", "Thành lập doanh nghiệp, thay đổi đăng ký kinh doanh",
               "Soạn hồ sơ, nộp qua Cổng thông tin quốc gia về đăng ký doanh nghiệp và nhận kết quả thay khách hàng. "
               "Thời gian 3–5 ngày làm việc.",
               "hồ sơ", 1_500_000, 3_000_000, None, None, ("Hải Phòng",)),
           _dv("ke-toan-thue", "Kê khai bảo hiểm xã hội và quản lý lao động",
               "Đăng ký tham gia, báo tăng giảm lao động, giải quyết chế độ ốm đau, thai sản cho người lao động. "
               "Phù hợp doanh nghiệp dưới 200 lao động.",
               "tháng", 1_000_000, 2_500_000, None, None, ("Hải Phòng",)),
       ]),
    _e("Công ty Cổ phần Bê tông và Xây dựng Lê Chân", "Bê tông Lê Chân", "joint_stock", ["F", "C"],
       "Số 159 đường Nguyễn Văn Linh", "Phường Lê Chân", "0225 3716 524", "50-199", 1996,
       None,
       "Sở hữu ba trạm trộn bê tông tổng công suất 360 m³/giờ và đội xe bồn, xe bơm cần 52 m. "
       "Công ty đồng thời nhận thầu thi công nhà xưởng, kho bãi cho các doanh nghiệp tại Hải Phòng.",
       [
           _sp("be-tong-cau-kien", "Bê tông thương phẩm mác 300 (B22,5)",
               "Bê tông trộn sẵn độ sụt 12±2 cm, sử dụng xi măng PCB40 và phụ gia siêu dẻo. "
               "Mỗi chuyến xe có phiếu xuất xưởng, lấy mẫu thí nghiệm nén tại công trình.",
               "m³", 1_150_000, 1_250_000,
               "Miễn phí bơm cần cho khối đổ từ 100 m³ của doanh nghiệp trong Khối", None,
               ("Hải Phòng",)),
           _sp("be-tong-cau-kien", "Cọc bê tông ly tâm ứng suất trước D400",
               "Cọc PHC loại A, chiều dài 7–15 m, đạt TCVN 7888:2014. "
               "Giao tận chân công trình, hỗ trợ tính toán sức chịu tải cọc.",
               "m", 280_000, 330_000, None, None, ("Hải Phòng", "Quảng Ninh", "Hưng Yên")),
           _dv("xay-dung-nha-xuong", "Thi công nhà xưởng khung thép tiền chế",
               "Thi công trọn gói từ móng, nền bê tông chịu tải đến khung thép, mái tôn và hệ thống thoát nước. "
               "Tiến độ 90–120 ngày cho nhà xưởng 5.000 m².",
               "m²", 1_800_000, 2_600_000, None, None, ("Hải Phòng", "Hưng Yên", "Quảng Ninh")),
           _sp("be-tong-cau-kien", "Cống hộp bê tông cốt thép đúc sẵn",
               "Cống hộp kích thước từ 1,0 x 1,0 m đến 2,5 x 2,5 m, chiều dài đốt 1,2 m. "
               "Sản xuất bằng khuôn thép, bảo dưỡng hơi nước đạt cường độ trước khi xuất xưởng.",
               "đốt", 3_500_000, 12_000_000, None, None, ("Hải Phòng",)),
       ]),
]
