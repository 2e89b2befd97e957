"""How text becomes index terms, the same in Python for both backends.

Two forms of every word are indexed:
- exact: lower case, the tone moved to the end as a digit ("hòa" and the older "hoà" are both
  "hoa1"), the letters ă â ê ô ơ ư đ kept, so "tải" (tai2) and "tại" (tai5) stay apart;
- folded: `directory.text.fold` ("thép" -> "thep", "Đà" -> "da").
The databases only split on spaces what Python already tokenised, so both agree.

A word is a run of letters or a run of digits: a code that mixes them ("PCB40", "4x95", "A4")
is its parts, so "pcb40", "pcb 40" and "PCB-40" are the same words, and the parts next to each
other match as a phrase.
"""
import functools
import re
import unicodedata

from ..text import fold, nfc

WORD = re.compile(r"[^\W\d_]+|\d+")
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


def words(text: str | None) -> list[str]:
    """Lower-case NFC words; punctuation, query syntax, emoji and control characters drop out."""
    return WORD.findall(unicodedata.normalize("NFC", (nfc(text) or "").casefold()))


@functools.lru_cache(maxsize=65536)  # a vocabulary of syllables: the index rebuild meets each word many times
def exact_word(word: str) -> str:
    parts = unicodedata.normalize("NFD", word)
    tones = "".join(_TONES[c] for c in parts if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
    return base + tones


def exact_text(text: str | None) -> str:
    return " ".join(exact_word(w) for w in words(text))


fold_word = functools.lru_cache(maxsize=65536)(fold)


def fold_text(text: str | None) -> str:
    return " ".join(fold_word(w) for w in words(text))


def forms(text: str | None) -> tuple[str, str]:
    """(exact_text, fold_text) of one text, split once."""
    found = words(text)
    return " ".join(map(exact_word, found)), " ".join(map(fold_word, found))
