"""How an offering's details read wherever they are shown: its page and the review desk
(templates/public/_details.html), the revision diff (workspace/display.py), the comparison and
the shortlist export (services/shortlists.py) and the member export. Values come as the columns
hold them or as services.offerings.editable_values writes them (strings for a quantity and a date)."""
from datetime import date
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from .i18n import current_locale, local_today, quantity
from .models import Origin
from .reference import country_name, province_name

ORIGIN_LABELS = {
    Origin.MADE_IN_VIETNAM: _l("Sản xuất tại Việt Nam"), Origin.ASSEMBLED_IN_VIETNAM: _l("Lắp ráp tại Việt Nam"),
    Origin.IMPORTED: _l("Nhập khẩu"),
}


def quantity_label(value: Decimal | str | None) -> str:
    """1.500 and 2,5 in Vietnamese (1,500 and 2.5 in English); "" for none."""
    return "" if value in (None, "") else quantity(Decimal(value))


def lead_time_label(days: int | None) -> str:
    if days is None:
        return ""
    return ngettext("%(num)s ngày", "%(num)s ngày", days) if days else str(_l("Giao ngay"))


def vat_label(includes_vat: bool | None) -> str:
    if includes_vat is None:
        return str(_l("Chưa rõ"))
    return str(_l("Đã gồm VAT") if includes_vat else _l("Chưa gồm VAT"))


def origin_label(origin: Origin | str | None, province_code: str | None = None, country: str | None = None) -> str:
    """"Sản xuất tại Việt Nam · Hải Phòng", "Nhập khẩu · Nhật Bản"; "" when not given."""
    if not origin:
        return ""
    label = str(ORIGIN_LABELS[Origin(origin)])
    place = province_name(province_code) if Origin(origin) != Origin.IMPORTED else country_name(country, current_locale())
    return f"{label} · {place}" if place else label


def price_expired(valid_until: date | str | None) -> bool:
    if not valid_until:
        return False
    if isinstance(valid_until, str):
        valid_until = date.fromisoformat(valid_until)
    return valid_until < local_today()  # valid until local midnight of its day


def specs_text(specs) -> str:
    """The table on one line: "Mác thép: CB400-V; Đường kính: 16 mm"."""
    return "; ".join(f"{name}: {value}" for name, value in specs or ())


def register_globals(app) -> None:
    app.jinja_env.globals.update(quantity_label=quantity_label, lead_time_label=lead_time_label, vat_label=vat_label,
                                 origin_label=origin_label, price_expired=price_expired)
