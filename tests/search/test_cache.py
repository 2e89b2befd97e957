"""Cached answers and pages are keyed by the index stamp in the database: a committed change to
the index is seen by the next search in the process that made it and within STAMP_SECONDS in
any other; a rolled-back one never."""
import time

import sqlalchemy as sa

from directory.models import Status, User
from directory.search import Params, answer_cache, search, sync_offering
from directory.services.committees import update_committee


def page(client, **args) -> str:
    response = client.get("/search/", query_string=args)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def stamp(db) -> int:
    return db.session.scalar(sa.text("SELECT version FROM search_state"))


def test_a_cached_page_follows_an_edit_committed_afterwards(catalogue, db, client):
    assert "cuộn xây dựng D10" in page(client, q="thep")
    assert "cuộn xây dựng D10" in page(client, q="thep")  # served from the cache
    steel = catalogue["steel"]
    steel.title = "Thép cuộn cán nóng D12"
    sync_offering(steel)
    db.session.commit()
    html = page(client, q="thep")
    assert "cán nóng D12" in html and "cuộn xây dựng D10" not in html


def test_a_change_committed_by_another_process_is_seen_within_the_stamp_interval(catalogue, db, monkeypatch):
    """Without a shared cache backend (the embedded default keeps one per process)."""
    import cachelib.simple

    now = time.time()
    monkeypatch.setattr(cachelib.simple, "time", lambda: now)  # however slow the machine is
    assert search(Params(q="thep")).total > 0
    db.session.commit()  # end the read transaction, as a request does
    with db.engine.begin() as other:  # another worker: only the database is shared
        other.execute(sa.text("UPDATE search_state SET version = version + 1"))
        other.execute(sa.text("DELETE FROM search_docs"))
    assert search(Params(q="thep")).total > 0  # this process trusts the stamp it read a moment ago
    monkeypatch.setattr(cachelib.simple, "time", lambda: now + answer_cache.STAMP_SECONDS + 0.01)
    assert search(Params(q="thep")).total == 0


def test_a_rolled_back_change_leaves_no_cached_answer_behind(catalogue, db):
    before = stamp(db)
    pending = catalogue["pending"]
    pending.status = Status.APPROVED
    sync_offering(pending)
    assert search(Params(q="thep tam")).total == 1  # cached under the uncommitted stamp
    db.session.rollback()
    assert stamp(db) == before
    assert search(Params(q="thep tam")).total == 0
    catalogue["furniture"].status = Status.ARCHIVED  # a later, different change gets a new stamp
    sync_offering(catalogue["furniture"])
    db.session.commit()
    assert search(Params(q="thep tam")).total == 0


def test_an_uncommitted_stamp_is_never_shared_with_other_requests(app, catalogue, db):
    committed = answer_cache.stamp.get()
    pending = catalogue["pending"]
    pending.status = Status.APPROVED
    sync_offering(pending)
    assert answer_cache.stamp.get() == stamp(db) != committed  # this transaction sees its own change
    with app.app_context():  # another request of this process, with its own session
        assert answer_cache.stamp.get() == committed
    db.session.rollback()
    assert answer_cache.stamp.get() == committed
    assert search(Params(q="thep tam")).total == 0


def test_renaming_a_committee_refreshes_the_cached_facet_labels(catalogue, db, client, make_user):
    admin = make_user("admin")
    db.session.commit()
    assert "Đảng ủy Khối Hà Nội" in page(client, q="thep")
    hanoi = catalogue["steel_maker"].committee
    update_committee(db.session.get(User, admin.id), hanoi, hanoi.version, name="Đảng ủy Khối Thủ đô")
    db.session.commit()
    html = page(client, q="thep")
    assert "Đảng ủy Khối Thủ đô" in html and "Đảng ủy Khối Hà Nội" not in html


def test_first_time_visitors_share_one_rendered_page_that_follows_the_index(client, world, db, make_offering):
    from directory.search import sync_offering

    sync_offering(world["offering_a"])
    db.session.commit()
    first = client.get("/search/?q=thep").get_data(as_text=True)
    assert "cuộn xây dựng D10" in first
    assert 'name="csrf_token"' not in first  # nothing per visitor on a shared page
    newer = make_offering(enterprise=world["a"], title="Thép hộp mạ kẽm 40x80")
    sync_offering(newer)
    db.session.commit()
    assert "hộp mạ kẽm" in client.get("/search/?q=thep").get_data(as_text=True)


def test_signed_in_users_get_their_own_page(client, world, login, db):
    login(world["manager_a"])
    page = client.get("/search/?q=thep").get_data(as_text=True)
    assert world["manager_a"].full_name in page
