"""Typos that are words too (docs/search.md, "Matching"): every word is known, together they find
little, and one word replaced by a confused spelling or a neighbouring key finds clearly more."""
import pytest

from directory.search import Params, matching, reindex, search


def test_confusions_swap_the_initials_and_finals_vietnamese_writers_confuse():
    assert {"sat"} <= matching.confusions("xat")
    assert {"thong"} <= matching.confusions("thon")
    assert {"tray", "chai"} <= matching.confusions("chay")
    assert {"luoi"} <= matching.confusions("nuoi")
    assert "xat" not in matching.confusions("xat")


def test_one_edit_and_slips_of_the_finger():
    assert {"bao", "cap", "ba", "bapp", "abp"} <= matching.one_edit("bap")
    assert "bap" not in matching.one_edit("bap")
    assert matching.slip("bap", "bao") and matching.slip("thon", "thom") and matching.slip("tahi", "thai")
    assert not matching.slip("bap", "cap") and not matching.slip("bap", "ba") and not matching.slip("chai", "trai")


@pytest.fixture
def rice(db, make_enterprise, make_offering):
    farm = make_enterprise(legal_name="Hợp tác xã Nông nghiệp Hải Hậu", short_name="HTX Hải Hậu", slug="htx-hai-hau")
    shop = make_enterprise(legal_name="Công ty TNHH An Ninh Số", short_name="An Ninh Số", slug="an-ninh-so")
    items = dict(
        rice=make_offering(enterprise=farm, title="Gạo tám thơm Hải Hậu bao 25 kg"),
        mill=make_offering(enterprise=farm, title="Máy xay xát gạo 2 tấn/giờ", description="Giao tới từng thôn."),
        camera=make_offering(enterprise=shop, title="Lắp đặt camera giám sát nhà xưởng"),
        steel=make_offering(enterprise=shop, title="Thép cuộn cho nhà xưởng", description="Vận tải tận nơi."),
    )
    reindex()
    db.session.commit()
    return items


def test_a_real_word_typo_that_finds_nothing_shows_the_correction(rice):
    results = search(Params(q="gao tam thon"))
    assert results.showing_for == "gao tam thom"
    assert [hit.record.title for hit in results.hits] == ["Gạo tám thơm Hải Hậu bao 25 kg"]
    assert search(Params(q="lap dat camera giam xat")).showing_for == "lap dat camera giam sat"
    assert search(Params(q="gao tam thon", verbatim=True)).total == 0


def _more_rice(rice, make_offering, description):
    for place in ("Nam Định", "Thái Bình"):
        make_offering(enterprise=rice["rice"].enterprise, title=f"Gạo tám thơm {place}")
    make_offering(enterprise=rice["rice"].enterprise, title="Gạo nếp", description=description)
    reindex()


def test_a_real_word_typo_whose_few_matches_have_the_words_scattered_shows_the_correction(rice, make_offering, db):
    _more_rice(rice, make_offering, "Tám bao, giao tận thôn.")
    db.session.commit()
    results = search(Params(q="gao tam thon"))
    assert results.showing_for == "gao tam thom" and results.did_you_mean is None
    assert len(results.hits) == 3 and "Gạo nếp" not in {hit.record.title for hit in results.hits}


def test_a_real_word_typo_whose_few_matches_have_the_phrase_offers_did_you_mean(rice, make_offering, db):
    _more_rice(rice, make_offering, "Bán gạo tám thôn quanh vùng.")
    db.session.commit()
    results = search(Params(q="gao tam thon"))
    assert results.did_you_mean == "gao tam thom" and results.showing_for is None
    assert [hit.record.title for hit in results.hits] == ["Gạo nếp"]


def test_no_correction_when_every_word_fits_a_neighbour_or_for_one_word(rice):
    # "thep cuon" and "van tai" are phrases of the catalogue: the words are meant, only not together
    results = search(Params(q="thep cuon van tai"))
    assert results.showing_for is None and results.did_you_mean is None
    assert search(Params(q="thon")).showing_for is None
    assert search(Params(q="nha xuong")).showing_for is None  # found as typed
