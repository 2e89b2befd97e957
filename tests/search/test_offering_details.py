"""Offering details in search (specification values and origin words, the filters "Hàng sản xuất tại
Việt Nam" and "Thành viên khối của tôi", saved searches), the API and its OpenAPI document, the
comparison and the shortlist export. Both engines (TEST_DATABASE_URL)."""
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from werkzeug.datastructures import MultiDict

from directory.models import Origin, Role, SavedSearch, Shortlist, ShortlistItem
from directory.models.base import utcnow
from directory.search import Params, reindex, search
from directory.services import saved_searches

from .test_api import validate


@pytest.fixture
def detailed(db, make_committee, make_enterprise, make_offering, make_user):
    hanoi = make_committee(code="hanoi", name="Đảng ủy Khối Hà Nội", province_code="01")
    haiphong = make_committee(code="haiphong", name="Đảng ủy Khối Hải Phòng", province_code="31")
    steel_maker = make_enterprise(committee=hanoi, legal_name="Công ty Cổ phần Thép Đông Anh", slug="thep-dong-anh")
    importer = make_enterprise(committee=haiphong, legal_name="Công ty TNHH Thiết bị Cảng Hải Phòng",
                               slug="thiet-bi-cang", province_code="31")
    items = dict(
        rebar=make_offering(enterprise=steel_maker, title="Thép thanh vằn D16", origin=Origin.MADE_IN_VIETNAM,
                            origin_province_code="01", specs=[["Mác thép", "CB400-V"], ["Tiêu chuẩn", "TCVN 1651-2:2018"]],
                            min_order_qty=Decimal("5"), lead_time_days=7, price_includes_vat=False),
        coil=make_offering(enterprise=steel_maker, title="Thép cuộn D8", origin=Origin.ASSEMBLED_IN_VIETNAM,
                           origin_province_code="01", specs=[["mác thep", "CB240-T"], ["Khối lượng cuộn", "2 tấn"]]),
        crane=make_offering(enterprise=importer, title="Cẩu trục thép 5 tấn", origin=Origin.IMPORTED,
                            origin_country="JP", specs=[["Tải trọng", "5 tấn"]]),
        beam=make_offering(enterprise=importer, title="Thép hình H200"),  # origin not given
    )
    users = dict(member_hanoi=make_user(Role.MANAGER, enterprise=steel_maker),
                 reviewer_haiphong=make_user(Role.REVIEWER, committee=haiphong),
                 admin=make_user(Role.ADMIN))
    reindex()
    db.session.commit()
    return dict(items, **users, hanoi=hanoi, haiphong=haiphong)


def offering_titles(params: Params) -> set[str]:
    return {h.record.title for h in search(params).hits if h.type == "offering"}


def test_specification_values_and_origin_words_are_searchable(detailed):
    assert offering_titles(Params(q="CB400-V")) == {"Thép thanh vằn D16"}
    assert offering_titles(Params(q="cb240")) == {"Thép cuộn D8"}
    assert offering_titles(Params(q="nhap khau nhat ban")) == {"Cẩu trục thép 5 tấn"}
    assert offering_titles(Params(q="lắp ráp", verbatim=True)) == {"Thép cuộn D8"}
    assert offering_titles(Params(q="khoi luong cuon", verbatim=True)) == set()  # names are not indexed
    # low weight: a title match still comes first
    hits = [h.record.title for h in search(Params(q="thep")).hits if h.type == "offering"]
    assert hits and all("Thép" in title for title in hits[:3])


@pytest.mark.parametrize("q", ["", "thep"])  # browsing and matching words: different queries
def test_made_in_vietnam_keeps_made_and_assembled_offerings_and_counts_follow(detailed, q):
    params = Params(q=q, made_in_vn=True)
    assert offering_titles(params) == {"Thép thanh vằn D16", "Thép cuộn D8"}
    results = search(params)
    assert all(h.type == "offering" for h in results.hits)  # enterprises have no origin
    assert {v.value: v.count for v in results.facets["committee"]} == {"hanoi": 2}
    assert search(Params(q=q)).total > results.total


def test_made_in_vietnam_is_read_from_the_query_string_and_kept_by_links():
    params = Params.from_args(MultiDict({"made_in_vn": "1", "q": "thép"}))
    assert params.made_in_vn and params.to_args() == {"q": "thép", "made_in_vn": "1"}
    assert not Params.from_args(MultiDict({"made_in_vn": "yes please"})).made_in_vn


