"""Locale choice and the Vietnamese formats: dd/mm/yyyy, 24-hour times, "1.250.000 ₫"."""
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from babel.numbers import parse_pattern
from flask import current_app, g, has_request_context, session
from flask_babel import format_datetime, get_locale, get_translations
from flask_babel import gettext as _
from flask_login import current_user


LOCAL_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def local_today() -> date:
    """Today's date in Việt Nam: what validity periods (certifications) are compared with, and
    what the cached pages and search answers are kept for (cache.public_page, search.cached)."""
    return datetime.now(LOCAL_ZONE).date()


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # CLI and mail sent outside a request speak Vietnamese
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    chosen = session.get("lang")
    if chosen in languages:
        return chosen
    if current_user and current_user.is_authenticated and current_user.locale in languages:
        return current_user.locale
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def current_locale() -> str:
    return str(get_locale() or "vi")


_WHOLE_NUMBER = parse_pattern("#,##0")  # parsed once: format_decimal parses its pattern per call


def money(amount: int | None) -> str:
    """Whole đồng with the locale's grouping and a non-breaking space before ₫."""
    if amount is None:
        return ""
    return f"{_WHOLE_NUMBER.apply(amount, get_locale() or 'vi')}\u00a0₫"


_QUANTITY = parse_pattern("#,##0.###")


def quantity(amount) -> str:
    """A quantity in the locale's way: "1.500", "12,5" in Vietnamese; "1,500", "12.5" in English."""
    if amount is None:
        return ""
    return _QUANTITY.apply(amount, get_locale() or "vi")


def price_label(price_min: int | None, price_max: int | None) -> str:
    if price_min is None and price_max is None:
        return _("Liên hệ")
    if price_max is None or price_min == price_max:
        return money(price_min if price_min is not None else price_max)
    if price_min is None:
        return _("đến %(max)s", max=money(price_max))
    return f"{money(price_min)} – {money(price_max)}"


def _aware(value: datetime) -> datetime:
    # Naive datetimes in the database are UTC; Flask-Babel shows them in Asia/Ho_Chi_Minh.
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def date_format(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(_aware(value), "dd/MM/yyyy")
    return value.strftime("%d/%m/%Y")


def time_format(value: datetime | None) -> str:
    """The local time of day, 24-hour: 14:05."""
    return "" if value is None else format_datetime(_aware(value), "HH:mm")


def datetime_format(value: datetime | None) -> str:
    return "" if value is None else format_datetime(_aware(value), "dd/MM/yyyy HH:mm")


def _translations():
    """This context's translations, looked up once: Flask-Babel looks them up again for every string
    (three context look-ups and the locale's name built each time), and a page has dozens. The
    locale is chosen once per context (Flask-Babel keeps it in `g` too), so this never goes stale."""
    found = g.get("_translations")
    if found is None:
        found = g._translations = get_translations()
    return found


def register_filters(app) -> None:
    app.jinja_env.install_gettext_callables(  # as Flask-Babel's, with the translations looked up once
        gettext=lambda s: _translations().ugettext(s),
        ngettext=lambda s, p, n: _translations().ungettext(s, p, n),
        pgettext=lambda c, s: _translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: _translations().unpgettext(c, s, p, n),
        newstyle=True,
    )
    app.jinja_env.filters.update(
        money=money, quantity=quantity, date=date_format, datetime=datetime_format,
    )
    app.jinja_env.globals.update(price_label=price_label, current_locale=current_locale)
