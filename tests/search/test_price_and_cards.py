"""Search results: the price filter and orders (both engines), the tabs' counts, thumbnails, an
enterprise chosen in the typeahead, and saving a result to a shortlist in one click."""
import io

import pytest
from PIL import Image

from directory.models import OfferingImage, Shortlist
from directory.search import Params, reindex, search


@pytest.fixture
def priced(db, make_enterprise, make_offering):
    supplier = make_enterprise(legal_name="Công ty Cổ phần Gạch Tuynel Hà Nam", short_name="Gạch Hà Nam",
                               slug="gach-ha-nam")
    items = dict(
        cheap=make_offering(enterprise=supplier, title="Gạch đặc loại A", price_min=1_200, price_max=1_200),
        range_=make_offering(enterprise=supplier, title="Gạch lỗ hai lỗ", price_min=900, price_max=5_000),
        dear=make_offering(enterprise=supplier, title="Gạch ốp trang trí", price_min=250_000, price_max=None),
        upto=make_offering(enterprise=supplier, title="Gạch block xi măng", price_min=None, price_max=8_000),
        ask=make_offering(enterprise=supplier, title="Gạch chịu lửa", price_min=None, price_max=None),
    )
    reindex()
    db.session.commit()
    return dict(items, supplier=supplier)


def titles(params: Params) -> list[str]:
    return [h.record.title if h.type == "offering" else h.record.legal_name for h in search(params).hits]


@pytest.mark.parametrize("q", ["", "gach"])  # browsing, and matching words: different queries
def test_the_price_filter_keeps_offerings_whose_range_reaches_into_it(priced, q):
    assert titles(Params(q=q, price_from=1_000, price_to=2_000, sort="name")) == ["Gạch đặc loại A", "Gạch lỗ hai lỗ"]
    # "đến 8.000" reaches down to nothing: it is below 10.000; an open lower bound keeps it
    assert set(titles(Params(q=q, price_to=10_000))) == {"Gạch đặc loại A", "Gạch lỗ hai lỗ", "Gạch block xi măng"}
    assert titles(Params(q=q, price_from=100_000)) == ["Gạch ốp trang trí"]  # from 250.000 upwards
    everything = search(Params(q=q))
    assert everything.total == 6  # five offerings and the enterprise; with a price: no enterprise, no "liên hệ"
    assert search(Params(q=q, price_from=0)).total == 4


@pytest.mark.parametrize("q", ["", "gach"])
def test_price_orders_put_offerings_without_a_price_last(priced, q):
    assert titles(Params(q=q, type="offering", sort="price_asc")) == [
        "Gạch lỗ hai lỗ", "Gạch đặc loại A", "Gạch block xi măng", "Gạch ốp trang trí", "Gạch chịu lửa"]
    assert titles(Params(q=q, type="offering", sort="price_desc")) == [
        "Gạch ốp trang trí", "Gạch block xi măng", "Gạch lỗ hai lỗ", "Gạch đặc loại A", "Gạch chịu lửa"]
    assert titles(Params(q=q, sort="price_asc"))[-1] in ("Gạch chịu lửa", "Công ty Cổ phần Gạch Tuynel Hà Nam")


def test_prices_are_read_with_vietnamese_grouping_and_junk_is_no_filter():
    from werkzeug.datastructures import MultiDict

    params = Params.from_args(MultiDict({"price_from": "1.500.000", "price_to": "200 000"}))
    assert (params.price_from, params.price_to) == (200_000, 1_500_000)  # swapped into order
    assert Params.from_args(MultiDict({"price_from": "1,5 triệu"})).price_from is None
    assert Params.from_args(MultiDict({"price_to": "-3"})).price_to is None
    assert Params.from_args(MultiDict({"price_from": "0"})).to_args() == {"price_from": 0}


def test_the_page_and_the_api_filter_and_sort_by_price(client, priced):
    html = client.get("/search/", query_string={"q": "gach", "price_from": "1.000", "price_to": "2.000"}).get_data(as_text=True)
    assert "đặc loại A" in html and "ốp trang trí" not in html  # titles with the words marked
    assert 'value="1.000"' in html and 'value="2.000"' in html  # shown as typed, grouped
    assert "price_from=1000" in html  # links (facets, tabs, pages) keep the filter
    data = client.get("/api/v1/search", query_string={"q": "gach", "type": "offering", "sort": "price_desc"}).get_json()
    assert [i["title"] for i in data["items"]][:2] == ["Gạch ốp trang trí", "Gạch block xi măng"]
    data = client.get("/api/v1/search", query_string={"price_to": "1500"}).get_json()
    assert {i["title"] for i in data["items"]} == {"Gạch đặc loại A", "Gạch lỗ hai lỗ"}


def test_the_sort_applies_on_change_and_still_has_a_button_without_script(client, priced):
    html = client.get("/search/", query_string={"q": "gach"}).get_data(as_text=True)
    assert 'data-submit-on-change' in html and 'class="btn btn-sm btn-outline-primary js-hidden"' in html
    assert '<option value="price_asc">' in html and '<option value="price_desc">' in html


