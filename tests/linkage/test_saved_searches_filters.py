"""Saved searches use the search page's own filter names, so "save this search" keeps them."""
from directory.services.saved_searches import FILTER_KEYS, clean_filters, matches
from directory.search.service import Params


def test_saved_search_filters_are_search_page_parameters():
    page_parameters = {f for f in Params.__dataclass_fields__}
    assert set(FILTER_KEYS) <= page_parameters


def test_province_and_member_filters_match(world, db):
    from directory.models import SavedSearch

    offering = world["offering_a"]
    offering.member_offer = "Giảm 5%"
    saved = SavedSearch(user_id=world["buyer"].id, query="thép",
                        filters=clean_filters({"province": world["a"].province_code, "member": "1"}))
    assert matches(saved, offering)
    saved.filters = clean_filters({"province": "79"})
    assert not matches(saved, offering)
    offering.member_offer = None
    saved.filters = clean_filters({"member": "1"})
    assert not matches(saved, offering)
