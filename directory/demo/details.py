"""Chi tiết bán hàng mẫu cho sản phẩm, dịch vụ demo: đặt tối thiểu, thời gian giao, điều kiện giao,
hạn báo giá, VAT, xuất xứ và bảng thông số. Sinh theo nhóm hàng và đơn vị tính, cùng một hạt giống
ngẫu nhiên nên lần nạp nào cũng như nhau. Phần lớn hàng sản xuất tại tỉnh của doanh nghiệp; một số
nhóm (máy tính, linh kiện, thiết bị hội nghị, thuốc) có hàng nhập khẩu hoặc lắp ráp trong nước."""
import re
from datetime import date, timedelta
from decimal import Decimal

from ..models import Origin

# Thông số theo nhóm hàng: (tên, các giá trị có thể). Mỗi sản phẩm lấy 2–6 dòng đầu tiên phù hợp.
SPECS = {
    "thep-xay-dung": [("Mác thép", ["CB300-V", "CB400-V", "CB500-V"]), ("Tiêu chuẩn", ["TCVN 1651-2:2018"]),
                      ("Đường kính", ["D10", "D16", "D25"]), ("Chiều dài cây", ["11,7 m"]),
                      ("Chứng chỉ", ["CO, CQ theo từng lô"])],
    "xi-mang": [("Chủng loại", ["PCB30", "PCB40", "PC50"]), ("Tiêu chuẩn", ["TCVN 6260:2020", "TCVN 2682:2020"]),
                ("Quy cách", ["Bao 50 kg", "Xi măng rời xe bồn"]), ("Cường độ nén 28 ngày", ["≥ 40 MPa", "≥ 30 MPa"])],
    "gach-op-lat": [("Kích thước", ["600 x 600 mm", "800 x 800 mm", "300 x 600 mm"]), ("Bề mặt", ["Men bóng", "Men mờ chống trơn"]),
                    ("Độ hút nước", ["≤ 0,5%"]), ("Số viên/hộp", ["4 viên", "3 viên"])],
    "da-xay-dung": [("Cỡ hạt", ["1x2 cm", "4x6 cm", "0,5x1 cm"]), ("Nguồn mỏ", ["Mỏ đá Kiện Khê", "Mỏ đá Tràng Kênh"]),
                    ("Tiêu chuẩn", ["TCVN 7570:2006"])],
    "gach-xay-ngoi": [("Kích thước", ["220 x 105 x 60 mm", "390 x 190 x 190 mm"]), ("Mác gạch", ["M75", "M100"]),
                      ("Loại", ["Gạch đặc", "Gạch 2 lỗ", "Gạch không nung"])],
    "be-tong-cau-kien": [("Mác bê tông", ["M250", "M300 (B22,5)", "M400"]), ("Độ sụt", ["12 ± 2 cm"]),
                         ("Tiêu chuẩn", ["TCVN 9340:2012"]), ("Phụ gia", ["Phụ gia dẻo hóa"])],
    "cap-dien": [("Tiết diện", ["4x95 mm²", "3x16+1x10 mm²", "2x1,5 mm²"]), ("Ruột dẫn", ["Đồng", "Nhôm"]),
                 ("Cách điện", ["XLPE", "PVC"]), ("Điện áp định mức", ["0,6/1 kV", "300/500 V", "24 kV"]),
                 ("Tiêu chuẩn", ["TCVN 5935", "IEC 60502-1"])],
    "thiet-bi-dong-cat": [("Dòng định mức", ["1600 A", "630 A", "250 A"]), ("Cấp bảo vệ", ["IP54", "IP42"]),
                          ("Vỏ tủ", ["Thép sơn tĩnh điện dày 2 mm"]), ("Thiết bị đóng cắt", ["ACB, MCCB chính hãng"])],
    "linh-kien-dien-tu": [("Điện áp", ["5 V", "12 V", "220 V"]), ("Tiêu chuẩn", ["RoHS"]),
                          ("Nhiệt độ làm việc", ["-20 đến 70 °C"]), ("Bảo hành", ["12 tháng"])],
    "den-chieu-sang": [("Công suất", ["50 W", "100 W", "150 W"]), ("Quang thông", ["130 lm/W"]),
                       ("Cấp bảo vệ", ["IP66"]), ("Tuổi thọ", ["50.000 giờ"]), ("Bảo hành", ["24 tháng"])],
    "may-bien-ap": [("Công suất", ["400 kVA", "630 kVA", "1000 kVA"]), ("Điện áp", ["22/0,4 kV"]),
                    ("Kiểu làm mát", ["Dầu, ONAN"]), ("Tổn hao không tải", ["≤ 0,6 kW"]), ("Bảo hành", ["36 tháng"])],
    "thit-che-bien": [("Bảo quản", ["Cấp đông -18 °C", "Ngăn mát 0–4 °C"]), ("Hạn dùng", ["6 tháng", "45 ngày"]),
                      ("Quy cách", ["Khay 500 g", "Túi hút chân không 1 kg"]), ("Chứng nhận", ["HACCP", "ISO 22000"])],
    "thuy-san": [("Bảo quản", ["Cấp đông -18 °C"]), ("Cỡ", ["Khúc 150–200 g", "8–10 con/kg"]),
                 ("Hạn dùng", ["12 tháng"]), ("Đóng gói", ["Thùng carton 10 kg"])],
    "do-uong": [("Dung tích", ["500 ml", "1,5 lít", "19 lít"]), ("Hạn dùng", ["12 tháng", "6 tháng"]),
                ("Quy cách", ["Thùng 24 chai", "Bình úp"])],
    "banh-keo": [("Khối lượng tịnh", ["500 g", "300 g", "1 kg"]), ("Hạn dùng", ["9 tháng", "60 ngày"]),
                 ("Thành phần chính", ["Gạo nếp, đường, lạc", "Bột mì, trứng, bơ"])],
    "nuoc-mam-gia-vi": [("Độ đạm", ["30 độ đạm", "40 độ đạm"]), ("Dung tích", ["500 ml", "1 lít"]),
                        ("Nguyên liệu", ["Cá cơm, muối biển"]), ("Hạn dùng", ["24 tháng"])],
    "gao-luong-thuc": [("Giống lúa", ["ST25", "Bắc Hương", "Nếp cái hoa vàng"]), ("Quy cách", ["Túi 5 kg", "Bao 25 kg"]),
                       ("Vụ", ["Vụ mùa 2026"])],
    "che": [("Loại chè", ["Chè xanh", "Chè shan tuyết"]), ("Quy cách", ["Hộp 200 g", "Túi 500 g"]), ("Hạn dùng", ["18 tháng"])],
    "trai-cay": [("Quy cách", ["Thùng 10 kg"]), ("Tiêu chuẩn", ["VietGAP"]), ("Cỡ quả", ["Loại 1"])],
    "rau-cu-qua": [("Tiêu chuẩn", ["VietGAP"]), ("Đóng gói", ["Túi lưới 5 kg", "Lọ thủy tinh 500 g"])],
    "giong-cay-con": [("Tuổi giống", ["45 ngày", "3 tháng"]), ("Tiêu chuẩn", ["Giống cấp xác nhận"])],
    "dong-phuc-bao-ho": [("Chất liệu", ["Kaki 65/35", "Vải pangrim"]), ("Cỡ", ["S–XXL"]),
                         ("Màu", ["Xanh công nhân", "Cam phản quang"]), ("Tiêu chuẩn", ["TCVN 8197"])],
    "vai-soi": [("Thành phần", ["100% cotton", "65% polyester, 35% cotton"]), ("Khổ vải", ["1,6 m", "1,5 m"]),
                ("Định lượng", ["180 g/m²", "220 g/m²"])],
    "hang-may-mac": [("Chất liệu", ["Cotton 4 chiều", "Kate ý"]), ("Cỡ", ["S–XXL"]), ("In, thêu logo", ["Có"])],
    "giay-dep-tui": [("Chất liệu", ["Da bò thật"]), ("Cỡ", ["38–44"])],
    "chan-ga-khan": [("Chất liệu", ["Cotton 100%"]), ("Kích thước", ["1,6 x 2 m"])],
    "noi-that-van-phong": [("Chất liệu", ["Gỗ MFC chống ẩm, chân sắt sơn tĩnh điện", "Lưới, khung nhựa PP"]),
                           ("Kích thước", ["1.200 x 600 x 750 mm", "1.400 x 700 x 750 mm"]), ("Bảo hành", ["12 tháng"])],
    "noi-that-gia-dinh": [("Chất liệu", ["Gỗ sồi tự nhiên", "Gỗ xoan đào"]), ("Hoàn thiện", ["Sơn PU"]), ("Bảo hành", ["24 tháng"])],
    "noi-that-truong-hoc": [("Chất liệu", ["Khung thép, mặt gỗ MDF"]), ("Tiêu chuẩn", ["Thông tư 26/2011/TTLT"])],
    "go-nguyen-lieu": [("Loại gỗ", ["Keo rừng trồng", "Bạch đàn"]), ("Độ dày", ["18 mm", "12 mm"]), ("Độ ẩm", ["≤ 12%"])],
    "phan-bon": [("Thành phần", ["NPK 16-16-8", "NPK 20-20-15", "Đạm urê 46%"]), ("Quy cách", ["Bao 50 kg", "Bao 25 kg"]),
                 ("Số quyết định lưu hành", ["Đã công nhận lưu hành"])],
    "hoa-chat-cong-nghiep": [("Nồng độ", ["98%", "32%"]), ("Quy cách", ["Can 30 kg", "Phuy 200 lít"]),
                             ("Hàng nguy hiểm", ["Có, vận chuyển theo NĐ 42/2020"])],
    "son-chong-tham": [("Định mức", ["8–10 m²/lít/lớp"]), ("Quy cách", ["Thùng 18 lít"]), ("Màu", ["Theo bảng màu"])],
    "che-pham-sinh-hoc": [("Thành phần", ["Bacillus, Trichoderma"]), ("Quy cách", ["Gói 1 kg", "Chai 1 lít"])],
    "ket-cau-thep": [("Vật liệu", ["Thép SS400", "Thép Q345B"]), ("Sơn", ["Sơn chống gỉ 2 lớp"]),
                     ("Tiêu chuẩn hàn", ["AWS D1.1"])],
    "phu-tung-o-to-xe-may": [("Vật liệu", ["Thép hợp kim", "Nhôm đúc"]), ("Dùng cho", ["Xe tải 5–15 tấn"]), ("Bảo hành", ["6 tháng"])],
    "may-nong-nghiep": [("Công suất", ["7 HP", "12 HP"]), ("Động cơ", ["Diesel 1 xi lanh"]), ("Bảo hành", ["12 tháng"])],
    "gia-cong-co-khi": [("Vật liệu", ["Thép C45", "Inox 304"]), ("Dung sai", ["± 0,02 mm"]), ("Gia công", ["Phay, tiện CNC"])],
    "thiet-bi-nang-ha": [("Tải trọng", ["3 tấn", "5 tấn"]), ("Chiều cao nâng", ["9 m"]), ("Kiểm định", ["Có tem kiểm định"])],
    "dong-tau": [("Trọng tải", ["1.000 tấn"]), ("Máy chính", ["2 x 400 CV"]), ("Cấp tàu", ["VR-SI"]),
                 ("Đăng kiểm", ["Cục Đăng kiểm Việt Nam"])],
    "may-tinh-may-in": [("Bộ xử lý", ["Intel Xeon Silver", "Intel Core i5"]), ("Bộ nhớ", ["64 GB", "16 GB"]),
                        ("Ổ lưu trữ", ["2 x 960 GB SSD", "512 GB SSD"]), ("Bảo hành", ["36 tháng tại chỗ"])],
    "van-phong-pham": [("Quy cách", ["Gói 10 chiếc", "Hộp 12 chiếc"]), ("Màu mực", ["Xanh", "Đen", "Đỏ"])],
    "thiet-bi-hoi-nghi": [("Độ sáng", ["4.000 ANSI lumen"]), ("Độ phân giải", ["WUXGA 1920 x 1200"]), ("Bảo hành", ["24 tháng"])],
    "giay-in": [("Định lượng", ["70 gsm", "80 gsm"]), ("Khổ", ["A4", "A3"]), ("Độ trắng", ["CIE 146"])],
    "bao-bi-carton": [("Số lớp", ["3 lớp", "5 lớp"]), ("Sóng", ["Sóng B", "Sóng BC"]), ("In", ["In flexo 2 màu"])],
    "bao-bi-nhua": [("Chất liệu", ["PP dệt", "PE nguyên sinh"]), ("Độ dày", ["17 micron", "80 micron"]),
                    ("Kích thước", ["50 x 80 cm", "Khổ 500 mm"])],
    "in-an-pham": [("Khổ", ["A4", "A5"]), ("Giấy", ["Couché 150 gsm"]), ("Số trang", ["24 trang"])],
    "tem-nhan": [("Chất liệu", ["Decal vỡ", "Decal giấy"]), ("Mã", ["QR động, truy xuất theo lô"])],
    "thuoc": [("Hoạt chất", ["Paracetamol 500 mg"]), ("Dạng bào chế", ["Viên nén"]), ("Quy cách", ["Hộp 10 vỉ x 10 viên"]),
              ("Số đăng ký", ["Có số đăng ký lưu hành"])],
    "vat-tu-y-te": [("Quy cách", ["Chai 500 ml", "Tủ 30 danh mục"]), ("Tiêu chuẩn", ["ISO 13485"])],
    "thuc-pham-bao-ve-suc-khoe": [("Quy cách", ["Hộp 60 viên"]), ("Hạn dùng", ["24 tháng"])],
}
GENERIC_SPECS = [("Quy cách", ["Theo yêu cầu của bên mua"]), ("Bảo hành", ["12 tháng"])]
# Nhóm có hàng nhập khẩu / lắp ráp trong nước: (nhập khẩu từ, tỉ lệ nhập khẩu, tỉ lệ lắp ráp).
IMPORTS = {
    "may-tinh-may-in": (("TW", "CN", "US"), 0.5, 0.3), "linh-kien-dien-tu": (("JP", "KR", "CN"), 0.3, 0.3),
    "thiet-bi-hoi-nghi": (("JP", "CN"), 0.6, 0.2), "thuoc": (("IN", "FR"), 0.3, 0.0),
    "may-bien-ap": (("KR",), 0.1, 0.3), "thiet-bi-dong-cat": (("DE", "FR"), 0.2, 0.4),
    "may-nong-nghiep": (("JP", "CN"), 0.3, 0.3), "hoa-chat-cong-nghiep": (("CN", "TH"), 0.4, 0.0),
    "phu-tung-o-to-xe-may": (("TH", "JP"), 0.2, 0.2),
}
DELIVERY_TERMS = {
    "vat-lieu-xay-dung": "Giao tại chân công trình; miễn phí vận chuyển trong bán kính 30 km",
    "dien-dien-tu": "Giao tại kho bên mua, kèm CO, CQ và biên bản thử nghiệm",
    "thuc-pham-do-uong": "Giao bằng xe lạnh; miễn phí nội tỉnh với đơn từ 5 triệu đồng",
    "nong-san": "Giao tại kho bên mua trong ngày thu hoạch",
    "det-may-da-giay": "Giao một lần tại văn phòng bên mua; nhận mẫu trước khi may hàng loạt",
    "do-go-noi-that": "Giao và lắp đặt tại chỗ; bảo hành tại công trình",
    "hoa-chat-phan-bon": "Giao tại kho bên mua bằng xe chuyên dụng; bốc xếp do bên bán chịu",
    "co-khi-may-moc": "Giao tại xưởng bên mua; chạy thử và hướng dẫn vận hành",
    "thiet-bi-van-phong": "Giao và cài đặt tại văn phòng; miễn phí nội thành",
    "bao-bi-in-an": "Giao tại kho bên mua; duyệt mẫu in trước khi sản xuất",
    "duoc-pham-y-te": "Giao tại cơ sở bên mua, bảo quản đúng điều kiện ghi trên nhãn",
}
SERVICE_TERMS = "Ký hợp đồng dịch vụ; nghiệm thu và thanh toán theo từng đợt"
# Đặt tối thiểu theo đơn vị tính (hàng hóa); đơn vị khác: không ghi.
MOQ = {"tấn": (5, 10, 20), "kg": (20, 50, 100), "m": (100, 200, 500), "m²": (50, 100, 200), "m³": (5, 10),
       "chiếc": (1, 5, 10, 50), "bộ": (1, 5, 10), "hộp": (10, 20), "thùng": (5, 10), "chai": (24, 48),
       "lít": (20, 100), "gói": (10, 50), "viên": (1000, 5000), "cuộn": (5, 10), "ram": (50, 100),
       "cuốn": (100, 500), "con": (1000,), "tấm": (10, 20)}
