from datetime import datetime

from directory.i18n import date_format, datetime_format, money, price_label


def test_money_in_vietnamese(app):
    with app.test_request_context("/"):
        assert money(1_250_000) == "1.250.000\u00a0₫"
        assert price_label(None, None) == "Liên hệ"
        assert price_label(100_000, 250_000) == "100.000\u00a0₫ – 250.000\u00a0₫"


def test_dates_are_day_month_year_in_hanoi_time(app):
    with app.test_request_context("/"):
        # 20:30 UTC on 31/12 is already 01/01 in Asia/Ho_Chi_Minh (UTC+7)
        assert date_format(datetime(2025, 12, 31, 20, 30)) == "01/01/2026"
        assert datetime_format(datetime(2025, 7, 1, 1, 5)) == "01/07/2025 08:05"


def test_english_keeps_dong_and_day_first_dates(app, client):
    with app.test_request_context("/"):
        from flask import session
        session["lang"] = "en"
        assert money(1_250_000) == "1,250,000\u00a0₫"
        assert price_label(None, None) == "Contact for price"
