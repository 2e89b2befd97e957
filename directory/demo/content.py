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
               "tấn/ngày", 3_500, 6_000,
               "Giảm 5% phí dịch vụ cho doanh nghiệp trong Khối", 5, ("Hải Phòng",)),
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
               "tấn", 14_500_000, 14_900_000,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, _MIEN_BAC),
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
               "tấn", 980_000, 1_080_000,
               "Giảm 3% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 3, _TQ),
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
               "kg", 55_000, 75_000,
               "Cho doanh nghiệp trong Khối thanh toán chậm 30 ngày", None, _TQ),
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
               "chiếc", 285_000_000, 320_000_000,
               "Giảm 7% và miễn phí thí nghiệm đóng điện cho doanh nghiệp trong Khối", 7, _MIEN_BAC),
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
               "mâm 10 người", 2_500_000, 4_000_000,
               "Tặng trái cây tráng miệng và giảm 5% cho đoàn doanh nghiệp trong Khối", 5, ("Hải Phòng",)),
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
               "hồ sơ", 5_000_000, 15_000_000,
               "Giảm 10% hợp đồng đầu tiên cho doanh nghiệp trong Khối", 10, ("Hải Phòng",)),
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
               "đốt", 3_500_000, 12_000_000,
               "Giảm 4% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 4, ("Hải Phòng",)),
       ]),
]

