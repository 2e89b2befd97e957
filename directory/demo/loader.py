"""`flask demo load`: committees, categories, enterprises, offerings and demo accounts.

Idempotent: every record is looked up by its natural key first, so a second run
adds nothing. Deterministic: one seeded random generator.
"""
import random
from datetime import timedelta

import click
import phonenumbers
from flask.cli import with_appcontext
from stdnum.vn import mst

from .. import freshness
from ..extensions import db
from ..models import (Category, Committee, Decision, Enterprise, EnterpriseSector, Kind, Offering,
                      OfferingArea, OfferingImage, Ownership, Review, Role, Status, User)
from ..models.base import utcnow
from ..reference import committee_rows, provinces
from ..text import nfc, slugify
from ..search.cli import reindex_with_progress
from ..services.catalog import public_enterprises
from . import content
from .certifications import load_certifications
from .details import details_for
from .images import save_logo, save_tile
from .programme import load_programme

DEMO_PASSWORD = "demo-ketnoi"  # passes the password policy (services/passwords.py)
PROVINCE_BY_NAME = {p.name: p.code for p in provinces().values()}


def make_tax_code(rng: random.Random, taken: set[str]) -> str:
    """A valid 10-digit MST (its check digit as python-stdnum computes it), not yet used."""
    while True:
        digits = f"0{rng.randint(100000000, 999999999)}"[-9:]
        code = digits + "0"
        for check in range(10):
            candidate = digits + str(check)
            if mst.is_valid(candidate):
                code = candidate
                break
        if mst.is_valid(code) and code not in taken:
            taken.add(code)
            return code


def _province_code(name: str) -> str:
    return PROVINCE_BY_NAME[name.removeprefix("Thành phố ").removeprefix("Tỉnh ")]


def _e164(phone: str | None) -> str | None:
    if not phone:
        return None
    number = phonenumbers.parse(phone, "VN")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def load_committees() -> dict[str, Committee]:
    committees = {c.code: c for c in db.session.scalars(db.select(Committee))}
    for row in committee_rows():
        if row["committee_key"] not in committees:
            committee = Committee(
                code=row["committee_key"], name=nfc(row["committee_name_vi"]),
                province_code=row["province_2025_code"].zfill(2),
                legacy_province_name=nfc(row["legacy_province_vi"]),
                landline_area_code=row["landline_area_code"],
            )
            db.session.add(committee)
            committees[committee.code] = committee
    db.session.flush()
    return committees


def load_categories() -> dict[str, Category]:
    existing = {c.slug: c for c in db.session.scalars(db.select(Category))}
    for position, node in enumerate(content.CATEGORIES):
        parent = existing.get(node["slug"])
        if parent is None:
            parent = Category(slug=node["slug"], name_vi=node["name_vi"], name_en=node["name_en"],
                              kind=Kind(node["kind"]), position=position)
            db.session.add(parent)
            existing[parent.slug] = parent
        for child_position, child in enumerate(node.get("children", ())):
            if child["slug"] not in existing:
                category = Category(slug=child["slug"], name_vi=child["name_vi"], name_en=child["name_en"],
                                    kind=Kind(child["kind"]), position=child_position, parent=parent)
                db.session.add(category)
                existing[category.slug] = category
    db.session.flush()
    return existing


