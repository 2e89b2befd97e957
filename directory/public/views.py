"""Public browsing: home, committees, enterprise profiles, offerings, categories."""
from flask import (Blueprint, abort, current_app, redirect, render_template, request,
                   send_from_directory, session, url_for)
from flask_login import current_user

from ..cache import public_page
from ..extensions import db
from ..health import run_checks
from ..inputs import int_arg
from ..models import Enterprise, Offering, Status
from ..freshness import Freshness
from ..services import catalog, categories, certifications, committees, uploads
from ..services import feedback as deal_feedback
from ..services.permissions import can_view_lapsed_offering, contact_details, reviews_committee
from ..urls import moved_to, safe_next

bp = Blueprint("public", __name__)


def _page() -> int:
    return int_arg("page", 1)  # junk becomes 1; paginate clamps the rest


@bp.get("/")
@public_page
def home():
    return render_template(
        "public/home.html",
        committees=catalog.committee_overview(),
        newest=catalog.newest_offerings(),
        categories=catalog.top_categories(),
    )


@bp.get("/committees/<code>")
@public_page
def committee(code: str):
    committee, moved = committees.current_committee(code)
    if moved:  # a merged or re-keyed committee's old links
        return redirect(moved_to("public.committee", code=committee.code), 301)
    enterprises = db.paginate(
        catalog.public_enterprises().where(Enterprise.committee_id == committee.id).order_by(Enterprise.legal_name),
        page=_page(), per_page=current_app.config["PAGE_SIZE"], error_out=False, count=False,
    )
    enterprises.total = catalog.committee_size(committee)  # kept by the index, not counted here
    return render_template("public/committee.html", committee=committee, enterprises=enterprises)


@bp.get("/enterprises/<slug>")
@public_page
def enterprise(slug: str):
    enterprise = catalog.get_enterprise(slug, current_user)
    offerings = db.session.scalars(
        catalog.for_cards(catalog.listed_offerings()).where(Offering.enterprise_id == enterprise.id)
        .order_by(Offering.title)
    ).all()
    record = deal_feedback.supplier_record(enterprise.id) if enterprise.committee_id else None
    return render_template("public/enterprise.html", enterprise=enterprise, offerings=offerings,
                           contacts=contact_details(current_user, enterprise), record=record,
                           recent=deal_feedback.recent_supplier_feedback(enterprise.id) if record and record.reviewed
                           else [], moderator=reviews_committee(current_user, enterprise.committee_id),
                           badges=certifications.enterprise_badges(enterprise))


@bp.get("/enterprises/<slug>/feedback")
@public_page
def enterprise_feedback(slug: str):
    """Every buyer's feedback on this supplier's confirmed deals, newest first, under its counts."""
    enterprise = catalog.get_enterprise(slug, current_user)
    if enterprise.committee_id is None:  # an outside buyer sells nothing
        abort(404)
    page = db.paginate(deal_feedback.supplier_feedback(enterprise.id), page=_page(),
                       per_page=current_app.config["PAGE_SIZE"], error_out=False, count=False)
    record = deal_feedback.supplier_record(enterprise.id)
    page.total = record.reviewed  # the same rows the counts count
    return render_template("public/enterprise_feedback.html", enterprise=enterprise, record=record, page=page,
                           moderator=reviews_committee(current_user, enterprise.committee_id))


@bp.get("/offerings/<int:offering_id>")
@public_page
def offering(offering_id: int):
    offering = catalog.get_offering(offering_id, current_user)
    if (offering.is_public and offering.freshness == Freshness.HIDDEN
            and not can_view_lapsed_offering(current_user, offering)):
        # 200, not 410: the listing is not gone (one click of its enterprise brings it back), and
        # a visitor's page is cached like any other (public_page keeps only 200s, keyed by day).
        return render_template("public/offering_lapsed.html", offering=offering)
    supplier = offering.enterprise
    return render_template("public/offering.html", offering=offering,
                           contacts=contact_details(current_user, supplier),
                           record=deal_feedback.supplier_record(supplier.id) if supplier.committee_id else None,
                           is_public=offering.status == Status.APPROVED,
                           badges=certifications.offering_badges(offering))


@bp.get("/categories/<slug>")
@public_page
def category(slug: str):
    merged_into = categories.redirect_target(slug)  # a merged category's old links
    if merged_into is not None:
        return redirect(url_for("public.category", slug=merged_into.slug), 301)
    category = catalog.get_category(slug)
    offerings = db.paginate(
        catalog.for_cards(catalog.listed_offerings())
        .where(Offering.category_id.in_(catalog.category_ids(category)))
        .order_by(Offering.approved_at.desc(), Offering.id.desc()),
        page=_page(), per_page=current_app.config["PAGE_SIZE"], error_out=False, count=False,
    )
    offerings.total = catalog.category_size(category)  # kept by the index, not counted here
    return render_template("public/category.html", category=category, offerings=offerings)


@bp.get("/language/<lang>")
def set_language(lang: str):
    """A plain link: it changes only how pages are shown to this visitor, so it needs no form
    (and anonymous pages carry no per-visitor token, which lets them be cached)."""
    if lang not in current_app.config["LANGUAGES"]:
        abort(404)
    session["lang"] = lang
    if current_user.is_authenticated:
        current_user.locale = lang
        db.session.commit()
    return redirect(safe_next(request.args.get("next")) or url_for("public.home"))


@bp.get("/healthz")
def healthz():
    """For load balancers and monitoring: 200 when every service answers, else 503; never cached."""
    checks = run_checks()
    healthy = all(state == "ok" for state in checks.values())
    return ({"status": "ok" if healthy else "unavailable", "checks": checks}, 200 if healthy else 503,
            {"Cache-Control": "no-store"})


@bp.get("/uploads/<name>")
def upload(name: str):
    """Images and logos, stored under generated names after being re-encoded on upload."""
    name = catalog.get_upload(name, current_user)
    return _private_file(name)


@bp.get("/uploads/<name>/thumbnail")
def upload_thumbnail(name: str):
    """An image's small variant (search results), seen by whoever may see the image."""
    return _private_file(uploads.thumbnail(catalog.get_upload(name, current_user)))


def _private_file(path: str):
    response = send_from_directory(current_app.config["UPLOAD_FOLDER"], path, max_age=3600)
    response.cache_control.public = False  # a draft's image must not sit in a shared cache
    response.cache_control.private = True
    return response
