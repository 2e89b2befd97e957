import pytest


@pytest.fixture(autouse=True)
def request_context(app, db):
    """Services speak through gettext, which reads the request's locale (as the CLI does too)."""
    with app.test_request_context():
        yield
