"""Demo certifications: OCOP ratings of food and farm products, ISO 9001 of manufacturers, one title
"Hàng Việt Nam chất lượng cao" with its year, one waiting in each committee's queue, one expiring
within 30 days and one expired. Dates are counted back from the load (only expiry dates lie ahead);
each scan is a drawn placeholder marked "Bản chụp minh hoạ", stored as the private uploads are."""
import io
import uuid
from datetime import date, datetime, time, timedelta

from PIL import Image, ImageDraw

from ..extensions import db
from ..i18n import local_today
from ..models import AuditEvent, CertKind, Certification, Enterprise, Offering, Status, User
from ..services.attachments import full_path
from ..services.certifications import kind_label, years_later
from .images import _font, _lines

OCOP_ISSUERS = {
    "haiphong": "UBND thành phố Hải Phòng", "thaibinh": "UBND tỉnh Thái Bình", "vinhphuc": "UBND tỉnh Vĩnh Phúc",
    "hanam": "UBND tỉnh Hà Nam", "phutho": "UBND tỉnh Phú Thọ", "bacgiang": "UBND tỉnh Bắc Giang",
}
QUACERT = "Trung tâm Chứng nhận Phù hợp (QUACERT)"
QUATEST = "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (QUATEST 1)"
NAFIQPM = "Trung tâm Chất lượng Nông Lâm Thủy sản vùng 1"
HVNCLC = "Hội Doanh nghiệp Hàng Việt Nam chất lượng cao"

