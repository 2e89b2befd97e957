"""The one money field and the one date field every form uses (directory/forms.py)."""
from datetime import date

import pytest
from werkzeug.datastructures import MultiDict

from directory.forms import BaseForm, DayField, MoneyField
from directory.inputs import parse_day, parse_money


@pytest.mark.parametrize("typed, amount", [
    ("1.234.000", 1_234_000), ("1,234,000", 1_234_000), ("1 234 000 ₫", 1_234_000), ("1234000", 1_234_000),
    ("15.500.000 đ", 15_500_000), ("250.000.000 VND", 250_000_000), ("1\u00a0250\u00a0000", 1_250_000),
    ("0", 0), ("-5", -5), ("", None), ("  ", None),
])
def test_money_is_read_as_people_write_it(typed, amount):
    assert parse_money(typed) == amount


@pytest.mark.parametrize("typed", ["1.5", "1.234,5", "12.34.567", "abc", "5-", "1e6", "1..000", "1.2345.000",
                                   "9" * 19])
def test_nonsense_is_not_money(typed):
    with pytest.raises(ValueError):
        parse_money(typed)


@pytest.mark.parametrize("typed, day", [
    ("31/12/2026", date(2026, 12, 31)), ("1/2/2026", date(2026, 2, 1)), ("05-03-2026", date(2026, 3, 5)),
    ("05.03.2026", date(2026, 3, 5)), ("2026-03-05", date(2026, 3, 5)), ("", None),
])
def test_days_are_read_day_first_or_iso(typed, day):
    assert parse_day(typed) == day


@pytest.mark.parametrize("typed", ["31/02/2026", "12/31/2026", "2026/13/01", "hôm nay", "1/1/26"])
def test_a_day_that_does_not_exist_is_refused(typed):
    with pytest.raises(ValueError):
        parse_day(typed)


class _Form(BaseForm):
    class Meta:
        csrf = False

    price = MoneyField("Giá")
    day = DayField("Ngày")


def test_fields_show_vietnamese_formats_and_keep_what_was_typed_when_wrong(app):
    with app.test_request_context():
        form = _Form(MultiDict({"price": "1234000", "day": "2026-03-05"}))
        assert form.validate()
        assert (form.price.data, form.day.data) == (1_234_000, date(2026, 3, 5))
        html = form.price() + form.day()
        assert 'value="1.234.000"' in html and 'value="05/03/2026"' in html
        assert 'type="text"' in html and "data-money" in html and 'inputmode="numeric"' in html
        wrong = _Form(MultiDict({"price": "mười triệu", "day": "31/02/2026"}))
        assert not wrong.validate()
        assert wrong.price.errors == ["Hãy nhập số tiền bằng số đồng, ví dụ 1.234.000."]
        assert "ngày/tháng/năm" in wrong.day.errors[0]
        assert 'value="mười triệu"' in wrong.price()


def test_english_pages_group_with_commas(app):
    with app.test_request_context():
        from flask import session

        session["lang"] = "en"
        form = _Form(MultiDict({"price": "1.234.000"}))
        form.validate()
        assert 'value="1,234,000"' in form.price()
