"""Form base: every text field is stored NFC and trimmed, a single-line field on one line;
messages speak the user's language."""
import re

from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField, TextAreaField

from .inputs import bounded_int
from .text import nfc

# Line and paragraph breaks (and the tabs and other controls nfc leaves) have no place in a
# name, a title or a subject: they would reach a mail header or a spreadsheet cell as they came.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def single_line(value: str | None) -> str | None:
    """A pasted title keeps its words: each run of breaks becomes one space."""
    return None if value is None else _BREAKS.sub(" ", value)


def version_number(value: str | None) -> int:
    """The record version a form carried; 0 (no version seen) if it is not a number."""
    try:
        return bounded_int(value or "")
    except ValueError:
        return 0


class BaseForm(FlaskForm):
    class Meta(FlaskForm.Meta):
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", ()))
            field_class = unbound_field.field_class
            if issubclass(field_class, StringField) and not issubclass(field_class, PasswordField):
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
