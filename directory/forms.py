"""Form base: every text field is stored NFC and trimmed; messages speak the user's language."""
from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField

from .text import nfc


class BaseForm(FlaskForm):
    class Meta(FlaskForm.Meta):
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", ()))
            field_class = unbound_field.field_class
            if issubclass(field_class, StringField) and not issubclass(field_class, PasswordField):
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