def test_my_committee_is_the_signed_in_users_committee_and_nothing_for_others(detailed, client, login):
    anonymous = client.get("/search/", query_string={"mine": "1"}).get_data(as_text=True)
    assert "Thành viên khối của tôi" not in anonymous and "Cẩu trục thép 5 tấn" in anonymous  # ignored
    login(detailed["member_hanoi"])
    page = client.get("/search/", query_string={"mine": "1", "type": "offering"}).get_data(as_text=True)
    assert "Thành viên khối của tôi" in page
    assert "Thép thanh vằn D16" in page and "Cẩu trục thép 5 tấn" not in page
    login(detailed["reviewer_haiphong"])  # a reviewer's committee is theirs too; same URL, other answer
    page = client.get("/search/", query_string={"mine": "1", "type": "offering"}).get_data(as_text=True)
    assert "Cẩu trục thép 5 tấn" in page and "Thép thanh vằn D16" not in page
    login(detailed["admin"])  # no committee: the filter is not offered and does nothing
    page = client.get("/search/", query_string={"mine": "1", "type": "offering"}).get_data(as_text=True)
    assert "Thành viên khối của tôi" not in page and "Cẩu trục thép 5 tấn" in page


def test_my_committee_in_the_api_follows_the_session_and_the_schema(detailed, client, login):
    data = client.get("/api/v1/search", query_string={"mine": "1", "made_in_vn": "1"}).get_json()
    validate(data, "SearchResults")
    assert {i["title"] for i in data["items"]} == {"Thép thanh vằn D16", "Thép cuộn D8"}
    login(detailed["reviewer_haiphong"])
    data = client.get("/api/v1/search", query_string={"mine": "1", "made_in_vn": "1"}).get_json()
    assert data["items"] == []  # Hải Phòng's offering is imported


def test_the_api_offering_carries_the_details_and_matches_its_schema(detailed, client):
    data = client.get(f"/api/v1/offerings/{detailed['rebar'].id}").get_json()
    validate(data, "Offering")
    assert data["min_order_qty"] == 5 and data["lead_time_days"] == 7 and data["price_includes_vat"] is False
    assert data["origin"] == {"type": "made_vn", "province_code": "01", "province": "Hà Nội",
                              "country": None, "country_name": None}
    assert data["specs"][0] == {"name": "Mác thép", "value": "CB400-V"} and data["price_expired"] is False
    crane = client.get(f"/api/v1/offerings/{detailed['crane'].id}").get_json()
    validate(crane, "Offering")
    assert crane["origin"]["country"] == "JP" and crane["origin"]["country_name"] == "Nhật Bản"
    beam = client.get(f"/api/v1/offerings/{detailed['beam'].id}").get_json()
    validate(beam, "Offering")
    assert beam["origin"] is None and beam["specs"] == []


def test_saved_searches_keep_both_filters_and_the_digest_applies_them(detailed, db):
    user = detailed["member_hanoi"]
    filters = saved_searches.clean_filters({"made_in_vn": "1", "mine": "1", "committee": "haiphong"})
    assert filters == {"made_in_vn": "1", "mine": "1"}  # `mine` stands for the committee, whatever it is then
    saved = saved_searches.save_search(user, "thép", filters)
    assert saved_searches.describe_filters(saved.filters) == "Hàng sản xuất tại Việt Nam, Thành viên khối của tôi"
    assert saved_searches.matches(saved, detailed["rebar"])
    assert not saved_searches.matches(saved, detailed["crane"])  # imported, and of another committee
    assert not saved_searches.matches(saved, detailed["beam"])  # origin not given
    other = SavedSearch(user=detailed["reviewer_haiphong"], query="thép", filters={"mine": "1"}, last_sent_at=utcnow())
    assert saved_searches.matches(other, detailed["crane"]) and not saved_searches.matches(other, detailed["rebar"])


def test_compare_lines_up_specification_rows_by_name_and_exports_the_details(detailed, client, login, db):
    user = detailed["member_hanoi"]
    shortlist = Shortlist(user_id=user.id, name="Thép")
    db.session.add(shortlist)
    for key in ("rebar", "coil", "crane"):
        db.session.add(ShortlistItem(shortlist=shortlist, offering=detailed[key], enterprise=detailed[key].enterprise))
    db.session.commit()
    login(user)
    page = client.get(f"/linkage/shortlists/{shortlist.id}/compare").get_data(as_text=True)
    rows = page.split("compare-specs", 1)[1]
    # "Mác thép" and "mác thep" are one row; the crane has none: "—"
    assert '<th scope="row">Mác thép</th><td>CB400-V</td><td>CB240-T</td><td>—</td>' in rows
    assert '<th scope="row">Tải trọng</th><td>—</td><td>—</td><td>5 tấn</td>' in rows
    assert "Nhập khẩu · Nhật Bản" in page and "Sản xuất tại Việt Nam · Hà Nội" in page and "7 ngày" in page
    book = load_workbook(io.BytesIO(client.get(f"/linkage/shortlists/{shortlist.id}/export.xlsx").data))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    rebar = dict(zip(header, [c.value for c in sheet[2]]))
    assert rebar["Đặt tối thiểu"] == 5 and rebar["Thời gian giao hàng (ngày)"] == 7
    assert rebar["Xuất xứ"] == "Sản xuất tại Việt Nam · Hà Nội" and rebar["Giá đã gồm VAT"] == "Chưa gồm VAT"
    assert rebar["Thông số"] == "Mác thép: CB400-V; Tiêu chuẩn: TCVN 1651-2:2018"