_HANOI = [
    _e("Công ty Cổ phần Phần mềm Đông Đô", "Phần mềm Đông Đô", "joint_stock", ["J"],
       "Tầng 9, tòa nhà số 18 phố Duy Tân", "Phường Cầu Giấy", "024 3795 2618", "200-499", 2004,
       "https://dongdosoft.vn",
       "Phát triển phần mềm kế toán, nhân sự và hóa đơn điện tử cho hơn 15.000 doanh nghiệp trên cả nước. "
       "Đông Đô có trung tâm hỗ trợ khách hàng hoạt động từ 7 giờ đến 22 giờ tất cả các ngày trong tuần.",
       [
           _dv("phan-mem-quan-ly", "Phần mềm kế toán Đông Đô cho doanh nghiệp vừa và nhỏ",
               "Đáp ứng chế độ kế toán theo Thông tư 200 và Thông tư 133, kết nối trực tiếp với hóa đơn điện tử và ngân hàng. "
               "Chạy trên nền điện toán đám mây, truy cập được từ máy tính và điện thoại.",
               "gói/năm", 6_500_000, 18_000_000,
               "Giảm 20% năm đầu tiên cho doanh nghiệp trong Khối, miễn phí đào tạo trực tuyến", 20, _TQ),
           _dv("chuyen-doi-so", "Hóa đơn điện tử khởi tạo từ máy tính tiền",
               "Giải pháp hóa đơn điện tử theo Nghị định 123/2020/NĐ-CP, tự động chuyển dữ liệu đến cơ quan thuế. "
               "Phù hợp cửa hàng bán lẻ, nhà hàng, trạm xăng dầu.",
               "gói 500 số", 390_000, 390_000, None, None, _TQ),
           _dv("phan-mem-quan-ly", "Phần mềm quản lý nhân sự – tiền lương",
               "Quản lý hồ sơ nhân viên, chấm công bằng máy vân tay hoặc nhận diện khuôn mặt, tính lương và bảo hiểm. "
               "Tích hợp với phần mềm kế toán Đông Đô.",
               "gói/năm", 9_000_000, 36_000_000, None, None, _TQ),
           _dv("an-toan-thong-tin", "Đánh giá an toàn hệ thống thông tin theo cấp độ",
               "Khảo sát hiện trạng, đề xuất cấp độ và lập hồ sơ theo Nghị định 85/2016/NĐ-CP. "
               "Kiểm tra lỗ hổng ứng dụng web và hạ tầng mạng nội bộ.",
               "gói", None, None, None, None, _TQ),
           _dv("thiet-ke-website", "Thiết kế cổng thông tin điện tử doanh nghiệp",
               "Website song ngữ Việt – Anh, quản trị nội dung dễ dùng, tương thích điện thoại. "
               "Bàn giao trong 4–6 tuần, bảo hành 12 tháng.",
               "gói", 25_000_000, 60_000_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Hạ tầng Số Thăng Long", "Hạ tầng Số Thăng Long", "limited", ["J", "F"],
       "Số 27 đường Nguyễn Trãi", "Phường Thanh Xuân", "024 3557 0841", "50-199", 2011,
       "https://hatangsothanglong.vn",
       "Tích hợp hệ thống mạng, máy chủ và camera giám sát cho văn phòng, nhà máy và trường học. "
       "Công ty vận hành trung tâm dữ liệu nhỏ tại Hà Nội, cho thuê chỗ đặt máy chủ và dịch vụ sao lưu.",
       [
           _dv("ha-tang-mang-may-chu", "Thi công mạng LAN và cáp quang nội bộ",
               "Khảo sát, thiết kế và đi cáp mạng Cat6, cáp quang đơn mode giữa các tòa nhà. "
               "Đo kiểm từng điểm mạng bằng máy Fluke, bảo hành 24 tháng.",
               "điểm mạng", 650_000, 1_100_000,
               "Giảm 10% cho doanh nghiệp trong Khối, khảo sát miễn phí", 10, ("Hà Nội", "Bắc Ninh", "Hưng Yên")),
           _dv("ha-tang-mang-may-chu", "Cho thuê chỗ đặt máy chủ tại Hà Nội",
               "Tủ rack tiêu chuẩn, nguồn điện dự phòng UPS và máy phát, đường truyền 100 Mbps trong nước. "
               "Kỹ thuật viên trực 24/7 hỗ trợ khởi động lại thiết bị.",
               "U/tháng", 1_200_000, 1_800_000,
               "Ưu tiên xếp lịch và giảm 6% cho doanh nghiệp trong Khối", 6, _TQ),
           _dv("ha-tang-mang-may-chu", "Lắp đặt hệ thống camera giám sát nhà xưởng",
               "Camera IP độ phân giải 4 MP, đầu ghi lưu trữ 30 ngày, xem từ xa qua điện thoại. "
               "Thiết kế vùng quan sát theo yêu cầu an ninh và phòng cháy.",
               "bộ 8 camera", 18_000_000, 32_000_000, None, None, ("Hà Nội", "Bắc Ninh", "Hưng Yên", "Phú Thọ")),
           _sp("may-tinh-may-in", "Máy chủ dạng rack 2U cho doanh nghiệp",
               "Máy chủ hai bộ vi xử lý, bộ nhớ 64 GB, ổ cứng SSD cấu hình RAID 10. "
               "Cài đặt sẵn hệ điều hành và phần mềm sao lưu theo yêu cầu.",
               "chiếc", 95_000_000, 160_000_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần In và Bao bì Kim Liên", "In Kim Liên", "joint_stock", ["C"],
       "Số 6 ngõ 4 phố Phương Mai", "Phường Kim Liên", "024 3852 6093", "50-199", 1992,
       "https://inkimlien.vn",
       "Nhà in offset và kỹ thuật số với máy in 4 màu, máy cán màng và dây chuyền đóng sách. "
       "Chuyên in ấn phẩm quảng cáo, lịch, catalogue, hộp giấy và tem nhãn cho doanh nghiệp.",
       [
           _sp("in-an-pham", "In catalogue, hồ sơ năng lực doanh nghiệp",
               "In offset 4 màu trên giấy couché 150–250 g/m², cán màng mờ, đóng ghim hoặc keo gáy. "
               "Thiết kế miễn phí với đơn hàng từ 500 cuốn.",
               "cuốn", 35_000, 120_000,
               "Giảm 10% và miễn phí thiết kế cho doanh nghiệp trong Khối", 10, _TQ),
           _sp("in-an-pham", "In lịch treo tường, lịch để bàn quà tặng",
               "Lịch 7 tờ, 13 tờ và lịch bloc, in logo và hình ảnh sản phẩm của doanh nghiệp. "
               "Nhận đặt từ tháng 8 đến tháng 12 hằng năm.",
               "cuốn", 45_000, 150_000, None, None, _TQ),
           _sp("bao-bi-carton", "Hộp giấy cứng đựng quà tặng",
               "Hộp carton phủ giấy mỹ thuật, ép nhũ vàng, có khay định hình bên trong. "
               "Dùng đựng chè, bánh kẹo, rượu và quà tặng hội nghị.",
               "hộp", 25_000, 85_000, None, None, _TQ),
           _sp("tem-nhan", "Tem QR truy xuất nguồn gốc và tem chống hàng giả",
               "Tem in nhiệt, tem vỡ và tem 7 màu tích hợp mã QR riêng cho từng sản phẩm. "
               "Kết nối được với cổng truy xuất nguồn gốc của tỉnh.",
               "con", 250, 900,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, _TQ),
       ]),
    _e("Công ty Cổ phần Dược phẩm Hà Thành", "Dược Hà Thành", "joint_stock", ["C", "G"],
       "Số 168 đường Giải Phóng", "Phường Hoàng Mai", "024 3664 1207", "200-499", 1998,
       "https://duochathanh.vn",
       "Nhà máy sản xuất thuốc đạt tiêu chuẩn GMP-WHO với các dây chuyền viên nén, viên nang và dung dịch. "
       "Công ty phân phối thuốc thiết yếu, vật tư y tế cho bệnh viện, phòng khám và y tế doanh nghiệp.",
       [
           _sp("thuoc", "Paracetamol 500 mg hộp 10 vỉ x 10 viên",
               "Thuốc giảm đau, hạ sốt sản xuất trên dây chuyền GMP-WHO, hạn dùng 36 tháng. "
               "Có số đăng ký lưu hành của Cục Quản lý Dược.",
               "hộp", 28_000, 35_000, None, None, _TQ),
           _sp("vat-tu-y-te", "Tủ thuốc sơ cứu tại nơi làm việc",
               "Tủ và túi sơ cứu loại A, B, C theo Thông tư 19/2016/TT-BYT, đầy đủ băng gạc, nẹp và dung dịch sát khuẩn. "
               "Phù hợp xưởng sản xuất và văn phòng từ 25 đến 100 người.",
               "bộ", 850_000, 1_450_000,
               "Giảm 12% cho doanh nghiệp trong Khối trang bị từ 5 bộ", 12, _TQ),
           _sp("vat-tu-y-te", "Dung dịch sát khuẩn tay nhanh 500 ml",
               "Dung dịch chứa cồn 70%, bổ sung chất dưỡng ẩm, không cần rửa lại với nước. "
               "Chai có vòi nhấn, thùng 24 chai.",
               "chai", 45_000, 58_000, None, None, _TQ),
           _sp("thuc-pham-bao-ve-suc-khoe", "Viên bổ sung vitamin và khoáng chất cho người lao động",
               "Hộp 60 viên nang mềm bổ sung vitamin nhóm B, C, kẽm và sắt. "
               "Sản phẩm đã công bố theo quy định, không phải là thuốc và không thay thế thuốc chữa bệnh.",
               "hộp", 180_000, 220_000, None, None, _TQ),
       ]),
    _e("Công ty Luật TNHH Tràng Tiền", "Luật Tràng Tiền", "limited", ["M"],
       "Số 24 phố Tràng Tiền", "Phường Hoàn Kiếm", "024 3936 4750", "10-49", 2010,
       "https://luattrangtien.vn",
       "Tổ chức hành nghề luật sư chuyên về doanh nghiệp, hợp đồng thương mại và sở hữu trí tuệ. "
       "Các luật sư của công ty thường xuyên tham gia giải quyết tranh chấp tại trọng tài và tòa án.",
       [
           _dv("tu-van-phap-ly", "Tư vấn pháp lý thường xuyên cho doanh nghiệp",
               "Luật sư tư vấn qua điện thoại, thư điện tử và gặp trực tiếp về lao động, hợp đồng, thuế và đầu tư. "
               "Phí cố định theo tháng, không giới hạn số câu hỏi.",
               "tháng", 5_000_000, 15_000_000,
               "Giảm 15% phí tư vấn thường xuyên cho doanh nghiệp trong Khối", 15, _TQ),
           _dv("tu-van-phap-ly", "Soạn thảo, rà soát hợp đồng thương mại",
               "Rà soát điều khoản thanh toán, phạt vi phạm, bất khả kháng và giải quyết tranh chấp. "
               "Bản nhận xét bằng văn bản trong 3 ngày làm việc.",
               "hợp đồng", 3_000_000, 10_000_000, None, None, _TQ),
           _dv("tu-van-phap-ly", "Đăng ký nhãn hiệu tại Cục Sở hữu trí tuệ",
               "Tra cứu khả năng bảo hộ, nộp đơn và theo dõi đến khi cấp văn bằng. "
               "Giá chưa gồm phí nhà nước theo nhóm sản phẩm.",
               "nhãn hiệu", 3_500_000, 5_500_000,
               "Giảm 5% phí dịch vụ cho doanh nghiệp trong Khối", 5, _TQ),
           _dv("tu-van-phap-ly", "Đại diện giải quyết tranh chấp tại trọng tài thương mại",
               "Luật sư nghiên cứu hồ sơ, đánh giá rủi ro và đại diện khách hàng trong suốt quá trình tố tụng. "
               "Phí thỏa thuận theo giá trị tranh chấp.",
               "vụ việc", None, None, None, None, _TQ),
       ]),
    _e("Công ty TNHH Kiểm toán và Định giá Việt Tín", "Kiểm toán Việt Tín", "limited", ["M"],
       "Số 91 phố Tây Sơn", "Phường Đống Đa", "024 3537 2964", "50-199", 2007,
       "https://kiemtoanviettin.vn",
       "Công ty kiểm toán độc lập được Bộ Tài chính chấp thuận, có 40 kiểm toán viên hành nghề. "
       "Việt Tín cung cấp dịch vụ kiểm toán báo cáo tài chính, quyết toán dự án và thẩm định giá tài sản.",
       [
           _dv("kiem-toan-tham-dinh-gia", "Kiểm toán báo cáo tài chính năm",
               "Kiểm toán theo chuẩn mực kiểm toán Việt Nam, phát hành báo cáo trước ngày 31/3. "
               "Kèm thư quản lý nêu các điểm cần hoàn thiện trong hệ thống kiểm soát nội bộ.",
               "báo cáo", 25_000_000, 80_000_000,
               "Giảm 10% phí kiểm toán năm đầu cho doanh nghiệp trong Khối", 10, _TQ),
           _dv("kiem-toan-tham-dinh-gia", "Kiểm toán báo cáo quyết toán dự án hoàn thành",
               "Kiểm toán chi phí đầu tư xây dựng theo Thông tư 96/2021/TT-BTC cho dự án vốn nhà nước và vốn doanh nghiệp. "
               "Phí tính theo tổng mức đầu tư.",
               "dự án", None, None, None, None, _TQ),
           _dv("kiem-toan-tham-dinh-gia", "Thẩm định giá máy móc, thiết bị và bất động sản",
               "Chứng thư thẩm định giá phục vụ vay vốn, góp vốn, thanh lý tài sản. "
               "Thời gian phát hành 5–7 ngày làm việc.",
               "hồ sơ", 8_000_000, 30_000_000, None, None, _TQ),
           _dv("ke-toan-thue", "Rà soát rủi ro thuế trước thanh tra",
               "Kiểm tra hồ sơ thuế ba năm gần nhất, phát hiện sai sót và hướng dẫn kê khai bổ sung. "
               "Phù hợp doanh nghiệp sắp có quyết định thanh tra, kiểm tra thuế.",
               "gói", 15_000_000, 45_000_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Nội thất Văn phòng Phương Đông", "Nội thất Phương Đông", "joint_stock", ["C"],
       "Số 14 đường Quang Trung", "Phường Hà Đông", "024 3382 5179", "200-499", 2003,
       "https://noithatphuongdong.vn",
       "Thiết kế và sản xuất nội thất văn phòng, trường học và phòng họp tại xưởng 8.000 m² ở Hà Đông. "
       "Sản phẩm dùng gỗ công nghiệp đạt chuẩn E1 và gỗ tự nhiên có nguồn gốc hợp pháp.",
       [
           _sp("noi-that-van-phong", "Bàn làm việc gỗ MFC chân sắt sơn tĩnh điện",
               "Mặt bàn MFC chống trầy dày 25 mm, chân sắt hộp 40x80 mm, có hộc tủ di động. "
               "Kích thước 1.200–1.600 mm, nhiều màu vân gỗ.",
               "chiếc", 1_650_000, 2_900_000,
               "Giảm 8% và lắp đặt miễn phí tại Hà Nội cho doanh nghiệp trong Khối", 8, _MIEN_BAC),
           _sp("noi-that-van-phong", "Ghế xoay văn phòng lưới lưng cao",
               "Khung nhựa chịu lực, tựa đầu điều chỉnh, tay ghế nâng hạ, chân nhôm đúc. "
               "Bảo hành cơ cấu nâng hạ 24 tháng.",
               "chiếc", 1_150_000, 2_400_000,
               "Giảm 3% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 3, _TQ),
           _sp("noi-that-van-phong", "Tủ tài liệu sắt sơn tĩnh điện 4 khoang",
               "Tủ thép dày 0,6 mm, cửa kính trên và cửa lùa dưới, khóa an toàn. "
               "Kích thước 1.000 x 450 x 1.830 mm.",
               "chiếc", 2_800_000, 3_600_000, None, None, _TQ),
           _sp("noi-that-gia-dinh", "Đồ gỗ nội thất phòng họp bằng gỗ sồi tự nhiên",
               "Bộ bàn họp oval 12–20 chỗ kèm ghế bọc da, gỗ sồi sấy ẩm dưới 12%, sơn PU chống nước. "
               "Thiết kế theo kích thước phòng, thời gian sản xuất 20–25 ngày.",
               "bộ", None, None, None, None, _MIEN_BAC),
           _sp("noi-that-truong-hoc", "Bàn ghế học sinh theo Thông tư liên tịch 26",
               "Bàn hai chỗ ngồi điều chỉnh độ cao, mặt gỗ ép phủ melamine, khung thép sơn tĩnh điện. "
               "Đáp ứng kích thước theo Thông tư liên tịch 26/2011/TTLT-BGDĐT-BKHCN-BYT.",
               "bộ", 1_350_000, 1_750_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Sự kiện và Hội nghị Long Biên", "Sự kiện Long Biên", "limited", ["N"],
       "Số 5 phố Nguyễn Sơn", "Phường Long Biên", "0983 214 657", "10-49", 2014,
       "https://sukienlongbien.vn",
       "Tổ chức hội nghị, lễ kỷ niệm, khánh thành và chương trình gắn kết nội bộ cho doanh nghiệp. "
       "Công ty sở hữu kho thiết bị âm thanh, ánh sáng, màn hình LED và sân khấu lắp ghép.",
       [
           _dv("to-chuc-hoi-nghi-su-kien", "Tổ chức hội nghị khách hàng, hội nghị tổng kết năm",
               "Lên kịch bản, thiết kế phông nền, bố trí lễ tân, MC và chụp ảnh, quay phim. "
               "Báo giá sau khi khảo sát địa điểm và số lượng khách mời.",
               "gói", None, None,
               "Tặng gói quay phim tư liệu cho doanh nghiệp trong Khối", None, _MIEN_BAC),
           _dv("to-chuc-hoi-nghi-su-kien", "Cho thuê âm thanh, ánh sáng, màn hình LED sân khấu",
               "Màn hình LED P3.9 trong nhà và ngoài trời, hệ thống loa công suất lớn, bàn trộn kỹ thuật số. "
               "Giá đã gồm kỹ thuật viên vận hành và vận chuyển nội thành.",
               "ngày", 8_000_000, 35_000_000, None, None, _MIEN_BAC),
           _dv("to-chuc-hoi-nghi-su-kien", "Tổ chức lễ khánh thành, động thổ công trình",
               "Trọn gói rạp, sân khấu, múa lân, cắt băng và tiệc nhẹ. "
               "Kinh nghiệm tổ chức tại các khu công nghiệp Hà Nội, Bắc Ninh, Hưng Yên.",
               "gói", 30_000_000, 150_000_000,
               "Miễn phí khảo sát, tư vấn ban đầu cho doanh nghiệp trong Khối", None, _MIEN_BAC),
           _dv("tour-du-lich", "Chương trình gắn kết đội ngũ tại Ba Vì 2 ngày 1 đêm",
               "Trò chơi vận động tập thể, đốt lửa trại, nghỉ tại khu du lịch sinh thái Ba Vì. "
               "Giá gồm xe, ăn ở, bảo hiểm du lịch và người dẫn chương trình.",
               "khách", 1_350_000, 1_900_000, None, None, ("Hà Nội",)),
       ]),
    _e("Công ty Cổ phần Thiết bị Văn phòng Tây Hồ", "Thiết bị Tây Hồ", "joint_stock", ["G"],
       "Số 112 đường Lạc Long Quân", "Phường Tây Hồ", "024 3753 4418", "50-199", 2000,
       "https://thietbitayho.vn",
       "Phân phối máy tính, máy in, máy chiếu, giấy in và văn phòng phẩm cho cơ quan, doanh nghiệp. "
       "Có đội kỹ thuật bảo hành tận nơi trong 4 giờ tại nội thành Hà Nội.",
       [
           _sp("may-tinh-may-in", "Máy tính để bàn đồng bộ lắp ráp trong nước",
               "Bộ xử lý thế hệ mới, bộ nhớ 16 GB, ổ SSD 512 GB, màn hình 24 inch. "
               "Cài đặt sẵn phần mềm văn phòng có bản quyền, bảo hành 36 tháng tại nơi sử dụng.",
               "bộ", 11_500_000, 18_900_000,
               "Giảm 5% và tặng bàn phím, chuột không dây cho doanh nghiệp trong Khối", 5, _TQ),
           _sp("may-tinh-may-in", "Máy in laser đen trắng khổ A4 in hai mặt",
               "Tốc độ 38 trang/phút, in hai mặt tự động, kết nối mạng LAN và Wi-Fi. "
               "Mực thay thế giá hợp lý, có dịch vụ đổ mực tại chỗ.",
               "chiếc", 4_800_000, 7_200_000, None, None, _TQ),
           _sp("giay-in", "Giấy in A4 định lượng 70 g/m²",
               "Giấy trắng độ trắng 92 ISO, không kẹt giấy trên máy in tốc độ cao. "
               "Ram 500 tờ, thùng 5 ram.",
               "ram", 68_000, 78_000, None, None, ("Hà Nội", "Bắc Ninh", "Hưng Yên")),
           _sp("van-phong-pham", "Gói văn phòng phẩm định kỳ hằng tháng",
               "Cung cấp bút, sổ, bìa hồ sơ, kẹp, ghim, băng dính theo danh mục đặt trước. "
               "Giao hàng tận văn phòng, thanh toán cuối tháng.",
               "gói", 1_500_000, 8_000_000, None, None, ("Hà Nội",)),
           _sp("thiet-bi-hoi-nghi", "Máy chiếu 4.000 lumen cho phòng họp",
               "Độ phân giải WUXGA, kết nối HDMI và không dây, tuổi thọ bóng đèn 12.000 giờ. "
               "Lắp đặt kèm màn chiếu điện 120 inch nếu có yêu cầu.",
               "chiếc", 14_500_000, 21_000_000,
               "Cho doanh nghiệp trong Khối thanh toán chậm 30 ngày", None, _TQ),
       ]),
    _e("Công ty Cổ phần Bảo hiểm Bảo An Thủ Đô", "Bảo hiểm Bảo An", "joint_stock", ["K"],
       "Số 35 phố Kim Mã", "Phường Ba Đình", "024 3734 9026", "500+", 2006,
       "https://baohiembaoan.vn",
       "Doanh nghiệp bảo hiểm phi nhân thọ có mạng lưới 38 chi nhánh trên toàn quốc. "
       "Bảo An cung cấp bảo hiểm tài sản, kỹ thuật, hàng hóa, xe cơ giới và sức khỏe cho doanh nghiệp.",
       [
           _dv("bao-hiem", "Bảo hiểm cháy, nổ bắt buộc cho nhà xưởng, kho hàng",
               "Bảo hiểm theo Nghị định 67/2023/NĐ-CP cho cơ sở có nguy hiểm về cháy, nổ. "
               "Phí tính theo giá trị tài sản và ngành nghề, giám định tổn thất trong 24 giờ.",
               "hợp đồng", None, None,
               "Giảm 10% phí bảo hiểm năm đầu cho doanh nghiệp trong Khối", 10, _TQ),
           _dv("bao-hiem", "Bảo hiểm sức khỏe nhóm cho người lao động",
               "Chi trả nội trú, ngoại trú, tai nạn 24/24 tại hơn 300 bệnh viện bảo lãnh viện phí. "
               "Áp dụng cho nhóm từ 10 người, không cần khám sức khỏe trước khi tham gia.",
               "người/năm", 1_200_000, 4_800_000, None, None, _TQ),
           _dv("bao-hiem", "Bảo hiểm vật chất xe ô tô tải",
               "Bảo hiểm thiệt hại do va chạm, lật đổ, cháy nổ, thiên tai cho xe tải và xe đầu kéo. "
               "Sửa chữa tại gara liên kết, không phải ứng tiền trước.",
               "xe/năm", 6_000_000, 25_000_000, None, None, _TQ),
           _dv("bao-hiem", "Bảo hiểm hàng hóa vận chuyển nội địa",
               "Bảo hiểm theo chuyến hoặc hợp đồng bao năm cho hàng vận chuyển đường bộ, đường sắt, đường thủy. "
               "Phí từ 0,05% giá trị hàng hóa.",
               "hợp đồng", None, None, None, None, _TQ),
       ]),
    _e("Công ty TNHH Một thành viên Cho thuê Tài chính Sông Hồng", "Cho thuê Tài chính Sông Hồng", "state", ["K"],
       "Số 57 phố Lý Thường Kiệt", "Phường Hai Bà Trưng", "024 3942 7751", "50-199", 1998,
       "https://chothuetaichinhsonghong.vn",
       "Công ty cho thuê tài chính do ngân hàng thương mại nhà nước sở hữu toàn bộ vốn điều lệ. "
       "Công ty tài trợ máy móc, phương tiện vận tải và thiết bị y tế cho doanh nghiệp vừa và nhỏ không cần tài sản bảo đảm bổ sung.",
       [
           _dv("cho-thue-tai-chinh", "Cho thuê tài chính máy móc, dây chuyền sản xuất",
               "Tài trợ đến 85% giá trị thiết bị, thời hạn thuê 3–7 năm, lịch trả nợ linh hoạt theo dòng tiền. "
               "Hết hạn thuê, doanh nghiệp được mua lại thiết bị với giá danh nghĩa.",
               "hợp đồng", None, None,
               "Miễn phí thẩm định hồ sơ cho doanh nghiệp trong Khối", None, _TQ),
           _dv("cho-thue-tai-chinh", "Cho thuê tài chính xe tải, xe chuyên dùng",
               "Tài trợ xe tải, đầu kéo, xe bồn, xe cẩu mới hoặc đã qua sử dụng dưới 3 năm. "
               "Thời gian phê duyệt 5 ngày làm việc.",
               "hợp đồng", None, None, None, None, _TQ),
           _dv("cho-thue-tai-chinh", "Mua và cho thuê lại máy móc thiết bị",
               "Công ty mua lại tài sản doanh nghiệp đang sử dụng và cho chính doanh nghiệp thuê lại để bổ sung vốn lưu động. "
               "Thiết bị vẫn hoạt động bình thường tại nhà máy.",
               "hợp đồng", None, None,
               "Giảm 10% hợp đồng đầu tiên cho doanh nghiệp trong Khối", 10, _TQ),
           _dv("cho-thue-tai-chinh", "Cho thuê tài chính thiết bị y tế",
               "Dành cho bệnh viện tư nhân, phòng khám đa khoa đầu tư máy chụp cắt lớp, siêu âm, xét nghiệm. "
               "Thời hạn đến 5 năm.",
               "hợp đồng", None, None, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Thực phẩm Sạch Đông Anh", "Thực phẩm Đông Anh", "joint_stock", ["A", "C"],
       "Cụm công nghiệp Nguyên Khê", "Xã Đông Anh", "024 3883 6512", "200-499", 2009,
       "https://thucphamdonganh.vn",
       "Chuỗi khép kín từ trang trại chăn nuôi đến nhà máy giết mổ, chế biến đạt chuẩn ISO 22000. "
       "Công ty cung cấp thịt lợn, giò chả và suất ăn cho bếp ăn tập thể, trường học và siêu thị tại Hà Nội.",
       [
           _sp("thit-che-bien", "Thịt lợn sạch mảnh nguyên con",
               "Lợn nuôi tại trang trại đạt VietGAHP, giết mổ tập trung có kiểm dịch thú y. "
               "Giao lạnh trong ngày, mỗi mảnh có tem truy xuất nguồn gốc.",
               "kg", 78_000, 86_000,
               "Giảm 5% cho bếp ăn doanh nghiệp trong Khối, giao hàng trước 6 giờ sáng", 5,
               ("Hà Nội", "Bắc Ninh", "Hưng Yên")),
           _sp("thit-che-bien", "Thịt lợn sạch pha lóc đóng khay",
               "Thịt ba chỉ, nạc vai, sườn non đóng khay 500 g, bọc màng co, bảo quản 0–4 độ C. "
               "Phù hợp siêu thị và cửa hàng tiện lợi.",
               "kg", 120_000, 185_000, None, None, ("Hà Nội", "Bắc Ninh")),
           _sp("thit-che-bien", "Giò lụa, chả quế truyền thống",
               "Làm từ thịt lợn nóng trong ngày và nước mắm ngon, gói lá chuối, không hàn the. "
               "Cây 500 g và 1 kg.",
               "kg", 190_000, 240_000, None, None, ("Hà Nội",)),
           _dv("suat-an-nha-hang", "Suất ăn công nghiệp cho nhà máy, khu công nghiệp",
               "Thực đơn thay đổi theo tuần, bảo đảm 3.000 kcal cho lao động nặng. "
               "Nhận nấu tại bếp của doanh nghiệp hoặc vận chuyển suất ăn từ bếp trung tâm.",
               "suất", 28_000, 45_000, None, None, ("Hà Nội", "Bắc Ninh")),
       ]),
]

_THAIBINH = [
    _e("Công ty Cổ phần Lương thực Kiến Xương", "Lương thực Kiến Xương", "joint_stock", ["A", "G"],
       "Số 18 đường Trần Thánh Tông", "Xã Kiến Xương", "0227 3821 346", "50-199", 1976,
       "https://luongthuckienxuong.vn",
       "Thu mua lúa từ các hợp tác xã trong tỉnh, xay xát và đánh bóng gạo trên dây chuyền công suất 120 tấn/ngày. "
       "Gạo được đóng bao theo thương hiệu riêng hoặc theo nhãn của khách hàng.",
       [
           _sp("gao-luong-thuc", "Gạo tám thơm Thái Bình bao 25 kg",
               "Gạo vụ mùa trồng tại Kiến Xương, hạt dài, cơm dẻo và thơm, độ ẩm dưới 14%. "
               "Phù hợp bếp ăn tập thể, nhà hàng và đại lý phân phối.",
               "kg", 19_500, 22_000,
               "Giảm 1.000 đồng/kg và giao tận bếp cho doanh nghiệp trong Khối đặt từ 1 tấn/tháng", 5, _MIEN_BAC),
           _sp("gao-luong-thuc", "Gạo Bắc Hương đóng túi 5 kg",
               "Gạo đặc sản Bắc Hương sản xuất theo quy trình VietGAP, túi hút chân không có tem truy xuất. "
               "Thích hợp làm quà tặng cho người lao động dịp lễ, Tết.",
               "túi", 115_000, 130_000,
               "Giảm 7% cho doanh nghiệp trong Khối ký hợp đồng từ 6 tháng", 7, _TQ),
           _sp("gao-luong-thuc", "Gạo nếp cái hoa vàng",
               "Nếp hạt tròn, dẻo và thơm, dùng nấu xôi, gói bánh chưng và nấu rượu. "
               "Đóng bao 10 kg và 25 kg.",
               "kg", 32_000, 38_000, None, None, _TQ),
           _sp("gao-luong-thuc", "Cám gạo làm nguyên liệu thức ăn chăn nuôi",
               "Cám xát mới trong ngày, hàm lượng đạm 12–13%, độ ẩm dưới 13%. "
               "Giao bằng xe tải theo lô từ 5 tấn.",
               "tấn", 6_200_000, 6_900_000, None, None, ("Hưng Yên", "Hà Nội", "Ninh Bình")),
       ]),
    _e("Công ty TNHH May xuất khẩu Tiền Hải", "May Tiền Hải", "limited", ["C"],
       "Khu công nghiệp Tiền Hải", "Xã Tiền Hải", "0227 3823 915", "500+", 2007,
       "https://maytienhai.vn",
       "Nhà máy may 1.800 lao động với 32 chuyền may, chuyên gia công áo sơ mi và áo khoác xuất khẩu. "
       "Công ty nhận đơn hàng đồng phục, bảo hộ lao động cho doanh nghiệp trong nước với số lượng từ 100 bộ.",
       [
           _sp("dong-phuc-bao-ho", "Đồng phục công nhân vải kaki",
               "Vải kaki 65% polyester 35% cotton, thấm mồ hôi, bền màu, thêu logo trên ngực áo. "
               "Thời gian sản xuất 15–20 ngày cho đơn hàng 500 bộ.",
               "bộ", 220_000, 320_000,
               "Giảm 7% và miễn phí thêu logo cho doanh nghiệp trong Khối", 7, _TQ),
           _sp("dong-phuc-bao-ho", "Quần áo bảo hộ lao động phản quang",
               "Áo quần có dải phản quang 5 cm theo TCVN 7326, vải chống cháy lan tùy chọn. "
               "Dùng cho công nhân xây dựng, điện lực, cầu đường.",
               "bộ", 260_000, 380_000, None, None, _TQ),
           _sp("hang-may-mac", "Áo sơ mi nam công sở",
               "Vải cotton pha sợi tre chống nhăn, đường may theo tiêu chuẩn hàng xuất khẩu. "
               "Nhận may theo số đo cho cán bộ văn phòng.",
               "chiếc", 250_000, 390_000, None, None, _TQ),
           _sp("hang-may-mac", "Áo khoác gió hai lớp in logo",
               "Lớp ngoài chống thấm nước, lớp trong lót lưới, có mũ tháo rời. "
               "In hoặc thêu logo doanh nghiệp, đóng gói từng chiếc.",
               "chiếc", 280_000, 420_000,
               "Tặng mẫu thử miễn phí và giảm 4% đơn hàng đầu cho doanh nghiệp trong Khối", 4, _TQ),
       ]),
    _e("Công ty Cổ phần Dệt sợi Vũ Thư", "Dệt Vũ Thư", "joint_stock", ["C"],
       "Cụm công nghiệp Tam Quang", "Xã Vũ Thư", "0227 3826 471", "200-499", 1968,
       None,
       "Doanh nghiệp dệt lâu năm của tỉnh, sản xuất sợi cotton, vải kaki và khăn bông trên dây chuyền đã được đầu tư đổi mới. "
       "Sản phẩm cung cấp cho các xưởng may trong nước và xuất khẩu sang Nhật Bản.",
       [
           _sp("vai-soi", "Sợi cotton chải kỹ Ne 30/1",
               "Sợi 100% bông chải kỹ, độ đều cao, dùng dệt kim và dệt thoi. "
               "Đóng thùng 22,68 kg, có phiếu kiểm tra chất lượng từng lô.",
               "kg", 68_000, 76_000, None, None, _TQ),
           _sp("vai-soi", "Vải kaki 65/35 khổ 1,5 m",
               "Vải kaki chéo nhuộm sẵn 20 màu, định lượng 220 g/m², co rút dưới 3%. "
               "Dùng may đồng phục, bảo hộ lao động.",
               "m", 42_000, 55_000,
               "Giảm 4% cho xưởng may thuộc doanh nghiệp trong Khối", 4, _TQ),
           _sp("chan-ga-khan", "Khăn mặt, khăn tắm cotton 100%",
               "Khăn dệt sợi đôi mềm, thấm hút tốt, thêu tên khách sạn hoặc doanh nghiệp. "
               "Cung cấp cho khách sạn, bệnh viện và làm quà tặng.",
               "chiếc", 18_000, 95_000, None, None, _TQ),
           _sp("vai-soi", "Vải mộc dệt thoi",
               "Vải mộc cotton và pha polyester khổ 1,6 m chưa qua nhuộm. "
               "Nhận dệt theo mật độ sợi khách hàng yêu cầu.",
               "m", 21_000, 32_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Thủy sản Thái Thụy", "Thủy sản Thái Thụy", "joint_stock", ["A", "C"],
       "Thị trấn Diêm Điền cũ", "Xã Thái Thụy", "0227 3853 208", "50-199", 1999,
       None,
       "Nuôi ngao, cá vược và chế biến hải sản khô tại vùng ven biển Thái Thụy. "
       "Sản phẩm ngao sạch của công ty được xuất khẩu sang châu Âu và cung cấp cho các nhà hàng phía Bắc.",
       [
           _sp("thuy-san", "Ngao trắng Thái Bình sạch cát",
               "Ngao nuôi bãi triều, được làm sạch cát bằng bể tuần hoàn 24 giờ trước khi xuất bán. "
               "Cỡ 60–80 con/kg, đóng túi lưới 10 kg.",
               "kg", 28_000, 40_000, None, None, _MIEN_BAC),
           _sp("thuy-san", "Cá vược nuôi lồng tươi sống",
               "Cá vược nuôi lồng ven cửa sông, trọng lượng 1–2 kg/con. "
               "Vận chuyển bằng xe có bể sục khí, giao cá còn sống cho nhà hàng.",
               "kg", 150_000, 185_000,
               "Giảm 5% cho nhà hàng, bếp ăn của doanh nghiệp trong Khối", 5, ("Hà Nội", "Hưng Yên", "Hải Phòng")),
           _sp("thuy-san", "Cá khô, tôm khô đặc sản Thái Thụy",
               "Cá chỉ vàng, cá đuối, tôm he phơi khô tự nhiên, không chất bảo quản. "
               "Đóng túi zip 250 g và 500 g.",
               "kg", 250_000, 650_000,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, _TQ),
           _sp("nuoc-mam-gia-vi", "Nước mắm Diêm Điền truyền thống",
               "Nước mắm cá nục ủ chượp 15 tháng, độ đạm 25–35 độ. "
               "Chai 500 ml và can 2 lít.",
               "lít", 70_000, 140_000, None, None, _TQ),
       ]),
    _e("Doanh nghiệp tư nhân Đặc sản Đông Hưng", "Đặc sản Đông Hưng", "private", ["C", "G"],
       "Số 45 đường Quốc lộ 10", "Xã Đông Hưng", "0915 327 481", "10-49", 2011,
       None,
       "Cơ sở sản xuất bánh cáy, kẹo lạc và các đặc sản Thái Bình theo công thức gia truyền. "
       "Sản phẩm đạt chứng nhận OCOP 4 sao, được nhiều doanh nghiệp chọn làm quà tặng cuối năm.",
       [
           _sp("banh-keo", "Bánh cáy làng Nguyễn hộp 500 g",
               "Bánh làm từ gạo nếp, mạch nha, gấc, gừng và vừng, cắt miếng vuông, đóng hộp giấy. "
               "Hạn sử dụng 6 tháng.",
               "hộp", 55_000, 70_000,
               "Giảm 10% cho đơn quà Tết của doanh nghiệp trong Khối", 10, _TQ),
           _sp("banh-keo", "Kẹo lạc, kẹo vừng thủ công",
               "Kẹo làm bằng mạch nha và lạc rang, giòn, không dùng đường hóa học. "
               "Túi 300 g.",
               "kg", 120_000, 150_000, None, None, _TQ),
           _sp("banh-keo", "Giỏ quà Tết đặc sản Thái Bình",
               "Giỏ mây gồm bánh cáy, gạo tám, chè, rượu nếp và mắm tép. "
               "In thiệp chúc Tết theo tên doanh nghiệp.",
               "giỏ", 450_000, 1_200_000, None, None, _TQ),
           _sp("banh-keo", "Bánh chưng Bình Minh gói lá dong",
               "Bánh nặng 1 kg, nhân đậu xanh và thịt lợn ba chỉ, luộc 10 giờ. "
               "Nhận đặt số lượng lớn dịp Tết cho bếp ăn và quà biếu.",
               "chiếc", 75_000, 90_000, None, None, ("Hưng Yên", "Hà Nội", "Hải Phòng")),
       ]),
    _e("Hợp tác xã Dịch vụ Nông nghiệp Quỳnh Hồng", "HTX Quỳnh Hồng", "cooperative", ["A"],
       "Thôn An Phú", "Xã Quỳnh Phụ", "0974 586 123", "10-49", 1962,
       None,
       "Hợp tác xã 450 thành viên, sản xuất lúa giống, rau màu và phân hữu cơ theo chuỗi liên kết với doanh nghiệp. "
       "Vùng rau 35 ha của hợp tác xã được cấp chứng nhận VietGAP.",
       [
           _sp("rau-cu-qua", "Rau củ quả an toàn theo VietGAP",
               "Bắp cải, su hào, cà rốt, cải ngọt thu hoạch trong ngày, sơ chế và đóng thùng. "
               "Giao cho bếp ăn tập thể theo đơn đặt trước 1 ngày.",
               "kg", 8_000, 25_000,
               "Giá cố định cả năm cho bếp ăn doanh nghiệp trong Khối ký hợp đồng 6 tháng", None,
               ("Hưng Yên", "Hà Nội", "Hải Phòng")),
           _sp("giong-cay-con", "Giống lúa thuần chất lượng cao",
               "Giống lúa cấp xác nhận, tỷ lệ nảy mầm trên 85%, phù hợp vụ xuân và vụ mùa đồng bằng Bắc Bộ. "
               "Đóng bao 1 kg và 5 kg.",
               "kg", 28_000, 35_000,
               "Giảm 3% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 3, _MIEN_BAC),
           _sp("phan-bon", "Phân hữu cơ vi sinh ủ từ phụ phẩm nông nghiệp",
               "Ủ từ rơm rạ, phân chuồng và chế phẩm Trichoderma, hàm lượng hữu cơ trên 20%. "
               "Bao 25 kg.",
               "tấn", 2_800_000, 3_400_000, None, None, ("Hưng Yên", "Ninh Bình")),
           _sp("rau-cu-qua", "Khoai tây vụ đông",
               "Khoai tây ruột vàng, cỡ 80–150 g/củ, bảo quản kho lạnh đến tháng 8. "
               "Phù hợp chế biến công nghiệp và bếp ăn.",
               "kg", 12_000, 16_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty Cổ phần Gốm sứ Trà Lý", "Gốm sứ Trà Lý", "joint_stock", ["C"],
       "Khu công nghiệp Gia Lễ", "Phường Trần Lãm", "0227 3647 590", "500+", 2001,
       "https://gomsutraly.vn",
       "Nhà máy gạch ốp lát công suất 18 triệu m²/năm với bốn lò nung con lăn và công nghệ in kỹ thuật số. "
       "Sản phẩm đạt TCVN 7745:2007 và được phân phối trên cả nước.",
       [
           _sp("gach-op-lat", "Gạch granite lát nền 600x600 mm",
               "Gạch bán sứ men bóng và men mờ, độ hút nước dưới 0,5%, chống trầy xước. "
               "Hộp 4 viên, 1,44 m²/hộp.",
               "m²", 165_000, 245_000,
               "Giảm 6% cho công trình của doanh nghiệp trong Khối", 6, _TQ),
           _sp("gach-op-lat", "Gạch ốp tường ceramic 300x600 mm",
               "Gạch men ốp tường nhà vệ sinh và bếp, vân đá và vân gỗ, màu sắc đồng đều giữa các lô. "
               "Hộp 8 viên.",
               "m²", 135_000, 175_000, None, None, _TQ),
           _sp("gach-op-lat", "Gạch lát nhà xưởng chịu lực 400x400 mm",
               "Gạch dày 10 mm, chịu tải trọng xe nâng, bề mặt chống trơn cấp R11. "
               "Dùng cho nhà xưởng, kho lạnh và khu chế biến thực phẩm.",
               "m²", 145_000, 190_000, None, None, _TQ),
           _sp("gach-op-lat", "Gạch thẻ trang trí mặt tiền",
               "Gạch thẻ 60x240 mm màu đỏ và xám, chịu thời tiết, không rêu mốc. "
               "Dùng ốp mặt tiền văn phòng, trường học.",
               "m²", 210_000, 280_000,
               "Cho doanh nghiệp trong Khối thanh toán chậm 30 ngày", None, _TQ),
       ]),
    _e("Công ty TNHH Cơ khí Hưng Hà", "Cơ khí Hưng Hà", "limited", ["C"],
       "Cụm công nghiệp Thị trấn Hưng Hà", "Xã Hưng Hà", "0227 3861 752", "50-199", 2003,
       None,
       "Chế tạo máy nông nghiệp cỡ nhỏ và gia công kim loại tấm cho các doanh nghiệp trong tỉnh. "
       "Xưởng có máy cắt laser 6 kW, máy chấn CNC và robot hàn.",
       [
           _sp("may-nong-nghiep", "Máy sấy lúa tĩnh vỉ ngang 10 tấn/mẻ",
               "Buồng sấy thép, quạt hướng trục và lò đốt trấu, độ ẩm sau sấy đạt 13–14%. "
               "Lắp đặt và hướng dẫn vận hành tại chỗ.",
               "bộ", 85_000_000, 120_000_000,
               "Giảm 5% và bảo hành 18 tháng cho hợp tác xã, doanh nghiệp trong Khối", 5, _MIEN_BAC),
           _sp("may-nong-nghiep", "Máy cày tay đa năng 12 mã lực",
               "Động cơ diesel một xi lanh, kèm dàn cày, dàn phay và bánh lồng. "
               "Phụ tùng thay thế sẵn có.",
               "chiếc", 24_000_000, 29_000_000, None, None, _TQ),
           _sp("gia-cong-co-khi", "Gia công cắt laser, chấn, hàn kim loại tấm",
               "Cắt thép đen đến 20 mm, inox đến 12 mm theo bản vẽ CAD. "
               "Nhận đơn hàng từ một chiếc, giao trong 3–7 ngày.",
               "kg", 25_000, 60_000, None, None, _MIEN_BAC),
           _sp("may-nong-nghiep", "Máy xay xát gạo liên hoàn 2 tấn/giờ",
               "Gồm máy bóc vỏ, tách thóc, xát trắng và sàng phân loại. "
               "Phù hợp hợp tác xã và cơ sở xay xát vừa.",
               "bộ", 180_000_000, 260_000_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Vận tải và Thương mại Kỳ Bá", "Vận tải Kỳ Bá", "joint_stock", ["H", "G"],
       "Số 210 đường Lý Bôn", "Phường Kỳ Bá", "0227 3832 648", "50-199", 2005,
       None,
       "Vận chuyển nông sản, vật liệu xây dựng bằng đường bộ và đường sông từ Thái Bình đi các tỉnh. "
       "Công ty có 40 xe tải, 6 sà lan và kho bãi 3.000 m² cạnh sông Trà Lý.",
       [
           _dv("van-tai-duong-bo", "Vận chuyển nông sản Thái Bình – Hà Nội bằng xe tải thùng kín",
               "Xe 5–15 tấn thùng kín và thùng bạt, xuất phát hằng ngày lúc 4 giờ sáng. "
               "Nhận gạo, rau củ, thủy sản đóng thùng.",
               "chuyến", 2_800_000, 4_500_000,
               "Giảm 5% cước cho doanh nghiệp trong Khối có hợp đồng tháng", 5, ("Hưng Yên", "Hà Nội")),
           _dv("van-tai-bien-thuy", "Vận tải hàng rời bằng sà lan đường sông",
               "Sà lan 500–800 tấn chở cát, đá, clinker, phân bón trên tuyến sông Hồng, sông Luộc, sông Trà Lý. "
               "Cước tính theo tấn và cự ly.",
               "tấn", 45_000, 110_000, None, None, ("Hưng Yên", "Hải Phòng", "Ninh Bình", "Hà Nội")),
           _dv("kho-bai-cang", "Cho thuê kho bảo quản nông sản",
               "Kho mái cao, nền bê tông, có quạt thông gió và hệ thống phòng cháy. "
               "Nhận lưu giữ thóc, gạo, phân bón theo tháng.",
               "m²/tháng", 45_000, 60_000,
               "Ưu tiên xếp lịch và giảm 6% cho doanh nghiệp trong Khối", 6, ("Hưng Yên",)),
           _dv("van-tai-tai-trong-lon", "Cho thuê xe cẩu tự hành tải trọng 25 tấn",
               "Xe cẩu thủy lực kèm người vận hành có chứng chỉ, phục vụ lắp dựng nhà xưởng và bốc xếp máy móc. "
               "Tính theo ca 8 giờ.",
               "ca", 4_500_000, 6_000_000, None, None, ("Hưng Yên", "Hải Phòng")),
       ]),
    _e("Công ty Cổ phần Xây dựng Kiến Giang", "Xây dựng Kiến Giang", "joint_stock", ["F"],
       "Số 9 phố Lê Quý Đôn", "Phường Trần Hưng Đạo", "0227 3845 312", "200-499", 1995,
       "https://xaydungkiengiang.vn",
       "Nhà thầu xây dựng hạng I về công trình dân dụng, giao thông và thủy lợi. "
       "Kiến Giang đã thi công nhiều tuyến đường, cầu nông thôn và nhà xưởng trong các khu công nghiệp của tỉnh.",
       [
           _dv("ha-tang-giao-thong", "Thi công đường giao thông bê tông xi măng",
               "Mặt đường dày 18–22 cm, móng cấp phối đá dăm, khe co giãn cắt bằng máy. "
               "Phù hợp đường nội bộ khu công nghiệp và đường nông thôn mới.",
               "m²", 280_000, 420_000, None, None, ("Hưng Yên", "Ninh Bình")),
           _dv("xay-dung-nha-xuong", "Xây dựng nhà xưởng, nhà kho khung thép",
               "Thi công trọn gói móng, nền, khung, mái và hoàn thiện theo hồ sơ thiết kế được duyệt. "
               "Bảo hành kết cấu 24 tháng.",
               "m²", 1_900_000, 2_800_000,
               "Miễn phí lập dự toán sơ bộ cho doanh nghiệp trong Khối", None, ("Hưng Yên", "Hải Phòng", "Ninh Bình")),
           _dv("tu-van-thiet-ke-giam-sat", "Tư vấn thiết kế, giám sát công trình hạ tầng",
               "Khảo sát địa hình, thiết kế bản vẽ thi công và giám sát chất lượng công trình giao thông, thủy lợi. "
               "Chứng chỉ năng lực hạng II.",
               "hợp đồng", None, None, None, None, ("Hưng Yên",)),
           _sp("da-xay-dung", "Cát vàng đổ bê tông sông Lô",
               "Cát hạt thô mô đun độ lớn trên 2,5, đã sàng rửa, đạt TCVN 7570:2006. "
               "Giao bằng xe ben 15 m³ tới chân công trình.",
               "m³", 380_000, 450_000, None, None, ("Hưng Yên",)),
       ]),
    _e("Công ty TNHH Dây dẫn điện Kosen Việt Nam", "Kosen Việt Nam", "fdi", ["C"],
       "Lô CN-05 Khu công nghiệp Tiền Hải", "Xã Tiền Hải", "0227 3780 266", "500+", 2016,
       "https://kosen.com.vn",
       "Doanh nghiệp vốn Hàn Quốc sản xuất bó dây điện và dây cáp cho ô tô, xe máy và thiết bị điện tử. "
       "Nhà máy đạt IATF 16949, xuất khẩu 70% sản lượng và cung ứng cho các nhà lắp ráp trong nước.",
       [
           _sp("linh-kien-dien-tu", "Bó dây dẫn điện cho ô tô và xe máy",
               "Bó dây lắp ráp theo bản vẽ của nhà sản xuất xe, kiểm tra thông mạch 100% trên bàn thử. "
               "Nhận đơn hàng từ 1.000 bộ.",
               "bộ", None, None,
               "Giảm 7% cho doanh nghiệp trong Khối ký hợp đồng từ 6 tháng", 7, _TQ),
           _sp("cap-dien", "Dây điện đơn ruột đồng mềm VCSF 1x2,5 mm²",
               "Dây ruột đồng nhiều sợi, vỏ PVC chịu nhiệt 70 độ C, đạt TCVN 6610-5. "
               "Cuộn 200 m.",
               "cuộn 200 m", 1_250_000, 1_380_000,
               "Giảm 5% cho doanh nghiệp trong Khối đặt từ 50 cuộn", 5, _TQ),
           _sp("linh-kien-dien-tu", "Cáp sạc và cáp dữ liệu cho thiết bị điện tử",
               "Cáp chuẩn USB-C và Lightning, chịu uốn gập 10.000 lần, đầu nối mạ vàng. "
               "Nhận in logo làm quà tặng doanh nghiệp.",
               "chiếc", 35_000, 90_000, None, None, _TQ),
           _sp("cap-dien", "Cáp tín hiệu đồng trục RG6",
               "Cáp đồng trục trở kháng 75 ohm cho hệ thống camera và truyền hình. "
               "Cuộn 305 m.",
               "cuộn", 1_100_000, 1_450_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Vật tư Nông nghiệp Vũ Hội", "Vật tư Nông nghiệp Vũ Hội", "limited", ["G"],
       "Số 88 đường Quốc lộ 39", "Xã Đông Hưng", "0227 3851 904", "10-49", 2008,
       None,
       "Đại lý cấp 1 phân phối phân bón, giống và chế phẩm sinh học cho hơn 200 đại lý cấp 2 trong tỉnh. "
       "Công ty có đội kỹ thuật hướng dẫn nông dân bón phân cân đối theo từng vụ.",
       [
           _sp("phan-bon", "Phân NPK 16-16-8 bổ sung trung vi lượng",
               "Phân hạt đều, tan chậm, bổ sung lưu huỳnh, magie và kẽm, dùng cho lúa và rau màu. "
               "Bao 50 kg.",
               "tấn", 12_800_000, 14_200_000,
               "Chiết khấu 3% và giao tận kho hợp tác xã trong Khối", 3, ("Hưng Yên", "Ninh Bình")),
           _sp("phan-bon", "Đạm urê hạt đục",
               "Hàm lượng nitơ 46,3%, hạt đều, ít bụi, đóng bao 50 kg. "
               "Hàng có sẵn tại kho trong suốt mùa vụ.",
               "tấn", 10_500_000, 11_600_000, None, None, ("Hưng Yên", "Ninh Bình")),
           _sp("che-pham-sinh-hoc", "Chế phẩm vi sinh xử lý rơm rạ sau thu hoạch",
               "Gói 200 g xử lý rơm rạ cho 1 sào, phân hủy nhanh trong 15–20 ngày. "
               "Giảm đốt rơm, cải tạo đất.",
               "gói", 15_000, 18_000, None, None, _TQ),
           _sp("phan-bon", "Vôi bột nông nghiệp cải tạo đất",
               "Vôi nung nghiền mịn, hàm lượng CaO trên 70%, khử chua đất ruộng và ao nuôi. "
               "Bao 40 kg.",
               "tấn", 1_600_000, 2_000_000,
               "Tặng mẫu thử miễn phí và giảm 4% đơn hàng đầu cho doanh nghiệp trong Khối", 4, ("Hưng Yên",)),
       ]),
]

_VINHPHUC = [
    _e("Công ty TNHH Linh kiện Ô tô Phúc Yên", "Linh kiện Phúc Yên", "limited", ["C"],
       "Lô 12 Khu công nghiệp Phúc Yên", "Phường Phúc Yên", "0211 3869 470", "200-499", 2008,
       "https://linhkienphucyen.vn",
       "Nhà cung cấp cấp 2 cho các hãng lắp ráp ô tô, xe máy tại Vĩnh Phúc với dây chuyền dập, hàn và sơn tĩnh điện. "
       "Công ty áp dụng hệ thống quản lý chất lượng IATF 16949.",
       [
           _sp("phu-tung-o-to-xe-may", "Giá đỡ ống xả ô tô dập thép",
               "Chi tiết dập từ thép tấm SPHC dày 2–4 mm, mạ kẽm điện phân chống gỉ. "
               "Sản xuất theo bản vẽ và tiêu chuẩn kiểm tra của khách hàng.",
               "chiếc", None, None, None, None, _TQ),
           _sp("phu-tung-o-to-xe-may", "Bộ tiêu âm xe máy",
               "Ống xả thép không gỉ, cách nhiệt hai lớp, đạt tiêu chuẩn khí thải mức 3. "
               "Cung cấp cho nhà lắp ráp và thị trường phụ tùng thay thế.",
               "bộ", 650_000, 1_200_000, None, None, _TQ),
           _sp("phu-tung-o-to-xe-may", "Chi tiết dập vỏ cabin xe tải nhẹ",
               "Tấm vỏ cửa, sàn cabin dập trên máy ép 800 tấn, hàn robot và sơn ED. "
               "Đơn hàng theo kế hoạch sản xuất tháng.",
               "bộ", None, None,
               "Ưu tiên bố trí năng lực dập thử mẫu cho doanh nghiệp trong Khối", None, _TQ),
           _dv("sua-chua-bao-duong", "Gia công sơn tĩnh điện chi tiết kim loại",
               "Dây chuyền sơn tĩnh điện tự động, xử lý bề mặt phốt phát hóa 7 bước. "
               "Độ dày màng sơn 60–80 micron, thử phun muối 500 giờ.",
               "m²", 35_000, 60_000, None, None, ("Phú Thọ", "Hà Nội", "Bắc Ninh")),
       ]),
    _e("Công ty Cổ phần Cơ khí Chính xác Bình Xuyên", "Cơ khí Bình Xuyên", "joint_stock", ["C"],
       "Lô B4 Khu công nghiệp Bình Xuyên", "Xã Bình Xuyên", "0211 3888 153", "50-199", 2011,
       "https://cokhibinhxuyen.vn",
       "Xưởng gia công cơ khí chính xác với 30 máy phay, tiện CNC và máy đo tọa độ ba chiều. "
       "Khách hàng chính là các doanh nghiệp điện tử, ô tô và thiết bị tự động hóa.",
       [
           _sp("gia-cong-co-khi", "Gia công CNC chi tiết máy theo bản vẽ",
               "Phay, tiện CNC nhôm, thép, inox với dung sai đến ±0,01 mm. "
               "Kèm báo cáo đo kiểm kích thước cho từng lô hàng.",
               "chiếc", None, None,
               "Giảm 8% đơn hàng đầu tiên cho doanh nghiệp trong Khối", 8, _TQ),
           _sp("gia-cong-co-khi", "Khuôn dập kim loại tấm liên hoàn",
               "Thiết kế, chế tạo khuôn dập liên hoàn bằng thép SKD11 đã nhiệt luyện. "
               "Tuổi thọ khuôn trên 500.000 lần dập.",
               "bộ", 80_000_000, 450_000_000, None, None, _TQ),
           _sp("thiet-bi-nang-ha", "Cầu trục dầm đơn 5 tấn khẩu độ 15 m",
               "Dầm hộp tổ hợp, palăng cáp điện, điều khiển bằng tay bấm và điều khiển từ xa. "
               "Kiểm định an toàn trước khi bàn giao.",
               "bộ", 210_000_000, 280_000_000,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, _MIEN_BAC),
           _sp("ket-cau-thep", "Gia công khung thép nhà xưởng",
               "Cột, kèo thép tổ hợp hàn tự động, sơn chống gỉ hai lớp. "
               "Vận chuyển và lắp dựng bằng đội thi công của công ty.",
               "tấn", 28_000_000, 34_000_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty Cổ phần Gạch Tuynel Hợp Thịnh", "Gạch Hợp Thịnh", "joint_stock", ["C", "B"],
       "Thôn Đồng Giang", "Xã Tam Dương", "0211 3835 627", "200-499", 2000,
       None,
       "Nhà máy gạch tuynel công suất 60 triệu viên/năm, sử dụng đất sét khai thác tại chỗ và lò nung tiết kiệm năng lượng. "
       "Công ty còn sản xuất gạch không nung từ xi măng cốt liệu theo chủ trương giảm gạch đất sét nung.",
       [
           _sp("gach-xay-ngoi", "Gạch đặc tuynel A1 220x105x60 mm",
               "Gạch nung đỏ đều, cường độ nén trên 7,5 MPa theo TCVN 1451:1998. "
               "Xếp kiện 300 viên, bốc xếp bằng xe nâng.",
               "viên", 1_250, 1_450,
               "Giảm 50 đồng/viên cho đơn từ 100.000 viên của doanh nghiệp trong Khối", 4, ("Phú Thọ", "Hà Nội", "Thái Nguyên")),
           _sp("gach-xay-ngoi", "Gạch rỗng hai lỗ tuynel",
               "Gạch nhẹ, cách nhiệt tốt, dùng xây tường ngăn và tường bao. "
               "Kích thước 220x105x60 mm.",
               "viên", 950, 1_150, None, None, ("Phú Thọ", "Hà Nội")),
           _sp("gach-xay-ngoi", "Ngói lợp đất nung 22 viên/m²",
               "Ngói màu đỏ tươi, không cong vênh, độ hút nước dưới 12%. "
               "Phù hợp đình chùa, nhà văn hóa và biệt thự.",
               "viên", 6_500, 9_000, None, None, _MIEN_BAC),
           _sp("gach-xay-ngoi", "Gạch không nung xi măng cốt liệu",
               "Gạch block 390x190x190 mm, cường độ mác 75, được sử dụng trong công trình vốn nhà nước theo quy định. "
               "Giao kèm phiếu kết quả thí nghiệm.",
               "viên", 7_500, 9_500, None, None, ("Phú Thọ", "Hà Nội")),
       ]),
    _e("Công ty Cổ phần Vật liệu Xây dựng Lập Thạch", "Vật liệu Lập Thạch", "joint_stock", ["B", "C"],
       "Khu 3 thị trấn Lập Thạch cũ", "Xã Lập Thạch", "0211 3870 289", "200-499", 1997,
       None,
       "Khai thác đá, sản xuất cát nghiền và gạch granite tại vùng núi phía Bắc tỉnh. "
       "Công ty cung cấp vật liệu cho các công trình giao thông trọng điểm và khu công nghiệp.",
       [
           _sp("gach-op-lat", "Gạch granite vân đá 800x800 mm",
               "Gạch xương đồng nhất, mài bóng, độ hút nước dưới 0,1%. "
               "Hộp 3 viên, 1,92 m²/hộp.",
               "m²", 245_000, 330_000,
               "Giảm 3% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 3, _TQ),
           _sp("da-xay-dung", "Đá dăm 1x2 mỏ Lập Thạch",
               "Đá granite nghiền sàng, cường độ cao, dùng cho bê tông mác cao và đường giao thông. "
               "Giao tại mỏ hoặc tận công trình.",
               "m³", 260_000, 330_000,
               "Giảm 4% cho doanh nghiệp trong Khối, cân xe miễn phí tại mỏ", 4, ("Phú Thọ", "Hà Nội", "Thái Nguyên")),
           _sp("da-xay-dung", "Cát nghiền thay thế cát sông",
               "Cát nghiền từ đá granite, đã rửa tách bụi, mô đun độ lớn 2,6–3,2, đạt TCVN 9205:2012. "
               "Nguồn cung ổn định quanh năm.",
               "m³", 230_000, 290_000, None, None, ("Phú Thọ", "Hà Nội")),
           _sp("gach-op-lat", "Gạch lát sân vườn chống trơn 400x400 mm",
               "Gạch terrazzo dày 30 mm, bề mặt nhám, chịu tải xe con. "
               "Dùng lát vỉa hè, sân trường, khuôn viên nhà máy.",
               "m²", 120_000, 160_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty TNHH Điện tử Hanwon Vina", "Điện tử Hanwon", "fdi", ["C"],
       "Lô A2 Khu công nghiệp Bá Thiện", "Phường Xuân Hòa", "0211 3595 810", "500+", 2013,
       "https://hanwonvina.com.vn",
       "Doanh nghiệp vốn Hàn Quốc lắp ráp bảng mạch và mô-đun điện tử cho thiết bị gia dụng, xe máy và thiết bị chiếu sáng. "
       "Nhà máy có 12 dây chuyền dán linh kiện bề mặt và phòng sạch cấp 10.000.",
       [
           _sp("linh-kien-dien-tu", "Bảng mạch in lắp ráp linh kiện dán bề mặt",
               "Dịch vụ dán linh kiện, hàn nhúng và kiểm tra quang học tự động theo thiết kế của khách hàng. "
               "Nhận đơn hàng mẫu từ 50 bảng.",
               "bảng", None, None, None, None, _TQ),
           _sp("linh-kien-dien-tu", "Mô-đun nguồn điện tử cho thiết bị gia dụng",
               "Bộ nguồn xung 12–48 V, hiệu suất trên 88%, đạt chứng nhận hợp quy. "
               "Dùng cho quạt, nồi cơm điện, máy lọc nước.",
               "chiếc", 85_000, 240_000, None, None, _TQ),
           _sp("linh-kien-dien-tu", "Cụm điều khiển điện tử cho xe máy",
               "Bộ điều khiển đánh lửa và đèn chiếu sáng, chịu rung và nhiệt độ cao. "
               "Sản xuất theo đơn đặt hàng của nhà lắp ráp.",
               "chiếc", None, None,
               "Miễn phí thiết kế mẫu thử cho doanh nghiệp trong Khối", None, _TQ),
           _sp("den-chieu-sang", "Đèn LED chiếu sáng nhà xưởng 150 W",
               "Đèn treo cao thân nhôm tản nhiệt, hiệu suất 140 lm/W, chỉ số hoàn màu trên 80. "
               "Bảo hành 3 năm.",
               "bộ", 1_450_000, 1_900_000,
               "Cho doanh nghiệp trong Khối thanh toán chậm 30 ngày", None, _TQ),
       ]),
    _e("Công ty Cổ phần Vận tải Hàng hóa Vĩnh Yên", "Vận tải Vĩnh Yên", "joint_stock", ["H"],
       "Số 56 đường Nguyễn Tất Thành", "Phường Vĩnh Yên", "0211 3862 314", "50-199", 1993,
       "https://vantaivinhyen.vn",
       "Vận chuyển hàng hóa cho các khu công nghiệp Khai Quang, Bình Xuyên, Bá Thiện và đưa đón công nhân. "
       "Đội xe 70 chiếc được bảo dưỡng định kỳ tại xưởng riêng của công ty.",
       [
           _dv("van-tai-duong-bo", "Vận chuyển linh kiện giữa các khu công nghiệp Vĩnh Phúc – Bắc Ninh",
               "Xe tải thùng kín 3,5–8 tấn chạy theo lịch cố định nhiều chuyến trong ngày. "
               "Phù hợp chuỗi cung ứng linh kiện điện tử, ô tô cần giao đúng giờ.",
               "chuyến", 1_800_000, 3_200_000,
               "Giảm 6% cho hợp đồng vận chuyển từ 3 tháng của doanh nghiệp trong Khối", 6,
               ("Phú Thọ", "Bắc Ninh", "Hà Nội", "Thái Nguyên")),
           _dv("van-tai-hanh-khach", "Xe đưa đón công nhân 45 chỗ",
               "Xe đời mới có điều hòa, camera và định vị, tài xế kinh nghiệm trên 5 năm. "
               "Chạy theo ca sản xuất, kể cả ca đêm.",
               "tháng", 38_000_000, 55_000_000, None, None, ("Phú Thọ",)),
           _dv("kho-bai-cang", "Kho trung chuyển hàng hóa tại Vĩnh Yên",
               "Kho 4.000 m² có kệ chứa hàng, xe nâng và phần mềm quản lý kho. "
               "Nhận lưu kho, chia tách và giao hàng theo đơn.",
               "m²/tháng", 55_000, 75_000, None, None, ("Phú Thọ",)),
           _dv("van-tai-duong-bo", "Dịch vụ vận tải hàng hóa xe tải trọng 1,25–5 tấn nội tỉnh",
               "Xe nhỏ giao hàng trong ngày trong phạm vi tỉnh, nhận hàng theo cuộc gọi. "
               "Cước tính theo chuyến hoặc theo km.",
               "chuyến", 450_000, 1_500_000, None, None, ("Phú Thọ",)),
       ]),
    _e("Hợp tác xã Chăn nuôi Bò sữa Yên Lạc", "HTX Bò sữa Yên Lạc", "cooperative", ["A", "C"],
       "Thôn Trung Hà", "Xã Yên Lạc", "0986 412 537", "10-49", 2012,
       None,
       "Hợp tác xã 85 hộ chăn nuôi với tổng đàn hơn 1.200 con bò sữa. "
       "Sữa được thu gom về trạm làm lạnh và chế biến thành sữa thanh trùng, sữa chua cung cấp cho trường học và doanh nghiệp.",
       [
           _sp("do-uong", "Sữa bò tươi thanh trùng chai 1 lít",
               "Sữa nguyên chất không pha, thanh trùng ở 75 độ C, bảo quản lạnh 7 ngày. "
               "Giao hằng ngày cho căng tin và bếp ăn.",
               "chai", 38_000, 42_000,
               "Giảm 8% cho căng tin doanh nghiệp trong Khối đặt theo tháng", 8, ("Phú Thọ", "Hà Nội")),
           _sp("do-uong", "Sữa chua ăn từ sữa bò tươi",
               "Hũ 100 g, lên men tự nhiên, ít đường. "
               "Thùng 48 hũ.",
               "hũ", 6_000, 7_000, None, None, ("Phú Thọ", "Hà Nội")),
           _sp("giong-cay-con", "Bò sữa giống HF hậu bị",
               "Bò cái lai HF 12–15 tháng tuổi, đã tiêm phòng đầy đủ, có lý lịch giống. "
               "Hỗ trợ kỹ thuật chăm sóc sau bán.",
               "con", 35_000_000, 45_000_000,
               "Giảm 7% cho hợp tác xã, doanh nghiệp trong Khối mua từ 10 con", 7, ("Phú Thọ", "Hà Nội", "Thái Nguyên")),
           _sp("phan-bon", "Phân bò ủ hoai",
               "Phân bò ủ với men vi sinh 60 ngày, không mùi, dùng bón cây ăn quả và rau. "
               "Bao 30 kg.",
               "tấn", 1_500_000, 1_900_000, None, None, ("Phú Thọ",)),
       ]),
    _e("Công ty Cổ phần Du lịch Sinh thái Đại Lải", "Du lịch Đại Lải", "joint_stock", ["I", "N"],
       "Khu du lịch hồ Đại Lải", "Phường Xuân Hòa", "0211 3598 266", "200-499", 2004,
       "https://dulichdailai.vn",
       "Khu nghỉ dưỡng ven hồ Đại Lải với 180 phòng, 40 biệt thự và trung tâm hội nghị 800 chỗ. "
       "Cách trung tâm Hà Nội khoảng 45 km, phù hợp hội nghị, tập huấn và du lịch cuối tuần của doanh nghiệp.",
       [
           _dv("khach-san-luu-tru", "Biệt thự nghỉ dưỡng ven hồ Đại Lải",
               "Biệt thự 3–4 phòng ngủ có bể bơi riêng, sân vườn và khu nướng ngoài trời. "
               "Giá đã gồm bữa sáng.",
               "căn/đêm", 6_500_000, 12_000_000,
               "Giảm 20% ngày thường cho cán bộ, người lao động doanh nghiệp trong Khối", 20, ("Phú Thọ",)),
           _dv("to-chuc-hoi-nghi-su-kien", "Hội trường 800 chỗ cho hội nghị, giao ban",
               "Hội trường có màn hình LED, phiên dịch cabin và phòng họp vệ tinh. "
               "Trọn gói gồm tiệc trà và ăn trưa.",
               "khách", 550_000, 850_000, None, None, ("Phú Thọ",)),
           _dv("tour-du-lich", "Chương trình gắn kết đội ngũ tại hồ Đại Lải",
               "Trò chơi trên bãi cỏ, chèo thuyền và đêm gala có ban nhạc. "
               "Thiết kế kịch bản theo chủ đề của doanh nghiệp.",
               "khách", 950_000, 1_600_000, None, None, ("Phú Thọ",)),
           _dv("suat-an-nha-hang", "Tiệc buffet và tiệc đứng cho sự kiện",
               "Thực đơn Á – Âu từ 40 món, đầu bếp phục vụ tại chỗ. "
               "Nhận tiệc từ 50 khách.",
               "khách", 350_000, 650_000, None, None, ("Phú Thọ",)),
       ]),
    _e("Công ty TNHH Tư vấn Xây dựng Liễn Sơn", "Tư vấn Liễn Sơn", "limited", ["M"],
       "Số 21 đường Mê Linh", "Phường Vĩnh Yên", "0211 3722 508", "10-49", 2009,
       None,
       "Tổ chức tư vấn thiết kế và giám sát xây dựng có chứng chỉ năng lực hạng II. "
       "Công ty đã tư vấn hơn 150 dự án nhà xưởng, trường học và đường giao thông trong tỉnh.",
       [
           _dv("tu-van-thiet-ke-giam-sat", "Thiết kế kiến trúc, kết cấu nhà xưởng",
               "Lập hồ sơ thiết kế cơ sở, thiết kế kỹ thuật và bản vẽ thi công, tính toán kết cấu bằng phần mềm chuyên dụng. "
               "Thời gian hoàn thành 20–30 ngày.",
               "m²", 25_000, 60_000,
               "Giảm 10% phí thiết kế cho doanh nghiệp trong Khối", 10, ("Phú Thọ", "Hà Nội")),
           _dv("tu-van-thiet-ke-giam-sat", "Giám sát thi công xây dựng công trình",
               "Kỹ sư giám sát thường trực tại công trường, lập nhật ký và biên bản nghiệm thu theo Nghị định 06/2021/NĐ-CP. "
               "Phí tính theo tỷ lệ giá trị xây lắp.",
               "hợp đồng", None, None,
               "Giảm 5% phí dịch vụ cho doanh nghiệp trong Khối", 5, ("Phú Thọ",)),
           _dv("tu-van-phap-ly", "Lập hồ sơ xin giấy phép xây dựng",
               "Chuẩn bị bản vẽ, thuyết minh và đại diện nộp hồ sơ tại cơ quan cấp phép. "
               "Theo dõi đến khi có giấy phép.",
               "hồ sơ", 5_000_000, 15_000_000, None, None, ("Phú Thọ",)),
           _dv("kiem-dinh-thi-nghiem", "Kiểm định chất lượng công trình hiện hữu",
               "Khảo sát, thí nghiệm vật liệu và đánh giá khả năng chịu lực trước khi cải tạo, nâng tầng. "
               "Báo cáo kèm đề xuất gia cố.",
               "công trình", 20_000_000, 80_000_000, None, None, ("Phú Thọ", "Hà Nội")),
       ]),
    _e("Công ty Cổ phần Xây lắp Điện Phúc Thành", "Xây lắp Điện Phúc Thành", "joint_stock", ["F"],
       "Số 8 đường Hùng Vương", "Phường Vĩnh Yên", "0211 3846 725", "50-199", 2002,
       "https://xaylapdienphucthanh.vn",
       "Xây lắp đường dây và trạm biến áp đến cấp điện áp 35 kV cho khu công nghiệp và khu đô thị. "
       "Công ty có phòng thí nghiệm điện và đội thi công hotline.",
       [
           _dv("lap-dat-co-dien", "Xây lắp đường dây và trạm biến áp đến 35 kV",
               "Thi công trọn gói từ khảo sát, xin thỏa thuận đấu nối đến đóng điện nghiệm thu. "
               "Thực hiện cả trạm treo, trạm kios và trạm xây.",
               "hợp đồng", None, None,
               "Miễn phí khảo sát và lập phương án cấp điện cho doanh nghiệp trong Khối", None,
               ("Phú Thọ", "Hà Nội", "Thái Nguyên")),
           _dv("kiem-dinh-thi-nghiem", "Thí nghiệm, hiệu chỉnh thiết bị điện định kỳ",
               "Thí nghiệm máy biến áp, cáp lực, tủ trung thế và hệ thống nối đất theo quy định của ngành điện. "
               "Cấp biên bản thí nghiệm trong 3 ngày.",
               "trạm", 3_500_000, 8_000_000, None, None, ("Phú Thọ", "Hà Nội")),
           _sp("thiet-bi-dong-cat", "Tủ điện phân phối hạ thế 400A",
               "Tủ thép sơn tĩnh điện, aptomat tổng và nhánh, đồng hồ đo đếm. "
               "Lắp ráp tại xưởng, thử nghiệm trước khi giao.",
               "tủ", 35_000_000, 65_000_000, None, None, _MIEN_BAC),
           _sp("den-chieu-sang", "Cột đèn chiếu sáng đường phố mạ kẽm 8 m",
               "Cột thép bát giác mạ kẽm nhúng nóng, kèm cần đèn và móng bu lông. "
               "Lắp bộ đèn LED 100–150 W theo yêu cầu.",
               "cột", 6_800_000, 9_500_000,
               "Giảm 4% cho dự án của doanh nghiệp trong Khối", 4, _MIEN_BAC),
       ]),
    _e("Công ty TNHH Cơ khí Đúc Tề Lỗ", "Cơ khí Tề Lỗ", "limited", ["C"],
       "Cụm công nghiệp Tề Lỗ", "Xã Yên Lạc", "0211 3857 316", "10-49", 2010,
       None,
       "Cơ sở đúc gang, đúc nhôm có truyền thống lâu năm tại làng nghề Tề Lỗ. "
       "Sản phẩm gồm nắp hố ga, song chắn rác và chi tiết máy đúc theo mẫu.",
       [
           _sp("gia-cong-co-khi", "Nắp hố ga gang cầu tải trọng 40 tấn",
               "Nắp tròn và vuông đúc gang cầu, đạt EN 124 cấp D400, có bản lề và khóa chống trộm. "
               "Dùng cho đường giao thông, khu công nghiệp.",
               "bộ", 1_800_000, 3_200_000, None, None, _MIEN_BAC),
           _sp("gia-cong-co-khi", "Song chắn rác gang đúc",
               "Song chắn rác thoát nước mặt đường, kích thước 300x900 mm và 400x1.000 mm. "
               "Nhận đúc theo bản vẽ của chủ đầu tư.",
               "bộ", 900_000, 1_600_000,
               "Giảm 5% cho công trình của doanh nghiệp trong Khối", 5, _MIEN_BAC),
           _sp("gia-cong-co-khi", "Đúc gang chi tiết máy theo mẫu",
               "Đúc gang xám, gang cầu các chi tiết bánh đà, vỏ bơm, bệ máy đến 2 tấn. "
               "Gia công cơ khí hoàn thiện sau đúc.",
               "kg", 35_000, 65_000, None, None, _TQ),
           _sp("thep-xay-dung", "Lưới thép B40 mạ kẽm",
               "Lưới mắt cáo sợi 2,7 mm, ô 50x50 mm, cuộn cao 1,2–2,4 m. "
               "Dùng làm hàng rào nhà xưởng, trang trại.",
               "m²", 28_000, 45_000, None, None, ("Phú Thọ", "Hà Nội")),
       ]),
    _e("Công ty Cổ phần Bao bì Vĩnh Tường", "Bao bì Vĩnh Tường", "joint_stock", ["C"],
       "Cụm công nghiệp Vĩnh Tường", "Xã Vĩnh Tường", "0211 3838 642", "50-199", 2006,
       "https://baobivinhtuong.vn",
       "Sản xuất thùng carton 3, 5, 7 lớp và tem nhãn cho các doanh nghiệp linh kiện, thực phẩm. "
       "Dây chuyền sóng tự động và máy in flexo 4 màu cho phép giao hàng nhanh.",
       [
           _sp("bao-bi-carton", "Thùng carton 5 lớp in flexo theo yêu cầu",
               "Giấy kraft sóng BC, chịu nén cạnh trên 7 kN/m, in 1–4 màu. "
               "Thời gian giao 5–7 ngày kể từ khi duyệt mẫu.",
               "thùng", 6_500, 18_000,
               "Miễn phí khuôn bế cho đơn hàng đầu của doanh nghiệp trong Khối", None,
               ("Phú Thọ", "Hà Nội", "Bắc Ninh", "Thái Nguyên")),
           _sp("bao-bi-carton", "Vách ngăn carton cho linh kiện điện tử",
               "Vách ngăn cài ô theo kích thước sản phẩm, chống va đập khi vận chuyển. "
               "Có loại carton chống tĩnh điện.",
               "bộ", 1_500, 6_000, None, None, ("Phú Thọ", "Bắc Ninh")),
           _sp("bao-bi-carton", "Pallet giấy tổ ong xuất khẩu",
               "Pallet giấy chịu tải 800 kg, không cần hun trùng khi xuất khẩu. "
               "Kích thước 1.000x1.200 mm hoặc theo yêu cầu.",
               "chiếc", 150_000, 280_000,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, _TQ),
           _sp("tem-nhan", "Tem nhãn decal in mã vạch",
               "Decal giấy và decal nhựa PVC, in nhiệt hoặc in offset, cuộn lõi 76 mm. "
               "Phù hợp quản lý kho và dán thùng hàng.",
               "cuộn", 65_000, 180_000, None, None, _TQ),
       ]),
]

_HANAM = [
    _e("Công ty Cổ phần Xi măng Liên Sơn", "Xi măng Liên Sơn", "joint_stock", ["C", "B"],
       "Thôn Bồng Lạng", "Xã Thanh Liêm", "0226 3882 415", "500+", 2005,
       "https://ximanglienson.vn",
       "Nhà máy xi măng lò quay công suất 1,8 triệu tấn/năm nằm trong vùng nguyên liệu đá vôi phía Tây sông Đáy. "
       "Sản phẩm giao bằng đường bộ, đường sắt và đường thủy tới các tỉnh đồng bằng Bắc Bộ.",
       [
           _sp("xi-mang", "Xi măng PCB40 Liên Sơn bao KPK",
               "Xi măng poóc lăng hỗn hợp đạt TCVN 6260:2020, bao KPK 50 kg chống ẩm. "
               "Phù hợp bê tông dân dụng và công nghiệp.",
               "tấn", 1_320_000, 1_420_000,
               "Giảm 30.000 đồng/tấn cho doanh nghiệp trong Khối mua từ 100 tấn/tháng", 2, _MIEN_BAC),
           _sp("xi-mang", "Xi măng bền sunfat PCB40-BS cho công trình ven biển",
               "Xi măng có hàm lượng C3A thấp, chống ăn mòn sunfat theo TCVN 7711:2013. "
               "Dùng cho kè biển, cảng, công trình thủy lợi.",
               "tấn", 1_520_000, 1_620_000, None, None, _TQ),
           _sp("xi-mang", "Xi măng xây trát MC25",
               "Xi măng chuyên dùng cho vữa xây trát, độ dẻo cao, hạn chế nứt chân chim. "
               "Bao 40 kg.",
               "tấn", 1_150_000, 1_250_000, None, None, _MIEN_BAC),
           _sp("be-tong-cau-kien", "Bột khoáng xỉ lò cao nghiền mịn",
               "Phụ gia khoáng cho bê tông và xi măng, tăng độ bền và giảm nhiệt thủy hóa. "
               "Giao xe bồn rời.",
               "tấn", 750_000, 900_000, None, None, ("Ninh Bình", "Hà Nội", "Hưng Yên")),
       ]),
    _e("Công ty Cổ phần Đá xây dựng Kim Bảng", "Đá Kim Bảng", "joint_stock", ["B"],
       "Thôn Bút Sơn", "Phường Kim Bảng", "0226 3819 534", "200-499", 1999,
       None,
       "Khai thác và chế biến đá vôi xây dựng tại mỏ có trữ lượng được cấp phép đến năm 2040. "
       "Hai dây chuyền nghiền sàng công suất 1,2 triệu m³/năm, có bến thủy trên sông Đáy.",
       [
           _sp("da-xay-dung", "Đá 1x2 xay từ đá vôi",
               "Đá dăm kích thước 10–20 mm, sạch bụi, đạt TCVN 7570:2006 cho bê tông. "
               "Giao bằng xe ben hoặc sà lan.",
               "m³", 240_000, 300_000,
               "Giảm 5% và ưu tiên xếp xe cho doanh nghiệp trong Khối", 5, ("Ninh Bình", "Hà Nội", "Hưng Yên")),
           _sp("da-xay-dung", "Đá hộc xây kè",
               "Đá kích thước 20–40 cm, dùng xây kè sông, tường chắn và móng công trình. "
               "Giao tại mỏ hoặc tại bến.",
               "m³", 180_000, 230_000,
               "Giảm 3% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 3, ("Ninh Bình", "Hà Nội")),
           _sp("da-xay-dung", "Cấp phối đá dăm loại 1 làm móng đường",
               "Cấp phối Dmax 25 mm đạt TCVN 8859:2011, độ ẩm phù hợp cho lu lèn. "
               "Cung cấp cho các dự án giao thông.",
               "m³", 210_000, 260_000, None, None, ("Ninh Bình", "Hà Nội", "Hưng Yên")),
           _sp("da-xay-dung", "Bột đá vôi nghiền mịn",
               "Bột đá trắng hàm lượng CaCO3 trên 97%, cỡ hạt theo yêu cầu. "
               "Dùng cho sản xuất sơn, nhựa, thức ăn chăn nuôi.",
               "tấn", 450_000, 900_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Thực phẩm Đồng Văn", "Thực phẩm Đồng Văn", "joint_stock", ["C"],
       "Lô D5 Khu công nghiệp Đồng Văn II", "Phường Duy Tiên", "0226 3583 706", "200-499", 2012,
       "https://thucphamdongvan.vn",
       "Chế biến thịt nguội, xúc xích và nước uống đóng bình trên dây chuyền đạt ISO 22000 và HACCP. "
       "Sản phẩm có mặt tại hệ thống siêu thị và bếp ăn công nghiệp các tỉnh phía Bắc.",
       [
           _sp("thit-che-bien", "Xúc xích thịt lợn tiệt trùng",
               "Xúc xích làm từ thịt lợn tươi, tiệt trùng ở 121 độ C, bảo quản nhiệt độ thường 6 tháng. "
               "Gói 5 cây 175 g.",
               "gói", 22_000, 26_000, None, None, _TQ),
           _sp("thit-che-bien", "Thịt lợn xông khói cắt lát",
               "Ba chỉ lợn ướp gia vị, xông khói gỗ sồi, cắt lát đóng khay 200 g. "
               "Bảo quản lạnh 0–4 độ C trong 30 ngày.",
               "khay", 58_000, 68_000,
               "Giảm 7% cho nhà hàng, căng tin của doanh nghiệp trong Khối", 7, _MIEN_BAC),
           _sp("do-uong", "Nước tinh khiết đóng bình 20 lít",
               "Nước lọc RO và tiệt trùng tia cực tím, bình có nắp niêm phong. "
               "Giao tận văn phòng, nhà xưởng theo lịch.",
               "bình", 45_000, 60_000, None, None, ("Ninh Bình", "Hà Nội")),
           _sp("banh-keo", "Bánh quy bơ hộp thiếc 450 g",
               "Bánh quy nướng từ bơ và sữa, hộp thiếc in hình quà biếu. "
               "Nhận in hộp theo thương hiệu doanh nghiệp với đơn từ 2.000 hộp.",
               "hộp", 85_000, 110_000,
               "Cho doanh nghiệp trong Khối thanh toán chậm 30 ngày", None, _TQ),
       ]),
    _e("Hợp tác xã Chăn nuôi Lợn sạch Lý Nhân", "HTX Lợn sạch Lý Nhân", "cooperative", ["A"],
       "Thôn Đại Hoàng", "Xã Lý Nhân", "0968 253 714", "10-49", 2015,
       None,
       "Hợp tác xã liên kết 60 hộ chăn nuôi lợn theo quy trình VietGAHP và trồng chuối ngự đặc sản ven sông Hồng. "
       "Sản phẩm được bao tiêu bởi các doanh nghiệp chế biến và bếp ăn tập thể.",
       [
           _sp("thit-che-bien", "Thịt lợn sạch nuôi theo chuẩn VietGAHP",
               "Lợn nuôi bằng thức ăn có nguồn gốc rõ ràng, không chất tạo nạc, giết mổ tại lò được kiểm soát. "
               "Giao thịt mảnh hoặc pha lóc theo đơn.",
               "kg", 80_000, 130_000,
               "Giảm 5% cho bếp ăn tập thể doanh nghiệp trong Khối", 5, ("Ninh Bình", "Hà Nội")),
           _sp("giong-cay-con", "Lợn giống lai ba máu",
               "Lợn con cai sữa 25–28 ngày tuổi, trọng lượng 7–9 kg, đã tiêm phòng dịch tả, tai xanh. "
               "Có giấy kiểm dịch.",
               "con", 1_600_000, 2_100_000, None, None, ("Ninh Bình", "Hưng Yên")),
           _sp("trai-cay", "Chuối ngự Đại Hoàng",
               "Chuối ngự đặc sản quả nhỏ, vỏ mỏng, thơm ngọt, có chỉ dẫn địa lý. "
               "Nải 1–1,5 kg, thường dùng làm lễ và quà biếu.",
               "nải", 70_000, 120_000, None, None, ("Ninh Bình", "Hà Nội")),
           _sp("thit-che-bien", "Trứng gà ta thả vườn",
               "Trứng gà ta nuôi thả vườn đồi, vỏ hồng, lòng đỏ đậm. "
               "Hộp 10 quả có tem ngày đẻ.",
               "hộp", 38_000, 45_000, None, None, ("Ninh Bình", "Hà Nội")),
       ]),
    _e("Công ty Cổ phần May Châu Giang", "May Châu Giang", "joint_stock", ["C"],
       "Số 120 đường Lê Công Thanh", "Phường Phủ Lý", "0226 3852 461", "500+", 2002,
       "https://maychaugiang.vn",
       "Doanh nghiệp may với 2.200 lao động, xuất khẩu áo jacket và quần âu sang Hoa Kỳ, Nhật Bản. "
       "Công ty nhận may đồng phục văn phòng, y tế và bảo hộ cho doanh nghiệp trong nước.",
       [
           _sp("dong-phuc-bao-ho", "Đồng phục văn phòng nam nữ",
               "Áo sơ mi, quần âu, chân váy và áo vest may đo theo size từng nhân viên. "
               "Vải chống nhăn, nhiều lựa chọn màu.",
               "bộ", 450_000, 1_200_000,
               "Miễn phí đo may tận nơi và giảm 8% cho doanh nghiệp trong Khối", 8, _TQ),
           _sp("dong-phuc-bao-ho", "Áo blouse y tế",
               "Vải kate silk kháng khuẩn, cổ bẻ hoặc cổ trụ, thêu tên bệnh viện. "
               "Đủ size từ S đến XXL.",
               "chiếc", 180_000, 260_000, None, None, _TQ),
           _sp("hang-may-mac", "Áo jacket chần bông",
               "Áo khoác hai lớp chần bông nhẹ, chống gió, hàng may theo tiêu chuẩn xuất khẩu. "
               "Nhận in thêu logo làm đồng phục mùa đông.",
               "chiếc", 390_000, 650_000,
               "Giảm 7% cho doanh nghiệp trong Khối ký hợp đồng từ 6 tháng", 7, _TQ),
           _sp("dong-phuc-bao-ho", "Áo phông đồng phục cổ bẻ",
               "Vải cá sấu cotton 4 chiều, in lụa hoặc thêu logo. "
               "Giao hàng 10 ngày cho đơn 300 chiếc.",
               "chiếc", 95_000, 160_000, None, None, _TQ),
       ]),
    _e("Hợp tác xã Dệt lụa Nha Xá", "HTX Lụa Nha Xá", "cooperative", ["C"],
       "Thôn Nha Xá", "Phường Duy Tiên", "0915 648 302", "10-49", 2009,
       None,
       "Làng nghề dệt lụa bên sông Hồng có lịch sử hơn 700 năm, hợp tác xã tập hợp 120 hộ dệt. "
       "Sản phẩm lụa tơ tằm, đũi và khăn lụa được bán tại Hà Nội và làm quà tặng đối ngoại.",
       [
           _sp("vai-soi", "Lụa tơ tằm Nha Xá khổ 90 cm",
               "Lụa dệt từ tơ tằm tự nhiên, mặt vải mịn, nhuộm màu thực vật. "
               "Dùng may áo dài, khăn và đồ trang trí.",
               "m", 220_000, 380_000, None, None, _TQ),
           _sp("vai-soi", "Khăn lụa quà tặng in logo",
               "Khăn lụa 90x90 cm đóng hộp giấy mỹ thuật, in hoặc thêu logo doanh nghiệp. "
               "Nhận đơn từ 50 chiếc.",
               "chiếc", 250_000, 450_000,
               "Tặng hộp quà cao cấp cho đơn hàng của doanh nghiệp trong Khối", None, _TQ),
           _sp("vai-soi", "Vải đũi tơ tằm mộc",
               "Vải đũi dày, mặt sợi thô tự nhiên, thích hợp may trang phục mùa hè. "
               "Khổ 1,1 m.",
               "m", 160_000, 240_000, None, None, _TQ),
           _sp("chan-ga-khan", "Bộ chăn ga lụa tơ tằm",
               "Vỏ chăn, ga trải giường và hai vỏ gối bằng lụa tơ tằm, khâu tay viền. "
               "Kích thước 1,6 x 2 m và 1,8 x 2 m.",
               "bộ", 3_500_000, 5_800_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Kết cấu Thép Châu Sơn", "Kết cấu Thép Châu Sơn", "joint_stock", ["C", "F"],
       "Lô A3 Khu công nghiệp Châu Sơn", "Phường Châu Sơn", "0226 3841 953", "200-499", 2006,
       "https://ketcauthepchauson.vn",
       "Thiết kế, chế tạo và lắp dựng nhà thép tiền chế với năng lực 12.000 tấn thép/năm. "
       "Công ty cung cấp thép xây dựng, xà gồ và tôn lợp trọn bộ cho công trình.",
       [
           _sp("ket-cau-thep", "Nhà thép tiền chế khẩu độ 30 m",
               "Khung thép tổ hợp tiết diện thay đổi, mái tôn cách nhiệt, thiết kế theo TCVN 5575:2012. "
               "Trọn gói thiết kế, chế tạo và lắp dựng.",
               "m²", 1_200_000, 1_650_000,
               "Giảm 5% giá trị phần khung thép cho doanh nghiệp trong Khối", 5, _MIEN_BAC),
           _sp("ket-cau-thep", "Xà gồ thép mạ kẽm C, Z",
               "Xà gồ cán nguội dày 1,5–3 mm, mạ kẽm Z180, đột lỗ theo bản vẽ. "
               "Cắt theo chiều dài yêu cầu.",
               "kg", 24_000, 28_000,
               "Giảm 4% và cắt theo chiều dài miễn phí cho doanh nghiệp trong Khối", 4, _MIEN_BAC),
           _sp("thep-xay-dung", "Thép xây dựng cắt uốn sẵn theo bản vẽ",
               "Thép thanh vằn CB300 và CB400 được cắt, uốn sẵn theo bảng thống kê cốt thép của công trình. "
               "Giảm hao hụt và nhân công tại công trường.",
               "tấn", 15_600_000, 16_400_000, None, None, ("Ninh Bình", "Hà Nội", "Hưng Yên")),
           _sp("ket-cau-thep", "Tôn lợp mạ màu sóng vuông 0,45 mm",
               "Tôn mạ hợp kim nhôm kẽm phủ sơn, 5 sóng vuông, chiều dài cắt theo yêu cầu. "
               "Kèm vít bắn và phụ kiện diềm mái.",
               "m²", 105_000, 135_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty TNHH Điện tử Hoshino Việt Nam", "Điện tử Hoshino", "fdi", ["C"],
       "Lô C2 Khu công nghiệp Đồng Văn III", "Phường Duy Tiên", "0226 3589 120", "500+", 2015,
       "https://hoshino.com.vn",
       "Doanh nghiệp vốn Nhật Bản sản xuất linh kiện thụ động, vỏ nhựa và cụm dây dẫn cho thiết bị điện tử. "
       "Công ty đang tìm kiếm nhà cung cấp nội địa về bao bì, cơ khí và dịch vụ hỗ trợ.",
       [
           _sp("linh-kien-dien-tu", "Cuộn cảm và biến áp xung cho thiết bị điện tử",
               "Cuộn cảm lõi ferit quấn tự động, kiểm tra 100% thông số điện cảm. "
               "Sản xuất theo đơn hàng của nhà lắp ráp.",
               "chiếc", None, None, None, None, _TQ),
           _sp("linh-kien-dien-tu", "Vỏ nhựa ép phun cho thiết bị điện tử",
               "Ép phun nhựa ABS, PC chống cháy UL94 V0, máy ép 80–450 tấn. "
               "Hoàn thiện in lụa và sơn theo yêu cầu.",
               "chiếc", None, None,
               "Hỗ trợ chế tạo khuôn thử với chi phí ưu đãi cho doanh nghiệp trong Khối", None, _TQ),
           _sp("cap-dien", "Cụm dây cáp điện kết nối bo mạch",
               "Cáp dẹt, cáp tín hiệu bấm đầu nối, chiều dài và số lõi theo bản vẽ. "
               "Kiểm tra thông mạch tự động.",
               "chiếc", 3_000, 25_000, None, None, _TQ),
           _sp("linh-kien-dien-tu", "Bộ cảm biến nhiệt độ cho thiết bị gia dụng",
               "Cảm biến NTC bọc epoxy, dải đo âm 40 đến 125 độ C. "
               "Dùng cho điều hoà, tủ lạnh và bình nóng lạnh.",
               "chiếc", 6_000, 15_000,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, _TQ),
       ]),
    _e("Công ty TNHH Du lịch Ngũ Động Sơn", "Du lịch Ngũ Động Sơn", "limited", ["N", "I"],
       "Số 36 đường Trần Phú", "Phường Phủ Lý", "0226 3855 247", "50-199", 2016,
       "https://dulichngudongson.vn",
       "Lữ hành nội địa và quốc tế, thế mạnh là tour tâm linh, tham quan hang động vùng núi Kim Bảng. "
       "Công ty tổ chức đoàn nghỉ mát, hội nghị kết hợp du lịch cho công đoàn doanh nghiệp.",
       [
           _dv("tour-du-lich", "Tour chùa Tam Chúc – Ngũ Động Sơn 1 ngày",
               "Đón đoàn tại Phủ Lý hoặc Hà Nội, đi thuyền trên hồ Tam Chúc, thăm hang Ngũ Động. "
               "Giá gồm xe, thuyền, vé tham quan, ăn trưa và hướng dẫn viên.",
               "khách", 650_000, 950_000,
               "Giảm 10% cho đoàn công đoàn doanh nghiệp trong Khối từ 30 khách", 10, ("Ninh Bình", "Hà Nội")),
           _dv("tour-du-lich", "Tour Đà Nẵng – Hội An 4 ngày 3 đêm cho đoàn doanh nghiệp",
               "Bay khứ hồi, nghỉ khách sạn 4 sao, thăm Bà Nà, phố cổ Hội An và bán đảo Sơn Trà. "
               "Có đêm tiệc giao lưu và chương trình gắn kết đội ngũ trên bãi biển.",
               "khách", 7_900_000, 11_500_000, None, None, _TQ),
           _dv("khach-san-luu-tru", "Phòng khách sạn tiêu chuẩn 3 sao tại Phủ Lý",
               "Phòng đôi 25 m², bữa sáng, chỗ đỗ xe rộng cho đoàn xe khách. "
               "Giá ưu đãi cho chuyên gia, cán bộ công tác dài ngày.",
               "phòng/đêm", 550_000, 750_000, None, None, ("Ninh Bình",)),
           _dv("to-chuc-hoi-nghi-su-kien", "Hội nghị kết hợp tham quan cho công đoàn",
               "Hội trường 200 chỗ, chương trình tham quan nửa ngày và tiệc tối. "
               "Thiết kế theo ngân sách của từng đơn vị.",
               "khách", 900_000, 1_600_000, None, None, ("Ninh Bình", "Hà Nội")),
       ]),
    _e("Công ty Cổ phần Vận tải và Dịch vụ Phủ Lý", "Vận tải Phủ Lý", "joint_stock", ["H"],
       "Số 2 đường Lê Hoàn", "Phường Phủ Lý", "0226 3851 708", "50-199", 1994,
       None,
       "Vận tải xi măng, clinker, thiết bị nhà máy và đưa đón công nhân các khu công nghiệp Đồng Văn, Châu Sơn. "
       "Công ty có xưởng bảo dưỡng xe đạt chuẩn và nhận sửa chữa xe cho doanh nghiệp khác.",
       [
           _dv("van-tai-duong-bo", "Vận tải xi măng rời bằng xe bồn tải trọng 30 tấn",
               "Xe bồn chuyên dùng có máy nén khí xả hàng, vận chuyển xi măng rời từ nhà máy đến trạm trộn. "
               "Chạy 24/24 theo kế hoạch của khách hàng.",
               "tấn", 85_000, 160_000,
               "Giảm 4% cước cho doanh nghiệp trong Khối có sản lượng ổn định", 4, ("Ninh Bình", "Hà Nội", "Hưng Yên")),
           _dv("van-tai-tai-trong-lon", "Dịch vụ tải trọng lớn vận chuyển máy móc, thiết bị nhà máy",
               "Rơ moóc lùn và sàn phẳng chở máy ép, lò hơi, máy biến áp đến 60 tấn, kèm cẩu hạ tại chỗ. "
               "Khảo sát tuyến đường miễn phí.",
               "chuyến", None, None, None, None, _TQ),
           _dv("van-tai-hanh-khach", "Xe đưa đón công nhân khu công nghiệp Đồng Văn",
               "Xe 29 và 45 chỗ chạy theo ca, có phần mềm điểm danh công nhân lên xe. "
               "Hợp đồng tháng hoặc năm.",
               "tháng", 32_000_000, 52_000_000,
               "Miễn phí khảo sát tuyến đón trả cho doanh nghiệp trong Khối", None, ("Ninh Bình",)),
           _dv("sua-chua-bao-duong", "Bảo dưỡng, sửa chữa xe tải và xe khách",
               "Bảo dưỡng định kỳ, sửa chữa động cơ, gầm và điện xe, có phòng sơn sấy. "
               "Nhận hợp đồng bảo dưỡng cho đội xe doanh nghiệp.",
               "giờ công", 250_000, 350_000, None, None, ("Ninh Bình",)),
       ]),
    _e("Công ty TNHH Công nghệ và Truyền thông Sông Đáy", "Công nghệ Sông Đáy", "limited", ["J"],
       "Số 68 đường Biên Hòa", "Phường Phủ Lý", "0973 125 846", "10-49", 2013,
       "https://congnghesongday.vn",
       "Đại lý chữ ký số, hóa đơn điện tử và tư vấn chuyển đổi số cho doanh nghiệp vừa và nhỏ. "
       "Đội kỹ thuật hỗ trợ cài đặt tận nơi trong ngày.",
       [
           _dv("chuyen-doi-so", "Chữ ký số cho doanh nghiệp thời hạn 3 năm",
               "Chứng thư số dùng kê khai thuế, hải quan, bảo hiểm xã hội và ký hợp đồng điện tử. "
               "Giao thiết bị ký và cài đặt miễn phí.",
               "gói", 2_200_000, 2_800_000,
               "Tặng thêm 6 tháng sử dụng cho doanh nghiệp trong Khối", None, _TQ),
           _dv("chuyen-doi-so", "Hóa đơn điện tử có mã của cơ quan thuế",
               "Gói hóa đơn từ 300 đến 5.000 số, mẫu hóa đơn thiết kế theo nhận diện doanh nghiệp. "
               "Kết nối phần mềm kế toán thông dụng.",
               "gói", 400_000, 4_500_000, None, None, _TQ),
           _dv("phan-mem-quan-ly", "Phần mềm quản lý bán hàng và kho",
               "Quản lý nhập xuất tồn, công nợ khách hàng, in hóa đơn và báo cáo doanh thu theo ngày. "
               "Dùng trên máy tính và điện thoại.",
               "gói/năm", 3_000_000, 9_000_000, None, None, _TQ),
           _dv("thiet-ke-website", "Thiết kế website bán hàng",
               "Website có giỏ hàng, thanh toán trực tuyến và tối ưu tìm kiếm. "
               "Bàn giao trong 3 tuần.",
               "gói", 12_000_000, 28_000_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Đồ gỗ Bình Lục", "Đồ gỗ Bình Lục", "limited", ["C"],
       "Cụm công nghiệp An Đổ", "Xã Bình Lục", "0226 3864 592", "50-199", 2008,
       None,
       "Xưởng sản xuất đồ gỗ nội thất từ gỗ tự nhiên và gỗ công nghiệp với máy CNC và dây chuyền sơn PU. "
       "Sản phẩm cung cấp cho khách sạn, văn phòng và xuất khẩu sang Hàn Quốc.",
       [
           _sp("noi-that-gia-dinh", "Đồ gỗ nội thất phòng khách gỗ xoan đào",
               "Bộ bàn ghế phòng khách và kệ tivi gỗ xoan đào tự nhiên, sơn PU màu cánh gián. "
               "Bảo hành mối mọt 5 năm.",
               "bộ", 28_000_000, 55_000_000,
               "Giảm 10% và vận chuyển miễn phí trong bán kính 100 km cho doanh nghiệp trong Khối", 10, _MIEN_BAC),
           _sp("noi-that-gia-dinh", "Giường ngủ gỗ sồi 1,8 x 2 m",
               "Gỗ sồi nhập khẩu sấy kỹ, liên kết mộng chắc chắn, có ngăn kéo dưới. "
               "Phù hợp khách sạn và nhà công vụ.",
               "chiếc", 7_500_000, 11_000_000,
               "Giảm 3% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 3, _MIEN_BAC),
           _sp("noi-that-van-phong", "Bàn giám đốc gỗ tự nhiên",
               "Bàn chữ L kèm tủ phụ, gỗ lim hoặc gỗ sồi, mặt bàn dày 5 cm. "
               "Thiết kế theo kích thước phòng làm việc.",
               "bộ", 18_000_000, 45_000_000, None, None, _MIEN_BAC),
           _sp("go-nguyen-lieu", "Ván ép phủ phim làm cốp pha",
               "Ván ép bạch đàn 18 mm phủ phim chống nước hai mặt, tái sử dụng 8–12 lần. "
               "Khổ 1.220 x 2.440 mm.",
               "tấm", 330_000, 420_000, None, None, _MIEN_BAC),
       ]),
]

_PHUTHO = [
    _e("Công ty Cổ phần Chè Long Phú", "Chè Long Phú", "joint_stock", ["A", "C"],
       "Khu 5 Long Cốc", "Xã Tân Sơn", "0210 3873 216", "200-499", 1980,
       "https://chelongphu.vn",
       "Vùng nguyên liệu chè 600 ha trên các đồi Long Cốc cùng nhà máy chế biến chè xanh, chè đen công suất 40 tấn búp tươi/ngày. "
       "Sản phẩm đạt chứng nhận VietGAP và được xuất khẩu sang Trung Đông, Nga.",
       [
           _sp("che", "Chè xanh Long Cốc túi 200 g",
               "Chè búp một tôm hai lá, sao suốt thủ công, nước xanh, vị chát dịu, hậu ngọt. "
               "Đóng túi hút chân không, hộp giấy.",
               "túi", 120_000, 180_000,
               "Giảm 12% cho đơn quà tặng của doanh nghiệp trong Khối", 12, _TQ),
           _sp("che", "Chè đen OTD xuất khẩu",
               "Chè đen chế biến theo phương pháp truyền thống, phân loại OP, FBOP, PS. "
               "Đóng bao 50 kg, giao hàng theo lô container.",
               "kg", 45_000, 75_000, None, None, _TQ),
           _sp("che", "Chè túi lọc hộp 25 gói",
               "Chè xanh và chè đen túi lọc 2 g, tiện dùng cho văn phòng và phòng họp. "
               "Thùng 48 hộp.",
               "hộp", 28_000, 35_000, None, None, _TQ),
           _sp("che", "Hộp quà chè Phú Thọ cao cấp",
               "Hộp gỗ gồm hai lọ chè đinh và chè móc câu, kèm bộ chén nhỏ. "
               "In logo doanh nghiệp trên nắp hộp với đơn từ 100 hộp.",
               "hộp", 450_000, 900_000,
               "Cho doanh nghiệp trong Khối thanh toán chậm 30 ngày", None, _TQ),
       ]),
    _e("Hợp tác xã Bưởi Đoan Hùng", "HTX Bưởi Đoan Hùng", "cooperative", ["A"],
       "Thôn Chí Đám", "Xã Đoan Hùng", "0978 314 625", "10-49", 2014,
       None,
       "Hợp tác xã 70 thành viên trồng bưởi đặc sản Sửu và Bằng Luân trên 95 ha đã được cấp mã số vùng trồng. "
       "Sản phẩm mang chỉ dẫn địa lý Đoan Hùng và đạt chứng nhận OCOP 4 sao.",
       [
           _sp("trai-cay", "Bưởi Sửu Chí Đám loại 1",
               "Quả 0,8–1,2 kg, múi vàng, ráo nước, vị ngọt thanh. "
               "Thu hoạch từ tháng 10 đến hết tháng Giêng, có tem truy xuất nguồn gốc.",
               "quả", 60_000, 90_000,
               "Giảm 10% cho đơn quà Tết của doanh nghiệp trong Khối", 10, _TQ),
           _sp("trai-cay", "Bưởi Bằng Luân",
               "Bưởi quả nhỏ, vỏ mỏng, tép giòn, bảo quản được lâu. "
               "Đóng thùng carton 10 quả.",
               "quả", 35_000, 55_000, None, None, _TQ),
           _sp("giong-cay-con", "Cây giống bưởi ghép Đoan Hùng",
               "Cây ghép mắt từ cây mẹ đầu dòng được công nhận, cao 60–80 cm. "
               "Hướng dẫn kỹ thuật trồng và chăm sóc.",
               "cây", 35_000, 50_000, None, None, _MIEN_BAC),
           _sp("banh-keo", "Mật ong hoa bưởi",
               "Mật ong thu từ đàn ong nuôi trong vườn bưởi vào mùa hoa tháng 2–3. "
               "Chai 500 ml.",
               "chai", 180_000, 220_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Giấy Phù Ninh", "Giấy Phù Ninh", "joint_stock", ["C"],
       "Khu 3", "Xã Phù Ninh", "0210 3829 164", "500+", 1982,
       "https://giayphuninh.vn",
       "Nhà máy giấy và bột giấy sử dụng gỗ keo, bồ đề trồng tại các tỉnh trung du. "
       "Sản phẩm gồm giấy in, giấy viết, giấy kraft và khăn giấy với tổng công suất 150.000 tấn/năm.",
       [
           _sp("giay-in", "Giấy in A4 định lượng 80 g/m²",
               "Độ trắng 96 ISO, bề mặt mịn, in hai mặt không lem. "
               "Ram 500 tờ, thùng 5 ram.",
               "ram", 78_000, 88_000,
               "Giảm 6% và giao hàng miễn phí cho doanh nghiệp trong Khối đặt từ 100 ram", 6, _TQ),
           _sp("bao-bi-carton", "Giấy kraft làm bao bì",
               "Giấy kraft nâu định lượng 125–200 g/m², độ bục cao, dùng sản xuất thùng carton. "
               "Cuộn khổ 1,2–2,4 m.",
               "tấn", 12_500_000, 15_000_000, None, None, _TQ),
           _sp("giay-in", "Giấy vệ sinh cuộn lớn công nghiệp",
               "Giấy hai lớp, cuộn 700 g dùng cho nhà xưởng, văn phòng, trung tâm thương mại. "
               "Thùng 12 cuộn.",
               "thùng", 280_000, 340_000,
               "Giảm 7% cho doanh nghiệp trong Khối ký hợp đồng từ 6 tháng", 7, _TQ),
           _sp("giay-in", "Giấy in báo và giấy in sách",
               "Giấy định lượng 45–70 g/m², cung cấp cho nhà in và nhà xuất bản. "
               "Giao cuộn hoặc ram theo yêu cầu.",
               "tấn", 16_000_000, 19_500_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Hóa chất Sông Lô", "Hóa chất Sông Lô", "joint_stock", ["C"],
       "Phố Hóa chất", "Phường Nông Trang", "0210 3846 572", "200-499", 1975,
       "https://hoachatsonglo.vn",
       "Sản xuất xút, axit clohydric và hóa chất xử lý nước bằng công nghệ điện phân màng trao đổi ion. "
       "Hệ thống quản lý an toàn hóa chất của công ty đáp ứng quy định của Luật Hóa chất.",
       [
           _sp("hoa-chat-cong-nghiep", "Xút lỏng NaOH 32%",
               "Dung dịch xút tinh khiết kỹ thuật dùng trong dệt nhuộm, giấy, xử lý nước. "
               "Giao bằng xe bồn chuyên dụng có biển cảnh báo.",
               "tấn", 4_200_000, 5_000_000, None, None, _MIEN_BAC),
           _sp("hoa-chat-cong-nghiep", "Axit clohydric HCl 32%",
               "Axit kỹ thuật dùng tẩy rỉ kim loại, tái sinh nhựa trao đổi ion. "
               "Đóng can 30 kg hoặc giao bồn.",
               "tấn", 2_600_000, 3_300_000, None, None, _MIEN_BAC),
           _sp("hoa-chat-cong-nghiep", "Phèn nhôm PAC xử lý nước",
               "Poly nhôm clorua dạng bột màu vàng, hàm lượng Al2O3 30%. "
               "Dùng cho nhà máy nước sạch và trạm xử lý nước thải.",
               "kg", 12_000, 16_000,
               "Giảm 5% và hỗ trợ thử nghiệm liều lượng cho doanh nghiệp trong Khối", 5, _TQ),
           _sp("hoa-chat-cong-nghiep", "Nước Javen NaClO 10% khử trùng",
               "Dung dịch khử trùng nước, vệ sinh chuồng trại và bể chứa. "
               "Can 25 kg.",
               "kg", 4_500, 6_500, None, None, _MIEN_BAC),
       ]),
    _e("Công ty Cổ phần Phân bón Hùng Vương", "Phân bón Hùng Vương", "joint_stock", ["C"],
       "Khu 9", "Xã Lâm Thao", "0210 3825 318", "500+", 1978,
       "https://phanbonhungvuong.vn",
       "Sản xuất phân lân, phân NPK và phân bón lá với tổng công suất 800.000 tấn/năm. "
       "Sản phẩm được nông dân các tỉnh phía Bắc tin dùng qua hệ thống hơn 1.500 đại lý.",
       [
           _sp("phan-bon", "Supe lân đơn 16% P2O5",
               "Phân lân dạng bột, tan trong nước, dùng bón lót cho lúa, ngô và cây công nghiệp. "
               "Bao 50 kg.",
               "tấn", 3_800_000, 4_300_000,
               "Giảm 4% cho hợp tác xã, doanh nghiệp trong Khối", 4, _TQ),
           _sp("phan-bon", "Phân NPK 5-10-3 bón lót",
               "Phân trộn dạng viên, bổ sung lưu huỳnh và silic, phù hợp đất bạc màu trung du. "
               "Bao 50 kg.",
               "tấn", 5_200_000, 5_900_000,
               "Chiết khấu 3% cho hợp tác xã và doanh nghiệp trong Khối", 3, _TQ),
           _sp("phan-bon", "Phân lân nung chảy",
               "Phân lân kiềm tính, giúp khử chua đất, cung cấp canxi và magie. "
               "Thích hợp cho chè, cây ăn quả trên đất dốc.",
               "tấn", 4_000_000, 4_600_000, None, None, _TQ),
           _sp("che-pham-sinh-hoc", "Phân bón lá sinh học cho chè",
               "Chứa axit amin, vi lượng và chất kích thích sinh trưởng có nguồn gốc tự nhiên. "
               "Chai 500 ml pha cho bình 16 lít.",
               "chai", 65_000, 85_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Dệt may Phong Châu", "Dệt may Phong Châu", "joint_stock", ["C"],
       "Số 19 đường Hùng Vương", "Phường Phong Châu", "0210 3833 627", "500+", 1996,
       None,
       "Doanh nghiệp dệt nhuộm và may với nhà máy sợi 40.000 cọc và hai xưởng may 1.500 lao động. "
       "Công ty cung cấp vải, sợi cho các nhà máy may và nhận gia công hàng xuất khẩu.",
       [
           _sp("vai-soi", "Vải thun cotton 4 chiều",
               "Vải dệt kim 95% cotton 5% spandex, định lượng 220 g/m², co giãn tốt. "
               "Nhuộm theo bảng màu của khách hàng.",
               "kg", 145_000, 175_000, None, None, _TQ),
           _sp("vai-soi", "Sợi polyester pha cotton Ne 40",
               "Sợi TC 65/35 se chặt, dùng dệt vải sơ mi và đồng phục. "
               "Đóng thùng 25 kg.",
               "kg", 52_000, 60_000, None, None, _TQ),
           _sp("dong-phuc-bao-ho", "Đồng phục công nhân nhà máy",
               "Áo quần vải kaki hoặc pangrim, có túi bút và phản quang theo yêu cầu. "
               "May theo size tiêu chuẩn hoặc số đo.",
               "bộ", 210_000, 300_000,
               "Giảm 7% cho doanh nghiệp trong Khối, đổi size miễn phí trong 30 ngày", 7, _TQ),
           _sp("hang-may-mac", "Gia công quần jean xuất khẩu",
               "Nhận gia công cắt may, giặt mài và hoàn thiện quần jean theo mẫu. "
               "Năng lực 150.000 sản phẩm/tháng.",
               "chiếc", None, None,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, _TQ),
       ]),
    _e("Công ty TNHH Chế biến Gỗ Thanh Sơn", "Gỗ Thanh Sơn", "limited", ["C", "A"],
       "Khu công nghiệp Thanh Sơn", "Xã Thanh Sơn", "0210 3873 905", "50-199", 2010,
       None,
       "Chế biến gỗ rừng trồng keo, bạch đàn thành ván bóc, gỗ ghép thanh và viên nén nhiên liệu. "
       "Nguyên liệu có chứng chỉ quản lý rừng bền vững FSC từ các hộ trồng rừng liên kết.",
       [
           _sp("go-nguyen-lieu", "Ván bóc keo, bạch đàn",
               "Ván bóc dày 1,5–3 mm, sấy đạt độ ẩm 12–15%, phân loại A, B, C. "
               "Cung cấp cho nhà máy ván ép.",
               "m³", 3_600_000, 4_500_000, None, None, _MIEN_BAC),
           _sp("go-nguyen-lieu", "Gỗ ghép thanh keo",
               "Gỗ ghép mộng răng cưa, keo chịu nước, mặt A/C, dày 12–25 mm. "
               "Dùng làm mặt bàn, cánh tủ, cầu thang.",
               "m³", 12_500_000, 15_500_000,
               "Giảm 5% cho xưởng nội thất thuộc doanh nghiệp trong Khối", 5, _TQ),
           _sp("go-nguyen-lieu", "Viên nén gỗ làm nhiên liệu lò hơi",
               "Viên nén đường kính 8 mm, nhiệt lượng trên 4.300 kcal/kg, độ tro dưới 1,5%. "
               "Giao bao jumbo 1 tấn.",
               "tấn", 2_700_000, 3_200_000, None, None, _MIEN_BAC),
           _sp("noi-that-truong-hoc", "Bàn ghế gỗ mầm non",
               "Bàn ghế gỗ cao su sơn màu an toàn cho trẻ em, góc cạnh bo tròn. "
               "Đáp ứng yêu cầu thiết bị của trường mầm non.",
               "bộ", 650_000, 1_100_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Thiết bị Điện Hòa Bình", "Thiết bị Điện Hòa Bình", "joint_stock", ["C"],
       "Số 25 đường Trần Hưng Đạo", "Phường Hòa Bình", "0210 3852 417", "200-499", 2001,
       "https://thietbidienhoabinh.vn",
       "Sản xuất máy biến áp phân phối, tủ điện và thiết bị chiếu sáng cho ngành điện và các khu công nghiệp. "
       "Công ty đặt nhà máy tại Hòa Bình, nay thuộc tỉnh Phú Thọ sau sắp xếp đơn vị hành chính năm 2025.",
       [
           _sp("may-bien-ap", "Máy biến áp phân phối 250 kVA – 22/0,4 kV",
               "Máy biến áp ba pha ngâm dầu, cuộn dây đồng, đạt TCVN 6306-1. "
               "Thử nghiệm xuất xưởng tại phòng thí nghiệm của công ty.",
               "chiếc", 195_000_000, 230_000_000,
               "Giảm 4% và miễn phí vận chuyển trong tỉnh cho doanh nghiệp trong Khối", 4, _MIEN_BAC),
           _sp("cap-dien", "Cáp điện trung thế treo 24 kV",
               "Cáp nhôm lõi thép bọc cách điện XLPE cho đường dây trên không. "
               "Cung cấp theo rulo 1.000 m.",
               "m", 95_000, 160_000, None, None, _TQ),
           _sp("thiet-bi-dong-cat", "Cầu dao phụ tải 24 kV",
               "Cầu dao ba pha lắp ngoài trời, cơ cấu đóng cắt nhanh, dập hồ quang bằng khí. "
               "Bảo hành 24 tháng.",
               "bộ", 28_000_000, 38_000_000,
               "Giảm 3% cho đơn hàng đầu tiên của doanh nghiệp trong Khối", 3, _TQ),
           _sp("den-chieu-sang", "Đèn đường LED 120 W",
               "Thân đèn nhôm đúc, chip LED hiệu suất cao, chống nước IP66. "
               "Tích hợp bộ điều khiển giảm công suất ban đêm.",
               "bộ", 2_600_000, 3_400_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Du lịch và Khách sạn Nghĩa Lĩnh", "Khách sạn Nghĩa Lĩnh", "joint_stock", ["I", "N"],
       "Số 1 đường Hòa Phong", "Phường Thanh Miếu", "0210 3817 452", "50-199", 2003,
       "https://khachsannghialinh.vn",
       "Khách sạn 3 sao 90 phòng tại trung tâm Việt Trì, có hội trường 300 chỗ và nhà hàng 500 khách. "
       "Công ty tổ chức tour về nguồn Đền Hùng và du lịch lòng hồ cho các đoàn doanh nghiệp.",
       [
           _dv("khach-san-luu-tru", "Khách sạn 3 sao tại trung tâm Việt Trì",
               "Phòng tiêu chuẩn và phòng cao cấp, bữa sáng, phòng tập thể hình. "
               "Cách Khu di tích lịch sử Đền Hùng 10 km.",
               "phòng/đêm", 650_000, 1_100_000,
               "Giảm 15% giá phòng cho cán bộ doanh nghiệp trong Khối đi công tác", 15, ("Phú Thọ",)),
           _dv("tour-du-lich", "Tour Đền Hùng – Ao Giời Suối Tiên 1 ngày",
               "Dâng hương tại Đền Hùng, tham quan khu du lịch Ao Giời Suối Tiên, thưởng thức đặc sản đất Tổ. "
               "Giá gồm xe, vé, ăn trưa và hướng dẫn viên.",
               "khách", 550_000, 850_000, None, None, ("Phú Thọ", "Hà Nội")),
           _dv("tour-du-lich", "Tour du lịch lòng hồ Hoà Bình 2 ngày 1 đêm",
               "Đi thuyền trên lòng hồ thủy điện, thăm động Thác Bờ, nghỉ nhà sàn bản Mường. "
               "Giá trọn gói cho đoàn từ 20 khách.",
               "khách", 1_450_000, 1_950_000, None, None, ("Phú Thọ", "Hà Nội")),
           _dv("to-chuc-hoi-nghi-su-kien", "Hội trường 300 chỗ cho hội nghị, giao ban",
               "Âm thanh, máy chiếu, màn hình LED, phòng họp báo và khu đón tiếp. "
               "Trọn gói gồm tiệc trà và bữa trưa.",
               "khách", 350_000, 550_000, None, None, ("Phú Thọ",)),
       ]),
    _e("Công ty Cổ phần Xây dựng Công trình Giao thông Hùng Lô", "Giao thông Hùng Lô", "joint_stock", ["F"],
       "Số 2098 đại lộ Hùng Vương", "Phường Vân Phú", "0210 3951 683", "200-499", 1972,
       None,
       "Nhà thầu giao thông có trạm trộn bê tông nhựa 120 tấn/giờ và đội máy thi công đường, cầu. "
       "Công ty đã tham gia nhiều dự án quốc lộ, đường tỉnh và hạ tầng khu công nghiệp trung du.",
       [
           _dv("ha-tang-giao-thong", "Thi công mặt đường bê tông nhựa",
               "Rải thảm bê tông nhựa nóng dày 5–7 cm bằng máy rải và lu rung, kiểm tra độ chặt tại hiện trường. "
               "Phù hợp đường nội bộ khu công nghiệp và đường đô thị.",
               "m²", 180_000, 260_000,
               "Giảm 5% giá trị hợp đồng cho doanh nghiệp trong Khối", 5, ("Phú Thọ", "Hà Nội", "Thái Nguyên")),
           _dv("ha-tang-giao-thong", "Thi công cầu bê tông cốt thép nông thôn",
               "Cầu dầm bản và dầm T khẩu độ đến 33 m, móng cọc khoan nhồi. "
               "Thi công theo hồ sơ thiết kế được duyệt.",
               "hợp đồng", None, None,
               "Giảm 10% hợp đồng đầu tiên cho doanh nghiệp trong Khối", 10, ("Phú Thọ",)),
           _sp("be-tong-cau-kien", "Bê tông nhựa nóng hạt trung",
               "Bê tông nhựa chặt BTNC 12,5 trộn tại trạm, nhiệt độ xuất xưởng 150–160 độ C. "
               "Giao bằng xe ben phủ bạt giữ nhiệt.",
               "tấn", 1_750_000, 2_050_000, None, None, ("Phú Thọ",)),
           _dv("ha-tang-giao-thong", "Cho thuê máy lu, máy rải, máy đào kèm người vận hành",
               "Máy lu rung 25 tấn, máy rải thảm, máy đào bánh xích 0,8 m³. "
               "Tính theo ca 8 giờ.",
               "ca", 3_500_000, 7_500_000, None, None, ("Phú Thọ",)),
       ]),
    _e("Công ty TNHH Cơ khí và Thiết bị Áp lực Bạch Hạc", "Cơ khí Bạch Hạc", "limited", ["C"],
       "Khu công nghiệp Thụy Vân", "Phường Bạch Hạc", "0210 3952 471", "50-199", 2004,
       None,
       "Chế tạo nồi hơi, bồn chứa áp lực và thiết bị nâng hạ cho các nhà máy giấy, hóa chất, thực phẩm. "
       "Xưởng có giấy chứng nhận đủ điều kiện chế tạo thiết bị áp lực.",
       [
           _sp("thiet-bi-nang-ha", "Nồi hơi đốt sinh khối 2 tấn hơi/giờ",
               "Nồi hơi ống lửa ống nước, đốt củi, trấu, viên nén gỗ, áp suất làm việc 10 bar. "
               "Kiểm định trước khi bàn giao, bảo hành 18 tháng.",
               "bộ", 650_000_000, 850_000_000, None, None, _TQ),
           _sp("thiet-bi-nang-ha", "Bồn chứa khí nén và bồn chứa hóa chất",
               "Bồn thép carbon và inox dung tích 1–50 m³, chế tạo theo TCVN 8366:2010. "
               "Thử áp lực thủy tĩnh 100%.",
               "bồn", None, None,
               "Miễn phí kiểm tra định kỳ năm đầu cho doanh nghiệp trong Khối", None, _MIEN_BAC),
           _sp("thiet-bi-nang-ha", "Cổng trục dầm đôi 10 tấn",
               "Cổng trục ngoài trời cho bãi thép, bãi cấu kiện bê tông, palăng điện. "
               "Thiết kế theo khẩu độ và chiều cao nâng yêu cầu.",
               "bộ", 450_000_000, 620_000_000, None, None, _MIEN_BAC),
           _dv("sua-chua-bao-duong", "Sửa chữa, cải tạo nồi hơi công nghiệp",
               "Thay ống lò, sửa buồng đốt, lắp bộ hâm nước tiết kiệm nhiên liệu. "
               "Làm việc cả ngày nghỉ để giảm thời gian dừng máy.",
               "hợp đồng", None, None,
               "Ưu tiên xếp lịch và giảm 6% cho doanh nghiệp trong Khối", 6, _MIEN_BAC),
       ]),
    _e("Quỹ Tín dụng Nhân dân Thanh Miếu", "QTDND Thanh Miếu", "cooperative", ["K"],
       "Số 48 đường Châu Phong", "Phường Thanh Miếu", "0210 3846 239", "10-49", 1996,
       None,
       "Tổ chức tín dụng là hợp tác xã với hơn 4.000 thành viên, hoạt động trên địa bàn phường và các xã lân cận. "
       "Quỹ cho vay vốn sản xuất, kinh doanh với thủ tục đơn giản và nhận tiền gửi tiết kiệm của thành viên.",
       [
           _dv("tin-dung-doanh-nghiep", "Cho vay vốn lưu động hộ kinh doanh, doanh nghiệp nhỏ",
               "Hạn mức đến 3 tỷ đồng, thời hạn đến 12 tháng, giải ngân trong 3 ngày làm việc. "
               "Lãi suất theo quy định từng thời kỳ.",
               "hồ sơ", None, None,
               "Giảm 0,5%/năm lãi suất cho thành viên là doanh nghiệp trong Khối", None, ("Phú Thọ",)),
           _dv("tin-dung-doanh-nghiep", "Cho vay mua sắm máy móc, phương tiện",
               "Tài trợ đến 70% giá trị máy móc, xe tải phục vụ sản xuất. "
               "Thời hạn đến 60 tháng, trả gốc lãi hằng tháng.",
               "hồ sơ", None, None, None, None, ("Phú Thọ",)),
           _dv("thanh-toan-bao-lanh", "Tiền gửi tiết kiệm có kỳ hạn",
               "Kỳ hạn từ 1 đến 36 tháng, lĩnh lãi cuối kỳ hoặc hằng tháng. "
               "Tiền gửi được bảo hiểm theo quy định.",
               "sổ", None, None, None, None, ("Phú Thọ",)),
           _dv("thanh-toan-bao-lanh", "Chuyển tiền, thu hộ tiền lương cho người lao động",
               "Chi trả lương qua tài khoản thành viên, chuyển tiền liên ngân hàng. "
               "Phí ưu đãi cho doanh nghiệp trả lương từ 50 người.",
               "giao dịch", 2_200, 11_000, None, None, ("Phú Thọ",)),
       ]),
]

_BACGIANG = [
    _e("Hợp tác xã Nông sản Lục Ngạn Xanh", "HTX Lục Ngạn Xanh", "cooperative", ["A"],
       "Thôn Kim Sơn", "Xã Lục Ngạn", "0982 617 354", "10-49", 2013,
       None,
       "Hợp tác xã 150 hộ thành viên trồng vải thiều, cam, bưởi trên diện tích 210 ha đạt chuẩn VietGAP và GlobalGAP. "
       "Vùng trồng đã được cấp mã số phục vụ xuất khẩu sang Nhật Bản, Hoa Kỳ và EU.",
       [
           _sp("trai-cay", "Vải thiều Lục Ngạn tươi đạt chuẩn VietGAP",
               "Quả chín đều, cùi dày, hạt nhỏ, thu hoạch từ cuối tháng 5 đến giữa tháng 7. "
               "Đóng thùng xốp 10 kg có đá lạnh, giao trong 24 giờ tới Hà Nội.",
               "kg", 25_000, 45_000,
               "Giảm 10% và giao tận nơi cho công đoàn doanh nghiệp trong Khối đặt trước mùa vụ", 10, _MIEN_BAC),
           _sp("trai-cay", "Vải thiều sấy khô nguyên quả",
               "Vải sấy lò than hoặc lò sấy nhiệt, cùi dẻo, ngọt đậm. "
               "Túi 1 kg, bảo quản 12 tháng.",
               "kg", 110_000, 160_000, None, None, _TQ),
           _sp("trai-cay", "Cam đường canh Lục Ngạn",
               "Cam vỏ mỏng, mọng nước, thu hoạch tháng 11 đến tháng 1. "
               "Đóng thùng carton 10 kg.",
               "kg", 22_000, 35_000,
               "Cho doanh nghiệp trong Khối thanh toán chậm 30 ngày", None, _MIEN_BAC),
           _sp("giong-cay-con", "Cây giống vải thiều ghép",
               "Cây ghép từ cây đầu dòng, cao 50–70 cm, bầu đất 15 cm. "
               "Cung cấp theo mùa trồng xuân và thu.",
               "cây", 25_000, 40_000, None, None, _MIEN_BAC),
       ]),
    _e("Công ty Cổ phần Chế biến Nông sản Lục Nam", "Nông sản Lục Nam", "joint_stock", ["C"],
       "Cụm công nghiệp Đồi Ngô", "Xã Lục Nam", "0204 3884 216", "200-499", 2004,
       "https://nongsanlucnam.vn",
       "Nhà máy chế biến vải thiều, rau quả đóng hộp và mì gạo với kho lạnh 3.000 tấn. "
       "Công ty bao tiêu sản phẩm cho hàng nghìn hộ trồng vải và rau màu trong tỉnh.",
       [
           _sp("trai-cay", "Vải thiều bóc vỏ cấp đông",
               "Vải tươi bóc vỏ, bỏ hạt, cấp đông IQF âm 35 độ C, giữ nguyên hương vị. "
               "Đóng túi 1 kg, thùng 10 kg.",
               "kg", 85_000, 110_000, None, None, _TQ),
           _sp("do-uong", "Nước ép vải thiều đóng lon 330 ml",
               "Nước ép từ vải thiều Lục Ngạn, không chất bảo quản, thanh trùng. "
               "Thùng 24 lon.",
               "thùng", 180_000, 220_000,
               "Giảm 10% cho căng tin, sự kiện của doanh nghiệp trong Khối", 10, _TQ),
           _sp("gao-luong-thuc", "Mì gạo Chũ sợi khô gói 500 g",
               "Mì làm từ gạo bao thai, phơi nắng tự nhiên, sợi dai, không hàn the. "
               "Thùng 20 gói.",
               "gói", 28_000, 35_000, None, None, _TQ),
           _sp("rau-cu-qua", "Dưa chuột bao tử dầm giấm đóng lọ",
               "Dưa chuột bao tử thu hoạch tại vùng nguyên liệu, muối chua theo công nghệ xuất khẩu. "
               "Lọ thủy tinh 720 ml.",
               "lọ", 32_000, 40_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần May mặc Sông Thương", "May Sông Thương", "joint_stock", ["C"],
       "Số 312 đường Xương Giang", "Phường Bắc Giang", "0204 3855 621", "500+", 1999,
       "https://maysongthuong.vn",
       "Doanh nghiệp may xuất khẩu 3.500 lao động với 4 nhà máy, chuyên áo jacket, quần âu và đồ thể thao. "
       "Công ty nhận may đồng phục cho doanh nghiệp trong nước với thời gian giao hàng nhanh.",
       [
           _sp("hang-may-mac", "Áo jacket thể thao xuất khẩu",
               "Vải gió chống thấm, lót lưới, đường may dán seam chống nước. "
               "Gia công trọn gói hoặc cắt may theo yêu cầu.",
               "chiếc", None, None,
               "Giảm 7% cho doanh nghiệp trong Khối ký hợp đồng từ 6 tháng", 7, _TQ),
           _sp("dong-phuc-bao-ho", "Đồng phục bảo hộ công nhân điện tử",
               "Áo chống tĩnh điện có sợi carbon, mũ trùm và quần, dùng trong phòng sạch. "
               "Giặt được 100 lần mà vẫn giữ tính năng.",
               "bộ", 240_000, 350_000,
               "Giảm 8% cho doanh nghiệp trong Khối đặt từ 200 bộ", 8, _TQ),
           _sp("hang-may-mac", "Quần âu nam công sở",
               "Vải tuýt si pha len, cạp chun ẩn, ly thẳng, may theo size hoặc số đo. "
               "Nhiều màu ghi, đen, tím than.",
               "chiếc", 320_000, 480_000, None, None, _TQ),
           _sp("giay-dep-tui", "Balo, túi xách quà tặng in logo",
               "Balo vải canvas và polyester có ngăn đựng máy tính, in hoặc thêu logo. "
               "Nhận đơn từ 100 chiếc.",
               "chiếc", 180_000, 420_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Công nghệ Điện tử Fuwen Việt Nam", "Điện tử Fuwen", "fdi", ["C"],
       "Lô K3 Khu công nghiệp Quang Châu", "Phường Nếnh", "0204 3566 870", "500+", 2018,
       "https://fuwen.com.vn",
       "Doanh nghiệp vốn Đài Loan sản xuất cáp dữ liệu, loa, micro và cụm linh kiện điện tử cho các hãng điện thoại, máy tính. "
       "Nhà máy có 5.000 lao động và đang nội địa hóa nguồn cung bao bì, khuôn mẫu, hóa chất.",
       [
           _sp("linh-kien-dien-tu", "Cụm loa và micro cho thiết bị điện tử",
               "Loa mini 8–15 mm và micro MEMS lắp ráp cho điện thoại, tai nghe, máy tính bảng. "
               "Kiểm tra âm học 100% trong buồng tiêu âm.",
               "chiếc", None, None, None, None, _TQ),
           _sp("linh-kien-dien-tu", "Cáp dữ liệu và cáp sạc nhanh",
               "Cáp USB-C hỗ trợ sạc 65 W và truyền dữ liệu 10 Gbps. "
               "Nhận sản xuất theo thương hiệu của khách hàng.",
               "chiếc", 28_000, 75_000,
               "Giảm 10% cho đơn quà tặng của doanh nghiệp trong Khối", 10, _TQ),
           _sp("linh-kien-dien-tu", "Bảng mạch in mềm cho thiết bị điện tử",
               "Bảng mạch in mềm một và hai lớp, đế polyimide, dày 0,1 mm. "
               "Sản xuất theo tệp thiết kế của khách hàng.",
               "tấm", None, None, None, None, _TQ),
           _sp("linh-kien-dien-tu", "Gia công lắp ráp thiết bị điện tử theo đơn đặt hàng",
               "Lắp ráp, kiểm tra chức năng và đóng gói thiết bị điện tử tiêu dùng. "
               "Năng lực 2 triệu sản phẩm/tháng.",
               "sản phẩm", None, None,
               "Tặng mẫu thử miễn phí và giảm 4% đơn hàng đầu cho doanh nghiệp trong Khối", 4, _TQ),
       ]),
    _e("Công ty Cổ phần Hóa chất Phân đạm Xương Giang", "Phân đạm Xương Giang", "joint_stock", ["C"],
       "Số 1 đường Trần Nguyên Hãn", "Phường Đa Mai", "0204 3854 538", "500+", 1965,
       "https://phandamxuonggiang.vn",
       "Nhà máy sản xuất urê từ than với công suất 500.000 tấn/năm cùng các sản phẩm hóa chất đi kèm. "
       "Công ty là đơn vị có lịch sử lâu đời trong ngành phân bón miền Bắc.",
       [
           _sp("phan-bon", "Đạm urê hạt trong 46%",
               "Urê hạt trong hàm lượng nitơ 46,3%, biuret dưới 1%. "
               "Bao 50 kg, giao tại nhà máy hoặc kho đại lý.",
               "tấn", 10_200_000, 11_200_000,
               "Chiết khấu 2% cho doanh nghiệp, hợp tác xã trong Khối", 2, _TQ),
           _sp("hoa-chat-cong-nghiep", "Khí CO2 lỏng công nghiệp",
               "CO2 độ tinh khiết 99,9%, dùng cho nước giải khát, hàn và bảo quản thực phẩm. "
               "Giao bằng xe bồn lạnh hoặc chai 25 kg.",
               "kg", 4_000, 6_500, None, None, _MIEN_BAC),
           _sp("hoa-chat-cong-nghiep", "Amoniac lỏng NH3",
               "Amoniac khan dùng cho hệ thống lạnh công nghiệp và xử lý khí thải. "
               "Giao bình 50 kg hoặc xe bồn.",
               "kg", 14_000, 19_000, None, None, _MIEN_BAC),
           _sp("hoa-chat-cong-nghiep", "Dung dịch urê 32,5% xử lý khí thải động cơ diesel",
               "Dung dịch urê tinh khiết pha nước khử khoáng theo ISO 22241, dùng cho xe tải tiêu chuẩn Euro 5. "
               "Can 10 lít và tank 1.000 lít.",
               "lít", 12_000, 18_000, None, None, _TQ),
       ]),
    _e("Công ty Cổ phần Bê tông và Vật liệu Xây dựng Yên Dũng", "Vật liệu Yên Dũng", "joint_stock", ["C"],
       "Cụm công nghiệp Nội Hoàng", "Xã Yên Dũng", "0204 3866 105", "50-199", 2007,
       None,
       "Sản xuất bê tông thương phẩm, gạch bê tông khí chưng áp và kinh doanh cát, đá xây dựng. "
       "Hai trạm trộn di động phục vụ công trình trong bán kính 50 km.",
       [
           _sp("be-tong-cau-kien", "Bê tông thương phẩm mác 250",
               "Bê tông độ sụt 10±2 cm, giao bằng xe bồn 10 m³, có phiếu giao hàng từng chuyến. "
               "Cung cấp máy bơm tĩnh và bơm cần.",
               "m³", 1_050_000, 1_150_000,
               "Miễn phí bơm tĩnh cho khối đổ từ 50 m³ của doanh nghiệp trong Khối", None, ("Bắc Ninh", "Hà Nội")),
           _sp("gach-xay-ngoi", "Gạch bê tông khí chưng áp AAC",
               "Gạch nhẹ tỷ trọng 550 kg/m³, cách âm cách nhiệt, kích thước 600x200x100 mm. "
               "Đạt TCVN 7959:2017.",
               "m³", 1_250_000, 1_400_000, None, None, _MIEN_BAC),
           _sp("da-xay-dung", "Cát xây trát sông Cầu",
               "Cát hạt mịn đã sàng, sạch bùn, dùng cho vữa xây và trát tường. "
               "Giao xe ben 10–15 m³.",
               "m³", 280_000, 340_000,
               "Giảm 5% cho doanh nghiệp trong Khối, miễn phí vận chuyển nội tỉnh", 5, ("Bắc Ninh",)),
           _sp("be-tong-cau-kien", "Ống cống bê tông ly tâm D600",
               "Ống cống cốt thép chịu tải H30, dài 2 m, nối bằng gioăng cao su. "
               "Dùng thoát nước đường giao thông và khu dân cư.",
               "ống", 1_350_000, 1_700_000, None, None, ("Bắc Ninh", "Thái Nguyên")),
       ]),
    _e("Công ty Cổ phần Thép Lạng Giang", "Thép Lạng Giang", "joint_stock", ["C", "G"],
       "Lô 8 Khu công nghiệp Dĩnh Trì", "Xã Lạng Giang", "0204 3642 715", "200-499", 2012,
       "https://theplanggiang.vn",
       "Cán thép xây dựng và sản xuất thép hộp, ống thép mạ kẽm cho công trình dân dụng và công nghiệp. "
       "Hệ thống kho bãi 20.000 m² bảo đảm hàng có sẵn cho các dự án lớn.",
       [
           _sp("thep-xay-dung", "Thép xây dựng thanh vằn D12 CB300-V",
               "Thép thanh vằn đường kính 12 mm, dài 11,7 m, đạt TCVN 1651-2:2018. "
               "Kèm chứng chỉ chất lượng của nhà sản xuất.",
               "tấn", 14_700_000, 15_200_000,
               "Giảm 150.000 đồng/tấn và miễn phí vận chuyển nội tỉnh cho doanh nghiệp trong Khối", 1, _MIEN_BAC),
           _sp("thep-xay-dung", "Thép xây dựng D10–D32 giao theo tiến độ công trình",
               "Cung cấp đồng bộ các đường kính theo tiến độ, giữ giá theo hợp đồng khung đến 3 tháng. "
               "Phù hợp nhà thầu thi công nhà xưởng, chung cư.",
               "tấn", 14_900_000, 15_800_000, None, None, _MIEN_BAC),
           _sp("ket-cau-thep", "Thép hộp mạ kẽm 40x80 mm",
               "Thép hộp chữ nhật mạ kẽm nhúng nóng, dày 1,2–2,5 mm, cây 6 m. "
               "Dùng làm khung mái, hàng rào, nhà tiền chế nhỏ.",
               "kg", 21_000, 24_500, None, None, _MIEN_BAC),
           _sp("ket-cau-thep", "Ống thép mạ kẽm dẫn nước D21–D114",
               "Ống thép hàn mạ kẽm theo ASTM A53, dùng cho cấp nước và phòng cháy chữa cháy. "
               "Đầu ren hoặc đầu trơn.",
               "kg", 23_000, 27_000, None, None, _TQ),
       ]),
    _e("Công ty TNHH Vận tải và Logistics Kinh Bắc", "Logistics Kinh Bắc", "limited", ["H"],
       "Số 66 đường Quốc lộ 37", "Phường Việt Yên", "0904 528 139", "50-199", 2015,
       "https://logisticskinhbac.vn",
       "Dịch vụ vận tải, kho bãi và thủ tục hải quan cho doanh nghiệp trong các khu công nghiệp Vân Trung, Quang Châu, Đình Trám. "
       "Công ty có đội xe lạnh chuyên chở nông sản xuất khẩu qua cửa khẩu Lạng Sơn.",
       [
           _dv("van-tai-duong-bo", "Dịch vụ vận tải hàng hóa đường bộ xe tải trọng 1,5–8 tấn",
               "Xe tải thùng kín, thùng bạt giao hàng trong ngày giữa các khu công nghiệp và kho khách hàng. "
               "Theo dõi hành trình trực tuyến.",
               "chuyến", 700_000, 3_500_000,
               "Giảm 7% cước cho doanh nghiệp trong Khối trong 6 tháng đầu", 7, ("Bắc Ninh", "Hà Nội", "Thái Nguyên")),
           _dv("van-tai-duong-bo", "Vận chuyển vải thiều bằng xe lạnh lên cửa khẩu Lạng Sơn",
               "Xe lạnh 10–20 tấn giữ nhiệt độ 2–5 độ C, chạy đêm trong mùa vải. "
               "Hỗ trợ làm kiểm dịch thực vật.",
               "chuyến", 9_000_000, 14_000_000,
               "Giảm 5% phí dịch vụ cho doanh nghiệp trong Khối", 5, ("Bắc Ninh",)),
           _dv("giao-nhan-hai-quan", "Thủ tục hải quan xuất khẩu nông sản",
               "Khai hải quan, kiểm dịch thực vật và chứng nhận xuất xứ cho hàng nông sản đi Trung Quốc và ASEAN. "
               "Làm việc cả ngày nghỉ trong mùa vụ.",
               "tờ khai", 800_000, 1_800_000, None, None, ("Bắc Ninh",)),
           _dv("kho-bai-cang", "Kho hàng ngoại quan gần khu công nghiệp Quang Châu",
               "Kho 8.000 m² có kệ nhiều tầng, quản lý bằng mã vạch, xe nâng điện. "
               "Phục vụ lưu giữ linh kiện nhập khẩu chờ sản xuất.",
               "m²/tháng", 75_000, 110_000, None, None, ("Bắc Ninh",)),
       ]),
    _e("Công ty Cổ phần Xây lắp Điện lực Hiệp Hòa", "Xây lắp Điện lực Hiệp Hòa", "joint_stock", ["F", "D"],
       "Thôn Thường Thắng", "Xã Hiệp Hòa", "0204 3872 640", "50-199", 2000,
       "https://xaylapdienhiephoa.vn",
       "Thi công đường dây, trạm biến áp và hệ thống điện mặt trời mái nhà cho doanh nghiệp. "
       "Đội ngũ 120 công nhân kỹ thuật có chứng chỉ an toàn điện bậc 4 trở lên.",
       [
           _dv("lap-dat-co-dien", "Lắp đặt hệ thống điện mặt trời áp mái nhà xưởng",
               "Khảo sát mái, thiết kế công suất phù hợp phụ tải, lắp tấm pin và biến tần hòa lưới. "
               "Hỗ trợ thủ tục đấu nối với ngành điện.",
               "kWp", 11_000_000, 14_500_000,
               "Miễn phí bảo dưỡng năm đầu cho doanh nghiệp trong Khối", None, ("Bắc Ninh", "Hà Nội", "Thái Nguyên")),
           _dv("lap-dat-co-dien", "Xây lắp trạm biến áp phân phối cho doanh nghiệp",
               "Thi công trạm treo và trạm kios 250–2.500 kVA, cấp điện trung thế cho nhà máy. "
               "Bàn giao hồ sơ nghiệm thu đóng điện.",
               "trạm", None, None, None, None, ("Bắc Ninh", "Thái Nguyên")),
           _sp("cap-dien", "Cáp điện ngầm hạ thế Cu/XLPE/DSTA/PVC 3x50+1x35 mm²",
               "Cáp có lớp giáp băng thép, chôn trực tiếp trong đất, điện áp 0,6/1 kV. "
               "Cung cấp kèm đầu cốt và hộp nối.",
               "m", 480_000, 560_000, None, None, _MIEN_BAC),
           _dv("kiem-dinh-thi-nghiem", "Đo điện trở nối đất và kiểm tra hệ thống chống sét",
               "Đo kiểm định kỳ theo TCVN 9385:2012, lập biên bản phục vụ kiểm tra phòng cháy. "
               "Đề xuất khắc phục nếu không đạt.",
               "hạng mục", 1_500_000, 4_000_000,
               "Miễn phí khảo sát, tư vấn ban đầu cho doanh nghiệp trong Khối", None, ("Bắc Ninh",)),
       ]),
    _e("Công ty TNHH Phòng cháy Chữa cháy Tân Yên", "PCCC Tân Yên", "limited", ["F", "G"],
       "Số 14 phố Cao Thượng", "Xã Tân Yên", "0204 3878 319", "10-49", 2016,
       None,
       "Thiết kế, thi công và bảo trì hệ thống phòng cháy chữa cháy cho nhà xưởng, kho hàng và trường học. "
       "Công ty có giấy xác nhận đủ điều kiện kinh doanh dịch vụ phòng cháy chữa cháy.",
       [
           _dv("phong-chay-chua-chay", "Thi công hệ thống báo cháy tự động",
               "Tủ trung tâm địa chỉ, đầu báo khói, báo nhiệt, chuông đèn và nút ấn khẩn cấp. "
               "Nghiệm thu với cơ quan Cảnh sát phòng cháy chữa cháy.",
               "m²", 45_000, 90_000,
               "Giảm 8% giá trị thi công cho doanh nghiệp trong Khối", 8, ("Bắc Ninh", "Thái Nguyên")),
           _dv("phong-chay-chua-chay", "Nạp sạc, bảo dưỡng bình chữa cháy",
               "Nạp bột ABC, khí CO2, thay van và kiểm tra áp suất bình. "
               "Đổi bình tạm thời trong thời gian nạp sạc.",
               "bình", 45_000, 180_000, None, None, ("Bắc Ninh",)),
           _dv("phong-chay-chua-chay", "Bảo trì hệ thống chữa cháy vách tường và sprinkler",
               "Kiểm tra bơm, đường ống, van, đầu phun định kỳ hằng quý. "
               "Ghi sổ theo dõi đúng quy định.",
               "quý", 3_000_000, 12_000_000, None, None, ("Bắc Ninh",)),
           _dv("dao-tao-huan-luyen", "Huấn luyện nghiệp vụ phòng cháy chữa cháy cho doanh nghiệp",
               "Lý thuyết và thực hành dập lửa, cứu nạn, sơ tán cho đội phòng cháy cơ sở. "
               "Phối hợp cấp chứng nhận huấn luyện.",
               "lớp", 8_000_000, 15_000_000, None, None, ("Bắc Ninh", "Hà Nội")),
       ]),
    _e("Công ty Cổ phần Du lịch Tây Yên Tử", "Du lịch Tây Yên Tử", "joint_stock", ["I", "N"],
       "Thôn Nà Ván", "Xã Sơn Động", "0204 3886 472", "50-199", 2017,
       "https://dulichtayyentu.vn",
       "Khu nghỉ dưỡng và dịch vụ lữ hành tại sườn Tây dãy Yên Tử với 60 phòng nghỉ và nhà hàng đặc sản. "
       "Công ty tổ chức hành hương, nghỉ dưỡng và hội nghị cho các đoàn doanh nghiệp.",
       [
           _dv("tour-du-lich", "Tour tâm linh Tây Yên Tử 1 ngày",
               "Đi cáp treo lên chùa Đồng, tham quan Thiền viện Trúc Lâm Tây Yên Tử. "
               "Giá gồm xe, vé cáp treo, ăn trưa và hướng dẫn viên.",
               "khách", 950_000, 1_350_000,
               "Giảm 12% cho đoàn công đoàn doanh nghiệp trong Khối", 12, ("Bắc Ninh", "Hà Nội")),
           _dv("khach-san-luu-tru", "Phòng nghỉ dưỡng sinh thái Tây Yên Tử",
               "Phòng nhìn ra rừng và suối, có bữa sáng và xông lá thuốc người Dao. "
               "Phù hợp nghỉ dưỡng cuối tuần.",
               "phòng/đêm", 900_000, 1_600_000, None, None, ("Bắc Ninh",)),
           _dv("to-chuc-hoi-nghi-su-kien", "Hội nghị kết hợp nghỉ dưỡng cho doanh nghiệp",
               "Hội trường 150 chỗ, chương trình leo núi, lửa trại và tiệc tối. "
               "Trọn gói 2 ngày 1 đêm.",
               "khách", 1_800_000, 2_600_000,
               "Giảm 10% hợp đồng đầu tiên cho doanh nghiệp trong Khối", 10, ("Bắc Ninh",)),
           _dv("suat-an-nha-hang", "Suất ăn đặc sản gà đồi Yên Thế",
               "Thực đơn gà đồi luộc, nướng, rau rừng và xôi nếp nương. "
               "Phục vụ đoàn từ 10 khách.",
               "khách", 250_000, 450_000, None, None, ("Bắc Ninh",)),
       ]),
    _e("Công ty TNHH Tư vấn Đầu tư và Kế toán Đại Phát", "Tư vấn Đại Phát", "limited", ["M"],
       "Số 27 đường Hoàng Văn Thụ", "Phường Bắc Giang", "0204 3827 594", "10-49", 2013,
       None,
       "Cung cấp dịch vụ kế toán, thuế và tư vấn lập dự án đầu tư cho doanh nghiệp vừa và nhỏ tại Bắc Giang. "
       "Đội ngũ có chứng chỉ hành nghề dịch vụ làm thủ tục về thuế và kinh nghiệm làm việc với ngân hàng.",
       [
           _dv("ke-toan-thue", "Dịch vụ kế toán thuế hằng tháng",
               "Kê khai thuế, lập sổ sách và báo cáo tài chính theo quy định. "
               "Nhân viên phụ trách riêng cho từng doanh nghiệp.",
               "tháng", 1_500_000, 4_000_000,
               "Giảm 20% phí dịch vụ 3 tháng đầu cho doanh nghiệp trong Khối", 20, ("Bắc Ninh",)),
           _dv("tu-van-dau-tu", "Lập dự án đầu tư, báo cáo nghiên cứu khả thi",
               "Phân tích thị trường, phương án kỹ thuật, hiệu quả tài chính và tác động môi trường sơ bộ. "
               "Phục vụ xin chủ trương đầu tư và vay vốn.",
               "dự án", 30_000_000, 120_000_000, None, None, _TQ),
           _dv("tu-van-dau-tu", "Tư vấn hồ sơ vay vốn ngân hàng",
               "Lập phương án kinh doanh, báo cáo dòng tiền và chuẩn bị hồ sơ tài sản bảo đảm. "
               "Đồng hành trong quá trình làm việc với ngân hàng.",
               "hồ sơ", 5_000_000, 20_000_000, None, None, ("Bắc Ninh", "Hà Nội")),
           _dv("kiem-toan-tham-dinh-gia", "Soát xét báo cáo tài chính trước kiểm toán",
               "Rà soát số liệu, điều chỉnh bút toán sai sót trước khi doanh nghiệp mời kiểm toán độc lập. "
               "Hoàn thành trong 10 ngày làm việc.",
               "báo cáo", 8_000_000, 20_000_000, None, None, ("Bắc Ninh",)),
       ]),
]

ENTERPRISES = {
    "haiphong": _HAIPHONG,
    "hanoi": _HANOI,
    "thaibinh": _THAIBINH,
    "vinhphuc": _VINHPHUC,
    "hanam": _HANAM,
    "phutho": _PHUTHO,
    "bacgiang": _BACGIANG,
}

# ---------------------------------------------------------------------------
# 3. Doanh nghiệp ngoài Khối (chỉ mua, không đăng sản phẩm).
#    Có thêm khóa "province" vì các doanh nghiệp này không thuộc Đảng ủy Khối nào.
# ---------------------------------------------------------------------------

OUTSIDE_BUYERS = [
    dict(_e("Công ty Cổ phần Đầu tư Xây dựng Bãi Cháy", "Xây dựng Bãi Cháy", "joint_stock", ["F", "L"],
       "Số 15 đường Hạ Long", "Phường Bãi Cháy", "0203 3846 215", "200-499", 2003,
       "https://xaydungbaichay.vn",
       "Nhà thầu thi công khách sạn, khu đô thị và hạ tầng du lịch ven vịnh Hạ Long. "
       "Công ty thường xuyên mua thép, xi măng, cáp điện và nội thất cho các dự án tại Quảng Ninh.",
       []), province="Quảng Ninh"),
    dict(_e("Công ty TNHH Cơ khí Sông Công", "Cơ khí Sông Công", "limited", ["C"],
       "Lô 6 Khu công nghiệp Sông Công I", "Phường Sông Công", "0208 3862 407", "50-199", 2009,
       None,
       "Gia công cơ khí và chế tạo khung gá cho các nhà máy điện tử tại Thái Nguyên. "
       "Doanh nghiệp tìm nguồn cung thép, bao bì carton và dịch vụ vận tải ổn định trong khu vực.",
       []), province="Thái Nguyên"),
    dict(_e("Công ty Cổ phần Thương mại Phân phối Nam Phương", "Phân phối Nam Phương", "joint_stock", ["G"],
       "Số 128 đường Nguyễn Đình Chiểu", "Phường Xuân Hòa", "028 3930 5716", "200-499", 2007,
       "https://phanphoinamphuong.vn",
       "Phân phối thực phẩm, đặc sản vùng miền và hàng tiêu dùng cho chuỗi siêu thị tại Thành phố Hồ Chí Minh. "
       "Công ty quan tâm đến chè, vải thiều, gạo đặc sản và nước mắm của các tỉnh phía Bắc.",
       []), province="Thành phố Hồ Chí Minh"),
]


# ---------------------------------------------------------------------------
# 4. Tên người (cán bộ mua hàng, người đại diện doanh nghiệp, cán bộ Khối)
# ---------------------------------------------------------------------------

PEOPLE_NAMES = [
    "Nguyễn Thị Thu Hà", "Trần Văn Hùng", "Lê Minh Tuấn", "Phạm Thị Lan Anh", "Hoàng Đức Thắng",
    "Vũ Thị Hồng Nhung", "Đặng Quốc Bảo", "Bùi Thị Thanh Hương", "Đỗ Mạnh Cường", "Ngô Thị Mai Phương",
    "Dương Văn Toàn", "Lý Thị Ngọc Ánh", "Phan Thanh Sơn", "Trịnh Thị Thúy Hằng", "Đinh Công Minh",
    "Mai Thị Hải Yến", "Cao Văn Quang", "Lương Thị Kim Oanh", "Tạ Quang Huy", "Hà Thị Phương Thảo",
    "Nguyễn Hữu Đạt", "Trần Thị Bích Ngọc", "Lê Văn Thành", "Phạm Ngọc Diệp", "Hoàng Thị Minh Nguyệt",
    "Vũ Đình Khoa", "Đặng Thị Thu Trang", "Bùi Văn Long", "Đỗ Thị Quỳnh Như", "Ngô Xuân Trường",
    "Chu Thị Hoài Thu", "Kiều Văn Dũng", "Tô Thị Huyền Trang", "Lại Văn Hiếu", "Nghiêm Thị Lệ Thủy",
    "Nguyễn Thế Anh", "Trần Thị Ngọc Hân", "Lê Thị Diệu Linh", "Phạm Văn Đông", "Hoàng Minh Châu",
    "Vương Thị Tuyết Mai", "Đoàn Văn Lâm", "Trương Thị Hạnh", "Đào Duy Khánh", "Nguyễn Thị Hòa",
    "Quách Văn Phúc", "Lưu Thị Thanh Tâm", "Tăng Văn Hải", "Nguyễn Đình Nghĩa", "Phùng Thị Yến Nhi",
    "Lê Quang Vinh", "Trần Thị Thảo Vy", "Hồ Văn Lợi", "Khúc Thị Hiền", "Mạc Đăng Khôi",
    "Nguyễn Thị Ngân", "Đồng Văn Tùng", "Triệu Thị Hoa", "Vi Văn Thịnh", "Âu Thị Bảo Châu",
]

# ---------------------------------------------------------------------------
# 5. Mẫu tin nhắn hỏi hàng, trả lời và mô tả giao dịch liên kết
# ---------------------------------------------------------------------------

INQUIRY_TEMPLATES = [
    "Chào anh/chị, công ty chúng tôi cần mua {quantity} {title}. Xin gửi báo giá kèm thời gian giao hàng.",
    "Bên em đang có nhu cầu {quantity} {title} cho công trình nhà xưởng. Anh/chị báo giá giúp em đã gồm VAT và vận chuyển nhé.",
    "Kính gửi quý công ty, chúng tôi muốn đặt {quantity} {title}. Đề nghị cho biết chính sách ưu đãi dành cho doanh nghiệp trong Khối.",
    "Xin hỏi {title} còn hàng sẵn không? Chúng tôi cần khoảng {quantity}, giao trong tháng này.",
    "Công ty tôi cần báo giá {quantity} {title}, thanh toán chuyển khoản 30 ngày sau khi nhận hàng. Quý công ty có chấp nhận không?",
    "Nhờ anh/chị gửi catalogue, chứng chỉ chất lượng và báo giá cho {quantity} {title}.",
    "Chúng tôi dự kiến mua {quantity} {title} theo từng đợt trong quý tới. Đề nghị báo giá theo hợp đồng khung.",
    "Chào anh/chị, bếp ăn của công ty cần {quantity} {title} mỗi tuần. Bên mình có giao hàng định kỳ không ạ?",
    "Ban Giám đốc giao tôi tìm nhà cung cấp {title}, số lượng {quantity}. Xin hẹn lịch đến tham quan nhà máy.",
    "Xin báo giá {quantity} {title}, giao tại kho của chúng tôi. Hàng cần có hóa đơn giá trị gia tăng đầy đủ.",
    "Công đoàn công ty chúng tôi muốn đặt {quantity} {title} làm quà tặng người lao động dịp cuối năm. Mong nhận được báo giá sớm.",
    "Bên anh có nhận đơn nhỏ {quantity} {title} để chúng tôi dùng thử trước khi ký hợp đồng dài hạn không?",
    "Chúng tôi đang lập dự toán, cần đơn giá tham khảo cho {quantity} {title}. Cảm ơn anh/chị.",
    "Xin hỏi thời gian sản xuất {quantity} {title} là bao lâu? Chúng tôi cần hàng trước ngày 15 tháng sau.",
    "Nhờ quý công ty tư vấn phương án và báo giá {title} cho quy mô khoảng {quantity}.",
    "Chúng tôi là doanh nghiệp ngoài Khối, có nhu cầu mua {quantity} {title}. Quý công ty có giao hàng ra ngoài tỉnh không?",
    "Đề nghị quý công ty cho biết giá {title} nếu chúng tôi lấy {quantity} và tự vận chuyển.",
    "Phòng vật tư cần {quantity} {title} thay thế cho nhà cung cấp cũ. Mong anh/chị liên hệ lại qua số điện thoại công ty.",
    "Xin gửi giúp mẫu hợp đồng và điều kiện bảo hành cho {quantity} {title}.",
    "Chào anh/chị, nhân chương trình liên kết giữa các doanh nghiệp trong Khối, chúng tôi muốn hợp tác mua {quantity} {title}.",
]

REPLY_TEMPLATES = [
    "Cảm ơn quý công ty đã quan tâm. Chúng tôi gửi kèm báo giá chi tiết, hiệu lực 15 ngày.",
    "Hàng hiện có sẵn tại kho, có thể giao trong 3 ngày làm việc kể từ khi nhận đơn đặt hàng.",
    "Với số lượng này, chúng tôi áp dụng mức giảm giá dành cho doanh nghiệp trong Khối. Anh/chị vui lòng xem báo giá đính kèm.",
    "Chúng tôi đã nhận được yêu cầu, bộ phận kinh doanh sẽ liên hệ lại trong ngày làm việc hôm nay.",
    "Xin gửi anh/chị hồ sơ năng lực, chứng chỉ chất lượng và danh sách khách hàng tiêu biểu.",
    "Thời gian sản xuất khoảng 10–15 ngày. Nếu cần gấp, chúng tôi có thể ưu tiên bố trí tăng ca.",
    "Chúng tôi đồng ý điều kiện thanh toán 30 ngày sau khi giao hàng và xuất hóa đơn.",
    "Giá trên đã bao gồm thuế giá trị gia tăng và vận chuyển đến kho của quý công ty.",
    "Rất hoan nghênh đoàn đến tham quan nhà máy. Anh/chị vui lòng báo trước lịch để chúng tôi bố trí đón tiếp.",
    "Chúng tôi có thể giao hàng mẫu miễn phí để quý công ty kiểm tra trước khi đặt số lượng lớn.",
    "Xin lỗi anh/chị, mặt hàng này tạm hết. Chúng tôi đề xuất sản phẩm thay thế có thông số tương đương.",
    "Mẫu hợp đồng nguyên tắc đã được gửi qua thư điện tử, mong nhận được ý kiến của quý công ty.",
    "Chúng tôi nhận giao hàng định kỳ theo lịch hằng tuần, đơn giá giữ cố định trong 3 tháng.",
    "Đã điều chỉnh báo giá theo số lượng anh/chị đề xuất. Nếu đồng ý, hai bên có thể ký hợp đồng trong tuần này.",
    "Cảm ơn anh/chị đã tin tưởng hàng hóa, dịch vụ của doanh nghiệp trong Khối. Chúng tôi sẵn sàng hợp tác lâu dài.",
]

LINKAGE_DESCRIPTIONS = [
    "Hợp đồng cung cấp {title} cho công trình nhà xưởng giai đoạn 2",
    "Đơn hàng {title} phục vụ sản xuất quý III",
    "Hợp đồng nguyên tắc cung cấp {title} trong năm",
    "Mua {title} làm quà tặng người lao động dịp Tết Nguyên đán",
    "Cung cấp {title} cho dự án mở rộng kho hàng",
    "Hợp đồng dịch vụ {title} thời hạn 12 tháng",
    "Đơn hàng thử nghiệm {title} trước khi ký hợp đồng dài hạn",
    "Cung cấp {title} cho bếp ăn tập thể của công ty",
    "Hợp đồng {title} phục vụ hội nghị tổng kết năm",
    "Mua bổ sung {title} thay thế nhà cung cấp ngoài Khối",
    "Cung ứng {title} cho công trình trường học do doanh nghiệp tài trợ",
    "Hợp đồng {title} theo chương trình liên kết giữa các doanh nghiệp trong Khối",
    "Đơn hàng {title} giao theo tiến độ từng đợt",
    "Cung cấp {title} cho dây chuyền sản xuất mới",
    "Hợp đồng {title} phục vụ cải tạo văn phòng làm việc",
    "Mua {title} cho đoàn nghỉ mát của công đoàn công ty",
    "Hợp đồng khung cung cấp {title} giai đoạn 2024–2025",
    "Cung cấp {title} cho dự án hạ tầng khu công nghiệp",
    "Đơn hàng {title} phục vụ xuất khẩu lô hàng tháng này",
    "Hợp đồng bảo trì, cung cấp {title} cho nhà máy",
]

# ---------------------------------------------------------------------------
# 6. Lý do Đảng ủy Khối từ chối hồ sơ doanh nghiệp hoặc sản phẩm
# ---------------------------------------------------------------------------

REJECTION_REASONS = [
    "Mã số thuế không khớp với giấy chứng nhận đăng ký doanh nghiệp",
    "Ảnh sản phẩm không rõ ràng, đề nghị bổ sung ảnh chụp thực tế",
    "Mô tả sản phẩm chưa nêu tiêu chuẩn chất lượng và xuất xứ",
    "Giá niêm yết không phù hợp với đơn vị tính đã khai báo",
    "Nội dung ưu đãi liên kết chưa cụ thể, cần ghi rõ mức giảm và điều kiện áp dụng",
    "Doanh nghiệp chưa cung cấp giấy phép kinh doanh ngành nghề có điều kiện",
    "Địa chỉ trụ sở không trùng với thông tin đăng ký doanh nghiệp",
    "Sản phẩm trùng lặp với tin đã đăng trước đó",
]

# ---------------------------------------------------------------------------
# 7. Đánh giá sau giao dịch (bên mua về bên bán, bên bán về bên mua), trả lời của bên bán
# ---------------------------------------------------------------------------

FEEDBACK_GOOD = [
    "Giao đủ số lượng, đúng hẹn; hàng đúng mẫu đã chào, chứng từ đầy đủ.",
    "Hàng đóng gói cẩn thận, có chứng nhận xuất xưởng kèm theo. Sẽ tiếp tục đặt hàng quý sau.",
    "Nhân viên kinh doanh hỗ trợ nhiệt tình, giao hàng tận kho đúng ngày đã hẹn.",
    "Chất lượng ổn định qua các đợt giao, giá giữ đúng như hợp đồng.",
    "Giao sớm hơn hẹn hai ngày, hóa đơn điện tử gửi ngay trong ngày.",
    "Dịch vụ triển khai đúng tiến độ, nghiệm thu không phát sinh lỗi.",
    "Hàng đúng quy cách, kiểm tra đầu vào đạt 100%.",
]
FEEDBACK_LATE = [
    "Hàng đạt chất lượng nhưng giao chậm 3 ngày so với hợp đồng do thiếu xe vận chuyển.",
    "Đợt giao thứ hai trễ một tuần; bên bán có báo trước và hỗ trợ một phần phí vận chuyển.",
    "Giao chậm so với hẹn, ảnh hưởng tiến độ thi công; chất lượng hàng thì đạt yêu cầu.",
]
FEEDBACK_QUALITY = [
    "Một phần lô hàng không đúng quy cách, bên bán đã đổi lại nhưng mất thêm thời gian.",
    "Màu sắc không đồng đều giữa các lô, phải kiểm tra lại toàn bộ trước khi nhập kho.",
]
FEEDBACK_ABOUT_BUYER = [
    "Thanh toán đúng hạn theo hợp đồng, phối hợp nhận hàng thuận lợi.",
    "Bên mua chuẩn bị mặt bằng nhận hàng chu đáo, ký biên bản giao nhận ngay.",
    "Thanh toán đủ và sớm hơn kỳ hạn. Mong tiếp tục hợp tác.",
    "Thanh toán chậm 10 ngày so với hợp đồng, nhưng có thông báo trước.",
]
FEEDBACK_ANSWERS = [
    "Cảm ơn quý công ty đã góp ý. Chúng tôi đã bổ sung xe vận chuyển để các đơn sau giao đúng hẹn.",
    "Chúng tôi xin lỗi về sự chậm trễ và đã điều chỉnh lịch sản xuất để bảo đảm tiến độ cho các đơn tiếp theo.",
    "Cảm ơn quý công ty. Lô hàng lỗi đã được đổi mới toàn bộ; chúng tôi đã tăng cường khâu kiểm tra trước khi xuất kho.",
]
# The one comment the demo's moderators hid, and their reason.
FEEDBACK_HIDDEN = ("Nhân viên bên bán làm việc tắc trách, nói năng thiếu văn hóa, đừng ai mua hàng của họ!",
                   "Ngôn từ xúc phạm và kêu gọi tẩy chay, không nêu sự việc cụ thể.")
