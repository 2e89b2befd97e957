"""Certifications an enterprise declares (OCOP, ISO, HACCP, VietGAP, CR, Hàng Việt Nam chất lượng
cao), their committee's verification, the badges they give and the reminder before expiry.

A declaration goes straight to the committee's review queue (services/reviews.py decides it, as
it decides listings). Editing one sends it back there, so a badge never shows values nobody
verified. A badge shows while the certification is verified and its expiry date is not past
(`Certification.shows_on`): compared with today on every read, so nothing has to run at midnight.
"""
from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import LazyString
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from .. import search
from ..extensions import db
from ..i18n import date_format, local_today
from ..models import CertKind, Certification, Enterprise, Offering, Role, Status
from ..models.base import utcnow
from ..text import nfc
from . import attachments
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .lifecycle import claim_version, link, transition
from .notifications import notify
from .permissions import can_manage_certifications, can_view_certification, require

KIND_LABELS = {
    CertKind.OCOP: _l("OCOP (Mỗi xã một sản phẩm)"),
    CertKind.ISO_9001: "ISO 9001",
    CertKind.ISO_14001: "ISO 14001",
    CertKind.ISO_22000: "ISO 22000",
    CertKind.HACCP: "HACCP",
    CertKind.VIETGAP: "VietGAP",
    CertKind.CR: _l("Dấu hợp quy CR"),
    CertKind.HVNCLC: _l("Hàng Việt Nam chất lượng cao"),
}
# What a search filter and its facet call each kind (short: they sit in a narrow column).
FILTER_LABELS = {**KIND_LABELS, CertKind.OCOP: "OCOP", CertKind.HVNCLC: _l("Hàng VN chất lượng cao")}
def filter_labels() -> dict[str, str]:
    """The search filter's choices: "Có chứng nhận" (any kind), then each kind."""
    return {"any": _("Có chứng nhận (mọi loại)"), **{k.value: str(label) for k, label in FILTER_LABELS.items()}}


PRODUCT_LEVEL = {CertKind.OCOP, CertKind.CR}  # a rating or mark of one product: the product is required
MAY_NAME_PRODUCT = PRODUCT_LEVEL | {CertKind.VIETGAP, CertKind.HACCP, CertKind.ISO_22000}
OCOP_STARS = (3, 4, 5)
OCOP_VALIDITY_YEARS = 3  # DOMAIN.md: an OCOP rating is valid for 36 months
EARLIEST_ISSUE = date(1990, 1, 1)
EARLIEST_AWARD_YEAR = 1997  # the first year the title Hàng Việt Nam chất lượng cao was voted
MAX_VALIDITY_YEARS = 10
REMIND_DAYS = 30
DOCUMENT_KINDS = (attachments.PDF, attachments.JPEG, attachments.PNG)
EDITABLE = {Status.PENDING, Status.APPROVED, Status.REJECTED}  # a withdrawn one stays as it was
FIELDS = ("kind", "offering_id", "ocop_stars", "award_year", "number", "issuer", "issued_on", "expires_on")

STATUS_LABELS = {
    Status.PENDING: _l("Chờ duyệt"), Status.APPROVED: _l("Đã xác minh"), Status.REJECTED: _l("Bị từ chối"),
    Status.ARCHIVED: _l("Đã rút"),
}


def kind_label(kind) -> str:
    return str(KIND_LABELS[CertKind(kind)])


def badge_text(cert: Certification) -> str:
    """What a badge says, in words (never a colour or an icon alone): "OCOP 4 sao", "ISO 9001"."""
    return _badge_words(cert.kind, cert.ocop_stars, cert.award_year)


def _badge_words(kind: CertKind, stars: int | None, year: int | None) -> str:
    if kind == CertKind.OCOP:
        return _("OCOP %(n)s sao", n=stars)
    if kind == CertKind.HVNCLC:
        return _("Hàng Việt Nam chất lượng cao %(year)s", year=year)
    return kind_label(kind)


def title(cert: Certification) -> str:
    """How the review desk and the notifications name a certification."""
    name = badge_text(cert)
    if cert.offering is not None:
        name = f"{name} – {cert.offering.title}"
    return _("%(name)s, số %(number)s", name=name, number=cert.number)


@dataclass
class Standing:
    """What the owner's list says of one certification today."""
    key: str  # pending / verified / rejected / expired / expiring / withdrawn
    label: str


