"""Public JSON API, /api/v1: search, one offering, one enterprise, and its OpenAPI document.

Only public data (approved items of approved enterprises); an enterprise's contact fields follow
the pages' policy (permissions.contact_details: null for visitors). Anything else is a JSON 404
(errors.py answers JSON under /api/).
"""
from flask import Blueprint, abort, jsonify, redirect, request, url_for
from flask_login import current_user

from ..cache import public_page
from ..extensions import db
from ..models import Enterprise, Offering
from ..offering_details import price_expired
from ..reference import country_name, province_name, sector_name
from ..search import Params, moved_category, search
from ..search.service import FACETS, PAGE_SIZE
from ..services import catalog, committees
from ..services.permissions import CONTACT_FIELDS, contact_details
from ..urls import with_args
from .openapi import document

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def _category(category) -> dict | None:
    return None if category is None else dict(slug=category.slug, name_vi=category.name_vi, name_en=category.name_en)


def _enterprise_ref(enterprise) -> dict:
    return dict(slug=enterprise.slug, name=enterprise.display_name,
                api_url=url_for("api.enterprise", slug=enterprise.slug))


def _freshness(offering) -> dict:
    """Its yearly re-confirmation (directory/freshness.py)."""
    due = offering.confirm_due_on
    return dict(freshness=offering.freshness.value, confirm_due_on=due.isoformat() if due else None)


def _hit(hit) -> dict:
    r = hit.record
    if hit.type == "offering":
        return dict(
            type="offering", id=r.id, title=r.title, title_html=str(hit.title), snippet_html=str(hit.snippet),
            url=url_for("public.offering", offering_id=r.id), api_url=url_for("api.offering", offering_id=r.id),
            kind=r.kind.value, category=_category(r.category), province_code=r.enterprise.province_code,
            enterprise=_enterprise_ref(r.enterprise), price_min=r.price_min, price_max=r.price_max,
            unit=r.unit, member_offer=r.has_member_offer, origin=r.origin.value if r.origin else None,
            **_freshness(r),
        )
    return dict(
        type="enterprise", slug=r.slug, name=r.legal_name, title_html=str(hit.title), snippet_html=str(hit.snippet),
        url=url_for("public.enterprise", slug=r.slug), api_url=url_for("api.enterprise", slug=r.slug),
        province_code=r.province_code, committee=r.committee.code if r.committee else None,
        member_offer=any(o.is_public and o.has_member_offer for o in r.offerings),
    )


def _details(o: Offering) -> dict:
    """The offering details (migration 0022) as the OpenAPI document describes them."""
    origin = None
    if o.origin is not None:
        origin = dict(type=o.origin.value, province_code=o.origin_province_code,
                      province=province_name(o.origin_province_code) or None,
                      country=o.origin_country, country_name=country_name(o.origin_country) or None)
    return dict(
        min_order_qty=float(o.min_order_qty) if o.min_order_qty is not None else None,
        lead_time_days=o.lead_time_days, delivery_terms=o.delivery_terms,
        price_valid_until=o.price_valid_until.isoformat() if o.price_valid_until else None,
        price_expired=price_expired(o.price_valid_until), price_includes_vat=o.price_includes_vat,
        origin=origin, specs=[dict(name=name, value=value) for name, value in o.specs or ()],
    )


@bp.get("/search")
@public_page
def search_view():
    params = Params.from_args(request.args)
    if params.committee and (survivor := committees.successor(params.committee)):
        return redirect(with_args(committee=survivor.code), 301)  # a merged or re-keyed committee's old key
    if moved := moved_category(params):
        return redirect(with_args(category=moved), 301)  # a merged category's old slug
    params = params.own_committee(committees.own_committee_code(current_user))
    results = search(params)
    return jsonify(
        query=params.q, mode=results.mode, truncated=results.truncated, total=results.total,
        total_capped=results.capped,
        page=params.page, per_page=PAGE_SIZE, pages=results.pages, did_you_mean=results.did_you_mean,
        showing_results_for=results.showing_for, left_out=results.left_out,
        items=[_hit(h) for h in results.hits],
        facets={name: [dict(value=v.value, label=v.label, count=v.count, selected=v.selected)
                       for v in results.facets.get(name, [])] for name in FACETS},
    )


@bp.get("/offerings/<int:offering_id>")
@public_page
def offering(offering_id: int):
    o = db.session.scalar(catalog.public_offerings().where(Offering.id == offering_id))
    if o is None:
        abort(404)
    return jsonify(
        id=o.id, title=o.title, description=o.description or "", kind=o.kind.value, category=_category(o.category),
        unit=o.unit, price_min=o.price_min, price_max=o.price_max, member_offer=o.member_offer,
        member_discount_pct=o.member_discount_pct,
        delivery_provinces=[a.province_code for a in o.delivery_areas], enterprise=_enterprise_ref(o.enterprise),
        **_details(o),
        approved_at=o.approved_at.isoformat() + "Z" if o.approved_at else None,
        url=url_for("public.offering", offering_id=o.id), **_freshness(o),
    )


@bp.get("/enterprises/<slug>")
@public_page
def enterprise(slug: str):
    e = db.session.scalar(catalog.public_enterprises().where(Enterprise.slug == slug[:100]))
    if e is None:
        abort(404)
    offerings = db.session.scalars(catalog.listed_offerings().where(Offering.enterprise_id == e.id).order_by(Offering.id))
    contacts = contact_details(current_user, e)
    return jsonify(
        slug=e.slug, legal_name=e.legal_name, short_name=e.short_name, tax_code=e.tax_code,
        committee=dict(code=e.committee.code, name=e.committee.name) if e.committee else None,
        province_code=e.province_code, province=province_name(e.province_code), description=e.description or "",
        **{name: contacts.get(name) for name in CONTACT_FIELDS}, founded_year=e.founded_year, employee_band=e.employee_band,
        sectors=[dict(vsic_version=s.vsic_version, code=s.code, name=sector_name(s.vsic_version, s.code),
                      name_en=sector_name(s.vsic_version, s.code, english=True)) for s in e.sectors],
        offerings=[dict(id=o.id, title=o.title, api_url=url_for("api.offering", offering_id=o.id)) for o in offerings],
        url=url_for("public.enterprise", slug=e.slug),
    )


@bp.get("/openapi.json")
def openapi():
    return jsonify(document())
