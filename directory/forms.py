"""Form base: every text field is stored NFC and trimmed; messages speak the user's language."""
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField

from .text import nfc


class BaseForm(FlaskForm):
    class Meta(FlaskForm.Meta):
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", ()))
            field_class = unbound_field.field_class
            if issubclass(field_class, StringField) and not issubclass(field_class, PasswordField):
                filters.insert(0, nfc)
            return unbound_field.bind(form=form, filters=filters, **options)

        @property
        def locales(self):
            from .i18n import current_locale

            return [current_locale()]