# (enterprise, product or None, kind, OCOP stars, number, issuer, issued days ago, valid days or None, state)
# state: "verified", "pending" (in its committee's queue), "expiring" (within 30 days), "expired".
DEMO = [
    ("Công ty TNHH Thủy sản Cát Hải", "Nước mắm cá cơm Cát Hải 30 độ đạm", CertKind.OCOP, 4, "OCOP-HP-2024-0157",
     OCOP_ISSUERS["haiphong"], 420, None, "verified"),
    ("Công ty TNHH Thủy sản Cát Hải", None, CertKind.HACCP, None, "HACCP 0412/2024", NAFIQPM, 380, 3 * 365, "verified"),
    ("Công ty Cổ phần Thép Hải Long", None, CertKind.ISO_9001, None, "QMS 1208/2023",
     "Bureau Veritas Certification Việt Nam", 700, 3 * 365, "verified"),
    ("Công ty Cổ phần Thép Hải Long", "Thép xây dựng thanh vằn D16 CB400-V", CertKind.CR, None, "HQ 2306/2024",
     QUATEST, 300, 3 * 365, "verified"),
    ("Công ty Cổ phần Xi măng Bạch Long", None, CertKind.ISO_9001, None, "QMS 0877/2023", QUACERT, 3 * 365 - 18,
     3 * 365, "expiring"),
    ("Công ty Cổ phần Dây và Cáp điện Tân Long", None, CertKind.ISO_9001, None, "QMS 2291/2025", QUACERT, 20, 3 * 365,
     "pending"),
    ("Công ty Cổ phần Phần mềm Đông Đô", None, CertKind.ISO_9001, None, "QMS 1530/2024", QUACERT, 500, 3 * 365,
     "verified"),
    ("Công ty Cổ phần Dược phẩm Hà Thành", None, CertKind.ISO_9001, None, "QMS 0655/2024",
     "SGS Việt Nam", 560, 3 * 365, "verified"),
    ("Công ty Cổ phần In và Bao bì Kim Liên", None, CertKind.ISO_9001, None, "QMS 0318/2022", QUACERT,
     3 * 365 + 20, 3 * 365, "expired"),
    ("Công ty Cổ phần Nội thất Văn phòng Phương Đông", None, CertKind.ISO_14001, None, "EMS 0142/2025", QUACERT, 12,
     3 * 365, "pending"),
    ("Công ty Cổ phần Lương thực Kiến Xương", "Gạo nếp cái hoa vàng", CertKind.OCOP, 4, "OCOP-TB-2024-0089",
     OCOP_ISSUERS["thaibinh"], 390, None, "verified"),
    ("Doanh nghiệp tư nhân Đặc sản Đông Hưng", "Bánh cáy làng Nguyễn hộp 500 g", CertKind.OCOP, 3,
     "OCOP-TB-2023-0214", OCOP_ISSUERS["thaibinh"], 640, None, "verified"),
    ("Hợp tác xã Dịch vụ Nông nghiệp Quỳnh Hồng", "Rau củ quả an toàn theo VietGAP", CertKind.VIETGAP, None,
     "VietGAP-TT-21-05-34-0017", NAFIQPM, 250, 3 * 365, "verified"),
    ("Công ty Cổ phần Thủy sản Thái Thụy", None, CertKind.HACCP, None, "HACCP 1107/2025", NAFIQPM, 9, 3 * 365,
     "pending"),
    ("Hợp tác xã Chăn nuôi Bò sữa Yên Lạc", "Sữa chua ăn từ sữa bò tươi", CertKind.OCOP, 4, "OCOP-VP-2024-0031",
     OCOP_ISSUERS["vinhphuc"], 450, None, "verified"),
    ("Công ty TNHH Linh kiện Ô tô Phúc Yên", None, CertKind.ISO_9001, None, "QMS 0921/2024", "TÜV Rheinland Việt Nam",
     610, 3 * 365, "verified"),
    ("Công ty TNHH Linh kiện Ô tô Phúc Yên", None, CertKind.ISO_14001, None, "EMS 0398/2025",
     "TÜV Rheinland Việt Nam", 15, 3 * 365, "pending"),
    ("Công ty Cổ phần Xi măng Liên Sơn", "Xi măng PCB40 Liên Sơn bao KPK", CertKind.CR, None, "HQ 1175/2024", QUATEST,
     330, 3 * 365, "verified"),
    ("Hợp tác xã Chăn nuôi Lợn sạch Lý Nhân", "Chuối ngự Đại Hoàng", CertKind.OCOP, 3, "OCOP-HN-2024-0046",
     OCOP_ISSUERS["hanam"], 510, None, "verified"),
    ("Công ty Cổ phần Thực phẩm Đồng Văn", None, CertKind.HACCP, None, "HACCP 0935/2025", NAFIQPM, 6, 3 * 365,
     "pending"),
    ("Công ty Cổ phần Chè Long Phú", "Chè xanh Long Cốc túi 200 g", CertKind.OCOP, 4, "OCOP-PT-2024-0112",
     OCOP_ISSUERS["phutho"], 360, None, "verified"),
    ("Công ty Cổ phần Chè Long Phú", None, CertKind.ISO_22000, None, "FSMS 0264/2024", QUACERT, 480, 3 * 365,
     "verified"),
    ("Hợp tác xã Bưởi Đoan Hùng", "Bưởi Sửu Chí Đám loại 1", CertKind.OCOP, 4, "OCOP-PT-2023-0058",
     OCOP_ISSUERS["phutho"], 690, None, "verified"),
    ("Công ty Cổ phần Giấy Phù Ninh", None, CertKind.ISO_9001, None, "QMS 2140/2025", QUACERT, 11, 3 * 365, "pending"),
    ("Hợp tác xã Nông sản Lục Ngạn Xanh", "Vải thiều Lục Ngạn tươi đạt chuẩn VietGAP", CertKind.VIETGAP, None,
     "VietGAP-TT-24-03-24-0009", NAFIQPM, 200, 2 * 365, "verified"),
    ("Hợp tác xã Nông sản Lục Ngạn Xanh", "Vải thiều sấy khô nguyên quả", CertKind.OCOP, 3, "OCOP-BG-2024-0073",
     OCOP_ISSUERS["bacgiang"], 400, None, "verified"),
    ("Công ty Cổ phần Thép Lạng Giang", None, CertKind.ISO_9001, None, "QMS 1466/2024", QUACERT, 530, 3 * 365,
     "verified"),
    ("Công ty Cổ phần Thép Lạng Giang", "Thép xây dựng thanh vằn D12 CB300-V", CertKind.CR, None, "HQ 2512/2025",
     QUATEST, 14, 3 * 365, "pending"),
]


