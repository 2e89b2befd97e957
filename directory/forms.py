"""Form base: every text field is stored NFC and trimmed, a single-line field on one line;
messages speak the user's language. And what a view does with a submitted form: `perform` the
service call, or answer an edit conflict with `conflict_page`."""
import re
from collections.abc import Callable
from typing import Any

from babel.numbers import format_decimal
from flask import flash, redirect
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, Field, HiddenField, IntegerField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.widgets import TextInput

from .extensions import db
from .inputs import parse_day, parse_money, parse_quantity
from .services.errors import DomainError, NotAuthorized, NotFound
from .text import nfc

# Line and paragraph breaks (and the tabs and other controls nfc leaves) have no place in a
# name, a title or a subject: they would reach a mail header or a spreadsheet cell as they came.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def single_line(value: str | None) -> str | None:
    """A pasted title keeps its words: each run of breaks becomes one space."""
    return None if value is None else _BREAKS.sub(" ", value)


class BaseForm(FlaskForm):
    class Meta(FlaskForm.Meta):
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", ()))
            field_class = unbound_field.field_class
            if issubclass(field_class, StringField) and not issubclass(field_class, (PasswordField, HiddenField)):
                filters.insert(0, nfc)
                if not issubclass(field_class, TextAreaField):
                    filters.insert(0, single_line)  # before nfc, which trims the spaces it leaves
            if field_class is SelectField:
                # A single select always sends a value; HTML forbids `required` on it unless
                # the first option is an empty placeholder, and the server validates anyway.
                render_kw = dict(unbound_field.kwargs.get("render_kw") or {})
                render_kw.setdefault("required", False)
                unbound_field.kwargs["render_kw"] = render_kw
            return unbound_field.bind(form=form, filters=filters, **options)

        @property
        def locales(self):
            from .i18n import current_locale

            return [current_locale()]


class MoneyField(IntegerField):
    """Every amount of money in a form: a text input (a number input refuses the dots Vietnamese
    group with) that static/js/money.js groups as the user types, read by `parse_money` and shown
    grouped in the page's language. Range rules stay the form's (NumberRange)."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, message=None, **kwargs):
        render_kw = {"inputmode": "numeric", "autocomplete": "off", "data-money": "", **(kwargs.pop("render_kw", None) or {})}
        super().__init__(label, validators, render_kw=render_kw, **kwargs)
        self.message = message or _l("Hãy nhập số tiền bằng số đồng, ví dụ 1.234.000.")

    def process_formdata(self, valuelist):
        self.data = None
        if valuelist:
            try:
                self.data = parse_money(valuelist[0][:60])
            except ValueError:
                raise ValueError(self.message) from None

    def _value(self):
        if self.raw_data and self.errors:
            return self.raw_data[0]
        if self.data is None:
            return ""
        from .i18n import current_locale

        return format_decimal(self.data, format="#,##0", locale=current_locale())


class QuantityField(Field):
    """A quantity that may have decimals, typed and shown the Vietnamese way ("1.500", "2,5"),
    read by `parse_quantity`; `data` is a Decimal or None. Range rules stay the form's."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, **kwargs):
        render_kw = {"inputmode": "decimal", "autocomplete": "off", **(kwargs.pop("render_kw", None) or {})}
        super().__init__(label, validators, render_kw=render_kw, **kwargs)

    def process_formdata(self, valuelist):
        self.data = None
        if valuelist:
            try:
                self.data = parse_quantity(valuelist[0][:40])
            except ValueError:
                raise ValueError(_l("Hãy nhập một số, ví dụ 1.500 hoặc 2,5.")) from None

    def _value(self):
        if self.raw_data and self.errors:
            return self.raw_data[0]
        if self.data is None:
            return ""
        from .i18n import current_locale

        return format_decimal(self.data, format="#,##0.###", locale=current_locale())


class DayField(DateField):
    """Every date in a form: typed and shown dd/mm/yyyy in both languages (the site shows dates
    that way everywhere; a browser's date input would follow the browser's locale, mm/dd/yyyy in
    an American one), ISO accepted too. Its format is its description, shown as the hint."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, **kwargs):
        render_kw = {"placeholder": _l("dd/mm/yyyy"), "autocomplete": "off", **(kwargs.pop("render_kw", None) or {})}
        kwargs.setdefault("description", _l("Ngày/tháng/năm, ví dụ 31/12/2026."))
        super().__init__(label, validators, render_kw=render_kw, **kwargs)

    def process_formdata(self, valuelist):
        self.data = None
        if valuelist:
            try:
                self.data = parse_day(valuelist[0][:40])
            except ValueError:
                raise ValueError(_l("Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2026.")) from None

    def _value(self):
        if self.raw_data and self.errors:
            return self.raw_data[0]
        return self.data.strftime("%d/%m/%Y") if self.data else ""


class VersionedForm(BaseForm):
    """A form about an existing record carries the version it was loaded at, in a hidden
    `version` field; the service compares it atomically (services.lifecycle.claim_version)."""

    version = HiddenField()

    def version_value(self) -> int | None:
        """The version the page sent, or None when it is missing or not a plain number: the
        services treat None as a conflict, never as "no check". Read from the raw form data:
        `data` falls back to the record's own version (obj=, data=) when the page sent none."""
        sent = (self.version.raw_data or [""])[0].strip()
        return int(sent) if re.fullmatch(r"[0-9]{1,9}", sent) else None


def conflict_page(template: str, form: VersionedForm, record, error, current: dict, mine: dict, **context):
    """409 for a save against an older version: the form as the user filled it, now carrying the
    current version (saving again applies it), under the stored values next to the user's
    (templates/macros/diff.html, conflict_notice)."""
    from flask import render_template

    form.version.data = str(record.version)
    return render_template(template, form=form, conflict={"message": str(error), "current": current, "mine": mine},
                           **context), 409


def perform(call: Callable[[], Any], *, field: Field | None = None, done=None, then=None, category: str = "success",
            answers: dict[type[DomainError], Callable[[DomainError], Any]] | None = None):
    """Run one service call as the request's transaction and answer it the same way in every view.

    - Success: commit, flash `done`, redirect to `then` (each a value or a function of what the
      service returned); without `then` the answer is None and the view goes on.
    - NotFound and NotAuthorized: rolled back and raised on, to the error handler's 404 or 403 page.
    - A class in `answers` (an EditConflict's conflict page): rolled back, answered by its function.
    - Any other DomainError is for the user to put right: rolled back and shown under `field`, or
      flashed without one; the answer is None, and the view shows its form again (or redirects).
    """
    try:
        result = call()
    except DomainError as error:
        db.session.rollback()
        if isinstance(error, (NotFound, NotAuthorized)):
            raise
        for kind, answer in (answers or {}).items():
            if isinstance(error, kind):
                return answer(error)
        if field is None:
            flash(str(error), "danger")
        else:
            field.errors.append(str(error))
        return None
    db.session.commit()
    if done is not None:
        flash(done(result) if callable(done) else done, category)
    if then is None:
        return None
    return redirect(then(result) if callable(then) else then)


def flash_errors(form: BaseForm) -> None:
    """A form posted from a page that does not show it again (a button beside a record)."""
    flash(" ".join(str(e) for errors in form.errors.values() for e in errors), "danger")