def _unique_slug(name: str, taken: set[str]) -> str:
    base = slugify(name)
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def load_enterprises(rng, committees, categories) -> list[Enterprise]:
    existing = {e.legal_name: e for e in db.session.scalars(db.select(Enterprise))}
    taken_codes = {e.tax_code for e in existing.values()}
    taken_slugs = {e.slug for e in existing.values()}
    groups = [(committees[key], items) for key, items in content.ENTERPRISES.items()]
    groups.append((None, content.OUTSIDE_BUYERS))
    total = sum(len(items) for _, items in groups)
    created = []
    now = utcnow()
    with click.progressbar(length=total, label="Doanh nghiệp và sản phẩm") as bar:
        for committee, items in groups:
            for index, data in enumerate(items):
                bar.update(1)
                if data["legal_name"] in existing:
                    continue
                province = committee.province_code if committee else _province_code(data["province"])
                approved_at = now - timedelta(days=rng.randint(30, 420))
                enterprise = Enterprise(
                    slug=_unique_slug(data["short_name"] or data["legal_name"], taken_slugs),
                    legal_name=data["legal_name"], short_name=data["short_name"],
                    tax_code=make_tax_code(rng, taken_codes), committee=committee,
                    ownership=Ownership(data["ownership"]), address_line=data["address_line"],
                    ward=data["ward"], province_code=province, phone=_e164(data["phone"]),
                    email=f"lienhe@{slugify(data['short_name'] or data['legal_name']).replace('-', '')[:30]}.vn",
                    website=data["website"], description=data["description"],
                    employee_band=data["employee_band"], founded_year=data["founded_year"],
                    status=Status.APPROVED, submitted_at=approved_at - timedelta(days=2),
                    approved_at=approved_at, created_at=approved_at - timedelta(days=3),
                )
                enterprise.sectors = [EnterpriseSector(vsic_version="2018", code=c) for c in data["vsic"]]
                enterprise.logo_path = save_logo(enterprise.display_name)
                # A few items wait for the committee or were sent back, as in real life.
                if committee and index == len(items) - 1:
                    enterprise.status, enterprise.approved_at = Status.PENDING, None
                elif committee and index == len(items) - 2 and committee.code in ("hanoi", "haiphong"):
                    enterprise.status, enterprise.approved_at = Status.REJECTED, None
                db.session.add(enterprise)
                for n, item in enumerate(data["offerings"]):
                    db.session.add(_offering(rng, enterprise, item, categories, approved_at, n, index))
                created.append(enterprise)
    db.session.flush()
    return created


def _offering(rng, enterprise, item, categories, approved_at, n, index) -> Offering:
    approved = approved_at + timedelta(days=rng.randint(1, 25))
    status = Status.APPROVED
    if enterprise.status != Status.APPROVED:
        status = Status.PENDING if enterprise.status == Status.PENDING else Status.DRAFT
    elif n == 3 and index % 4 == 1:
        status = Status.PENDING
    elif n == 2 and index % 5 == 2:
        status = Status.REJECTED
    category = categories.get(item["category"])
    top = category.parent if category is not None and category.parent is not None else category
    offering = Offering(
        # Its own generator: the details leave the stream of the rest of the demo unchanged.
        **details_for(random.Random(item["title"]), item, top.slug if top else None, enterprise.province_code, utcnow().date()),
        enterprise=enterprise, kind=Kind(item["kind"]), title=item["title"],
        description=item["description"], category=categories.get(item["category"]),
        unit=item["unit"], price_min=item["price_min"], price_max=item["price_max"],
        member_offer=item["member_offer"], member_discount_pct=item["discount_pct"],
        status=status, submitted_at=approved - timedelta(days=1),
        approved_at=approved if status == Status.APPROVED else None,
        created_at=approved - timedelta(days=2),
    )
    # Most offerings show a placeholder photo; every fourth has none, as in real listings.
    if offering.category is not None and n % 4 != 3:
        offering.images = [OfferingImage(path=save_tile(offering.category.name_vi))]
    offering.delivery_areas = [
        OfferingArea(province_code=PROVINCE_BY_NAME[name])
        for name in item["delivery"] if name in PROVINCE_BY_NAME
    ]
    return offering


def demo_accounts(committees) -> list[dict]:
    """One account per role (README lists them)."""
    members = {e.committee_id: e for e in db.session.scalars(
        public_enterprises().order_by(Enterprise.id))}
    outside = db.session.scalar(db.select(Enterprise).where(Enterprise.committee_id.is_(None)).order_by(Enterprise.id))
    hanoi, haiphong = committees["hanoi"], committees["haiphong"]
    return [
        dict(email="admin@ketnoi.vn", full_name="Trần Quốc Bảo", role=Role.ADMIN),
        dict(email="duyet.hanoi@ketnoi.vn", full_name="Nguyễn Thị Minh Phương", role=Role.REVIEWER, committee=hanoi),
        dict(email="duyet.haiphong@ketnoi.vn", full_name="Phạm Văn Hải", role=Role.REVIEWER, committee=haiphong),
        dict(email="quanly@ketnoi.vn", full_name="Lê Thị Thu Hà", role=Role.MANAGER, enterprise=members[hanoi.id]),
        dict(email="nhanvien@ketnoi.vn", full_name="Đỗ Minh Tuấn", role=Role.STAFF, enterprise=members[hanoi.id]),
        dict(email="quanly.haiphong@ketnoi.vn", full_name="Vũ Đức Thắng", role=Role.MANAGER, enterprise=members[haiphong.id]),
        dict(email="muahang@ketnoi.vn", full_name="Hoàng Thị Lan", role=Role.MANAGER, enterprise=outside),
    ]