def test_the_tabs_keep_their_counts_once_one_is_chosen(client, priced):
    for chosen in ("", "offering", "enterprise"):
        results = search(Params(q="gach", type=chosen))
        assert results.type_counts == {"offering": 5, "enterprise": 1}, chosen
    html = client.get("/search/", query_string={"q": "gach", "type": "enterprise"}).get_data(as_text=True)
    tabs = html[html.index('class="nav nav-tabs"'):html.index("</ul>", html.index('class="nav nav-tabs"'))]
    assert tabs.count('badge text-bg-light">6<') == 1 and '">5<' in tabs and '">1<' in tabs


def test_a_result_with_an_image_shows_a_lazy_thumbnail(client, priced, app, db):
    from directory.services.uploads import THUMBNAIL_SIDE, save_image, prepare_image

    picture = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 80, 40)).save(picture, "JPEG")
    with app.test_request_context():
        name = save_image(prepare_image(_upload(picture.getvalue())))
    db.session.add(OfferingImage(offering_id=priced["cheap"].id, path=name, position=0))
    db.session.commit()
    html = client.get("/search/", query_string={"q": "gach dac"}).get_data(as_text=True)
    tag = html[html.index('<img src="/uploads/'):]
    tag = tag[:tag.index(">") + 1]
    assert f"/uploads/{name}/thumbnail" in tag and 'loading="lazy"' in tag and 'alt="Ảnh Gạch đặc loại A"' in tag
    assert 'width="96" height="96"' in tag
    response = client.get(f"/uploads/{name}/thumbnail")
    assert response.status_code == 200
    with Image.open(io.BytesIO(response.data)) as small:
        assert max(small.size) == THUMBNAIL_SIDE and small.size == (THUMBNAIL_SIDE, THUMBNAIL_SIDE * 3 // 4)
    assert client.get("/uploads/nope.jpg/thumbnail").status_code == 404
    assert client.get("/uploads/..%2Fsecret/thumbnail").status_code == 404


def _upload(data: bytes):
    from werkzeug.datastructures import FileStorage

    return FileStorage(io.BytesIO(data), filename="gach.jpg", content_type="image/jpeg")


def test_an_enterprise_chosen_in_the_typeahead_opens_its_profile(client, priced):
    data = client.get("/search/suggest", query_string={"q": "gach ha n"}).get_json()
    chosen = next(s for s in data["suggestions"] if s["target"] == "enterprise")
    response = client.get(chosen["url"])
    assert response.status_code == 302 and response.location.endswith("/enterprises/gach-ha-nam")
    unknown = client.get("/search/enterprise", query_string={"name": "Công ty Không Có"})
    assert unknown.status_code == 302 and "/search/?" in unknown.location and "type=enterprise" in unknown.location


def test_a_signed_in_user_saves_a_result_in_one_click(client, login, world, priced, db):
    login(world["buyer"])
    html = client.get("/search/", query_string={"q": "gach dac"}).get_data(as_text=True)
    # first use: a link to make a list, no form
    assert "Tạo danh sách so sánh và lưu mục này" in html and "data-hx-post" not in html
    page = client.get(f"/linkage/shortlists/add?offering={priced['cheap'].id}").get_data(as_text=True)
    assert "Hoặc" not in page and "Tạo danh sách" in page
    client.post(f"/linkage/shortlists/add?offering={priced['cheap'].id}", data={"new_name": "Gạch"})
    shortlist = db.session.scalar(db.select(Shortlist))
    html = client.get("/search/", query_string={"q": "gach lo"}).get_data(as_text=True)
    action = f"/linkage/shortlists/add?offering={priced['range_'].id}"
    assert f'data-hx-post="{action}"' in html and f'name="shortlist" value="{shortlist.id}"' in html
    assert 'name="csrf_token"' in html and "Lưu vào “Gạch”" in html
    answer = client.post(action, data={"shortlist": shortlist.id}, headers={"HX-Request": "true"})
    assert answer.status_code == 200 and "Đã lưu vào “Gạch”" in answer.get_data(as_text=True)
    db.session.expire_all()
    assert {i.offering_id for i in shortlist.items} == {priced["cheap"].id, priced["range_"].id}
    # two lists: a select with the first chosen
    client.post("/linkage/shortlists", data={"name": "Xi măng"})
    html = client.get("/search/", query_string={"q": "gach lo"}).get_data(as_text=True)
    assert f'<select id="list-o{priced["range_"].id}" name="shortlist"' in html
    # someone else's list: refused, nothing saved
    other = Shortlist(user_id=world["manager_b"].id, name="Của người khác")
    db.session.add(other)
    db.session.commit()
    answer = client.post(action, data={"shortlist": other.id}, headers={"HX-Request": "true"})
    assert "Đã lưu" not in answer.get_data(as_text=True)
    assert not db.session.scalar(db.select(Shortlist).where(Shortlist.id == other.id)).items


def test_visitors_share_one_cached_results_part_without_save_buttons(client, priced):
    html = client.get("/search/", query_string={"q": "gach"}).get_data(as_text=True)
    assert "csrf_token" not in html and "/linkage/shortlists/add" not in html
