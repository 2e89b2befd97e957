"""CSRF protection is on for every form in production; tests switch it back on here."""
import pytest
from werkzeug.routing import AnyConverter


@pytest.fixture
def csrf_on(app):
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


def _some_value(converter):
    """A value the route accepts: one of an `any(...)` converter's words, else 1."""
    return sorted(converter.items)[0] if isinstance(converter, AnyConverter) else 1


def test_every_post_route_refuses_a_request_without_token(app, client, csrf_on):
    post_rules = [r for r in app.url_map.iter_rules() if "POST" in r.methods]
    assert post_rules
    for rule in post_rules:
        url = rule.build({arg: _some_value(rule._converters[arg]) for arg in rule.arguments}, append_unknown=False)[1]
        response = client.post(url, data={})
        assert response.status_code == 400, f"{rule.endpoint}: {response.status_code}"
        assert "hết hạn hoặc thiếu mã bảo vệ" in response.get_data(as_text=True)


def test_login_form_carries_a_token_and_accepts_it(client, csrf_on, make_user, db):
    import re

    make_user(email="quanly@example.vn")
    db.session.commit()
    page = client.get("/account/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = client.post("/account/login", data={"email": "quanly@example.vn", "password": "mat-khau-123",
                                                   "csrf_token": token})
    assert response.status_code == 302
