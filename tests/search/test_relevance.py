"""What the search finds and in which order, on the fixed catalogue (SQLite and PostgreSQL)."""
import unicodedata

import pytest
import sqlalchemy as sa

from directory.search import Params, reindex, search


def titles(query: str, **filters) -> list[str]:
    return [hit.record.title if hit.type == "offering" else hit.record.legal_name
            for hit in search(Params(q=query, **filters)).hits]


@pytest.mark.parametrize("query", ["thep xay dung", "THÉP XÂY DỰNG", "thép xây dựng", "Thep Xay Dung"])
def test_steel_is_found_with_or_without_diacritics_in_any_case(catalogue, query):
    found = titles(query, type="offering")
    assert set(found) == {"Thép cuộn xây dựng D10", "Thép hình xây dựng H200"}


def test_tai_with_its_tone_finds_transport_not_every_tai(catalogue):
    found = titles("tải")
    assert set(found[:2]) == {"Dịch vụ vận tải hàng hóa bằng xe tải", "Công ty TNHH Vận tải Sông Hàn"}  # in the title
    assert "Tư vấn thuế tại Hà Nội" not in found
    assert "Giấy in A4 giao tại văn phòng" not in found


def test_tai_without_diacritics_is_folded_and_finds_both(catalogue):
    found = titles("tai")
    assert "Dịch vụ vận tải hàng hóa bằng xe tải" in found
    assert "Tư vấn thuế tại Hà Nội" in found


def test_da_nang_puts_the_phrase_da_nang_first(catalogue):
    found = titles("da nang", type="offering")
    assert found[0] == "Du lịch Đà Nẵng trọn gói 3 ngày"
    assert "Thực phẩm chức năng hỗ trợ da" in found  # all words, ranked after the phrase


def test_d_with_stroke_is_folded_do_go_finds_do_go(catalogue):
    assert titles("do go") == ["Đồ gỗ nội thất văn phòng"]


@pytest.mark.parametrize("query", ["hoà bình", "hòa bình", "hoa binh",
                                   unicodedata.normalize("NFD", "hòa bình"),
                                   unicodedata.normalize("NFD", "hoà bình")])
def test_old_and_new_tone_placement_and_nfd_input_match(catalogue, query):
    assert "Nước khoáng Hòa Bình bình 20 lít" in titles(query)


def test_title_match_ranks_above_description_match(catalogue):
    found = titles("thép hình")
    assert found[0] == "Thép hình xây dựng H200"


def test_pending_and_suspended_listings_are_never_found(catalogue):
    everything = titles("thep") + titles("thép") + titles("ong thep") + titles("nhập khẩu") + titles("")
    assert "Thép tấm xây dựng nhập khẩu" not in everything
    assert "Thép ống xây dựng mạ kẽm" not in everything
    assert "Công ty TNHH Ống thép Bị Đình Chỉ" not in everything


def test_enterprises_are_found_by_name_and_province(catalogue):
    assert "Công ty TNHH Vận tải Sông Hàn" in titles("song han")
    assert titles("đà nẵng", type="enterprise") == ["Công ty TNHH Vận tải Sông Hàn"]


def test_typo_that_finds_nothing_shows_the_correction(catalogue):
    results = search(Params(q="thep xay dumg"))
    assert results.showing_for == "thep xay dung"
    assert {hit.record.title for hit in results.hits} == {"Thép cuộn xây dựng D10", "Thép hình xây dựng H200"}
    assert search(Params(q="thep xay dumg", verbatim=True)).total == 0



def test_no_did_you_mean_when_the_query_is_right(catalogue):
    assert search(Params(q="thep xay dung")).did_you_mean is None


def test_folded_match_is_highlighted_on_the_original_text(catalogue):
    hit = search(Params(q="do go")).hits[0]
    assert str(hit.title) == "<mark>Đồ</mark> <mark>gỗ</mark> nội thất văn phòng"


def test_exact_match_highlights_only_the_same_tone(catalogue):
    hit = next(h for h in search(Params(q="tải")).hits if h.type == "offering")
    assert "<mark>tải</mark>" in str(hit.title)
    assert "<mark>tại</mark>" not in str(hit.snippet)


