"""Schemathesis generates requests from /api/v1/openapi.json and checks every response against
it (status code, content type, schema) and that none is a server error. Its pytest plugin does
not load under this pytest, so the operations are driven through Hypothesis directly."""
import schemathesis
from hypothesis import HealthCheck, given, settings


def test_api_conforms_to_its_openapi_document(app, catalogue):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 3
    for operation in operations:
        @given(case=operation.as_strategy())
        # derandomize: the same examples every run, so CI is repeatable (run more by hand to explore)
        @settings(max_examples=30, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            # its WSGI transport does not decompress, as an HTTP client would
            case.call_and_validate(headers={"Accept-Encoding": "identity"})

        check()
