"""Form base: every text field is stored NFC and trimmed; messages speak the user's language."""
import re

from flask_wtf import FlaskForm
from wtforms import HiddenField, PasswordField, SelectField, StringField

from .text import nfc


class BaseForm(FlaskForm):
    class Meta(FlaskForm.Meta):
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", ()))
            field_class = unbound_field.field_class
            if issubclass(field_class, StringField) and not issubclass(field_class, (PasswordField, HiddenField)):
                filters.insert(0, nfc)
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
