"""The workspace through the client: register, list an offering with an image, submit, get it approved."""
import io

from PIL import Image

from directory.models import Enterprise, Offering, Review, Role, Status


def png_bytes(size=(40, 30), colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def enterprise_form(committee_id, **overrides):
    data = {
        "legal_name": "Công ty Cổ phần Gạch men Hà Nam", "short_name": "Gạch Hà Nam",
        "tax_code": "0100233488", "committee_id": str(committee_id), "ownership": "joint_stock",
        "sectors": ["2018:C", "2025:F"], "address_line": "Số 12 đường Lê Lợi", "ward": "Phường Phủ Lý",
        "province_code": "37", "phone": "0226 3852 123", "email": "LienHe@GachHaNam.vn",
        "website": "gachhanam.vn", "description": "Gạch ốp lát.", "employee_band": "50-199",
        "founded_year": "1998",
    }
    data.update(overrides)
    return data


def test_signed_up_user_registers_an_enterprise_and_becomes_its_manager(client, login, make_user, make_committee, db):
    committee = make_committee()
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    response = client.post("/workspace/register", data=enterprise_form(committee.id))
    assert response.status_code == 302, response.get_data(as_text=True)
    enterprise = db.session.scalar(db.select(Enterprise).where(Enterprise.tax_code == "0100233488"))
    assert enterprise.status == Status.DRAFT
    assert enterprise.phone == "+842263852123" and enterprise.website == "https://gachhanam.vn"
    assert enterprise.email == "lienhe@gachhanam.vn"
    assert sorted((s.vsic_version, s.code) for s in enterprise.sectors) == [("2018", "C"), ("2025", "F")]
    db.session.refresh(user)
    assert user.enterprise_id == enterprise.id and user.role == Role.MANAGER
    page = client.get("/workspace/").get_data(as_text=True)
    assert "Gửi duyệt hồ sơ" in page


def test_taken_tax_code_names_the_holder_and_how_to_join(client, login, make_user, world, db):
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    page = client.post("/workspace/register", data=enterprise_form(
        world["committee_a"].id, tax_code=world["a"].tax_code_display)).get_data(as_text=True)
    assert world["a"].legal_name in page and "mời bạn tham gia" in page
    assert db.session.scalar(db.select(db.func.count(Enterprise.id))) == 3


def test_invalid_tax_code_and_phone_are_refused_with_messages(client, login, make_user, make_committee, db):
    committee = make_committee()
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    page = client.post("/workspace/register", data=enterprise_form(
        committee.id, tax_code="0100233480", phone="12345")).get_data(as_text=True)
    assert "Mã số thuế không hợp lệ" in page and "Số điện thoại không hợp lệ" in page


def test_whole_journey_through_the_client(client, login, make_user, make_committee, make_category, db, app):
    committee = make_committee()
    category = make_category()
    manager = make_user(Role.MANAGER)
    reviewer = make_user(Role.REVIEWER, committee=committee)
    db.session.commit()
    login(manager)
    assert client.post("/workspace/register", data=enterprise_form(committee.id)).status_code == 302
    enterprise = db.session.scalar(db.select(Enterprise))
    assert client.post("/workspace/profile/submit", data={"version": enterprise.version}).status_code == 302
    response = client.post("/workspace/offerings/new", data={
        "kind": "product", "title": "Gạch ốp tường 30x60", "category_id": str(category.id),
        "description": "Men bóng", "unit": "m²", "price_mode": "range", "price_min": "120.000",
        "price_max": "180.000", "member_offer": "Giảm 5% cho doanh nghiệp trong Khối", "member_discount_pct": "5",
        "areas": ["01", "37"], "images": [(io.BytesIO(png_bytes()), "gach.png")],
    }, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)
    offering = db.session.scalar(db.select(Offering))
    assert (offering.price_min, offering.price_max) == (120_000, 180_000)
    assert len(offering.images) == 1 and offering.images[0].path.endswith(".jpg")
    image = client.get(f"/uploads/{offering.images[0].path}")
    assert image.status_code == 200 and image.mimetype == "image/jpeg"
    assert client.get(f"/workspace/offerings/{offering.id}/preview").status_code == 200
    assert client.post(f"/workspace/offerings/{offering.id}/submit", data={"version": offering.version}).status_code == 302

    login(reviewer)
    queue = client.get("/review/").get_data(as_text=True)
    assert "Gạch ốp tường 30x60" in queue and "Gạch Hà Nam" in queue
    db.session.expire_all()
    for kind, record in (("enterprise", enterprise), ("offering", offering)):
        page = client.get(f"/review/{kind}/{record.id}")
        assert page.status_code == 200
        response = client.post(f"/review/{kind}/{record.id}/decide", data={"version": record.version, "approve": "1"})
        assert response.status_code == 302, response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Review.id))) == 2

    client.post("/account/logout")
    with client.session_transaction() as session:
        session.clear()
    assert "Gạch ốp tường 30x60" in client.get("/").get_data(as_text=True)
    assert "Gạch ốp tường 30x60" in client.get(f"/offerings/{offering.id}").get_data(as_text=True)


def test_workspace_pages_render_for_each_state(client, login, world, make_offering, db):
    make_offering(enterprise=world["a"], status=Status.REJECTED, title="Bị từ chối")
    make_offering(enterprise=world["a"], status=Status.DRAFT, title="Nháp")
    db.session.commit()
    login(world["manager_a"])
    for url in ("/workspace/", "/workspace/profile", "/workspace/members", "/workspace/offerings/new",
                f"/workspace/offerings/{world['offering_a'].id}", f"/workspace/offerings/{world['offering_a'].id}/edit",
                f"/workspace/history/enterprise/{world['a'].id}"):
        assert client.get(url).status_code == 200, url
