from directory.models import Status
from directory.search import reindex


def test_home_lists_committees_with_counts_of_approved_items(client, world, make_offering, db):
    make_offering(enterprise=world["a"], title="Xi măng PCB40 bao 50 kg", status=Status.PENDING)
    reindex()  # the counts are the index's (approvals keep it in step; these records skipped them)
    db.session.commit()
    page = client.get("/").get_data(as_text=True)
    assert world["committee_a"].name in page
    assert "1 doanh nghiệp · 1 sản phẩm, dịch vụ" in page
    assert "Thép cuộn xây dựng D10" in page
    assert "Xi măng PCB40" not in page


def test_enterprise_profile_hides_contacts_from_visitors(client, world, login):
    url = f"/enterprises/{world['a'].slug}"
    assert "lienhe" not in client.get(url).get_data(as_text=True)
    login(world["buyer"])
    assert world["a"].email in client.get(url).get_data(as_text=True)


def test_draft_enterprise_is_not_found_by_visitors(client, make_enterprise, db):
    draft = make_enterprise(status=Status.DRAFT)
    db.session.commit()
    assert client.get(f"/enterprises/{draft.slug}").status_code == 404


def test_offering_page_shows_price_in_dong(client, world):
    page = client.get(f"/offerings/{world['offering_a'].id}").get_data(as_text=True)
    assert "15.500.000\u00a0₫" in page


def test_language_switch_gives_english(client, world):
    response = client.get("/language/en?next=/", follow_redirects=True)
    assert response.status_code == 200
    assert 'lang="en"' in response.get_data(as_text=True)


def test_language_switch_refuses_offsite_next(client):
    response = client.get("/language/en?next=https://evil.example/")
    assert response.headers["Location"] == "/"
    assert client.get("/language/xx").status_code == 404
