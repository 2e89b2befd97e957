"""The fallback paths' reads (bench/README.md, "The fallback paths, profiled"): what they skip,
and that the answers stay those of reading everything."""
import pytest

from directory.search import backends, more_matches, reindex
from directory.search.filters import Filters
from directory.search.ranking import level, ranked_levels, tiers_for, title_score


@pytest.fixture
def catalogue(db, make_enterprise, make_offering):
    shop = make_enterprise(legal_name="Công ty TNHH Thép Bắc Bộ", slug="thep-bac-bo")
    make_offering(enterprise=shop, title="Thép cuộn xây dựng", description="Giao tại Hải Phòng mỗi tuần.")
    make_offering(enterprise=shop, title="Xi măng PCB40", description="Thép cuộn giao kèm khi đặt nhiều.")
    make_offering(enterprise=shop, title="Cuộn thép mạ kẽm", description="Cuộn thép giao trong ngày.")
    make_offering(enterprise=shop, title="Dây thép buộc", description="Thép dạng cuộn, giao theo đơn.")
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


def test_words_found_nowhere_cost_the_first_tier_and_the_last(catalogue, reads):
    tiers = tiers_for("fold", ["pcb", "phong"])
    assert ranked_levels(tiers, Filters(), 2001) == []
    assert reads == [(tiers[0], 2001), (tiers[-1], 2001)]


def tier_by_tier(tiers, limit):
    """The ranking as reading every tier in turn gives it: each tier's first `limit` matches in
    doc_id order, those not taken before by title_score, until `limit` are taken."""
    taken, seen = [], set()
    for tier in tiers:
        found = [row for row in backends.backend().first(tier, Filters(), limit) if row.doc_id not in seen]
        found.sort(key=lambda row: -title_score(row.title_fold, tier.folded))
        seen.update(row.doc_id for row in found)
        taken += [(level(tier), row) for row in found]
    return taken[:limit]


@pytest.mark.parametrize("form, typed", [("fold", ["thep", "cuon"]), ("fold", ["cuon", "thep"]),
                                         ("exact", ["thép", "cuộn"]), ("fold", ["thep", "giao"]),
                                         ("fold", ["thep", "cuon", "giao"]),
                                         ("fold", ["cuon", "thep", "giao", "trong"]),
                                         ("fold", ["thep", "cuon", "giao", "ngay"])])
@pytest.mark.parametrize("limit", [2001, 2, 1])
def test_the_tiers_decided_on_the_words_rank_as_reading_every_tier(catalogue, form, typed, limit):
    tiers = tiers_for(form, typed)
    expected = tier_by_tier(tiers, limit)
    assert expected  # the catalogue has matches at several tiers
    assert ranked_levels(tiers, Filters(), limit) == expected


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


def test_fewer_matches_than_the_limit_cost_two_reads_whatever_their_tiers(catalogue, reads):
    tiers = tiers_for("fold", ["thep", "giao"])  # never in a title together; a phrase in one body
    found = ranked_levels(tiers, Filters(), 2001)
    assert {level for level, _row in found} == {2, 3}
    assert [tier for tier, _limit in reads] == [tiers[0], tiers[-1]]


def test_a_long_query_reads_all_its_words_first(catalogue, reads):
    tiers = tiers_for("fold", ["cuon", "thep", "giao", "trong"])  # a phrase in one body
    found = ranked_levels(tiers, Filters(), 2001)
    assert [level for level, _row in found][:1] == [2]
    assert reads == [(tiers[-1], 2001)]


def test_more_matches_than_the_limit_are_read_tier_by_tier(catalogue, reads):
    tiers = tiers_for("fold", ["thep", "cuon"])
    assert len(ranked_levels(tiers, Filters(), 2)) == 2
    assert [tier for tier, _limit in reads][:2] == [tiers[0], tiers[-1]]
    assert tiers[-1] not in [tier for tier, _limit in reads][2:]  # its rows were read once


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


QUERIES_WITH_WORDS_THE_CATALOGUE_LACKS = ["thep zzqx", "steel", "fertiliser", "thép cuộnn", "xi mawng", "giao ngay",
                                          "thep cuon", "cuon thep giao trong", "x" * 41, "xi mang pcb40"]


def answers(queries: list[str]) -> list:
    from directory.search import Params, answer_cache, search

    found = []
    for query in queries:
        answer_cache.answers.entries.clear()
        results = search(Params(q=query))
        found.append(([(h.type, h.id) for h in results.hits], results.total, results.mode, results.did_you_mean,
                      results.showing_for, results.left_out, results.exact_fallback))
    return found


def test_a_word_the_catalogue_lacks_is_not_looked_for_and_the_answers_stay_the_same(catalogue, reads, monkeypatch):
    from directory.search import matching
    from directory.search.documents import is_term

    skipped = answers(QUERIES_WITH_WORDS_THE_CATALOGUE_LACKS)
    read_words = {w for tier, _limit in reads for w in tier.folded.split()}
    known = matching.frequencies(read_words)
    assert all(w in known or not is_term(w) for w in read_words)  # every word read is one the catalogue has
    assert any(hits for hits, *_rest in skipped)  # the catalogue answers some of them
    monkeypatch.setattr(matching, "found_nowhere", lambda words, known: False)  # look for every word
    reads.clear()
    assert answers(QUERIES_WITH_WORDS_THE_CATALOGUE_LACKS) == skipped
    assert {"zzqx", "fertiliser"} <= {w for tier, _limit in reads for w in tier.folded.split()}
