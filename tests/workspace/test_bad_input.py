"""Bad input gives a clear message and stores nothing half-way; user text is always shown escaped."""
import io
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from directory.models import Enterprise, Offering, OfferingImage, Role, Status
from directory.services.errors import DomainError
from directory.services.uploads import MAX_PIXELS, prepare_image

from .test_views import enterprise_form, png_bytes

SCRIPT = '<script>alert("x")</script><b onmouseover=alert(1)>đậm</b>'


def offering_form(**overrides):
    data = {"kind": "product", "title": "Xi măng PCB40", "description": "Bao 50 kg", "unit": "tấn",
            "price_mode": "exact", "price_min": "1.250.000", "member_offer": "", "member_discount_pct": ""}
    data.update(overrides)
    return data


def uploads(app) -> set[str]:
    folder = Path(app.config["UPLOAD_FOLDER"])
    return {p.name for p in folder.glob("*")} if folder.exists() else set()


@pytest.fixture
def staff(world, login):
    login(world["staff_a"])
    return world["staff_a"]


def _post_offering(client, **overrides):
    return client.post("/workspace/offerings/new", data=offering_form(**overrides), content_type="multipart/form-data")


def test_text_file_renamed_jpg_is_refused_and_nothing_stored(client, staff, db, app):
    before = uploads(app)
    response = _post_offering(client, images=[(io.BytesIO(png_bytes()), "ok.png"),
                                              (io.BytesIO(b"MZ\x90\x00 not an image"), "anh.jpg")])
    assert response.status_code == 200
    assert "anh.jpg không phải là ảnh" in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Offering.id))) == 1  # only the world's offering
    assert uploads(app) == before


def test_truncated_image_and_svg_are_refused(client, staff):
    truncated = png_bytes((300, 300))[:200]
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    for name, content in (("cat.png", truncated), ("logo.svg", svg)):
        page = _post_offering(client, images=[(io.BytesIO(content), name)]).get_data(as_text=True)
        assert f"{name} không phải là ảnh" in page


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow's, then ours
def test_decompression_bomb_is_refused_before_decoding(app):
    side = int(MAX_PIXELS ** 0.5) + 100
    out = io.BytesIO()
    Image.new("1", (side, side)).save(out, "PNG")  # a few KB on disk, 40+ million pixels once decoded
    from werkzeug.datastructures import FileStorage

    with app.test_request_context(), pytest.raises(DomainError, match="quá nhiều điểm ảnh"):
        prepare_image(FileStorage(io.BytesIO(out.getvalue()), "bomb.png"))


def test_stored_image_is_reencoded_without_metadata(client, staff, db, app):
    photo = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    Image.new("RGB", (64, 48), (10, 120, 10)).save(photo, "JPEG", exif=exif, comment=b"GPS 21.0,105.8")
    response = _post_offering(client, images=[(io.BytesIO(photo.getvalue() + b"trailing bytes"), "anh.jpg")])
    assert response.status_code == 302
    image = db.session.scalar(db.select(OfferingImage))
    stored = (Path(app.config["UPLOAD_FOLDER"]) / image.path).read_bytes()
    assert b"Camera maker" not in stored and b"GPS" not in stored and b"trailing" not in stored
    with Image.open(io.BytesIO(stored)) as reopened:
        assert reopened.format == "JPEG" and not reopened.getexif()


def test_seventh_image_is_refused(client, staff, db, app):
    images = [(io.BytesIO(png_bytes()), f"{n}.png") for n in range(7)]
    before = uploads(app)
    page = _post_offering(client, images=images).get_data(as_text=True)
    assert "tối đa 6 ảnh" in page and uploads(app) == before


def test_fifty_megabyte_upload_gets_a_friendly_413(client, staff, db):
    big = io.BytesIO(b"\0" * (50 * 1024 * 1024))
    response = _post_offering(client, images=[(big, "to.jpg")])
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert "8 MB" in page and "Tệp quá lớn" in page
    assert db.session.scalar(db.select(db.func.count(Offering.id))) == 1


