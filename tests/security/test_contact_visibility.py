"""One policy for an enterprise's phone, e-mail and website (permissions.contact_details):
visitors see none of them, on the pages and in the JSON API alike."""
import pytest

CONTACTS = {"phone": "+842438251234", "email": "lienhe@dn-a.example.vn", "website": "https://dn-a.example.vn"}


@pytest.fixture
def a(world, db):
    enterprise = world["a"]
    for name, value in CONTACTS.items():
        setattr(enterprise, name, value)
    db.session.commit()
    return enterprise


def _pages(client, world, enterprise) -> str:
    return (client.get(f"/enterprises/{enterprise.slug}").get_data(as_text=True)
            + client.get(f"/offerings/{world['offering_a'].id}").get_data(as_text=True))


def test_visitors_see_no_contact_field_on_the_pages_or_in_the_api(client, world, a):
    page = _pages(client, world, a)
    assert "dn-a.example.vn" not in page and "38251234" not in page
    data = client.get(f"/api/v1/enterprises/{a.slug}").get_json()
    assert {name: data[name] for name in CONTACTS} == dict.fromkeys(CONTACTS)


@pytest.mark.parametrize("role", ["buyer", "reviewer_b", "admin"])
def test_signed_in_users_see_every_contact_field_on_the_pages_and_in_the_api(client, login, world, a, role):
    login(world[role])
    page = _pages(client, world, a)
    assert CONTACTS["email"] in page and CONTACTS["website"] in page and "tel:+842438251234" in page
    data = client.get(f"/api/v1/enterprises/{a.slug}").get_json()
    assert {name: data[name] for name in CONTACTS} == CONTACTS
