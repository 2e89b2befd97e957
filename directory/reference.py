"""Reference data shipped with the app: provinces (since 01/07/2025), VSIC sections and divisions."""
import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flask_babel import gettext as _

from .text import fold

DATA = Path(__file__).parent / "data"
VSIC_VERSIONS = ("2018", "2025")
NEW_SECTOR_VERSION = "2025"  # a sector code typed without a version is read as VSIC 2025, the one in force


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class VsicSection:
    version: str
    code: str
    name_vi: str
    name_en: str


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def provinces() -> dict[str, Province]:
    return {r["code"]: Province(r["code"], r["name"], r["kind"]) for r in _rows("provinces.csv")}


def province_name(code: str | None) -> str:
    province = provinces().get(code or "")
    return province.name if province else ""


@cache
def country_codes(locale: str = "vi") -> dict[str, str]:
    """Countries an imported product may come from: ISO 3166 alpha-2 code -> name in `locale`
    (vi or en), from Babel's territories (regions such as "001" and Vietnam itself left out)."""
    from babel import Locale

    territories = Locale.parse(locale if locale in ("vi", "en") else "vi").territories
    return {code: name for code, name in territories.items() if len(code) == 2 and code.isalpha() and code != "VN"}


def countries(locale: str = "vi") -> list[tuple[str, str]]:
    """(code, name) of country_codes in the order of their names (diacritics folded)."""
    return sorted(country_codes(locale).items(), key=lambda item: fold(item[1]))


def country_name(code: str | None, locale: str = "vi") -> str:
    return country_codes(locale).get(code or "", code or "")


@cache
def vsic_sections(version: str) -> dict[str, VsicSection]:
    return {
        r["code"]: VsicSection(version, r["code"], r["name_vi"], r["name_en"])
        for r in _rows(f"vsic{version}_sections.csv")
    }


@dataclass(frozen=True)
class VsicDivision:
    version: str
    code: str
    section: str
    name_vi: str
    name_en: str
    keywords_vi: str  # everyday words for what it covers ("xi măng" under 23), for the picker only


@cache
def vsic_divisions(version: str) -> dict[str, VsicDivision]:
    return {
        r["code"]: VsicDivision(version, r["code"], r["section"], r["name_vi"], r["name_en"], r["keywords_vi"])
        for r in _rows(f"vsic{version}_divisions.csv")
    }


class SectorCodeError(ValueError):
    """A sector code that is not VSIC; the message says why, in the user's language."""


SECTOR_SEPARATORS = re.compile(r"[;,\n]+")


def parse_sector(item: str, default_version: str | None = None) -> str:
    """`"2025:2394"` (or `"2394"` with a default version) -> the stored form `"2025:2394"`.

    Any level a registration lists is accepted: a section letter, a 2-digit division, or a
    3-5 digit group/class/subclass whose division exists in that version (only sections and
    divisions are shipped as data, so deeper codes are checked by shape and division).
    """
    text = item.replace(" ", "").strip()
    version, colon, code = text.partition(":")
    if not colon:
        version, code = default_version or "", text
    if version not in VSIC_VERSIONS:
        raise SectorCodeError(_("Mã ngành «%(value)s»: phiên bản VSIC phải là 2025 hoặc 2018, ví dụ 2025:2394.",
                                value=item.strip()))
    code = code.upper()
    lettered = re.fullmatch(r"([A-Z])(\d{2,5})", code)  # "C2220", as some registrations print it
    if lettered and (division := vsic_divisions(version).get(lettered[2][:2])) and division.section == lettered[1]:
        code = lettered[2]
    if re.fullmatch(r"[A-Z]", code):
        if code not in vsic_sections(version):
            raise SectorCodeError(_("VSIC %(version)s không có ngành cấp 1 «%(code)s».", version=version, code=code))
    elif re.fullmatch(r"\d{2,5}", code):
        if code[:2] not in vsic_divisions(version):
            raise SectorCodeError(_("VSIC %(version)s không có ngành cấp 2 «%(division)s» (mã «%(code)s»).",
                                    version=version, division=code[:2], code=code))
    else:
        raise SectorCodeError(_("Mã ngành «%(value)s» không hợp lệ: ghi chữ cái ngành cấp 1 (ví dụ C), "
                                "mã 2 chữ số (ví dụ 23) hoặc mã 3–5 chữ số (ví dụ 2394).", value=item.strip()))
    return f"{version}:{code}"


def sector_name(version: str, code: str, english: bool = False) -> str:
    """The name shown beside a code: its section's, or its division's for a numeric code."""
    entry = (vsic_sections(version).get(code) if code.isalpha()
             else vsic_divisions(version).get(code[:2])) if version in VSIC_VERSIONS else None
    if entry is None:
        return ""
    return entry.name_en if english else entry.name_vi


def sector_label(version: str, code: str, english: bool = False) -> str:
    name = sector_name(version, code, english)
    return f"{code} – {name} (VSIC {version})" if name else f"{code} (VSIC {version})"


@dataclass(frozen=True)
class SectorChoice:
    value: str  # the stored form, "2025:2394"
    label: str


@cache
def _folded_entries() -> list[tuple[str, str, str, str]]:
    """(version, code, folded words to match, folded English name) of every section and division, 2025 first."""
    entries = []
    for version in reversed(VSIC_VERSIONS):
        entries += [(version, s.code, fold(f"{s.code} {s.name_vi}"), fold(s.name_en))
                    for s in vsic_sections(version).values()]
        entries += [(version, d.code, fold(f"{d.code} {d.name_vi} {d.keywords_vi}"), fold(d.name_en))
                    for d in vsic_divisions(version).values()]
    return entries


def find_sectors(query: str, english: bool = False, limit: int = 12) -> list[SectorChoice]:
    """What the sector picker offers for a typed code ("2394": that code, in each version whose
    division 23 exists) or words ("xi mang": divisions and sections whose name or everyday
    words hold them all, without diacritics)."""
    text = fold(query).strip()
    words = re.findall(r"\w+", text)
    if re.fullmatch(r"\d{2,5}", text):
        found = [(version, text) for version in reversed(VSIC_VERSIONS) if text[:2] in vsic_divisions(version)]
    elif re.fullmatch(r"[a-z]", text):
        found = [(version, text.upper()) for version in reversed(VSIC_VERSIONS) if text.upper() in vsic_sections(version)]
    elif words:
        # The words as a phrase first ("o to" is "ô tô", not "of ... tổ chức"), then all of them in one name.
        phrase = re.compile(r"\b" + r"\W+".join(map(re.escape, words)))
        each = [re.compile(rf"\b{re.escape(w)}") for w in words]
        entries = _folded_entries()
        found = [(v, c) for v, c, vi, en in entries if phrase.search(vi) or phrase.search(en)]
        found += [(v, c) for v, c, vi, en in entries if (v, c) not in found
                  and any(all(w.search(name) for w in each) for name in (vi, en))]
    else:
        return []
    return [SectorChoice(f"{version}:{code}", sector_label(version, code, english)) for version, code in found[:limit]]


def committee_rows() -> list[dict]:
    return _rows("committees.csv")
