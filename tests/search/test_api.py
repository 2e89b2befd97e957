"""/api/v1: public data only, JSON errors, and responses that match the OpenAPI document."""
import jsonschema
import pytest
from referencing import Registry, Resource

from directory.api.openapi import document


def validate(payload, schema_name: str) -> None:
    spec = document()
    registry = Registry().with_resource("urn:openapi", Resource.from_contents(
        {**spec, "$schema": "https://json-schema.org/draft/2020-12/schema"}))
    schema = {"$ref": f"urn:openapi#/components/schemas/{schema_name}"}
    jsonschema.Draft202012Validator(schema, registry=registry).validate(payload)


def test_search_matches_the_schema_and_the_page(client, catalogue):
    data = client.get("/api/v1/search", query_string={"q": "thep"}).get_json()
    validate(data, "SearchResults")
    assert data["mode"] == "fold" and data["total"] == 3
    assert {i["type"] for i in data["items"]} == {"offering", "enterprise"}
    assert {v["value"]: v["count"] for v in data["facets"]["type"]} == {"offering": 2, "enterprise": 1}
    first = next(i for i in data["items"] if i["type"] == "offering")
    assert first["title_html"].startswith("<mark>Thép</mark>")


@pytest.mark.parametrize("q", ["thep xay dumg", "thepxaydung", "steel", "thep hinh xay dung gia re", "van ta"])
def test_corrected_and_partial_searches_rank_as_the_page(client, catalogue, q):
    import re

    data = client.get("/api/v1/search", query_string={"q": q}).get_json()
    validate(data, "SearchResults")
    assert data["items"], q
    html = client.get("/search/", query_string={"q": q}).get_data(as_text=True)
    on_page = re.findall(r'<h3 class="h6 mb-1"><a href="([^"]+)"', html)  # each hit's title link
    assert on_page == [i["url"] for i in data["items"]]
    if q == "thep xay dumg":
        assert data["showing_results_for"] == "thep xay dung"
    if q == "thep hinh xay dung gia re":
        assert data["left_out"] == ["gia", "re"]


@pytest.mark.parametrize("args", [{}, {"q": "tải"}, {"q": "dumg"}, {"q": "😀"}, {"q": "x" * 5000},
                                  {"q": "thep xay dumg", "verbatim": "1"}, {"q": "ximang   ", "verbatim": "junk"},
                                  {"q": "thep", "type": "offering", "member": "1", "sort": "name", "page": "2"}])
def test_every_search_response_matches_the_schema(client, catalogue, args):
    response = client.get("/api/v1/search", query_string=args)
    assert response.status_code == 200
    validate(response.get_json(), "SearchResults")


def test_offering_and_enterprise_match_the_schema(client, catalogue):
    data = client.get(f"/api/v1/offerings/{catalogue['steel'].id}").get_json()
    validate(data, "Offering")
    assert data["enterprise"]["slug"] == "thep-dong-anh"
    data = client.get("/api/v1/enterprises/thep-dong-anh").get_json()
    validate(data, "Enterprise")
    # contacts are for signed-in users (tests/security/test_contact_visibility.py)
    assert data["email"] is None and data["phone"] is None and data["website"] is None
    assert {o["title"] for o in data["offerings"]} == {"Thép cuộn xây dựng D10", "Thép hình xây dựng H200"}


def test_non_public_records_are_json_404(client, catalogue):
    for url in (f"/api/v1/offerings/{catalogue['pending'].id}", f"/api/v1/offerings/{catalogue['hidden'].id}",
                "/api/v1/enterprises/ong-thep", "/api/v1/enterprises/khong-co", "/api/v1/offerings/999999",
                "/api/v1/offerings/abc"):
        response = client.get(url)
        assert response.status_code == 404, url
        validate(response.get_json(), "Error")


def test_openapi_document_lists_the_three_endpoints(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == {"/search", "/offerings/{offering_id}", "/enterprises/{slug}"}
