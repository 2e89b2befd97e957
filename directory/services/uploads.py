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

from .errors import DomainError, NotFound

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000  # per image: above a 24-megapixel camera photo, far below a decompression bomb
MAX_REQUEST_PIXELS = 50_000_000  # pixels decoded for one request (a JPEG counts at its reduced scale)
MAX_SIDE = 2000  # stored images are scaled down to this
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_IMAGES = 6

# Pillow warns above MAX_IMAGE_PIXELS and refuses to open twice as many, for any image opened
# anywhere; uploads are refused above MAX_PIXELS, with a message, before anything is decoded.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    extension: str  # ".jpg" or ".png": public.upload serves the matching type


def prepare_image(file_storage) -> PreparedImage:
    return prepare_images([file_storage])[0]


def prepare_images(file_storages) -> list[PreparedImage]:
    """Check every image from its header first (format, pixels, the request's total), and only
    then decode them one at a time: a refused upload costs no decoding."""
    opened = []
    try:
        opened.extend(_open(f) for f in file_storages)
        if sum(image.width * image.height for _name, image in opened) > MAX_REQUEST_PIXELS:
            raise DomainError(_("Các ảnh gửi cùng lúc quá lớn (tổng cộng quá %(n)s triệu điểm ảnh). Hãy gửi ít ảnh "
                                "hơn mỗi lần hoặc thu nhỏ ảnh.", n=MAX_REQUEST_PIXELS // 1_000_000))
        return [_decode(name, image) for name, image in opened]
    finally:
        for _name, image in opened:
            image.close()


def _refused(filename: str) -> DomainError:
    return DomainError(_("Tệp %(name)s không phải là ảnh JPEG, PNG, WebP hoặc GIF hợp lệ.", name=filename))


def _open(file_storage) -> tuple[str, Image.Image]:
    """The image opened lazily (header read, nothing decoded), a JPEG set to decode at a reduced scale."""
    filename = file_storage.filename or ""
    raw = file_storage.stream.read(MAX_IMAGE_BYTES + 1)
    if not raw:
        raise DomainError(_("Tệp %(name)s trống.", name=filename))
    if len(raw) > MAX_IMAGE_BYTES:
        raise DomainError(_("Ảnh %(name)s lớn hơn %(mb)s MB. Hãy chọn ảnh nhỏ hơn.",
                            name=filename, mb=MAX_IMAGE_BYTES // (1024 * 1024)))
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            if probe.format not in ACCEPTED_FORMATS:
                raise _refused(filename)
            if probe.width * probe.height > MAX_PIXELS:
                raise _too_many_pixels(filename)
            probe.verify()  # chunk checksums and structure, without decoding the pixels
        image = Image.open(io.BytesIO(raw))
        image.draft(None, (MAX_SIDE, MAX_SIDE))  # JPEG: decode at 1/2, 1/4 or 1/8 scale; others: no-op
        return filename, image
    except Image.DecompressionBombError:
        raise _too_many_pixels(filename)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise _refused(filename)


def _too_many_pixels(filename: str) -> DomainError:
    return DomainError(_("Ảnh %(name)s có quá nhiều điểm ảnh (tối đa %(n)s triệu). Hãy thu nhỏ ảnh rồi gửi lại.",
                         name=filename, n=MAX_PIXELS // 1_000_000))


def _decode(filename: str, image: Image.Image) -> PreparedImage:
    try:
        image.load()
        ImageOps.exif_transpose(image, in_place=True)  # keep the orientation, then drop the EXIF
        image.thumbnail((MAX_SIDE, MAX_SIDE))
        return _encode(image)
    except (Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise _refused(filename)


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


THUMBNAIL_SIDE = 192  # a result card shows 96 px: twice that for high-density screens
THUMBNAILS = "thumbnails"  # folder under UPLOAD_FOLDER, made on first request


def thumbnail(name: str) -> str:
    """A stored image's small variant, as a path under UPLOAD_FOLDER: made once from the image
    (same format, so a transparent PNG stays one), then served from disk."""
    folder = Path(current_app.config["UPLOAD_FOLDER"])
    relative = f"{THUMBNAILS}/{THUMBNAIL_SIDE}-{name}"
    target = folder / relative
    if target.is_file():
        return relative
    try:
        with Image.open(folder / name) as image:
            small = ImageOps.exif_transpose(image)
            small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f"{uuid.uuid4().hex}.part")  # never a half-written file under its name
            if name.endswith(".png"):
                small.save(partial, "PNG", optimize=True)
            else:
                small.save(partial, "JPEG", quality=80, optimize=True)
            partial.replace(target)
    except (OSError, ValueError, Image.DecompressionBombError):  # the file is gone or unreadable
        raise NotFound()
    return relative
