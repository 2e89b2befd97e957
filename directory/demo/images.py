"""Placeholder images for the demo, drawn at load time with Pillow (never fetched): a logo is the
enterprise's initials on a colour, a product photo is a neutral tile with its category's name and
the words "Ảnh minh hoạ", so nobody takes it for a real photograph. Each record gets its own file
(removing one offering's image must not take another's)."""
import hashlib
import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..services.uploads import PreparedImage, save_image
from ..text import fold

# The font shipped with the site (static/vendor/fonts, OFL): the same drawing on every machine.
FONT_FILE = Path(__file__).resolve().parents[2] / "static" / "vendor" / "fonts" / "tinos-700-normal.woff2"
# Dark enough for white initials (each above 7:1).
LOGO_COLOURS = ("#1e3a8a", "#065f46", "#7c2d12", "#581c87", "#9f1239", "#134e4a", "#374151", "#92400e")
# Words of a company's legal form, not of its name.
FORM_WORDS = {"cong", "ty", "phan", "tnhh", "mtv", "mot", "thanh", "vien", "tong", "tap", "doan", "hop", "tac",
              "xa", "doanh", "nghiep", "tu", "nhan", "cp", "jsc", "va"}


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_FILE), size)


def initials(name: str) -> str:
    """"Công ty Cổ phần Thép Việt Hà" -> "TV": the first letters of the first two words of the name."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    folded = [fold(w) for w in words]
    kept = [w for n, w in enumerate(words) if folded[n] not in FORM_WORDS
            and folded[n:n + 2] != ["co", "phan"]] or words  # "Cổ phần", never "Cơ khí"
    return "".join(w[0] for w in kept[:2]).upper() or "?"


def _png(image: Image.Image) -> PreparedImage:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return PreparedImage(out.getvalue(), ".png")


def logo(name: str) -> PreparedImage:
    colour = LOGO_COLOURS[hashlib.sha1(name.encode(), usedforsecurity=False).digest()[0] % len(LOGO_COLOURS)]
    image = Image.new("RGB", (240, 240), colour)
    ImageDraw.Draw(image).text((120, 120), initials(name), font=_font(96), fill="white", anchor="mm")
    return _png(image)


def _lines(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines[:3]


@lru_cache(maxsize=128)
def tile(category: str) -> PreparedImage:
    image = Image.new("RGB", (640, 480), "#e9ecef")
    draw = ImageDraw.Draw(image)
    draw.rectangle((12, 12, 627, 467), outline="#ced4da", width=4)
    font = _font(40)
    lines = _lines(draw, category, font, 540)
    top = 240 - 26 * len(lines)
    for n, line in enumerate(lines):
        draw.text((320, top + 52 * n), line, font=font, fill="#343a40", anchor="mm")
    draw.text((320, 410), "Ảnh minh hoạ", font=_font(24), fill="#495057", anchor="mm")
    return _png(image)


def save_logo(name: str) -> str:
    return save_image(logo(name))


def save_tile(category: str) -> str:
    return save_image(tile(category))
