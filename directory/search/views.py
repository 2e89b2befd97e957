"""Search pages: results with filters and facets, and typeahead suggestions."""
from babel.numbers import format_decimal
from flask import Blueprint, jsonify, redirect, render_template, request, url_for
from markupsafe import Markup

from ..cache import public_page
from ..i18n import current_locale
from ..services import committees
from ..urls import with_args
from . import Params, cached, moved_category, search, suggest

bp = Blueprint("search", __name__, url_prefix="/search")


@bp.app_template_filter("number")
def number(value: int) -> str:
    """A count with the locale's grouping: 10.000 in Vietnamese."""
    return format_decimal(value, locale=current_locale())


@bp.get("/")
@public_page  # anonymous visitors: the whole page, shared by every worker
def results():
    params = Params.from_args(request.args)
    if params.committee and (survivor := committees.successor(params.committee)):
        return redirect(with_args(committee=survivor.code), 301)  # a merged or re-keyed committee's old key
    if moved := moved_category(params):
        return redirect(with_args(category=moved), 301)  # a merged category's old slug
    # The results part is the same for every visitor: rendered once per index stamp (any change
    # to the index invalidates it in every worker), locale and parameters.
    body = cached(("results", current_locale(), params),
                  # an autoescaping template's output, not raw user text:
                  lambda: Markup(render_template("search/_results.html", results=search(params))))  # nosec B704
    return render_template("search/results.html", body=body, params=params)


def suggestion_url(item) -> str:
    if item.target == "category":
        return url_for("public.category", slug=item.ref)
    return url_for("search.results", q=item.label, type=item.target)


@bp.get("/suggest")
def suggestions():
    """Typeahead: JSON for static/js/search.js (a combobox with a listbox)."""
    items = suggest(request.args.get("q", ""))
    return jsonify(suggestions=[dict(label=s.label, target=s.target, url=suggestion_url(s)) for s in items])
