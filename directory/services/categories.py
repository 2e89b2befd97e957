"""Categories are data: an administrator adds, renames, moves and merges them (docs/architecture.md).

The tree is two levels deep (catalog.category_ids): a top category and its children. A merge
moves the source's offerings, needs and linkages to the target, deletes the source and keeps
its slug as a redirect to the target; the audit trail keeps what the source was.
"""
from flask_babel import gettext as _

from .. import search
from ..extensions import db
from ..models import Category, CategoryRedirect, Kind, Linkage, Need, Offering
from ..text import nfc, slugify
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .permissions import is_admin, require
from .saved_searches import follow_category_merge

FIELDS = ("slug", "name_vi", "name_en", "kind", "parent_id")


def all_categories() -> list[Category]:
    """Top categories, each followed by its children, in browsing order."""
    tops = db.session.scalars(db.select(Category).where(Category.parent_id.is_(None))
                              .order_by(Category.kind, Category.position, Category.id)).all()
    return [c for top in tops for c in (top, *top.children)]


def get_category(category_id: int) -> Category:
    category = db.session.get(Category, category_id)
    if category is None:
        raise NotFound()
    return category


def redirect_target(slug: str) -> Category | None:
    """The category a merged category's slug now leads to."""
    redirect = db.session.get(CategoryRedirect, slug[:80])
    return db.session.get(Category, redirect.category_id) if redirect else None


def _names(name_vi: str, name_en: str) -> tuple[str, str]:
    name_vi, name_en = nfc(name_vi or ""), nfc(name_en or "")
    if not name_vi:
        raise DomainError(_("Hãy nhập tên tiếng Việt."))
    if len(name_vi) > 120 or len(name_en) > 120:
        raise DomainError(_("Tên tối đa 120 ký tự."))
    return name_vi, name_en or name_vi


def _check_parent(category: Category | None, parent: Category | None, kind: Kind) -> None:
    if parent is None:
        return
    if category is not None and parent.id == category.id:
        raise DomainError(_("Một nhóm không thể nằm trong chính nó."))
    if parent.parent_id is not None:
        raise DomainError(_("Nhóm cha phải là nhóm cấp trên cùng: cây nhóm chỉ có hai cấp."))
    if category is not None and category.children:
        raise DomainError(_("Nhóm %(name)s có nhóm con nên phải ở cấp trên cùng.", name=category.name_vi))
    if parent.kind != kind:
        raise DomainError(_("Nhóm cha phải cùng loại (sản phẩm hoặc dịch vụ)."))


def _free_slug(name_vi: str) -> str:
    base = slugify(name_vi, 70)
    slug, n = base, 1
    while (db.session.scalar(db.select(Category.id).where(Category.slug == slug))
           or db.session.get(CategoryRedirect, slug)):
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_category(actor, name_vi: str, name_en: str, kind: Kind, parent: Category | None = None) -> Category:
    require(is_admin(actor))
    name_vi, name_en = _names(name_vi, name_en)
    _check_parent(None, parent, kind)
    category = Category(slug=_free_slug(name_vi), name_vi=name_vi, name_en=name_en, kind=kind,
                        parent_id=parent.id if parent else None, position=_next_position(parent))
    db.session.add(category)
    db.session.flush()
    record_event(actor, "category.create", category, after=snapshot(category, FIELDS))
    return category


def _next_position(parent: Category | None) -> int:
    siblings = Category.parent_id == parent.id if parent else Category.parent_id.is_(None)
    return (db.session.scalar(db.select(db.func.max(Category.position)).where(siblings)) or 0) + 1


def _offerings_under(category: Category) -> list[Offering]:
    ids = [category.id, *(c.id for c in category.children)]
    return list(db.session.scalars(db.select(Offering).where(Offering.category_id.in_(ids))))


def _reindex(offerings: list[Offering]) -> None:
    """The category's name is in its offerings' documents, and its place in their facets; a new
    index stamp also retires the cached public pages that show its name (cache.public_page)."""
    for offering in offerings:
        search.sync_offering(offering)
    search.touch()


def rename_category(actor, category: Category, name_vi: str, name_en: str) -> None:
    require(is_admin(actor))
    name_vi, name_en = _names(name_vi, name_en)
    before = snapshot(category, FIELDS)
    if (name_vi, name_en) == (category.name_vi, category.name_en):
        return
    category.name_vi, category.name_en = name_vi, name_en
    db.session.flush()
    record_event(actor, "category.rename", category, before=before, after=snapshot(category, FIELDS))
    _reindex(_offerings_under(category))


def move_category(actor, category: Category, parent: Category | None) -> None:
    require(is_admin(actor))
    _check_parent(category, parent, category.kind)
    if category.parent_id == (parent.id if parent else None):
        return
    before = snapshot(category, FIELDS)
    category.parent_id = parent.id if parent else None
    category.position = _next_position(parent)
    db.session.flush()
    db.session.expire(category, ["parent"])
    record_event(actor, "category.move", category, before=before, after=snapshot(category, FIELDS))
    _reindex(_offerings_under(category))


def merge_category(actor, source: Category, target: Category) -> int:
    """Move the source's offerings, needs and linkages to the target, then delete the source; its
    links lead to the target and the saved searches filtered by it filter by the target. Returns
    the number of offerings moved."""
    require(is_admin(actor))
    if source.id == target.id:
        raise DomainError(_("Không thể hợp nhất một nhóm vào chính nó."))
    if source.children:
        raise DomainError(_("Nhóm %(name)s còn nhóm con: hãy chuyển hoặc hợp nhất các nhóm con trước.",
                            name=source.name_vi))
    if source.kind != target.kind:
        raise DomainError(_("Chỉ hợp nhất được hai nhóm cùng loại (sản phẩm hoặc dịch vụ)."))
    offerings = list(db.session.scalars(db.select(Offering).where(Offering.category_id == source.id)))
    for offering in offerings:
        offering.category_id = target.id
    for model in (Need, Linkage):
        db.session.execute(db.update(model).where(model.category_id == source.id).values(category_id=target.id))
    db.session.execute(db.update(CategoryRedirect).where(CategoryRedirect.category_id == source.id)
                       .values(category_id=target.id))
    searches_moved = follow_category_merge(source.slug, target.slug)
    record_event(actor, "category.merge", source, before=snapshot(source, FIELDS),
                 after={"merged_into_id": target.id, "merged_into": target.slug, "offerings_moved": len(offerings),
                        "saved_searches_moved": searches_moved})
    slug = source.slug
    db.session.delete(source)
    db.session.flush()
    db.session.add(CategoryRedirect(slug=slug, category_id=target.id))
    db.session.flush()
    for offering in offerings:
        db.session.expire(offering, ["category"])
    _reindex(offerings)
    return len(offerings)
