"""Saved searches and their daily digest of newly approved offerings.

The digest matches in Python with folded words (directory.text.fold), on purpose apart from
the search engine: it looks only at offerings approved since the last digest, a few a day.
"""
from flask_babel import gettext as _

from ..extensions import db
from ..i18n import current_locale
from ..models import Category, CategoryRedirect, Committee, Offering, SavedSearch
from ..models.base import utcnow
from ..reference import province_name
from ..urls import absolute_url
from . import certifications
from .catalog import listed_offerings
from .committees import own_committee_code
from .errors import DomainError, NotFound
from .inquiries import link_for
from .needs import words
from .mail import in_language_of
from .notifications import notify


def _signed_in(user) -> None:
    if not user.is_authenticated:
        raise NotFound()


MAX_SAVED = 20
FILTER_KEYS = ("category", "committee", "kind", "province", "member", "made_in_vn", "mine", "cert")  # the search page's names


def clean_filters(args) -> dict:
    """Only the filters the digest understands, as short strings; a merged category's old slug
    is saved as the slug of the category it went into."""
    filters = {k: str(args.get(k))[:80] for k in FILTER_KEYS if args.get(k)}
    if filters.get("mine"):  # the digest follows the user's committee, whatever it is then
        filters.pop("committee", None)
    if "category" in filters and (redirect := db.session.get(CategoryRedirect, filters["category"])):
        filters["category"] = db.session.get(Category, redirect.category_id).slug
    return filters


def follow_category_merge(old_slug: str, new_slug: str) -> int:
    """Saved searches filtered by a merged category filter by the category it went into from now
    on (categories.merge_category, in the merge's transaction). Returns how many changed."""
    changed = 0
    # The JSON as text narrows the rows on both databases; the exact test is in Python.
    candidates = db.session.scalars(db.select(SavedSearch).where(
        db.cast(SavedSearch.filters, db.String).contains(old_slug, autoescape=True)))
    for saved in candidates:
        if (saved.filters or {}).get("category") == old_slug:
            saved.filters = {**saved.filters, "category": new_slug}
            changed += 1
    return changed


def save_search(user, query: str, filters: dict) -> SavedSearch:
    _signed_in(user)
    query = (query or "").strip()[:200]
    if not query:
        raise DomainError(_("Hãy nhập từ khoá cần theo dõi."))
    mine = saved_searches_of(user)
    for saved in mine:
        if saved.query == query and saved.filters == filters:
            return saved
    if len(mine) >= MAX_SAVED:
        raise DomainError(_("Tối đa %(n)s tìm kiếm đã lưu.", n=MAX_SAVED))
    saved = SavedSearch(user_id=user.id, query=query, filters=filters, last_sent_at=utcnow())
    db.session.add(saved)
    db.session.flush()
    return saved


def saved_searches_of(user) -> list[SavedSearch]:
    return list(db.session.scalars(
        db.select(SavedSearch).where(SavedSearch.user_id == user.id).order_by(SavedSearch.created_at.desc())))


def delete_saved_search(user, saved_id: int) -> None:
    saved = db.session.get(SavedSearch, saved_id)
    if saved is None or saved.user_id != user.id:
        raise NotFound()
    db.session.delete(saved)


def describe_filters(filters: dict) -> str:
    """The filters in words, for the list page and the mail."""
    parts = []
    if filters.get("category"):
        category = db.session.scalar(db.select(Category).where(Category.slug == filters["category"]))
        if category:
            parts.append(category.name(current_locale()))
    if filters.get("committee"):
        committee = db.session.scalar(db.select(Committee).where(Committee.code == filters["committee"]))
        if committee:
            parts.append(committee.name)
    if filters.get("kind") in ("product", "service"):
        parts.append(_("Sản phẩm") if filters["kind"] == "product" else _("Dịch vụ"))
    if filters.get("province"):
        parts.append(province_name(filters["province"]))
    if filters.get("member"):
        parts.append(_("Có ưu đãi liên kết"))
    if filters.get("made_in_vn"):
        parts.append(_("Hàng sản xuất tại Việt Nam"))
    if filters.get("mine"):
        parts.append(_("Thành viên khối của tôi"))
    if filters.get("cert") in certifications.filter_labels():
        parts.append(certifications.filter_labels()[filters["cert"]])
    return ", ".join(parts)


def matches(saved: SavedSearch, offering: Offering) -> bool:
    """Every word of the query is in the offering (title, description, supplier, category)."""
    category = offering.category
    text = " ".join(filter(None, [
        offering.title, offering.description, offering.enterprise.legal_name, offering.enterprise.short_name,
        category.name_vi if category else "", category.parent.name_vi if category and category.parent else "",
    ]))
    if not words(saved.query) <= words(text):
        return False
    filters = saved.filters or {}
    slugs = {category.slug, category.parent.slug if category.parent else None} if category else set()
    if filters.get("category") and filters["category"] not in slugs:
        return False
    committee = offering.enterprise.committee
    if filters.get("committee") and (committee is None or committee.code != filters["committee"]):
        return False
    if filters.get("kind") and offering.kind.value != filters["kind"]:
        return False
    if filters.get("province") and offering.enterprise.province_code != filters["province"]:
        return False
    if filters.get("member") and not offering.has_member_offer:
        return False
    if filters.get("made_in_vn") and not offering.made_in_vietnam:
        return False
    if filters.get("mine") and (committee is None or committee.code != own_committee_code(saved.user)):
        return False
    if filters.get("cert"):  # a badge today, of the kind chosen ("any": of any kind)
        shown = certifications.kinds_shown_for(offering)
        return bool(shown) if filters["cert"] == "any" else filters["cert"] in shown
    return True


def send_digest(now=None) -> int:
    """Tell each user, in one notification per saved search, of the approved offerings that
    match it and were approved since its last digest. Returns the notifications sent."""
    now = now or utcnow()
    searches = list(db.session.scalars(db.select(SavedSearch).order_by(SavedSearch.user_id, SavedSearch.id)))
    if not searches:
        return 0
    since = min(s.last_sent_at for s in searches)
    fresh = list(db.session.scalars(
        listed_offerings().where(Offering.approved_at > since, Offering.approved_at <= now)
        .order_by(Offering.approved_at)
    ))
    sent = 0
    for saved in searches:
        if not saved.user.active:
            continue
        found = [o for o in fresh if o.approved_at > saved.last_sent_at and matches(saved, o)]
        saved.last_sent_at = now
        if not found:
            continue
        with in_language_of(saved.user):  # the digest reads in its recipient's language
            lines = [f"- {o.title} – {o.enterprise.display_name}: {absolute_url('public.offering', offering_id=o.id)}"
                     for o in found[:20]]
            if len(found) > 20:
                lines.append(_("… và %(n)s sản phẩm khác.", n=len(found) - 20))
            subject = _("%(n)s sản phẩm, dịch vụ mới khớp với “%(q)s”", n=len(found), q=saved.query)
        notify(saved.user, subject, "\n".join(lines), link_for("linkage.saved_searches"))
        sent += 1
    db.session.flush()
    return sent
