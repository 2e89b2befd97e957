"""What the public may see: approved offerings of approved enterprises, and their counts."""
import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Category, Committee, Enterprise, Offering, OfferingImage, Revision, Status
from ..search.documents import counts
from .errors import NotFound
from .permissions import can_view_enterprise, can_view_history, can_view_offering


def public_enterprises() -> sa.Select:
    return db.select(Enterprise).where(Enterprise.status == Status.APPROVED)


def public_offerings() -> sa.Select:
    """The one rule of public visibility for offerings, used by every listing."""
    # EXISTS, not a join: a listing in date order then reads the offerings' date index from the
    # newest and stops at the page, where a join would let the planner start from the enterprises.
    return db.select(Offering).where(Offering.status == Status.APPROVED,
                                     Offering.enterprise.has(Enterprise.status == Status.APPROVED))


def for_cards(query: sa.Select) -> sa.Select:
    """Load what an offering card shows in two extra queries, not two per card."""
    return query.options(selectinload(Offering.enterprise), selectinload(Offering.category))


def committee_overview() -> list[tuple[Committee, int, int]]:
    """Active committees with their counts of approved enterprises and offerings, as the search
    index keeps them (not counted from the catalogue on every request)."""
    found = counts(["committee_enterprise", "committee_offering"])
    committees = db.session.scalars(db.select(Committee).where(Committee.active.is_(True)).order_by(Committee.id))
    return [(c, found.get(("committee_enterprise", c.id), 0), found.get(("committee_offering", c.id), 0))
            for c in committees]


def committee_size(committee: Committee) -> int:
    """Its approved enterprises (the committee page's total)."""
    return counts(["committee_enterprise"], [committee.id]).get(("committee_enterprise", committee.id), 0)


def category_size(category: Category) -> int:
    """Public offerings in the category and its children (the category page's total)."""
    return counts(["category"], [category.id]).get(("category", category.id), 0)


def newest_offerings(limit: int = 8) -> list[Offering]:
    query = for_cards(public_offerings()).order_by(Offering.approved_at.desc(), Offering.id.desc()).limit(limit)
    return list(db.session.scalars(query))


def get_committee(code: str) -> Committee:
    committee = db.session.scalar(db.select(Committee).where(Committee.code == code))
    if committee is None:
        raise NotFound()
    return committee


def get_category(slug: str) -> Category:
    category = db.session.scalar(db.select(Category).where(Category.slug == slug))
    if category is None:
        raise NotFound()
    return category


def category_ids(category: Category) -> list[int]:
    """The category and its descendants (the tree is two levels deep)."""
    return [category.id, *(child.id for child in category.children)]


def get_enterprise(slug: str, user) -> Enterprise:
    """The enterprise if this user may see it; NotFound hides drafts from others."""
    enterprise = db.session.scalar(db.select(Enterprise).where(Enterprise.slug == slug))
    if enterprise is None or not can_view_enterprise(user, enterprise):
        raise NotFound()
    return enterprise


def get_offering(offering_id: int, user) -> Offering:
    offering = db.session.get(Offering, offering_id)
    if offering is None or not can_view_offering(user, offering):
        raise NotFound()
    return offering


def top_categories() -> list[Category]:
    return list(db.session.scalars(
        db.select(Category).where(Category.parent_id.is_(None)).order_by(Category.kind, Category.position)
    ))


def get_upload(name: str, user) -> str:
    """The file name if this user may see the image or logo: the record that shows it decides
    (a draft's images stay with its owner and committee); unknown files are not found."""
    image = db.session.scalar(db.select(OfferingImage).where(OfferingImage.path == name).limit(1))
    if image is not None and can_view_offering(user, db.session.get(Offering, image.offering_id)):
        return name
    enterprise = db.session.scalar(db.select(Enterprise).where(Enterprise.logo_path == name).limit(1))
    if enterprise is not None and can_view_enterprise(user, enterprise):
        return name
    for revision in db.session.scalars(db.select(Revision).where(Revision.status == Status.PENDING)):
        proposed = revision.proposed or {}
        if name in (proposed.get("images") or ()) or proposed.get("logo_path") == name:
            target = db.session.get(Enterprise if revision.target_type == "enterprise" else Offering,
                                    revision.target_id)
            owner = target if isinstance(target, Enterprise) else target.enterprise
            if can_view_history(user, owner):  # its users, its committee, administrators
                return name
    raise NotFound()
