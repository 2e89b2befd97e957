"""Search pages: results with filters and facets, and typeahead suggestions."""
from babel.numbers import format_decimal
from flask import Blueprint, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from ..cache import public_page
from ..i18n import current_locale
from ..services import certifications, committees, shortlists
from ..urls import with_args
from . import Params, cached, moved_category, search, suggest
from .documents import ENTERPRISE

bp = Blueprint("search", __name__, url_prefix="/search")


@bp.app_template_filter("number")
def number(value: int) -> str:
    """A count with the locale's grouping: 10.000 in Vietnamese."""
    return format_decimal(value, locale=current_locale())


def _render(params: Params, lists=None, own_committee: str | None = None) -> tuple[int, Markup]:
    """The results part and its number of pages. `lists`: the user's shortlists, for the "save"
    button on each result (None: no button, the part is the same for everyone); `own_committee`:
    the user's committee code, for the filter "Thành viên khối của tôi" (None: not offered)."""
    results = search(params)
    badges = certifications.badges_of(results.badges)  # read by the search with its facets
    # an autoescaping template's output, not raw user text:
    return results.pages, Markup(render_template("search/_results.html", results=results, lists=lists,  # nosec B704
                                                 badges=badges, cert_labels=certifications.filter_labels(),
                                                 own_committee=own_committee))


@bp.get("/")
@public_page  # anonymous visitors: the whole page, shared by every worker
def results():
    params = Params.from_args(request.args)
    if params.committee and (survivor := committees.successor(params.committee)):
        return redirect(with_args(committee=survivor.code), 301)  # a merged or re-keyed committee's old key
    if moved := moved_category(params):
        return redirect(with_args(category=moved), 301)  # a merged category's old slug
    own_committee = committees.own_committee_code(current_user)
    params = params.own_committee(own_committee)
    lists = shortlists.quick_add_lists(current_user)
    if lists is None:
        # The results part is the same for every visitor: rendered once per index stamp (any
        # change to the index invalidates it in every worker), locale and parameters.
        pages, body = cached(("results", current_locale(), params), lambda: _render(params))
    else:  # with the user's own lists in it (the search's answer itself is still cached)
        pages, body = _render(params, lists, own_committee)
    if params.page > pages:  # past the end (a link kept while the catalogue shrank): the last page
        return redirect(url_for("search.results", **params.to_args(page=pages)))
    return render_template("search/results.html", body=body, params=params)


def suggestion_url(item) -> str:
    if item.target == "category":
        return url_for("public.category", slug=item.ref)
    if item.target == ENTERPRISE:
        return url_for("search.enterprise", name=item.label)
    return url_for("search.results", q=item.label, type=item.target)


@bp.get("/suggest")
def suggestions():
    """Typeahead: JSON for static/js/search.js (a combobox with a listbox)."""
    items = suggest(request.args.get("q", ""))
    return jsonify(suggestions=[dict(label=s.label, target=s.target, url=suggestion_url(s)) for s in items])


@bp.get("/enterprise")
def enterprise():
    """An enterprise chosen in the typeahead (by the name it suggests, documents._suggestions):
    its profile when the name is one enterprise's, else the search for that name among enterprises."""
    name = (request.args.get("name") or "")[:400]
    params = Params.from_args({"q": name, "type": ENTERPRISE, "verbatim": "1"})
    named = [h.record for h in search(params, with_facets=False).hits if name in (h.record.display_name, h.record.legal_name)]
    if len(named) == 1:
        return redirect(url_for("public.enterprise", slug=named[0].slug))
    return redirect(url_for("search.results", q=name, type=ENTERPRISE))
