"""Offering details (migration 0022): unit, minimum order, lead time, delivery terms, price validity and
VAT, origin, specification table. The rules in the service, the form with bad input, the revision flow
with the review desk's diff, and the public page."""
from datetime import date, timedelta
from decimal import Decimal

import pytest

from directory.models import Decision, Origin, Revision, Status
from directory.services import offerings as service
from directory.services.errors import DomainError
from directory.services.reviews import decide

DETAILS = {
    "min_order_qty": "2.5", "lead_time_days": 7, "delivery_terms": "Giao tại chân công trình",
    "price_valid_until": "2030-12-31", "price_includes_vat": False, "origin": "made_vn",
    "origin_province_code": "31", "origin_country": None,
    "specs": [["Mác thép", "CB400-V"], ["Đường kính", "D16"]],
}


def new_values(**overrides) -> dict:
    values = {"kind": "product", "title": "Thép thanh vằn D16", "description": "Thép cán nóng", "category_id": None,
              "unit": "tấn", "price_min": 15_500_000, "price_max": 15_500_000, "member_offer": None,
              "member_discount_pct": None, "areas": [], **DETAILS}
    values.update(overrides)
    return values


def test_details_are_stored_in_their_types_and_read_back_as_json_values(world, db):
    offering = service.create_offering(world["manager_a"], world["a"], new_values())
    db.session.commit()
    db.session.refresh(offering)
    assert offering.min_order_qty == Decimal("2.5") and offering.lead_time_days == 7
    assert offering.price_valid_until == date(2030, 12, 31) and offering.price_includes_vat is False
    assert offering.origin == Origin.MADE_IN_VIETNAM and offering.made_in_vietnam
    assert offering.specs == [["Mác thép", "CB400-V"], ["Đường kính", "D16"]]
    values = service.editable_values(offering)
    assert {k: values[k] for k in DETAILS} == DETAILS  # JSON-safe: a revision stores exactly these


@pytest.mark.parametrize("change, message", [
    ({"unit": ""}, "Hãy nhập đơn vị tính"),
    ({"unit": None}, "Hãy nhập đơn vị tính"),
    ({"min_order_qty": "0"}, "Số lượng đặt tối thiểu phải là số dương"),
    ({"min_order_qty": "-1"}, "Số lượng đặt tối thiểu phải là số dương"),
    ({"min_order_qty": "1.2345"}, "ba chữ số thập phân"),
    ({"min_order_qty": "abc"}, "Số lượng đặt tối thiểu phải là số dương"),
    ({"lead_time_days": -1}, "Thời gian giao hàng từ 0 đến 730 ngày"),
    ({"lead_time_days": 1000}, "Thời gian giao hàng từ 0 đến 730 ngày"),
    ({"delivery_terms": "x" * 201}, "Điều kiện giao hàng tối đa 200 ký tự"),
    ({"price_valid_until": "31/12/2030"}, "Ngày hết hạn báo giá không hợp lệ"),
    ({"price_includes_vat": "có"}, "Giá đã gồm VAT"),
    ({"origin": "china"}, "Xuất xứ không hợp lệ"),
    ({"origin": "imported", "origin_province_code": "31"}, "Tỉnh, thành phố sản xuất chỉ chọn"),
    ({"origin_province_code": "99"}, "Tỉnh, thành phố sản xuất chỉ chọn"),
    ({"origin": "imported", "origin_province_code": None, "origin_country": "XX"}, "Nước xuất xứ chỉ chọn"),
    ({"origin_country": "JP"}, "Nước xuất xứ chỉ chọn"),  # made in Vietnam has no country
    ({"specs": [["Mác thép", "CB400-V"], ["mác thep", "CB500-V"]]}, "được nhập hai lần"),
    ({"specs": [["Mác thép", ""]]}, "cần cả tên và giá trị"),
    ({"specs": [["x" * 81, "1"]]}, "Tên thông số tối đa 80 ký tự"),
    ({"specs": [[f"Thông số {n}", "1"] for n in range(21)]}, "Tối đa 20 dòng thông số"),
])
def test_the_service_refuses_bad_details_with_a_vietnamese_message(world, db, change, message):
    with pytest.raises(DomainError, match=message):
        service.create_offering(world["manager_a"], world["a"], new_values(**change))


def test_an_imported_product_names_its_country_and_blank_spec_rows_are_dropped(world, db):
    offering = service.create_offering(world["manager_a"], world["a"], new_values(
        origin="imported", origin_province_code=None, origin_country="JP", specs=[["Công suất", "4.000 lm"]]))
    assert offering.origin == Origin.IMPORTED and not offering.made_in_vietnam
    assert service.clean_specs([["  Mác  thép ", " CB400-V "], ["", ""]]) == [["Mác thép", "CB400-V"]]


def test_a_create_without_a_unit_is_refused_even_by_a_caller_that_forgets_it(world, db):
    values = new_values()
    del values["unit"]
    with pytest.raises(DomainError, match="đơn vị tính"):
        service.create_offering(world["manager_a"], world["a"], values)


# ---- the form -------------------------------------------------------------------------------

def form_data(**overrides) -> dict:
    data = {"kind": "product", "title": "Thép thanh vằn D16", "description": "", "unit": "tấn",
            "price_mode": "exact", "price_min": "15.500.000", "min_order_qty": "1.500", "lead_time_days": "7",
            "delivery_terms": "Giao tại chân công trình", "price_valid_until": "31/12/2030",
            "price_includes_vat": "yes", "origin": "assembled_vn", "origin_province_code": "31",
            "origin_country": "JP",  # a leftover of an earlier choice: not kept for a Vietnamese origin
            "specs-0-name": "Mác thép", "specs-0-value": "CB400-V", "specs-1-name": "", "specs-1-value": "",
            "specs-5-name": "Đường kính", "specs-5-value": "D16"}
    data.update(overrides)
    return data