def _scan(title: str, number: str, issuer: str) -> tuple[str, str]:
    """A drawn stand-in for the scanned certificate (never a real document), stored privately."""
    image = Image.new("RGB", (900, 640), "#fbf8ef")
    draw = ImageDraw.Draw(image)
    draw.rectangle((16, 16, 883, 623), outline="#8a6d3b", width=6)
    draw.text((450, 90), "GIẤY CHỨNG NHẬN", font=_font(44), fill="#5c4322", anchor="mm")
    for n, line in enumerate(_lines(draw, title, _font(30), 760)):
        draw.text((450, 180 + 44 * n), line, font=_font(30), fill="#212529", anchor="mm")
    draw.text((450, 360), f"Số: {number}", font=_font(26), fill="#212529", anchor="mm")
    for n, line in enumerate(_lines(draw, issuer, _font(24), 760)):
        draw.text((450, 420 + 34 * n), line, font=_font(24), fill="#495057", anchor="mm")
    draw.text((450, 570), "Bản chụp minh hoạ (dữ liệu mẫu)", font=_font(22), fill="#6c757d", anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    path = f"{uuid.uuid4().hex}.png"
    full_path(path).write_bytes(out.getvalue())
    return path, f"{number.replace('/', '-').replace(' ', '-')}.png"


def load_certifications() -> int:
    """The demo's certifications; a second load adds none (looked up by enterprise, kind and number)."""
    today = local_today()
    enterprises = {e.legal_name: e for e in db.session.scalars(db.select(Enterprise))}
    existing = set(db.session.execute(db.select(Certification.enterprise_id, Certification.kind, Certification.number))
                   .tuples())
    added = 0
    for legal_name, product, kind, stars, number, issuer, ago, valid, state in DEMO:
        enterprise = enterprises.get(legal_name)
        if enterprise is None or (enterprise.id, kind, number) in existing:
            continue
        offering = None
        if product is not None:
            offering = db.session.scalar(db.select(Offering).where(Offering.enterprise_id == enterprise.id,
                                                                   Offering.title == product))
        issued_on = today - timedelta(days=ago)
        expires_on = years_later(issued_on, 3) if valid is None else issued_on + timedelta(days=valid)
        path, name = _scan(f"{kind_label(kind)} – {product or legal_name}", number, issuer)
        submitted = datetime.combine(issued_on + timedelta(days=min(ago - 1, 20) if state != "pending" else ago - 2),
                                     time(2, 30))
        cert = Certification(enterprise=enterprise, offering=offering, kind=kind, ocop_stars=stars, number=number,
                             issuer=issuer, issued_on=issued_on, expires_on=expires_on, document_path=path,
                             document_name=name, submitted_at=submitted, created_at=submitted, updated_at=submitted,
                             status=Status.PENDING if state == "pending" else Status.APPROVED)
        if cert.status == Status.APPROVED:
            cert.approved_at, cert.ever_verified = submitted + timedelta(days=3), True
        db.session.add(cert)
        db.session.flush()
        author = db.session.scalar(db.select(User).where(User.enterprise_id == enterprise.id).order_by(User.id))
        if author is not None:  # who sent it, for the review queue
            db.session.add(AuditEvent(actor_id=author.id, action="certification.submit", target_type="certification",
                                      target_id=cert.id, after={"number": number}, created_at=submitted))
        added += 1
    _title_of_the_year(enterprises, today, existing)
    db.session.flush()
    return added


def _title_of_the_year(enterprises, today: date, existing) -> None:
    """One "Hàng Việt Nam chất lượng cao": a consumer-voted title of a year, declared by the
    enterprise and confirmed by its committee (not a state certificate)."""
    enterprise = enterprises.get("Công ty Cổ phần Xi măng Liên Sơn")
    granted = today - timedelta(days=280)
    number = f"HVNCLC {granted.year}/0426"
    if enterprise is None or (enterprise.id, CertKind.HVNCLC, number) in existing:
        return
    path, name = _scan(f"Hàng Việt Nam chất lượng cao năm {granted.year}", number, HVNCLC)
    submitted = datetime.combine(granted + timedelta(days=10), time(3, 0))
    db.session.add(Certification(
        enterprise=enterprise, kind=CertKind.HVNCLC, award_year=granted.year, number=number, issuer=HVNCLC,
        issued_on=granted, expires_on=date(granted.year + 1, 12, 31), document_path=path, document_name=name,
        status=Status.APPROVED, submitted_at=submitted, approved_at=submitted + timedelta(days=2), ever_verified=True,
        created_at=submitted, updated_at=submitted))
