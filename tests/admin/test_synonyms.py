"""Search synonyms: seeded by the migration, edited by administrators, applied by the search."""
import pytest

from directory.models import AuditEvent, Role
from directory.search import Params, reindex, search
from directory.services import synonyms
from directory.services.errors import DomainError, NotAuthorized, NotFound


@pytest.fixture
def bolts(db, make_offering, make_user):
    offering = make_offering(title="Bu lông inox M12", description="Bu lông lục giác.")
    reindex()
    db.session.commit()
    yield dict(offering=offering, admin=make_user(role=Role.ADMIN), manager=make_user())
    for group_id, terms in synonyms.list_groups(make_user(role=Role.ADMIN)):  # the seed stays as migrated
        if "bolt" in terms:
            synonyms.delete_group(make_user(role=Role.ADMIN), group_id)
    db.session.commit()


def titles(q: str) -> list[str]:
    return [hit.record.title for hit in search(Params(q=q)).hits]


def test_the_seed_finds_vietnamese_listings_by_english_words(bolts, make_offering, db):
    make_offering(title="Xi măng PCB40 bao 50 kg")
    reindex()
    db.session.commit()
    assert titles("cement") == ["Xi măng PCB40 bao 50 kg"]
    assert search(Params(q="cement", verbatim=True)).total == 0  # as typed: no synonyms


def test_an_administrator_adds_changes_and_removes_a_group(bolts, db):
    admin = bolts["admin"]
    assert titles("bolt") == []
    group_id = synonyms.add_group(admin, "bu lông,  bolt , bolt")
    db.session.commit()
    assert (group_id, "bu lông, bolt") in synonyms.list_groups(admin)
    assert titles("bolt") == ["Bu lông inox M12"]  # the stamp changed: no stale cached answer
    synonyms.update_group(admin, group_id, "bu lông, bolts")
    db.session.commit()
    assert titles("bolt") == [] and titles("bolts") == ["Bu lông inox M12"]
    synonyms.delete_group(admin, group_id)
    db.session.commit()
    assert titles("bolts") == []
    actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.target_type == "search_synonym")
                                 .order_by(AuditEvent.id)).all()
    assert actions == ["synonyms.create", "synonyms.update", "synonyms.delete"]


@pytest.mark.parametrize("terms, message", [("bolt", "ít nhất hai cụm từ"), ("bolt, bolt", "ít nhất hai cụm từ"),
                                            ("bolt, " + "x" * 61, "tối đa 60 ký tự")])
def test_a_group_needs_two_phrases_of_reasonable_length(bolts, terms, message):
    with pytest.raises(DomainError, match=message):
        synonyms.add_group(bolts["admin"], terms)


def test_only_administrators_edit_synonyms(bolts):
    with pytest.raises(NotAuthorized, match="không có quyền thực hiện"):
        synonyms.add_group(bolts["manager"], "bu lông, bolt")
    with pytest.raises(NotAuthorized, match="không có quyền thực hiện"):
        synonyms.list_groups(bolts["manager"])
    with pytest.raises(NotFound):
        synonyms.delete_group(bolts["admin"], 999_999)


def test_the_admin_page_adds_edits_and_deletes(client, login, bolts, db):
    login(bolts["admin"])
    page = client.get("/admin/synonyms").get_data(as_text=True)
    assert "xi măng, cement" in page
    response = client.post("/admin/synonyms", data={"new-terms": "bu lông, bolt"})
    assert response.status_code == 302
    group_id = max(i for i, terms in synonyms.list_groups(bolts["admin"]) if "bolt" in terms)
    assert client.post(f"/admin/synonyms/{group_id}", data={"g{}-terms".format(group_id): "bu lông, bolt, screw"}
                       ).status_code == 302
    assert (group_id, "bu lông, bolt, screw") in synonyms.list_groups(bolts["admin"])
    response = client.post("/admin/synonyms", data={"new-terms": "only one"})
    assert "ít nhất hai cụm từ" in response.get_data(as_text=True)
    client.post(f"/admin/synonyms/{group_id}", data={f"g{group_id}-terms": "x", f"g{group_id}-delete": "Xóa"})
    assert all(i != group_id for i, _terms in synonyms.list_groups(bolts["admin"]))
    assert client.post("/admin/synonyms/999999", data={"g999999-terms": "a, b"}).status_code == 404