@pytest.mark.parametrize("price, message", [
    ("-5", "Giá phải từ 0"), ("10000000000000000", "Giá phải từ 0"), ("1e30", "Giá phải là số đồng"),
    ("mười nghìn", "Giá phải là số đồng"), ("99999999999999999999999", "Giá phải là số đồng"),
])
def test_negative_or_absurd_price_is_refused(client, staff, db, price, message):
    page = _post_offering(client, price_min=price).get_data(as_text=True)
    assert message in page
    assert db.session.scalar(db.select(db.func.count(Offering.id))) == 1


def test_range_with_min_above_max_and_bad_discount_are_refused(client, staff, db):
    page = _post_offering(client, price_mode="range", price_min="200.000", price_max="100.000",
                          member_discount_pct="150").get_data(as_text=True)
    assert "lớn hơn hoặc bằng giá thấp nhất" in page and "Mức giảm từ 1 đến 100%" in page


def test_ten_thousand_character_description_is_refused(client, staff, db):
    page = _post_offering(client, description="x" * 10_000).get_data(as_text=True)
    assert "Tối đa 5000 ký tự" in page or "Tối đa 5.000 ký tự" in page
    assert db.session.scalar(db.select(db.func.count(Offering.id))) == 1


def test_script_in_every_offering_text_field_is_shown_escaped(client, staff, db, login, world):
    response = _post_offering(client, title=SCRIPT[:200], description=SCRIPT, unit="<i>t</i>",
                              member_offer=SCRIPT, member_discount_pct="5")
    assert response.status_code == 302
    offering = db.session.scalar(db.select(Offering).where(Offering.status == Status.DRAFT))
    for url in (f"/workspace/offerings/{offering.id}", f"/workspace/offerings/{offering.id}/preview",
                f"/workspace/offerings/{offering.id}/edit", "/workspace/", f"/workspace/history/offering/{offering.id}"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page and "<b onmouseover" not in page, url
        assert "&lt;script&gt;" in page, url


def test_script_in_every_enterprise_text_field_is_shown_escaped(client, login, make_user, make_committee, db):
    committee = make_committee()
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    fields = {name: SCRIPT for name in ("legal_name", "short_name", "address_line", "ward", "description")}
    assert client.post("/workspace/register", data=enterprise_form(committee.id, **fields)).status_code == 302
    enterprise = db.session.scalar(db.select(Enterprise))
    for url in ("/workspace/", "/workspace/profile", f"/enterprises/{enterprise.slug}",
                f"/workspace/history/enterprise/{enterprise.id}"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page and "<b onmouseover" not in page, url


def test_javascript_website_is_refused(client, login, make_user, make_committee, db):
    committee = make_committee()
    user = make_user(Role.MANAGER)
    db.session.commit()
    login(user)
    page = client.post("/workspace/register", data=enterprise_form(
        committee.id, website="javascript:alert(1)")).get_data(as_text=True)
    assert "Website không hợp lệ" in page


def test_nfd_and_emoji_are_stored_as_nfc(client, staff, db):
    nfd = unicodedata.normalize("NFD", "Thép xây dựng Đà Nẵng")
    assert _post_offering(client, title=nfd + " 🏗️", description="Giao nhanh 🚚").status_code == 302
    offering = db.session.scalar(db.select(Offering).where(Offering.status == Status.DRAFT))
    assert offering.title == "Thép xây dựng Đà Nẵng 🏗️"
    assert unicodedata.is_normalized("NFC", offering.title)


def test_empty_form_gives_messages_not_errors(client, staff, db):
    response = client.post("/workspace/offerings/new", data={})
    assert response.status_code == 200
    assert "Hãy nhập tên" in response.get_data(as_text=True)


def test_someone_elses_image_cannot_be_kept_by_editing_the_form(client, login, world, make_offering, db):
    theirs = make_offering(enterprise=world["b"], status=Status.DRAFT)
    theirs.images.append(OfferingImage(path="cua-b.jpg"))
    mine = make_offering(enterprise=world["a"], status=Status.DRAFT)
    db.session.commit()
    login(world["staff_a"])
    page = client.post(f"/workspace/offerings/{mine.id}/edit",
                       data=offering_form(keep_images=["cua-b.jpg"], version=mine.version),
                       content_type="multipart/form-data").get_data(as_text=True)
    assert "Ảnh không thuộc sản phẩm" in page
    db.session.refresh(mine)
    assert mine.images == []