def standing(cert: Certification, today: date | None = None) -> Standing:
    today = today or local_today()
    if cert.status == Status.APPROVED:
        if cert.expires_on < today:
            return Standing("expired", _("Hết hạn"))
        if cert.expires_on <= today + timedelta(days=REMIND_DAYS):
            return Standing("expiring", _("Sắp hết hạn"))
        return Standing("verified", _("Đã xác minh"))
    key = {Status.PENDING: "pending", Status.REJECTED: "rejected", Status.ARCHIVED: "withdrawn"}[cert.status]
    return Standing(key, str(STATUS_LABELS[cert.status]))


# ---- reading ---------------------------------------------------------------------------------

def certifications_of(actor, enterprise: Enterprise) -> list[Certification]:
    """The enterprise's certifications for its own list, newest first (withdrawn ones last)."""
    require(can_manage_certifications(actor, enterprise) or can_view_certification(actor, enterprise))
    return list(db.session.scalars(
        db.select(Certification).where(Certification.enterprise_id == enterprise.id)
        .order_by((Certification.status == Status.ARCHIVED), Certification.expires_on.desc(), Certification.id.desc())))


def get_own_certification(actor, cert_id: int) -> Certification:
    cert = db.session.get(Certification, cert_id)
    if cert is None or not can_manage_certifications(actor, cert.enterprise):
        raise NotFound(_("Không tìm thấy chứng nhận này."))
    return cert


def get_document(actor, cert_id: int) -> Certification:
    """The scanned document: the enterprise's users, its committee's reviewers, administrators."""
    cert = db.session.get(Certification, cert_id)
    if cert is None or not can_view_certification(actor, cert.enterprise):
        raise NotFound()
    return cert


def offering_choices(enterprise: Enterprise) -> list[Offering]:
    """The products a certification may name: the enterprise's own, not archived."""
    return list(db.session.scalars(db.select(Offering).where(
        Offering.enterprise_id == enterprise.id, Offering.status != Status.ARCHIVED).order_by(Offering.title)))


# ---- the rules of a declaration ------------------------------------------------------------

