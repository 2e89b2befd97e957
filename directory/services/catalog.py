"""What the public may see: every listing and look-up of public records starts here, and their counts.

The condition itself is written once, as `is_public` on Enterprise and Offering (approved offerings
of approved enterprises); a query that lists records for visitors, or that a visitor's choice may
point at, goes through `public_enterprises()`, `public_offerings()` or the `get_public_*` look-ups;
lists of offerings go through `listed_offerings()`, which also leaves out lapsed listings.
"""
from functools import cache

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..i18n import current_locale
from ..models import Category, Committee, Enterprise, Offering, OfferingImage, Revision, Status
from ..search.documents import counts
from .errors import NotFound
from .permissions import can_view_enterprise, can_view_history, can_view_offering


@cache  # built once per process: constructing the EXISTS costs ~1-2 ms, more than running it
def public_enterprises() -> sa.Select:
    return db.select(Enterprise).where(Enterprise.is_public)  # immutable: .where() makes a new one


@cache
def public_offerings() -> sa.Select:
    return db.select(Offering).where(Offering.is_public)


@cache
def listed_offerings() -> sa.Select:
    """Public offerings not past their re-confirmation's grace period today (Offering.is_listed):
    what the home page, the category and enterprise pages, needs and digests list, as search does.
    The others keep their page (get_public_offering), marked as not current."""
    return db.select(Offering).where(Offering.is_listed)


def get_public_enterprise(slug: str) -> Enterprise:
    """A public enterprise, whoever asks (what may be saved, asked about or dealt with); NotFound
    otherwise, so that a page never shows an unpublished name."""
    enterprise = db.session.scalar(public_enterprises().where(Enterprise.slug == slug[:100]))
    if enterprise is None:
        raise NotFound()
    return enterprise


def get_public_offering(offering_id: int) -> Offering:
    offering = db.session.scalar(public_offerings().where(Offering.id == offering_id))
    if offering is None:
        raise NotFound()
    return offering


def get_public_supplier(offering_id: int | None, slug: str) -> tuple[Enterprise, Offering | None]:
    """What a link to ask, save or deal points at: a public offering and its enterprise when
    `offering_id` is given, else the public enterprise `slug`."""
    if offering_id is not None:
        offering = get_public_offering(offering_id)
        return offering.enterprise, offering
    return get_public_enterprise(slug), None


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
    query = for_cards(listed_offerings()).order_by(Offering.approved_at.desc(), Offering.id.desc()).limit(limit)
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
    """With what its page shows, in one query (its images and delivery areas in one each)."""
    offering = db.session.get(Offering, offering_id, options=[
        joinedload(Offering.enterprise).joinedload(Enterprise.committee), joinedload(Offering.category),
        selectinload(Offering.images), selectinload(Offering.delivery_areas)])
    if offering is None or not can_view_offering(user, offering):
        raise NotFound()
    return offering


def top_categories() -> list[Category]:
    return list(db.session.scalars(
        db.select(Category).where(Category.parent_id.is_(None)).order_by(Category.kind, Category.position)
    ))


def category_options() -> list[tuple[Category, str]]:
    """Every category with its label for a select: each top-level one, then its children indented."""
    locale = current_locale()
    return [(category, label) for top in top_categories() for category, label in
            [(top, top.name(locale)), *((child, f"— {child.name(locale)}") for child in top.children)]]


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
