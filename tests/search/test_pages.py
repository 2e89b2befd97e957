"""The search page and typeahead through HTTP: filters, facets, paging, hostile input."""
import pytest

from directory.models import Kind


def page(client, **args) -> str:
    response = client.get("/search/", query_string=args)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_search_page_shows_highlighted_hits_and_counts(client, catalogue):
    html = page(client, q="thep xay dung", type="offering")
    assert "<mark>Thép</mark> cuộn <mark>xây</mark> <mark>dựng</mark> D10" in html
    assert "2 kết quả" in html


def test_facets_count_matches_and_filters_keep_the_query(client, catalogue):
    html = page(client, q="tai")
    assert "Vận tải, kho bãi" in html
    html = page(client, q="tai", category="van-tai")
    assert "hàng hóa bằng xe" in html and "Tư vấn thuế" not in html
    assert "category=van-tai" in html and "q=tai" in html  # links keep the filter


def test_facet_counts_are_right(catalogue):
    from directory.search import Params, search

    results = search(Params(q="thep"))
    counts = {f: {v.value: v.count for v in values} for f, values in results.facets.items()}
    assert counts["type"] == {"offering": 2, "enterprise": 1}
    assert counts["category"] == {"kim-loai": 2}
    assert counts["member"] == {"1": 2}  # the H200 offering and its enterprise
    assert counts["committee"] == {"hanoi": 3}
    narrowed = search(Params(q="thep", member=True, type="offering"))
    assert narrowed.total == 1
    assert {v.value: v.count for v in narrowed.facets["type"]} == {"offering": 1}  # facets of what is shown
    assert narrowed.facets["category"][0].count == 1 and not narrowed.capped


def test_pagination_keeps_filters(client, db, make_enterprise, make_offering):
    from directory.search import reindex

    supplier = make_enterprise(legal_name="Công ty Cổ phần Gạch Men Miền Bắc")
    for n in range(45):
        make_offering(enterprise=supplier, title=f"Gạch men lát nền mẫu {n}", kind=Kind.PRODUCT)
    reindex()
    db.session.commit()
    first = page(client, q="gach men", type="offering")
    assert "45 kết quả" in first and "page=2" in first and "type=offering" in first
    third = page(client, q="gach men", type="offering", page=3)
    assert third.count('class="card mb-2"') == 5
    past_the_end = client.get("/search/", query_string=dict(q="gach men", type="offering", page=99))
    assert past_the_end.status_code == 302  # the last page, not "45 kết quả" beside "not found"
    assert "page=3" in past_the_end.location and "type=offering" in past_the_end.location
    nothing = client.get("/search/", query_string=dict(q="khongcogi", page=2))
    assert nothing.status_code == 302 and "page=" not in nothing.location