def years_later(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _clean(enterprise: Enterprise, values: dict) -> dict:
    """The values checked against the kind's rules, with what a rule fills in (OCOP's expiry)."""
    try:
        kind = CertKind(values.get("kind"))
    except ValueError:
        raise DomainError(_("Hãy chọn loại chứng nhận.")) from None
    number, issuer = nfc(values.get("number")) or "", nfc(values.get("issuer")) or ""
    if not number:
        raise DomainError(_("Hãy nhập số giấy chứng nhận."))
    if not issuer:
        raise DomainError(_("Hãy nhập tên tổ chức cấp."))
    if len(number) > 100 or len(issuer) > 200:
        raise DomainError(_("Số giấy chứng nhận tối đa 100 ký tự, tổ chức cấp tối đa 200 ký tự."))
    issued_on, expires_on, today = values.get("issued_on"), values.get("expires_on"), local_today()
    if issued_on is None:
        raise DomainError(_("Hãy nhập ngày cấp."))
    if not EARLIEST_ISSUE <= issued_on <= today:
        raise DomainError(_("Ngày cấp phải từ 01/01/1990 đến hôm nay."))
    stars = award_year = None
    if kind == CertKind.OCOP:
        stars = values.get("ocop_stars")
        if stars not in OCOP_STARS:
            raise DomainError(_("Sản phẩm OCOP được xếp hạng 3, 4 hoặc 5 sao: hãy chọn số sao."))
        expires_on = expires_on or years_later(issued_on, OCOP_VALIDITY_YEARS)
    if kind == CertKind.HVNCLC:
        award_year = values.get("award_year")
        if award_year is None or not EARLIEST_AWARD_YEAR <= award_year <= today.year:
            raise DomainError(_("Hãy nhập năm đạt danh hiệu, từ %(first)s đến %(last)s.",
                                first=EARLIEST_AWARD_YEAR, last=today.year))
    if expires_on is None:
        raise DomainError(_("Hãy nhập ngày hết hạn."))
    if expires_on <= issued_on:
        raise DomainError(_("Ngày hết hạn phải sau ngày cấp."))
    if expires_on > years_later(issued_on, MAX_VALIDITY_YEARS):
        raise DomainError(_("Hiệu lực tối đa %(n)s năm kể từ ngày cấp: hãy kiểm tra lại ngày hết hạn.",
                            n=MAX_VALIDITY_YEARS))
    offering_id = values.get("offering_id")
    if kind in PRODUCT_LEVEL and offering_id is None:
        raise DomainError(_("%(kind)s cấp cho từng sản phẩm: hãy chọn sản phẩm được chứng nhận.", kind=kind_label(kind)))
    if kind not in MAY_NAME_PRODUCT:
        offering_id = None  # a certification of the whole enterprise
    if offering_id is not None:
        offering = db.session.get(Offering, offering_id)
        if offering is None or offering.enterprise_id != enterprise.id or offering.status == Status.ARCHIVED:
            raise DomainError(_("Sản phẩm được chứng nhận phải là sản phẩm của doanh nghiệp mình."))
    return {"kind": kind, "offering_id": offering_id, "ocop_stars": stars, "award_year": award_year,
            "number": number, "issuer": issuer, "issued_on": issued_on, "expires_on": expires_on}


def _store_document(document, required: bool) -> tuple[str, str] | None:
    stored = attachments.store(document, accepted=DOCUMENT_KINDS, refused=_(
        "Bản chụp giấy chứng nhận phải là tệp PDF, JPEG hoặc PNG."))
    if stored is None and required:
        raise DomainError(_("Hãy đính kèm bản chụp giấy chứng nhận (PDF, JPEG hoặc PNG, tối đa 5 MB)."))
    return stored


def _audit_values(cert: Certification) -> dict:
    return snapshot(cert, FIELDS + ("document_name", "status"))


# ---- the owner's changes ---------------------------------------------------------------------

def declare_certification(actor, enterprise: Enterprise, values: dict, document) -> Certification:
    """A new declaration, sent to the committee for verification at once."""
    require(can_manage_certifications(actor, enterprise),
            _("Chỉ doanh nghiệp trong Khối khai được chứng nhận, để Đảng ủy Khối xác minh."))
    clean = _clean(enterprise, values)
    path, name = _store_document(document, required=True)
    cert = Certification(enterprise_id=enterprise.id, status=Status.PENDING, submitted_at=utcnow(),
                         document_path=path, document_name=name, **clean)
    db.session.add(cert)
    db.session.flush()
    record_event(actor, "certification.submit", cert, after=_audit_values(cert))
    return cert


def update_certification(actor, cert: Certification, values: dict, document, expected_version: int | None
                         ) -> Certification:
    """An edit goes back to the committee: a verified certification stops showing until verified again."""
    require(can_manage_certifications(actor, cert.enterprise))
    if cert.status not in EDITABLE:
        raise DomainError(_("Chứng nhận đã rút không sửa được; hãy khai một chứng nhận mới."))
    clean = _clean(cert.enterprise, values)
    claim_version(cert, expected_version)  # of two saves of one version, one passes
    stored = _store_document(document, required=False)
    before, was_shown = _audit_values(cert), cert.shows_on(local_today())
    for name, value in clean.items():
        setattr(cert, name, value)
    if stored is not None:
        cert.document_path, cert.document_name = stored
    cert.status, cert.submitted_at = Status.PENDING, utcnow()
    db.session.flush()
    record_event(actor, "certification.update", cert, before=before, after=_audit_values(cert))
    if was_shown:
        search.touch()  # its badge leaves the cached pages and answers
    return cert


def withdraw_certification(actor, cert: Certification, expected_version: int | None) -> None:
    """Taken down by its owner; kept with its decisions and history (a verified one is never deleted)."""
    require(can_manage_certifications(actor, cert.enterprise))
    was_shown = cert.shows_on(local_today())
    transition(actor, cert, "certification.withdraw", expected_version if expected_version is not None else -1,
               EDITABLE, Status.ARCHIVED, _("rút chứng nhận"))
    if was_shown:
        search.touch()


def delete_certification(actor, cert: Certification, expected_version: int | None) -> None:
    """A declaration never verified (waiting or rejected) may be deleted outright: nothing was ever
    shown of it. Its values stay in the audit trail; one ever verified can only be withdrawn."""
    require(can_manage_certifications(actor, cert.enterprise))
    if cert.ever_verified or cert.status == Status.APPROVED:
        raise DomainError(_("Chứng nhận đã được xác minh không xoá được (để giữ lịch sử); hãy rút chứng nhận."))
    if expected_version is None or cert.version != expected_version:
        raise DomainError(_("Chứng nhận vừa được thay đổi. Hãy tải lại trang rồi thử lại."))
    result = db.session.execute(db.delete(Certification).where(
        Certification.id == cert.id, Certification.version == expected_version,
        Certification.ever_verified.is_(False)).execution_options(synchronize_session=False))
    if result.rowcount != 1:  # verified or edited meanwhile
        raise DomainError(_("Chứng nhận vừa được thay đổi. Hãy tải lại trang rồi thử lại."))
    record_event(actor, "certification.delete", cert, before=_audit_values(cert))
    db.session.expunge(cert)


# ---- the committee's decision (called by services/reviews.decide) ----------------------------

def after_decision(cert: Certification, approved: bool) -> None:
    """A verification puts a badge on the public pages: the cached pages and answers are renewed."""
    if approved:
        search.touch()


def notification_link(cert: Certification) -> str:
    return link("workspace.certifications")


# ---- badges ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Badge:
    kind: str
    text: str
    expires_on: date
    product: str | None = None  # a product-level certification's product, on the enterprise page
    self_declared: bool = False  # Hàng Việt Nam chất lượng cao: a title, not a state certificate

    @property
    def sort_key(self):
        return list(CertKind).index(CertKind(self.kind)), self.text, self.product or ""


def _badge(cert: Certification, with_product: bool) -> Badge:
    return Badge(cert.kind.value, badge_text(cert), cert.expires_on,
                 cert.offering.title if with_product and cert.offering is not None else None,
                 cert.kind == CertKind.HVNCLC)


def _shown(today: date):
    return db.select(Certification).where(Certification.shown_on(today))


def offering_badges(offering: Offering, today: date | None = None) -> list[Badge]:
    """An offering's badges: its own (product-level) and its enterprise's (enterprise-level)."""
    rows = db.session.scalars(_shown(today or local_today()).where(
        Certification.enterprise_id == offering.enterprise_id,
        db.or_(Certification.offering_id.is_(None), Certification.offering_id == offering.id)))
    return sorted((_badge(c, False) for c in rows), key=lambda b: b.sort_key)


def enterprise_badges(enterprise: Enterprise, today: date | None = None) -> list[Badge]:
    """The enterprise page: every badge of the enterprise, a product's with the product's name
    (only of a public product: a draft's name is not for visitors)."""
    rows = db.session.scalars(_shown(today or local_today()).outerjoin(Certification.offering).where(
        Certification.enterprise_id == enterprise.id,
        db.or_(Certification.offering_id.is_(None), Offering.is_public)))
    return sorted((_badge(c, True) for c in rows), key=lambda b: b.sort_key)


def badges_of(shown: dict) -> dict[tuple[str, int], list[Badge]]:
    """The search page's badges, from what the search read with its facets (search.Results.badges):
    (type, id) -> badges, in words."""
    return {key: sorted({Badge(s.kind, _badge_words(CertKind(s.kind), s.ocop_stars, s.award_year), s.expires_on,
                               self_declared=s.kind == CertKind.HVNCLC.value) for s in rows}, key=lambda b: b.sort_key)
            for key, rows in shown.items()}


def kinds_shown_for(offering: Offering, today: date | None = None) -> set[str]:
    """The kinds of badge an offering shows (the saved-search digest filters by them)."""
    return {b.kind for b in offering_badges(offering, today)}


# ---- the reminder before expiry (the daily job) ----------------------------------------------

def send_expiry_reminders(today: date | None = None) -> int:
    """Remind the managers of each verified certification that expires within REMIND_DAYS, once per
    expiry date (`reminded_for`; a renewal with a new date is reminded again). The claim is one
    UPDATE ... WHERE reminded_for IS DISTINCT, so a job run twice, even at once, reminds once."""
    today = today or local_today()
    due = db.session.scalars(db.select(Certification).where(
        Certification.status == Status.APPROVED, Certification.expires_on >= today,
        Certification.expires_on <= today + timedelta(days=REMIND_DAYS),
        db.or_(Certification.reminded_for.is_(None), Certification.reminded_for != Certification.expires_on),
    ).order_by(Certification.id)).all()
    sent = 0
    for cert in due:
        claimed = db.session.execute(db.update(Certification).where(
            Certification.id == cert.id, Certification.expires_on == cert.expires_on,
            db.or_(Certification.reminded_for.is_(None), Certification.reminded_for != cert.expires_on),
        ).values(reminded_for=cert.expires_on).execution_options(synchronize_session=False))
        if claimed.rowcount != 1:
            continue
        managers = [u for u in cert.enterprise.users if u.active and u.role == Role.MANAGER]
        # Lazy as a whole, so that the badge's words too are read in each recipient's language.
        subject = LazyString(lambda c=cert: _("Chứng nhận %(name)s hết hạn ngày %(day)s", name=title(c),
                                              day=date_format(c.expires_on)))
        for user in managers:
            notify(user, subject, _l("Hãy gia hạn và cập nhật giấy chứng nhận mới để huy hiệu tiếp tục hiển thị."),
                   notification_link(cert))
        sent += 1
    db.session.flush()
    return sent
