"""Each engine lists a tier's first matches in doc_id order (the neutral tie-break) however
many there are: PostgreSQL reads that order bucket by bucket, SQLite along its rowids."""
from directory.search import reindex
from directory.search.backends import backend
from directory.search.documents import OFFERING, doc_id
from directory.search.filters import Filters
from directory.search.ranking import tiers_for


def test_a_tier_lists_its_first_matches_in_doc_id_order_for_any_limit(db, make_enterprise, make_offering):
    enterprise = make_enterprise()
    steel = [make_offering(enterprise=enterprise, title=f"Thép cuộn số {n}" if n % 3 else f"Gạo tám số {n}",
                           description="Hàng có sẵn.")
             for n in range(300)]
    reindex()
    db.session.commit()
    expected = sorted(doc_id(OFFERING, o.id) for o in steel if o.title.startswith("Thép"))
    assert len(expected) == 200
    for form, words in (("fold", ["thep"]), ("exact", ["thép", "cuộn"])):
        for tier in tiers_for(form, words):
            for limit in (1, 7, 40, 199, 201, 1000):
                found = [row.doc_id for row in backend().first(tier, Filters(), limit)]
                assert found == expected[:limit], (tier, limit)
