"""Request input the database and the mail headers can take as it comes.

- Ids: every `<int:…>` in a route and every integer read from a query string or a form lies in
  the range of the id columns (PostgreSQL INTEGER, the narrower of the two databases); beyond
  it a route is not found and a parameter falls back to its default, as for any other junk.
- Control characters: PostgreSQL cannot store NUL in text, and no link or form of the site puts
  a control character in a path or a query string, so such a request is refused with 400 before
  any view sees it. Form bodies are refused only for NUL: a textarea sends newlines and tabs;
  the form base class cleans the rest (directory/forms.py). Refusing rather than stripping keeps
  one meaning for every request (a stripped slug or `next` would silently point elsewhere).
- Money and days, typed the way people write them: one reading for every form field
  (directory/forms.py), query string (search prices, report periods) and document form.
"""
import re
from decimal import Decimal
from datetime import date

from flask import Flask, abort, request
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1

# C0 controls and DEL; a tab is let through, as a pasted search may carry one.
_URL_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


class IdConverter(IntegerConverter):
    """`<int:…>`, bounded to what an id column holds: a larger number is not found (404)."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False) -> None:  # noqa: A002
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def bounded_int(value: str) -> int:
    """`type=` for request.args/request.form: a whole number from 0 to MAX_ID, else ValueError
    (which MultiDict.get turns into the default and getlist drops)."""
    number = int(value) if value.isascii() and value.strip().isdigit() else -1
    if not 0 <= number <= MAX_ID:
        raise ValueError(value)
    return number


def int_arg(name: str, default: int | None = None) -> int | None:
    """An integer query parameter (page=, offering=, …) within range, else `default`."""
    return request.args.get(name, default, type=bounded_int)


def refuse_control_characters() -> None:
    if _URL_CONTROL.search(request.path) or any(
            _URL_CONTROL.search(key) or _URL_CONTROL.search(value) for key, value in request.args.items(multi=True)):
        abort(400)
    if request.method in ("POST", "PUT", "PATCH") and any(
            "\x00" in key or "\x00" in value for key, value in request.form.items(multi=True)):
        abort(400)
    if any("\x00" in (upload.filename or "") for _key, upload in request.files.items(multi=True)):
        abort(400)


def register_input_guards(app: Flask) -> None:
    """Before the blueprints: their rules are compiled with the converter in place."""
    app.url_map.converters["int"] = IdConverter
    app.before_request(refuse_control_characters)


# Whole đồng as people write them: "1.234.000", "1,234,000", "1 234 000 ₫", "1234000 VND". Groups
# of three after the first, one separator throughout, so "1.5" or "1.234,5" is never read as money.
_MONEY_NOISE = re.compile(r"[\s\u00a0\u202f₫]|đồng|đ|vnđ|vnd", re.IGNORECASE)
_MONEY = re.compile(r"-?(?:[0-9]{1,18}|[0-9]{1,3}(?:\.[0-9]{3}){1,5}|[0-9]{1,3}(?:,[0-9]{3}){1,5})")


def parse_money(text: str) -> int | None:
    """An amount in whole đồng, None for an empty field; ValueError for anything else. A minus
    sign is read, so that the form's range rule answers it ("from 0 to …")."""
    cleaned = _MONEY_NOISE.sub("", text or "")
    if cleaned == "":
        return None
    if not _MONEY.fullmatch(cleaned):
        raise ValueError(cleaned)
    return int(cleaned.replace(".", "").replace(",", ""))


# A quantity as Vietnamese write it: a comma before the decimals, dots between groups of three
# ("1.500" is fifteen hundred, "2,5" two and a half); a lone dot not followed by exactly three
# digits is a decimal point too ("0.5", "2.25"), as people used to other conventions type it.
_QUANTITY_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_QUANTITY_PLAIN = re.compile(r"[0-9]{1,15}(?:[.,][0-9]+)?")


def parse_quantity(text: str) -> Decimal | None:
    """A quantity (decimals allowed), None for an empty field, ValueError for anything else."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text or "")
    if cleaned == "":
        return None
    if _QUANTITY_GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    elif not _QUANTITY_PLAIN.fullmatch(cleaned):
        raise ValueError(cleaned)
    return Decimal(cleaned.replace(",", "."))


# Day, month, year in the order Vietnamese write them, and ISO (what a date input or an older
# link sends); "-" and "." separate as well as "/".
_DMY = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def parse_day(text: str) -> date | None:
    """A date typed as dd/mm/yyyy (or d/m/yyyy) or yyyy-mm-dd; None for an empty field, ValueError
    for anything else, a day that does not exist included (31/02/2026)."""
    text = (text or "").strip()
    if text == "":
        return None
    if match := _DMY.fullmatch(text):
        day, month, year = map(int, match.groups())
    elif match := _ISO.fullmatch(text):
        year, month, day = map(int, match.groups())
    else:
        raise ValueError(text)
    return date(year, month, day)


def day_or_none(text: str | None) -> date | None:
    """A day from a query string, where a bad value falls back rather than fails: None for
    anything that is not one."""
    try:
        return parse_day((text or "")[:20])
    except ValueError:
        return None