def test_tie_break_is_stable_and_not_by_id(catalogue):
    first = [h.id for h in search(Params(q="", sort="relevance", type="offering")).hits]
    assert first == [h.id for h in search(Params(q="", sort="relevance", type="offering")).hits]
    ties = [h.id for h in search(Params(q="van phong", type="offering")).hits]
    assert ties == [h.id for h in search(Params(q="van phong", type="offering")).hits]


def test_sort_by_name_uses_vietnamese_order(catalogue):
    names = titles("", sort="name", type="offering")
    # Đ sorts after D and before E (plain code points put it after Z).
    assert names.index("Du lịch Đà Nẵng trọn gói 3 ngày") < names.index("Đồ gỗ nội thất văn phòng")
    assert names.index("Đồ gỗ nội thất văn phòng") < names.index("Giấy in A4 giao tại văn phòng")
    assert names[-1] == "Tư vấn thuế tại Hà Nội"


def test_sort_by_newest(catalogue, db):
    from datetime import datetime

    catalogue["water"].approved_at = datetime(2030, 1, 1)
    from directory.search import sync_offering

    sync_offering(catalogue["water"])
    db.session.commit()
    assert titles("", sort="newest")[0] == "Nước khoáng Hòa Bình bình 20 lít"


def test_within_a_tier_the_score_orders_and_the_scrambled_doc_id_breaks_ties(catalogue, db):
    from directory.search.documents import doc_id
    from directory.search.ranking import title_score

    def indexed_title(hit) -> str:
        return db.session.scalar(sa.text("SELECT title_fold FROM search_docs WHERE doc_id = :d"),
                                 {"d": doc_id(hit.type, hit.id)})

    hits = search(Params(q="tải")).hits
    in_title = [h for h in hits if "tải" in str(h.record.title if h.type == "offering" else h.record.legal_name)]
    assert hits[:len(in_title)] == in_title and len(hits) > len(in_title)
    for tier in (hits[:len(in_title)], hits[len(in_title):]):
        keys = [(-title_score(indexed_title(h), "tai"), doc_id(h.type, h.id)) for h in tier]
        assert keys == sorted(keys) and len(set(k for k, _ in keys)) > 1 or len(tier) < 2


def test_title_that_starts_with_the_words_comes_first_in_its_tier(catalogue, make_offering, db):
    make_offering(title="Bao bì đựng thép cuộn", enterprise=catalogue["steel_maker"])
    reindex()
    db.session.commit()
    found = titles("thep cuon")
    assert found.index("Thép cuộn xây dựng D10") < found.index("Bao bì đựng thép cuộn")


def test_score_prefers_the_title_that_is_or_starts_with_the_words():
    from directory.search.ranking import title_score

    assert title_score("xi mang", "xi mang") > title_score("xi mang pcb 40", "xi mang")
    assert title_score("xi mang pcb 40", "xi mang") > title_score("bao pp det dung xi mang", "xi mang")
    assert title_score("bao pp det dung xi mang", "xi mang") > title_score("bao pp det dung xi mang loai tot", "xi mang")
    assert title_score("", "xi") == 0


def test_a_broad_query_counts_up_to_the_limit_and_its_first_page_stays_exact(catalogue, monkeypatch):
    from directory.search import answer_cache, service

    full = search(Params(q="tai"))
    assert not full.capped and full.total > 3
    monkeypatch.setattr(service, "COUNT_LIMIT", 3)
    answer_cache.answers.entries.clear()
    capped = search(Params(q="tai"))
    assert capped.capped and capped.total == 3
    assert [(h.type, h.id) for h in capped.hits] == [(h.type, h.id) for h in full.hits][:3]
    assert sum(v.count for v in capped.facets["type"]) == 3  # facets count the 3 read
    by_name = search(Params(q="tai", sort="name"))
    assert {h.id for h in by_name.hits} == {h.id for h in capped.hits}  # sorted among those 3
    browse = search(Params(q="", type="offering"))
    assert browse.capped and browse.total == 3