@pytest.mark.parametrize("query", [
    '"', "'", "thép\"", 'NEAR(thép xây', "thep*", "*", "AND OR NOT", "thép -xây", "{title_fold}: x",
    "a & b | !c <-> d:*", "\tthép\t", "x" * 5000, "thép " * 1000, "😀🔩", "<script>alert(1)</script>",
    "%", "_", "\\", "(((", "title_exact:thép", "\u200b", "   ",
])
def test_any_text_is_a_valid_query(client, catalogue, query):
    response = client.get("/search/", query_string={"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.get_data(as_text=True)
    assert client.get("/search/suggest", query_string={"q": query}).status_code == 200
    assert client.get("/api/v1/search", query_string={"q": query}).status_code == 200


def test_query_syntax_characters_are_searched_as_words(catalogue):
    from directory.search import Params, search

    assert search(Params(q='"thép" NEAR( xây* dựng', verbatim=True)).total == 0  # "near" is just a word here
    assert search(Params(q='"thép" NEAR( xây* dựng')).left_out == ["near"]  # and left out to find the rest
    assert search(Params(q='thép* "xây"')).total == 2  # the star and quotes are not syntax


def test_very_long_query_is_cut_with_a_message(client, catalogue):
    html = page(client, q="thép " + "x" * 5000)
    assert "Câu tìm kiếm quá dài" in html


def test_query_without_words_says_so(client, catalogue):
    assert "không có chữ hoặc số" in page(client, q="😀 !!!")


def test_zero_results_show_the_correction_and_offer_the_words_as_typed(client, catalogue):
    html = page(client, q="thep xay dumg")
    assert "Đang hiện kết quả cho <strong>thep xay dung</strong>" in html
    assert "D10" in html  # the title, its words highlighted
    assert 'href="/search/?q=thep+xay+dumg&amp;verbatim=1"' in html
    html = page(client, q="thep xay dumg", verbatim="1")
    assert "Không tìm thấy kết quả" in html and "Đang hiện kết quả cho" not in html


def test_partial_match_says_which_words_were_left_out(client, catalogue):
    html = page(client, q="thep hinh xay dung gia re")
    assert "H200" in html
    assert "các kết quả dưới đây không có: <s>gia</s>, <s>re</s>" in html


def test_junk_filters_and_pages_do_not_break_the_page(client, catalogue):
    for args in ({"page": "-5"}, {"page": "abc"}, {"sort": "drop"},
                 {"province": "99"}, {"committee": "x" * 500}, {"category": "nope"}, {"type": "user"},
                 {"price_from": "abc"}, {"price_to": "-5"}, {"price_from": "1e9"}, {"price_to": "9" * 40},
                 {"price_from": "١٢٣"}):
        assert client.get("/search/", query_string={"q": "thep", **args}).status_code == 200
    huge = client.get("/search/", query_string={"q": "thep", "page": "10" * 30})
    assert huge.status_code == 302 and "page=" not in huge.location  # one page of results: the first


def test_unknown_category_finds_nothing(catalogue):
    from directory.search import Params, search

    assert search(Params(q="thep", category="khong-co")).total == 0


def test_typeahead_suggests_offerings_enterprises_and_categories(client, catalogue):
    data = client.get("/search/suggest", query_string={"q": "thep"}).get_json()
    labels = [s["label"] for s in data["suggestions"]]
    assert "Thép cuộn xây dựng D10" in labels and "Thép Đông Anh" in labels
    assert "Thép tấm xây dựng nhập khẩu" not in labels  # pending
    data = client.get("/search/suggest", query_string={"q": "xay d"}).get_json()
    assert "Thép hình xây dựng H200" in [s["label"] for s in data["suggestions"]]
    data = client.get("/search/suggest", query_string={"q": "van ta"}).get_json()
    category = next(s for s in data["suggestions"] if s["target"] == "category")
    assert category["url"] == "/categories/van-tai"


def test_search_page_has_an_accessible_combobox_and_no_inline_script(client, catalogue):
    html = page(client, q="thep")
    assert 'role="combobox"' in html and 'aria-controls="q-suggestions"' in html and 'role="listbox"' in html
    assert "<script>" not in html and "style=" not in html
    assert 'data-bs-target="#search-filters"' in html  # filters collapse on a phone


def test_a_capped_count_says_more_than(client, catalogue, monkeypatch):
    from directory.search import service

    monkeypatch.setattr(service, "COUNT_LIMIT", 2)
    html = page(client, q="tai")
    assert "Hơn 2 kết quả" in html and "Số đếm trong 2 kết quả đầu tiên" in html
    assert "Sắp xếp trong 2 kết quả" in page(client, q="tai", sort="name")
    assert client.get("/api/v1/search", query_string={"q": "tai"}).get_json()["total_capped"] is True


def test_a_nul_byte_in_a_filter_is_not_a_server_error(client, app):
    """PostgreSQL refuses NUL in text: the request guard answers 400 (directory/inputs.py), and the
    filters drop control characters anyway, as the query text does, for callers of the service."""
    from werkzeug.datastructures import MultiDict

    from directory.search import Params

    for url in ("/search/?category=%00", "/search/?committee=a%00b", "/api/v1/search?category=%00&committee=%00"):
        assert client.get(url).status_code == 400, url
    params = Params.from_args(MultiDict({"category": "\x00", "committee": "a\x00b"}))
    assert "\x00" not in params.category + params.committee