def test_the_form_reads_vietnamese_numbers_and_keeps_only_the_place_that_fits(world, client, login, db):
    login(world["manager_a"])
    response = client.post("/workspace/offerings/new", data=form_data())
    assert response.status_code == 302, response.get_data(as_text=True)
    offering = db.session.scalar(db.select(service.Offering).where(service.Offering.title == "Thép thanh vằn D16"))
    assert offering.min_order_qty == Decimal(1500) and offering.price_includes_vat is True
    assert offering.origin == Origin.ASSEMBLED_IN_VIETNAM and offering.origin_province_code == "31"
    assert offering.origin_country is None
    assert offering.specs == [["Mác thép", "CB400-V"], ["Đường kính", "D16"]]
    page = client.get(f"/workspace/offerings/{offering.id}/edit").get_data(as_text=True)
    assert 'value="1.500"' in page and 'value="31/12/2030"' in page and 'value="CB400-V"' in page
    assert page.count('name="specs-') == 2 * 5  # two filled rows and three blank ones
    assert '<datalist id="unit-options">' in page and '<option value="gói dịch vụ">' in page


@pytest.mark.parametrize("change, message", [
    ({"unit": ""}, "Hãy nhập đơn vị tính."),
    ({"min_order_qty": "0"}, "Số lượng đặt tối thiểu phải lớn hơn 0."),
    ({"min_order_qty": "hai tấn"}, "Hãy nhập số lượng bằng số, ví dụ 12,5 hoặc 1.500."),
    ({"min_order_qty": "1,2345"}, "Hãy nhập số lượng bằng số, ví dụ 12,5 hoặc 1.500."),  # at most 3 decimals
    ({"lead_time_days": "-3"}, "Thời gian giao hàng từ 0 đến 730 ngày."),
    ({"price_valid_until": "31/02/2030"}, "Hãy nhập ngày theo dạng ngày/tháng/năm"),
    ({"specs-1-name": "mac thep", "specs-1-value": "CB500-V"}, "Thông số «mac thep» được nhập hai lần."),
    ({"specs-1-name": "Đường kính", "specs-1-value": ""}, "Thông số «Đường kính» cần cả tên và giá trị."),
    ({"origin": "mars"}, "Hãy chọn một trong các ô."),
    ({"price_includes_vat": "maybe"}, "Hãy chọn một trong các ô."),
])
def test_bad_form_input_is_answered_in_vietnamese_on_the_form(world, client, login, db, change, message):
    login(world["manager_a"])
    response = client.post("/workspace/offerings/new", data=form_data(**change))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert message.replace("«", "&laquo;") in page or message in page
    assert db.session.scalar(db.select(db.func.count(service.Offering.id))) == 1  # only world's offering


# ---- the revision flow and the review desk ---------------------------------------------------

def test_editing_details_of_an_approved_offering_waits_for_review_and_the_desk_shows_the_diff(
        world, client, login, db):
    offering = world["offering_a"]
    login(world["manager_a"])
    data = form_data(title=offering.title, description=offering.description, price_min="15.500.000",
                     version=str(offering.version))
    assert client.post(f"/workspace/offerings/{offering.id}/edit", data=data).status_code == 302
    db.session.refresh(offering)
    assert offering.specs is None and offering.origin is None  # the approved version stays public meanwhile
    revision = db.session.scalar(db.select(Revision).where(Revision.target_id == offering.id))
    assert revision.proposed["specs"] == [["Mác thép", "CB400-V"], ["Đường kính", "D16"]]
    assert revision.proposed["min_order_qty"] == "1500"
    public = client.get(f"/offerings/{offering.id}").get_data(as_text=True)
    assert "CB400-V" not in public

    login(world["reviewer_a"])
    desk = client.get(f"/review/revision/{revision.id}").get_data(as_text=True)
    assert "Thông số" in desk and "Xuất xứ" in desk and "Lắp ráp tại Việt Nam" in desk
    assert "<ins>" in desk and "CB400-V" in desk and "Đặt tối thiểu" in desk
    decide(world["reviewer_a"], revision, Decision.APPROVE, revision.version)
    db.session.commit()
    db.session.refresh(offering)
    assert offering.origin == Origin.ASSEMBLED_IN_VIETNAM and offering.min_order_qty == Decimal(1500)
    assert offering.price_valid_until == date(2030, 12, 31)
    assert offering.status == Status.APPROVED


def test_the_public_page_shows_the_details_block_and_an_expired_price(world, client, db):
    offering = world["offering_a"]
    offering.specs = [["Mác thép", "CB400-V"]]
    offering.origin, offering.origin_country = Origin.IMPORTED, "JP"
    offering.min_order_qty, offering.lead_time_days = Decimal("2.5"), 0
    offering.price_valid_until = date.today() - timedelta(days=3)
    db.session.commit()
    page = client.get(f"/offerings/{offering.id}").get_data(as_text=True)
    assert "Thông số" in page and "Nhập khẩu · Nhật Bản" in page and "giá đã hết hạn" in page
    assert "2,5 tấn" in page and "Giao ngay" in page and "<th scope=\"row\">Mác thép</th>" in page


def test_an_offering_without_a_unit_from_before_the_migration_shows_it_as_not_given(world, client, db):
    world["offering_a"].unit = None
    db.session.commit()
    page = client.get(f"/offerings/{world['offering_a'].id}").get_data(as_text=True)
    assert "Chưa ghi" in page
