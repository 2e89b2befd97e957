"""Search pages: results with filters and facets, and typeahead suggestions."""
from babel.numbers import format_decimal
from flask import Blueprint, current_app, jsonify, render_template, request, url_for
from markupsafe import Markup

from ..i18n import current_locale

from . import Params, cached, search, suggest

bp = Blueprint("search", __name__, url_prefix="/search")


@bp.app_template_filter("number")
def number(value: int) -> str:
    """A count with the locale's grouping: 10.000 in Vietnamese."""
    return format_decimal(value, locale=current_locale())


@bp.get("/")
def results():
    params = Params.from_args(request.args)

    def page() -> str:
        # The results part is the same for every visitor: rendered once per index stamp (any
        # change to the index invalidates it in every worker), locale and parameters.
        body = cached(("results", current_locale(), params),
                      # an autoescaping template's output, not raw user text:
                      lambda: Markup(render_template("search/_results.html", results=search(params))))  # nosec B704
        return render_template("search/results.html", body=body, params=params)

    if _first_time_visitor():  # nothing on the page is theirs alone: the whole page is shared
        return cached(("page", request.full_path), page)  # in the default language, as they have no session
    return page()


def _first_time_visitor() -> bool:
    """No session and no remember-me cookie, so not signed in: no flash message, no language
    choice, no form token. Read from the cookies alone: loading the user costs a tenth of the page."""
    config = current_app.config
    cookies = (config["SESSION_COOKIE_NAME"], config.get("REMEMBER_COOKIE_NAME", "remember_token"))
    return not any(name in request.cookies for name in cookies)


def suggestion_url(item) -> str:
    if item.target == "category":
        return url_for("public.category", slug=item.ref)
    return url_for("search.results", q=item.label, type=item.target)


@bp.get("/suggest")
def suggestions():
    """Typeahead: JSON for static/js/search.js (a combobox with a listbox)."""
    items = suggest(request.args.get("q", ""))
    return jsonify(suggestions=[dict(label=s.label, target=s.target, url=suggestion_url(s)) for s in items])
