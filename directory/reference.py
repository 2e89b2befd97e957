"""Reference data shipped with the app: provinces (since 01/07/2025) and VSIC sections."""
import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
VSIC_VERSIONS = ("2018", "2025")


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
def vsic_sections(version: str) -> dict[str, VsicSection]:
    return {
        r["code"]: VsicSection(version, r["code"], r["name_vi"], r["name_en"])
        for r in _rows(f"vsic{version}_sections.csv")
    }


def committee_rows() -> list[dict]:
    return _rows("committees.csv")
