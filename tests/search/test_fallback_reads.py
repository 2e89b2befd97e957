"""The fallback paths' reads (bench/README.md, "The fallback paths, profiled"): what they skip,
and that the answers stay those of reading everything."""
import pytest

from directory.search import backends, more_matches, reindex
from directory.search.filters import Filters
from directory.search.ranking import ranked_levels, tiers_for


@pytest.fixture
def catalogue(db, make_enterprise, make_offering):
    shop = make_enterprise(legal_name="Công ty TNHH Thép Bắc Bộ", slug="thep-bac-bo")
    make_offering(enterprise=shop, title="Thép cuộn xây dựng", description="Giao tại Hải Phòng mỗi tuần.")
    make_offering(enterprise=shop, title="Xi măng PCB40", description="Thép cuộn giao kèm khi đặt nhiều.")
    reindex()
    db.session.commit()


@pytest.fixture
def reads(monkeypatch):
    """The tier reads made, as (tier, limit)."""
    made, first = [], backends.backend().__class__.first

    def counting(self, tier, filters, limit):
        made.append((tier, limit))
        return first(self, tier, filters, limit)
    monkeypatch.setattr(backends.backend().__class__, "first", counting)
    return made


def test_words_found_nowhere_cost_the_first_tier_and_one_row_of_the_last(catalogue, reads):
    tiers = tiers_for("fold", ["pcb", "phong"])
    assert ranked_levels(tiers, Filters(), 2001) == []
    assert reads == [(tiers[0], 2001), (tiers[-1], 1)]


@pytest.fixture
def phrases(monkeypatch):
    """The word lists the corrections read as phrases, in order."""
    read = []
    count = more_matches._count

    def counting(folded, filters, phrase=False, limit=21):
        if phrase:
            read.append(folded)
        return count(folded, filters, phrase, limit)
    monkeypatch.setattr(more_matches, "_count", counting)
    return read


def test_words_found_only_in_a_later_tier_are_read_tier_by_tier(catalogue, reads):
    tiers = tiers_for("fold", ["thep", "giao"])  # never in a title together, never a phrase
    found = ranked_levels(tiers, Filters(), 2001)
    assert len(found) >= 2 and {level for level, _row in found} == {3}
    assert [tier for tier, _limit in reads] == [tiers[0], tiers[-1], *tiers[1:]]


def test_a_correction_skips_the_phrase_reads_when_its_neighbours_never_stand_together(catalogue, phrases):
    # "phong hai" never stands together: no candidate for "xoi" ("xi", "noi", ...) can make a phrase
    typed = ["thep", "cuon", "xoi", "phong", "hai"]
    corrected = more_matches._best_correction(typed, {"thep": 2, "cuon": 2, "hai": 1, "phong": 1}, Filters(), False)
    assert corrected and corrected[2] != "xoi"
    assert phrases == [["thep", "cuon"], ["phong", "hai"]]  # only the two sides were read as phrases


def test_a_correction_still_reads_the_phrase_when_its_neighbours_stand_together(catalogue, phrases):
    typed = ["thep", "cuon", "xoi", "dung"]
    corrected = more_matches._best_correction(typed, {"thep": 2, "cuon": 2, "dung": 1}, Filters(), False)
    assert corrected and corrected[2] != "xoi"
    assert sum(len(words) == len(typed) and words[2] != "xoi" for words in phrases) >= 2  # one per candidate