def load_accounts(committees) -> None:
    for account in demo_accounts(committees):
        if db.session.scalar(db.select(User).where(User.email == account["email"])):
            continue
        user = User(**account, email_confirmed_at=utcnow())
        user.set_password(DEMO_PASSWORD)
        db.session.add(user)
    db.session.flush()


def record_rejections(rng, committees) -> None:
    """Give every rejected demo item the committee's reason, as a reviewer would have."""
    reviewers = {u.committee_id: u for u in db.session.scalars(db.select(User).where(User.role == Role.REVIEWER))}
    admin = db.session.scalar(db.select(User).where(User.role == Role.ADMIN))
    reviewed = set(db.session.execute(db.select(Review.target_type, Review.target_id)).tuples())
    rejected = [("enterprise", e, e.committee_id) for e in db.session.scalars(
        db.select(Enterprise).where(Enterprise.status == Status.REJECTED))]
    rejected += [("offering", o, o.enterprise.committee_id) for o in db.session.scalars(
        db.select(Offering).where(Offering.status == Status.REJECTED))]
    for target_type, record, committee_id in rejected:
        if (target_type, record.id) in reviewed:
            continue
        reviewer = reviewers.get(committee_id, admin)
        db.session.add(Review(target_type=target_type, target_id=record.id, decision=Decision.REJECT,
                              reason=rng.choice(content.REJECTION_REASONS), reviewer_id=reviewer.id,
                              committee_id=committee_id, created_at=record.updated_at or utcnow()))
    db.session.flush()


# The yearly re-confirmation (directory/freshness.py) of the demo's approved listings: how many
# days ago each was last confirmed. Most recently; one in 12 is due within 30 days, one in 25
# overdue but in the grace period, and two have left search. Always in the past and after the
# listing's approval: a state owed by a listing approved too recently goes to the next old enough.
DUE_SOON, OVERDUE, OUT_OF_SEARCH = (338, 362), (367, 390), (398, 405)


def confirm_listings(rng) -> None:
    now = utcnow()
    owed = {OUT_OF_SEARCH: 2, OVERDUE: 0, DUE_SOON: 0}
    offerings = db.session.scalars(db.select(Offering).where(Offering.status == Status.APPROVED,
                                                             Offering.confirmed_at.is_(None)).order_by(Offering.id))
    for position, offering in enumerate(offerings):
        owed[DUE_SOON] += position % 12 == 5
        owed[OVERDUE] += position % 25 == 9
        age = (now - offering.approved_at).days
        state = next((days for days, n in owed.items() if n and age > days[1]), None)
        if state is not None:
            owed[state] -= 1
            confirmed = now - timedelta(days=rng.randint(*state), hours=rng.randint(0, 10))
        else:
            confirmed = max(offering.approved_at, now - timedelta(days=rng.randint(1, max(1, min(age, 300)))))
        offering.confirmed_at = confirmed
        offering.confirm_due_on = freshness.due_after(freshness.local_day(confirmed))
    db.session.flush()


def load_demo(seed: int = 2023) -> None:
    rng = random.Random(seed)
    committees = load_committees()
    categories = load_categories()
    load_enterprises(rng, committees, categories)
    load_accounts(committees)
    record_rejections(rng, committees)
    load_programme(rng)
    confirm_listings(rng)
    load_certifications()
    db.session.flush()
    reindex_with_progress()


@click.group("demo", help="Dữ liệu mẫu / demo data.")
def demo():
    pass


@demo.command("load", help="Nạp dữ liệu mẫu (chạy lại không tạo bản trùng).")
@click.option("--if-empty", is_flag=True, help="Chỉ nạp khi cơ sở dữ liệu chưa có doanh nghiệp nào.")
@with_appcontext
def load_command(if_empty: bool):
    if if_empty and db.session.scalar(db.select(Enterprise.id).limit(1)) is not None:
        click.echo("Cơ sở dữ liệu đã có dữ liệu; bỏ qua dữ liệu mẫu.")
        return
    load_demo()
    db.session.commit()
    click.echo(f"Đã nạp dữ liệu mẫu. Mật khẩu các tài khoản mẫu: {DEMO_PASSWORD}")
