"""Large images are refused from their header, before any pixel is decoded; JPEGs are decoded at
a reduced scale. (Timings: bench/images.py.)"""
import functools
import io

import pytest
from PIL import Image, ImageFile

from directory.models import Offering
from directory.services.uploads import MAX_PIXELS, MAX_REQUEST_PIXELS

from .test_bad_input import _post_offering, staff, uploads  # noqa: F401 (staff is a fixture)

pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")


@functools.cache
def png(side: int) -> bytes:
    out = io.BytesIO()
    Image.new("1", (side, side)).save(out, "PNG")  # a few KiB, side² pixels once decoded
    return out.getvalue()


@pytest.fixture
def no_decoding(monkeypatch):
    def refuse(self):
        raise AssertionError("an image was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


def _refused(client, app, db, files, message):
    before = uploads(app)
    response = _post_offering(client, images=[(io.BytesIO(data), name) for name, data in files])
    assert response.status_code == 200 and message in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Offering.id))) == 1  # only the world's offering
    assert uploads(app) == before


def test_the_six_solid_6300_pixel_pngs_are_refused_undecoded(client, staff, db, app, no_decoding):
    assert 6300 ** 2 > MAX_PIXELS
    _refused(client, app, db, [(f"{n}.png", png(6300)) for n in range(6)], "0.png có quá nhiều điểm ảnh")


def test_images_within_the_limit_one_by_one_but_not_together_are_refused_undecoded(client, staff, db, app,
                                                                                  no_decoding):
    side = int(MAX_PIXELS ** 0.5)
    assert 3 * side ** 2 > MAX_REQUEST_PIXELS
    _refused(client, app, db, [(f"{n}.png", png(side)) for n in range(3)], "Các ảnh gửi cùng lúc quá lớn")


def test_a_camera_sized_jpeg_is_decoded_at_a_reduced_scale(client, staff, db, app, monkeypatch):
    out = io.BytesIO()
    Image.new("RGB", (6000, 4000), (20, 120, 40)).save(out, "JPEG")
    decoded = []
    load = ImageFile.ImageFile.load

    def counting_load(self):
        decoded.append(self.size)
        return load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting_load)
    response = _post_offering(client, images=[(io.BytesIO(out.getvalue()), f"{n}.jpg") for n in range(3)])
    assert response.status_code == 302  # three 24-megapixel photos fit in one request at half scale
    assert max(decoded, key=lambda size: size[0] * size[1]) == (3000, 2000)  # never the full 6000 × 4000