LEAD_DAYS = {"product": (1, 3, 5, 7, 10, 14, 21, 30), "service": (0, 1, 3, 7, 14)}
_GRADE = re.compile(r"\b(CB\d{3}-[VT]|PCB\d{2}|PC\d{2}|D\d{1,2})\b")


def details_for(rng, item: dict, top_slug: str | None, province_code: str, today: date) -> dict:
    """The offering's detail columns for a demo item (services.offerings stores the same kinds)."""
    product = item["kind"] == "product"
    unit = item["unit"]
    values = {
        "lead_time_days": rng.choice(LEAD_DAYS[item["kind"]]),
        "delivery_terms": DELIVERY_TERMS.get(top_slug, "Giao tại kho bên mua") if product else SERVICE_TERMS,
        "price_includes_vat": rng.choice((True, False, False, None)),
        "min_order_qty": None, "price_valid_until": None, "origin": None,
        "origin_province_code": None, "origin_country": None, "specs": None,
    }
    if item["price_min"] is not None:  # a price usually says until when it holds; one in ten has lapsed
        days = rng.randint(-45, -5) if rng.random() < 0.1 else rng.randint(30, 180)
        values["price_valid_until"] = today + timedelta(days=days)
    if not product:
        return values
    if unit in MOQ:
        values["min_order_qty"] = Decimal(rng.choice(MOQ[unit]))
    countries, imported, assembled = IMPORTS.get(item["category"], ((), 0.0, 0.0))
    roll = rng.random()
    if roll < imported:
        values["origin"], values["origin_country"] = Origin.IMPORTED, rng.choice(countries)
    else:
        values["origin"] = Origin.ASSEMBLED_IN_VIETNAM if roll < imported + assembled else Origin.MADE_IN_VIETNAM
        values["origin_province_code"] = province_code
    values["specs"] = _specs(rng, item)
    return values


def _letters(text: str) -> str:
    return re.match(r"[A-Z]*", text).group()


def _specs(rng, item: dict) -> list[list[str]]:
    """2–6 rows; a grade or diameter written in the title ("D16 CB400-V") is kept as the value."""
    template = SPECS.get(item["category"], GENERIC_SPECS)
    in_title = _GRADE.findall(item["title"])
    rows = []
    for name, choices in template[:rng.randint(2, 6)]:
        value = next((found for found in in_title if any(_letters(c) == _letters(found) for c in choices)), None)
        rows.append([name, value or rng.choice(choices)])
    return rows
