"""What the index covers beyond a listing's own words: its category and group, its province and
committee, an enterprise's legal form and tax code, codes typed with or without a space."""
import pytest

from directory.models import Kind, Role
from directory.search import Params, reindex, search
from directory.search.documents import legal_form_words, tax_code_words
from directory.services.committees import update_committee


def titles(query: str, **filters) -> list[str]:
    return [hit.record.title if hit.type == "offering" else hit.record.legal_name
            for hit in search(Params(q=query, **filters)).hits]


@pytest.fixture
def shop(db, make_committee, make_enterprise, make_offering, make_category, make_user):
    committee = make_committee(code="thaibinh", name="Đảng ủy Khối Doanh nghiệp tỉnh Thái Bình",
                               province_code="33", legacy_province_name="Thái Bình")
    chemicals = make_category(slug="hoa-chat-phan-bon", name_vi="Hóa chất – phân bón", name_en="Chemicals and fertilisers")
    fertiliser = make_category(slug="phan-bon", name_vi="Phân bón", name_en="Fertilisers", parent=chemicals)
    maker = make_enterprise(committee=committee, legal_name="Công ty Cổ phần Phân lân Kiến Xương",
                            short_name="Phân lân Kiến Xương", tax_code="7217524682", province_code="33")
    items = dict(
        lan=make_offering(enterprise=maker, title="Supe lân đơn 16% P2O5", category=fertiliser,
                          description="Phân lân dạng bột."),
        cement=make_offering(enterprise=maker, title="Xi măng PCB40 bao 50 kg", description="Mác PCB40."),
        led=make_offering(enterprise=maker, kind=Kind.PRODUCT, title="Đèn LED 150 W", description="Nhà xưởng."),
    )
    reindex()
    db.session.commit()
    return dict(items, maker=maker, committee=committee, admin=make_user(role=Role.ADMIN))


@pytest.mark.parametrize("query", ["phan bon", "Phân bón", "fertilisers", "hoa chat", "hóa chất phân bón"])
def test_category_and_group_names_find_what_is_filed_under_them(shop, query):
    assert "Supe lân đơn 16% P2O5" in titles(query)


@pytest.mark.parametrize("query", ["7217524682", "7217 524 682", "7217-524-682", "7217.524.682"])
def test_tax_code_in_any_format_finds_the_enterprise_first(shop, query):
    assert titles(query)[0] == "Công ty Cổ phần Phân lân Kiến Xương"


@pytest.mark.parametrize("query", ["ctcp phan lan kien xuong", "CTCP Phân lân Kiến Xương", "cty cp phan lan"])
def test_legal_form_abbreviations_find_the_full_legal_name(shop, query):
    assert titles(query)[0] == "Công ty Cổ phần Phân lân Kiến Xương"


def test_province_today_and_the_committee_former_province_find_the_listings(shop):
    assert "Supe lân đơn 16% P2O5" in titles("phan bon hung yen")  # province code 33 today
    assert "Supe lân đơn 16% P2O5" in titles("phan bon thai binh")  # the committee's former province
    assert titles("dang uy khoi doanh nghiep tinh thai binh", type="enterprise") == [
        "Công ty Cổ phần Phân lân Kiến Xương"]


@pytest.mark.parametrize("query", ["pcb40", "PCB 40", "pcb-40", "xi mang pcb 40"])
def test_letter_digit_codes_match_joined_or_split(shop, query):
    assert titles(query)[0] == "Xi măng PCB40 bao 50 kg"


def test_number_with_its_unit_matches_written_apart(shop):
    assert titles("150w") == ["Đèn LED 150 W"]


def test_committee_rename_reaches_its_members_documents(shop, db):
    update_committee(shop["admin"], shop["committee"], shop["committee"].version,
                     name="Đảng ủy Các cơ quan và Doanh nghiệp Hưng Yên")
    db.session.commit()
    assert titles("dang uy cac co quan", type="enterprise") == ["Công ty Cổ phần Phân lân Kiến Xương"]


def test_words_of_legal_forms_and_tax_codes():
    assert legal_form_words("Hợp tác xã Bưởi Đoan Hùng") == "htx"
    assert "tnhh mtv" in legal_form_words("Công ty TNHH Một thành viên Cho thuê")
    assert legal_form_words("Thép Hải Long") == ""
    assert tax_code_words("0100112437-001") == "0100112437001 0100112437 0100 112 437 001"
    assert tax_code_words(None) == ""
