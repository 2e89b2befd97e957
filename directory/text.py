"""Vietnamese text: normalisation on the way in, folding for search, sorting."""
import functools
import re
import unicodedata

# đ/Đ (and the look-alike ð/Ð) have no decomposition, so NFD alone keeps them.
_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def nfc(value: str | None) -> str | None:
    """Store text as NFC, without control characters, trimmed."""
    if value is None:
        return None
    return _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()


def fold(value: str) -> str:
    """Lower-case, diacritic-free form: "Thép Đà Nẵng" -> "thep da nang"."""
    decomposed = unicodedata.normalize("NFD", value.translate(_D_MAP))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def has_diacritics(value: str) -> bool:
    return fold(value) != value.casefold()


def slugify(value: str, max_length: int = 80) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(value)).strip("-")
    return slug[:max_length].rstrip("-") or "x"


# Vietnamese alphabet order (with the Latin f, j, w, z in their usual places).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_BASE_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # ă/â/ê/ô/ơ/ư belong to the letter


def vi_sort_key(value: str) -> tuple:
    """Sort key in Vietnamese dictionary order (plain code points put Đ after Z)."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFC", value.casefold()):
        letter, tone = sort_char(char)
        letters.append(letter)
        tones.append(tone)
    return tuple(letters), tuple(tones)


@functools.lru_cache(maxsize=4096)
def sort_char(char: str) -> tuple[tuple[int, str], int]:
    """(rank, base letter), tone of one character; cached, the index rebuild sorts every title."""
    parts = unicodedata.normalize("NFD", char)
    base = parts[0] + "".join(m for m in parts[1:] if m in _LETTER_MARKS)
    base = unicodedata.normalize("NFC", base)
    tone = next((_TONES[m] for m in parts[1:] if m in _TONES), 0)
    rank = _BASE_RANK.get(base)
    if rank is None:  # spaces, digits and punctuation before letters; other scripts after
        rank = ord(base[0]) - 1000 if ord(base[0]) < 128 else 100 + ord(base[0])
    return (rank, base), tone
