"""Images and logos: checked by content, re-encoded without metadata, stored under generated names.

Two steps so that nothing is stored half-way: `prepare_image` checks and re-encodes in memory
(raising DomainError with a message), and only once every check of the form has passed does
`save_image` write the file under UPLOAD_FOLDER.
"""
import io
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from flask_babel import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .errors import DomainError

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000  # well below a decompression bomb, above any camera photo
MAX_SIDE = 2000  # stored images are scaled down to this
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_IMAGES = 6


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    extension: str  # ".jpg" or ".png": public.upload serves the matching type


def prepare_image(file_storage) -> PreparedImage:
    filename = file_storage.filename or ""
    raw = file_storage.stream.read(MAX_IMAGE_BYTES + 1)
    if not raw:
        raise DomainError(_("Tệp %(name)s trống.", name=filename))
    if len(raw) > MAX_IMAGE_BYTES:
        raise DomainError(_("Ảnh %(name)s lớn hơn %(mb)s MB. Hãy chọn ảnh nhỏ hơn.",
                            name=filename, mb=MAX_IMAGE_BYTES // (1024 * 1024)))
    refused = DomainError(_("Tệp %(name)s không phải là ảnh JPEG, PNG, WebP hoặc GIF hợp lệ.", name=filename))
    try:
        with Image.open(io.BytesIO(raw)) as probe:  # reads the header only
            if probe.format not in ACCEPTED_FORMATS:
                raise refused
            if probe.width * probe.height > MAX_PIXELS:
                raise DomainError(_("Ảnh %(name)s có quá nhiều điểm ảnh (%(w)s × %(h)s).",
                                    name=filename, w=probe.width, h=probe.height))
            probe.verify()
        with Image.open(io.BytesIO(raw)) as image:
            image.load()
            image = ImageOps.exif_transpose(image)  # keep the orientation, then drop the EXIF
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            return _encode(image)
    except DomainError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise refused


def _encode(image: Image.Image) -> PreparedImage:
    """A fresh file with pixels only: no EXIF, GPS, ICC comments or trailing bytes."""
    out = io.BytesIO()
    transparent = image.mode in ("RGBA", "LA", "P") and _has_transparency(image)
    clean = image.convert("RGBA" if transparent else "RGB")
    clean.info.clear()  # Pillow would write a JPEG comment or PNG text chunks back from info
    if transparent:
        clean.save(out, "PNG", optimize=True)
        return PreparedImage(out.getvalue(), ".png")
    clean.save(out, "JPEG", quality=85, optimize=True)
    return PreparedImage(out.getvalue(), ".jpg")


def _has_transparency(image: Image.Image) -> bool:
    if image.mode == "P":
        return "transparency" in image.info
    return image.getchannel("A").getextrema()[0] < 255


def save_image(prepared: PreparedImage) -> str:
    folder = Path(current_app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}{prepared.extension}"
    (folder / name).write_bytes(prepared.data)
    return name
