"""Bringing a committee's members in from a spreadsheet (docs/imports.md).

`run_import` reads the file once, streamed, a batch of rows at a time. Without `write` it is the
dry run: every row's outcome (create / update / unchanged) and every error with row, column and
reason. With `write` it does the same and writes each batch as it goes; any error (or failure)
raises before returning, and the caller rolls the whole transaction back, so a failed import
leaves the database as it was. Keys: the tax code for an enterprise, tax code + title for an
offering, so importing the same file again changes nothing.
"""
import hashlib
import re
import shutil
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import phonenumbers
import sqlalchemy as sa
from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import selectinload
from stdnum.vn import mst

from .. import search
from ..extensions import db
from ..inputs import parse_day, parse_money, parse_quantity
from ..models import (MADE_IN_VIETNAM, MAX_PRICE, AuditEvent, Category, CategoryRedirect, Committee, Enterprise,
                      EnterpriseSector, Invitation, Kind, Offering, OfferingArea, Origin, Ownership, Role, Status, User)
from ..models.base import utcnow
from ..reference import NEW_SECTOR_VERSION, SectorCodeError, country_codes, parse_sector, provinces
from ..text import fold, slugify
from . import sheet_format as fmt
from .errors import DomainError, NotFound
from .mail import in_language_of, send_mail
from .members import invitation_link
from .offerings import MAX_DELIVERY_TERMS, MAX_LEAD_TIME_DAYS, MAX_QUANTITY, clean_specs
from .permissions import can_import_members, require

BATCH = 500
MAX_ERRORS_KEPT = 5000  # a wholly wrong file has an error per cell: the first ones say enough
# Enterprises touched above which one rebuild of the search index is faster than syncing each, as
# bench/imports.py measured at 100,000 offerings (docs/imports.md).
SYNC_LIMIT = {"sqlite": 300, "postgresql": 50}
MAX_SECTORS = 5

NONE, CREATE, UPDATE, UNCHANGED = range(4)
ACTION_NAMES = {CREATE: "create", UPDATE: "update", UNCHANGED: "unchanged"}


class ImportFailed(DomainError):
    """The file has errors (or the database refused a row): nothing was written."""


class Operator:
    """The acting user of a command run on the server (`flask import`): an administrator with no account."""

    is_authenticated = True
    role = Role.ADMIN
    id = None
    committee_id = None
    enterprise_id = None
    full_name = "Quản trị hệ thống"


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class Report:
    filename: str
    sha256: str
    committee_code: str
    rows: int = 0
    counts: Counter = field(default_factory=Counter)  # ("enterprise" | "offering", action) -> n
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    invitations: int = 0
    actions: array = field(default_factory=lambda: array("B"))  # by row number: enterprise * 4 + offering

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def error(self, row: int, key: str, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(RowError(row, fmt.BY_KEY[key].header if key in fmt.BY_KEY else key, message))

    def set_action(self, row: int, enterprise: int, offering: int) -> None:
        if len(self.actions) <= row:
            self.actions.extend(bytes(row + 1 - len(self.actions)))
        self.actions[row] = enterprise * 4 + offering
        for kind, action in (("enterprise", enterprise), ("offering", offering)):
            if action != NONE:
                self.counts[kind, ACTION_NAMES[action]] += 1

    def action(self, row: int) -> tuple[int, int]:
        code = self.actions[row] if row < len(self.actions) else 0
        return code // 4, code % 4


# ---- who, and the stored upload -----------------------------------------------------------------

def committee_for_import(actor, code: str) -> Committee:
    committee = db.session.scalar(sa.select(Committee).where(Committee.code == (code or "").strip()))
    if committee is None:
        raise NotFound(_("Không có Đảng ủy Khối mã «%(code)s».", code=code))
    require(can_import_members(actor, committee), _("Bạn chỉ nhập, xuất được hội viên của Đảng ủy Khối mình."))
    if not committee.active:
        raise DomainError(_("Đảng ủy Khối %(name)s không còn hoạt động.", name=committee.name))
    return committee


def upload_folder() -> Path:
    folder = Path(current_app.instance_path) / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def store_upload(stream, filename: str) -> tuple[Path, str]:
    """Keep an uploaded file under instance/imports/<sha256><suffix> (the dry run and the commit
    read the same bytes); returns its path and hash."""
    suffix = Path(filename).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise fmt.SheetError(_("Chỉ nhận tệp .xlsx hoặc .csv."))
    folder = upload_folder()
    partial = folder / f"upload-{id(stream)}.part"
    digest = hashlib.sha256()
    with open(partial, "wb") as out:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
    path = folder / f"{digest.hexdigest()}{suffix}"
    shutil.move(partial, path)
    return path, digest.hexdigest()


def stored_upload(sha256: str, suffix: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256 or "") or suffix not in (".xlsx", ".csv"):
        raise NotFound(_("Không tìm thấy tệp đã tải lên."))
    path = upload_folder() / f"{sha256}{suffix}"
    if not path.exists():
        raise NotFound(_("Tệp đã tải lên không còn: hãy tải lên lại."))
    return path


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# ---- reading one row ---------------------------------------------------------------------------

@dataclass
class Lookups:
    """What rows are checked against, loaded once per import."""

    committees: dict[str, Committee]  # by lower-case code
    provinces: dict[str, str]  # folded name or code -> code
    categories: dict[str, int]  # slug or folded unique name -> id
    ownership: dict[str, Ownership]
    kinds: dict[str, Kind]
    origins: dict[str, Origin]  # folded name or value
    countries: dict[str, str]  # folded Vietnamese or English name, or the ISO code -> code
    last_cells: tuple | None = None  # the previous row's enterprise cells, their values and row

    @classmethod
    def load(cls) -> "Lookups":
        committees = {c.code.lower(): c for c in db.session.scalars(sa.select(Committee))}
        province_keys = {**{p.code: p.code for p in provinces().values()},
                         **{fold(p.name): p.code for p in provinces().values()}}
        categories: dict[str, int] = {}
        names = Counter()
        rows = db.session.execute(sa.select(Category.id, Category.slug, Category.name_vi)).all()
        for _id, _slug, name in rows:
            names[fold(name)] += 1
        for category_id, slug, name in rows:
            categories[slug] = category_id
            if names[fold(name)] == 1:
                categories[fold(name)] = category_id
        # A merged category's old slug (an older export's cell) means the category it went into.
        categories.update({slug: category_id for slug, category_id in db.session.execute(
            sa.select(CategoryRedirect.slug, CategoryRedirect.category_id)) if slug not in categories})
        return cls(committees, province_keys, categories,
                   {**{fold(v): k for k, v in fmt.OWNERSHIP_NAMES.items()}, **{o.value: o for o in Ownership}},
                   {**{fold(v): k for k, v in fmt.KIND_NAMES.items()}, **{k.value: k for k in Kind}},
                   {**{fold(v): k for k, v in fmt.ORIGIN_NAMES.items()}, **{o.value: o for o in Origin}},
                   {**{fold(n): c for c, n in country_codes("en").items()},
                    **{fold(n): c for c, n in country_codes("vi").items()}, **{c: c for c in country_codes()}})


def _text(row, key, report, number, max_length, required=False):
    value = row.get(key, "")
    if not value:
        if required:
            report.error(number, key, _("Thiếu %(column)s.", column=fmt.BY_KEY[key].header))
        return None
    if len(value) > max_length:
        report.error(number, key, _("Dài quá %(n)s ký tự.", n=max_length))
        return None
    return value


def _tax_code(raw: str) -> str | None:
    if raw.isdigit() and len(raw) in (9, 12):  # a spreadsheet kept it as a number and dropped the leading 0
        raw = "0" + raw
    return mst.compact(raw) if mst.is_valid(raw) else None


def _money(row, key, report, number) -> int | None:
    try:
        price = parse_money(row.get(key, ""))
    except ValueError:
        price = -1
    if price is not None and not 0 <= price <= MAX_PRICE:
        report.error(number, key, _("Giá phải là số đồng từ 0 đến %(max)s, ví dụ 15.500.000.",
                                    max=f"{MAX_PRICE:,}".replace(",", ".")))
        return None
    return price


def _list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def enterprise_values(row, number, report, lookups: Lookups, committee: Committee, actor) -> dict | None:
    errors_before = report.error_count
    values = {}
    raw_tax = row.get("tax_code", "")
    if not raw_tax:
        report.error(number, "tax_code", _("Thiếu mã số thuế."))
    else:
        values["tax_code"] = _tax_code(raw_tax)
        if values["tax_code"] is None:
            report.error(number, "tax_code", _("Mã số thuế «%(code)s» không hợp lệ: cần 10 chữ số (hoặc 13 với chi "
                                               "nhánh, ví dụ 0100112437-001) và đúng chữ số kiểm tra.", code=raw_tax))
    values["legal_name"] = _text(row, "legal_name", report, number, 255, required=True)
    values["short_name"] = _text(row, "short_name", report, number, 120)
    code = row.get("committee", "")
    target = lookups.committees.get(code.lower()) if code else committee
    if target is None or not target.active:
        report.error(number, "committee", _("Không có Đảng ủy Khối đang hoạt động mã «%(code)s».", code=code))
    elif target.id != committee.id and not can_import_members(actor, target):
        report.error(number, "committee", _("Bạn chỉ nhập được hội viên của Đảng ủy Khối mình."))
    else:
        values["committee_id"] = target.id
    values["ownership"] = _chosen(row, "ownership", lookups.ownership, report, number,
                                  _l("Thiếu loại hình doanh nghiệp."),
                                  _l("Không có loại hình «%(value)s»: hãy chọn trong danh sách."))
    values["province_code"] = _chosen(row, "province", lookups.provinces, report, number,
                                      _l("Thiếu tỉnh, thành phố."), _l("Không có tỉnh, thành phố «%(value)s»."))
    values["ward"] = _text(row, "ward", report, number, 120)
    values["address_line"] = _text(row, "address_line", report, number, 255, required=True)
    values["phone"] = None
    if row.get("phone"):
        try:
            parsed = phonenumbers.parse(row["phone"], "VN")
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            report.error(number, "phone", _("Số điện thoại «%(value)s» không hợp lệ.", value=row["phone"]))
        else:
            values["phone"] = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    values["email"] = None
    if row.get("email"):
        try:
            values["email"] = validate_email(row["email"], check_deliverability=False).normalized.lower()
        except EmailNotValidError:
            report.error(number, "email", _("Địa chỉ e-mail «%(value)s» không hợp lệ.", value=row["email"]))
    values["website"] = None
    if row.get("website"):
        website = row["website"] if "://" in row["website"] else f"https://{row['website']}"
        parts = urlsplit(website)
        if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in website or len(website) > 255:
            report.error(number, "website", _("Website «%(value)s» không hợp lệ.", value=row["website"]))
        else:
            values["website"] = website
    values["description"] = _text(row, "description", report, number, 5000) or ""
    sectors = []
    for item in _list(row.get("sectors", "")):
        try:
            sectors.append(parse_sector(item, NEW_SECTOR_VERSION))
        except SectorCodeError as e:
            report.error(number, "sectors", str(e))
    if len(sectors) > MAX_SECTORS:
        report.error(number, "sectors", _("Tối đa %(n)s ngành.", n=MAX_SECTORS))
    values["sectors"] = tuple(sorted(set(sectors)))
    return values if report.error_count == errors_before else None


def _chosen(row, key: str, choices: dict, report, number: int, missing, unknown):
    """A cell that names one of `choices` (compared folded): its value, or None with the error
    `missing` (an empty cell) or `unknown` (its %(value)s is the cell) reported."""
    text = row.get(key, "")
    value = choices.get(fold(text)) if text else None
    if not text:
        report.error(number, key, str(missing))
    elif value is None:
        report.error(number, key, str(unknown) % {"value": text})
    return value


def offering_values(row, number, report, lookups: Lookups) -> dict | None:
    """None when the row lists no offering (or it has errors, which are reported)."""
    if not any(row.get(key) for key in fmt.OFFERING_KEYS):
        return None
    errors_before = report.error_count
    values = {"title": _text(row, "title", report, number, 200, required=True)}
    values["kind"] = _chosen(row, "kind", lookups.kinds, report, number, _l("Thiếu loại: «Sản phẩm» hoặc «Dịch vụ»."),
                             _l("Loại «%(value)s» không hợp lệ: «Sản phẩm» hoặc «Dịch vụ»."))
    values["description"] = _text(row, "offering_description", report, number, 5000) or ""
    category = row.get("category", "")
    values["category_id"] = None
    if category:
        values["category_id"] = lookups.categories.get(category) or lookups.categories.get(fold(category))
        if values["category_id"] is None:
            report.error(number, "category", _("Không có nhóm sản phẩm, dịch vụ «%(value)s».", value=category))
    values["unit"] = _text(row, "unit", report, number, 40)
    values["price_min"] = _money(row, "price_min", report, number)
    values["price_max"] = _money(row, "price_max", report, number)
    if values["price_min"] is not None and values["price_max"] is not None and values["price_min"] > values["price_max"]:
        report.error(number, "price_max", _("Giá đến nhỏ hơn giá từ."))
    values["member_offer"] = _text(row, "member_offer", report, number, 500)
    values["member_discount_pct"] = None
    if row.get("member_discount_pct"):
        raw = row["member_discount_pct"].rstrip("%").strip()
        if not raw.isdigit() or not 1 <= int(raw) <= 100:
            report.error(number, "member_discount_pct", _("Giảm giá hội viên phải là số từ 1 đến 100."))
        else:
            values["member_discount_pct"] = int(raw)
    areas = []
    for item in _list(row.get("areas", "")):
        code = lookups.provinces.get(fold(item))
        if code is None:
            report.error(number, "areas", _("Không có tỉnh, thành phố «%(value)s».", value=item))
        else:
            areas.append(code)
    values["areas"] = tuple(sorted(set(areas)))
    values.update(_detail_values(row, number, report, lookups))
    if report.error_count != errors_before:
        values["invalid"] = True  # reported; its title still counts for duplicates
    return values


# The detail columns (sheet_format) and the offering fields each one fills. A file without a
# column leaves those fields as they are stored: files made before the columns existed still work.
DETAIL_COLUMNS = {
    "min_order_qty": ("min_order_qty",), "lead_time_days": ("lead_time_days",), "delivery_terms": ("delivery_terms",),
    "price_valid_until": ("price_valid_until",), "price_includes_vat": ("price_includes_vat",),
    "origin": ("origin", "origin_province_code", "origin_country"), "specs": ("specs",),
}
DETAIL_FIELDS = tuple(f for fields in DETAIL_COLUMNS.values() for f in fields)
VAT_WORDS = {"co": True, "da gom": True, "khong": False, "chua gom": False}


def _detail_values(row, number, report, lookups: "Lookups") -> dict:
    """The details of the columns the file has, as the Offering columns take them."""
    values = {}
    if "min_order_qty" in row:
        try:
            quantity = parse_quantity(row["min_order_qty"])
        except ValueError:
            quantity = Decimal(-1)
        if quantity is not None and not (0 < quantity < MAX_QUANTITY and quantity == round(quantity, 3)):
            report.error(number, "min_order_qty", _("Đặt tối thiểu phải là số dương, ví dụ 5 hoặc 2,5."))
            quantity = None
        values["min_order_qty"] = quantity
    if "lead_time_days" in row:
        text = row["lead_time_days"]
        values["lead_time_days"] = int(text) if text.isascii() and text.isdigit() and int(text) <= MAX_LEAD_TIME_DAYS else None
        if text and values["lead_time_days"] is None:
            report.error(number, "lead_time_days", _("Thời gian giao hàng là số ngày từ 0 đến %(n)s.", n=MAX_LEAD_TIME_DAYS))
    if "delivery_terms" in row:
        values["delivery_terms"] = _text(row, "delivery_terms", report, number, MAX_DELIVERY_TERMS)
    if "price_valid_until" in row:
        try:
            values["price_valid_until"] = parse_day(row["price_valid_until"].split(" ")[0])  # a date cell reads "… 00:00:00"
        except ValueError:
            values["price_valid_until"] = None
            report.error(number, "price_valid_until", _("Ngày «%(value)s» không hợp lệ, ví dụ 31/12/2026.",
                                                        value=row["price_valid_until"]))
    if "price_includes_vat" in row:
        text = row["price_includes_vat"]
        values["price_includes_vat"] = VAT_WORDS.get(fold(text)) if text else None
        if text and values["price_includes_vat"] is None:
            report.error(number, "price_includes_vat", _("Giá đã gồm VAT: ghi «Có» hoặc «Không»."))
    if "origin" in row:
        values.update(_origin(row, number, report, lookups))
    if "specs" in row:
        pairs = [part.partition(":") for part in _list(row["specs"])]
        try:
            values["specs"] = tuple(map(tuple, clean_specs([(name, value) for name, _colon, value in pairs])))
        except DomainError as error:
            report.error(number, "specs", str(error))
            values["specs"] = ()
        values["specs"] = values["specs"] or None
    return values


def _origin(row, number, report, lookups: "Lookups") -> dict:
    text, place = row.get("origin", ""), row.get("origin_place", "")
    values = {"origin": None, "origin_province_code": None, "origin_country": None}
    if not text:
        if place:
            report.error(number, "origin", _("Có nơi sản xuất nhưng thiếu xuất xứ."))
        return values
    origin = lookups.origins.get(fold(text))
    if origin is None:
        report.error(number, "origin", _("Xuất xứ «%(value)s» không hợp lệ: «Sản xuất tại Việt Nam», «Lắp ráp tại "
                                         "Việt Nam» hoặc «Nhập khẩu».", value=text))
        return values
    values["origin"] = origin
    if origin in MADE_IN_VIETNAM and place:
        values["origin_province_code"] = lookups.provinces.get(fold(place))
        if values["origin_province_code"] is None:
            report.error(number, "origin_place", _("Không có tỉnh, thành phố «%(value)s».", value=place))
    elif place:
        values["origin_country"] = lookups.countries.get(fold(place)) or lookups.countries.get(place.upper())
        if values["origin_country"] is None:
            report.error(number, "origin_place", _("Không có nước «%(value)s».", value=place))
    return values


# ---- comparing with what is stored -------------------------------------------------------------

ENTERPRISE_FIELDS = ("legal_name", "short_name", "committee_id", "ownership", "province_code", "ward",
                     "address_line", "phone", "email", "website", "description")
OFFERING_FIELDS = ("kind", "title", "description", "category_id", "unit", "price_min", "price_max",
                   "member_offer", "member_discount_pct")


def stored_enterprise(enterprise: Enterprise) -> dict:
    values = {f: getattr(enterprise, f) for f in ENTERPRISE_FIELDS}
    values["description"] = values["description"] or ""
    values["sectors"] = tuple(sorted(f"{s.vsic_version}:{s.code}" for s in enterprise.sectors))
    return values


def stored_offering(offering: Offering) -> dict:
    values = {f: getattr(offering, f) for f in (*OFFERING_FIELDS, *DETAIL_FIELDS)}
    values["description"] = values["description"] or ""
    values["areas"] = tuple(sorted(a.province_code for a in offering.delivery_areas))
    values["specs"] = tuple(map(tuple, values["specs"])) if values["specs"] else None
    return values


def _fields(values: dict) -> tuple[str, ...]:
    """The offering fields a row sets: the base ones and the details of the columns the file has."""
    return (*OFFERING_FIELDS, *(f for f in DETAIL_FIELDS if f in values))


def title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def _digest(values: dict, fields: tuple[str, ...] = OFFERING_FIELDS) -> int:
    """A stored offering's values in a few bytes: 100,000 of them are kept while the file is read.
    `fields`: those the file sets (_fields), so a file without the detail columns leaves them out."""
    return hash(tuple(values[k] for k in (*fields, "areas")))


@dataclass
class Seen:
    """An enterprise as the file has it so far."""

    row: int
    values: dict
    id: int | None
    vouched: bool
    approved: bool
    # title key -> (row in the file or 0, id if stored, digest of the stored values until a row matched it)
    offerings: dict[str, tuple[int, int | None, int | None]] | None = None


# ---- the import --------------------------------------------------------------------------------

def _batches(rows: Iterator, size: int) -> Iterator[list]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_import(actor, committee: Committee, path: Path, filename: str, *, write: bool = False,
               progress: Callable[[int], None] = lambda n: None, sha256: str | None = None) -> Report:
    """The dry run (write=False) or the import itself. With write, raises ImportFailed when any row has
    an error; the caller then rolls back. Flushes, never commits."""
    require(can_import_members(actor, committee), _("Bạn chỉ nhập, xuất được hội viên của Đảng ủy Khối mình."))
    report = Report(filename=Path(filename).name, sha256=sha256 or file_hash(path), committee_code=committee.code)
    lookups = Lookups.load()
    seen: dict[str, Seen] = {}
    writer = _Writer(actor, committee, report) if write else None
    for batch in _batches(fmt.read_rows(path, filename), BATCH):
        _check_batch(actor, committee, batch, report, lookups, seen, writer if report.ok else None)
        report.rows += len(batch)
        progress(len(batch))
    if write:
        if not report.ok:
            raise ImportFailed(_("Tệp có %(n)s lỗi: chưa nhập gì. Hãy sửa theo báo cáo rồi nhập lại.",
                                 n=report.error_count))
        writer.finish()
    return report


def _check_batch(actor, committee, batch, report, lookups, seen, writer) -> None:
    fields = _fields({key: None for key in DETAIL_FIELDS
                      if any(key in DETAIL_COLUMNS.get(column, ()) for column in batch[0][1])})
    parsed = []
    for number, row in batch:
        # An enterprise's rows repeat its cells: read them once (phone and e-mail checks are slow).
        cells = tuple(row.get(key, "") for key in fmt.ENTERPRISE_KEYS)
        if lookups.last_cells is not None and cells == lookups.last_cells[0]:
            enterprise, first = lookups.last_cells[1:]
            if enterprise is None:
                report.error(number, "tax_code", _("Thông tin doanh nghiệp có lỗi ở dòng %(row)s.", row=first))
        else:
            enterprise = enterprise_values(row, number, report, lookups, committee, actor)
            lookups.last_cells = (cells, enterprise, number)
        offering = offering_values(row, number, report, lookups)
        parsed.append((number, row, enterprise, offering))
    new_codes = {e["tax_code"] for _n, _r, e, _o in parsed if e and e["tax_code"] not in seen}
    existing = {e.tax_code: e for e in db.session.scalars(
        sa.select(Enterprise).where(Enterprise.tax_code.in_(new_codes))
        .options(selectinload(Enterprise.sectors), selectinload(Enterprise.committee)))} if new_codes else {}
    offerings_of: dict[int, list[Offering]] = {}
    if existing:
        for offering in db.session.scalars(
                sa.select(Offering).where(Offering.enterprise_id.in_([e.id for e in existing.values()]),
                                          Offering.status != Status.ARCHIVED)
                .options(selectinload(Offering.delivery_areas))):
            offerings_of.setdefault(offering.enterprise_id, []).append(offering)
    planned = []
    for number, row, values, offering in parsed:
        if values is None:
            report.set_action(number, NONE, NONE)
            continue
        tax_code = values["tax_code"]
        enterprise_action = NONE
        known = seen.get(tax_code)
        if known is None:
            stored = existing.get(tax_code)
            vouched = values["committee_id"] == committee.id
            if stored is not None and stored.committee_id != values["committee_id"]:
                holder = stored.committee.name if stored.committee else _("ngoài Khối")
                report.error(number, "tax_code", _("Mã số thuế %(code)s đã thuộc doanh nghiệp %(name)s của %(holder)s.",
                                                   code=mst.format(tax_code), name=stored.legal_name, holder=holder))
                report.set_action(number, NONE, NONE)
                continue
            if stored is not None and not vouched:
                report.error(number, "committee", _("Doanh nghiệp %(name)s đã có: chỉ Đảng ủy Khối của nó cập nhật được.",
                                                    name=stored.legal_name))
                report.set_action(number, NONE, NONE)
                continue
            if stored is None:
                enterprise_action = CREATE
                known = Seen(number, values, None, vouched, vouched, offerings={})
            else:
                before = stored_enterprise(stored)
                mine = {k: values[k] for k in before}
                becomes_approved = stored.status in (Status.DRAFT, Status.PENDING)
                enterprise_action = UPDATE if mine != before or becomes_approved else UNCHANGED
                known = Seen(number, values, stored.id, vouched,
                             stored.status == Status.APPROVED or becomes_approved,
                             offerings={title_key(o.title): (0, o.id, _digest(stored_offering(o), fields))
                                        for o in offerings_of.get(stored.id, [])})
            seen[tax_code] = known
            planned.append(("enterprise", enterprise_action, number, known, stored, values))
        elif known.values != values:
            differing = next(k for k in fmt.ENTERPRISE_KEYS if _column_value(k, known.values) != _column_value(k, values))
            report.error(number, differing, _("Khác với dòng %(row)s có cùng mã số thuế.", row=known.row))
            report.set_action(number, NONE, NONE)
            continue
        elif offering is None:
            report.error(number, "tax_code", _("Trùng với dòng %(row)s.", row=known.row))
        offering_action = NONE
        if offering and offering["title"]:
            key = title_key(offering["title"])
            previous = known.offerings.get(key)
            if previous is not None and previous[0]:
                report.error(number, "title", _("Trùng với dòng %(row)s (cùng mã số thuế và tên sản phẩm).",
                                                row=previous[0]))
            elif offering.get("invalid"):
                known.offerings[key] = (number, None, None)
            else:
                offering_action = (CREATE if previous is None else UNCHANGED if _digest(offering, fields) == previous[2]
                                   else UPDATE)
                known.offerings[key] = (number, previous[1] if previous else None, None)
                planned.append(("offering", offering_action, number, known, previous, offering))
        report.set_action(number, enterprise_action, offering_action)
    if writer is not None and report.ok:
        writer.write(planned)


def _column_value(key: str, values: dict):
    return {"tax_code": values.get("tax_code"), "committee": values.get("committee_id"),
            "ownership": values.get("ownership"), "province": values.get("province_code")}.get(key, values.get(key))


class _Writer:
    """Writes the planned changes of each batch: new rows with one INSERT per table and batch, changes
    through the ORM (they are few, and keep the audit's before/after)."""

    def __init__(self, actor, committee: Committee, report: Report):
        self.actor, self.committee, self.report = actor, committee, report
        self.now = utcnow()
        self.source = {"file": report.filename, "sha256": report.sha256, "committee": committee.code}
        self.touched: set[int] = set()  # enterprises whose public state or offerings changed

    def _status(self, approved: bool) -> dict:
        if approved:
            return {"status": Status.APPROVED, "submitted_at": self.now, "approved_at": self.now}
        return {"status": Status.PENDING, "submitted_at": self.now, "approved_at": None}

    def write(self, planned: list) -> None:
        created = [(known, values) for kind, action, _n, known, _s, values in planned
                   if kind == "enterprise" and action == CREATE]
        audits: list[dict] = []
        if created:
            slugs = self._slugs([values for _k, values in created])
            rows = [dict({k: values[k] for k in ("tax_code", *ENTERPRISE_FIELDS)}, slug=slug,
                         **self._status(known.vouched)) for (known, values), slug in zip(created, slugs)]
            ids = dict(db.session.execute(sa.insert(Enterprise).returning(
                Enterprise.tax_code, Enterprise.id, sort_by_parameter_order=True), rows).all())
            sectors = []
            for known, values in created:
                known.id = ids[values["tax_code"]]
                sectors += [dict(enterprise_id=known.id, vsic_version=s.split(":")[0], code=s.split(":")[1])
                            for s in values["sectors"]]
                audits.append(self._audit("import.create", "enterprise", known.id, known.vouched))
                if known.vouched:
                    self.touched.add(known.id)
            if sectors:
                db.session.execute(sa.insert(EnterpriseSector), sectors)
            self._invite([(known.id, values) for known, values in created if values["email"]])
        for kind, action, _n, known, stored, values in planned:
            if kind == "enterprise" and action == UPDATE:
                audits.append(self._update_enterprise(stored, values))
                self.touched.add(stored.id)
        new_offerings = [(known, values) for kind, action, _n, known, _p, values in planned
                         if kind == "offering" and action == CREATE]
        if new_offerings:
            rows = [dict({k: values[k] for k in _fields(values)}, enterprise_id=known.id,
                         **self._status(known.vouched and known.approved)) for known, values in new_offerings]
            ids = db.session.execute(sa.insert(Offering).returning(Offering.id, sort_by_parameter_order=True),
                                     rows).scalars().all()
            areas = [dict(offering_id=offering_id, province_code=code)
                     for offering_id, (_k, values) in zip(ids, new_offerings) for code in values["areas"]]
            if areas:
                db.session.execute(sa.insert(OfferingArea), areas)
            for offering_id, (known, _values) in zip(ids, new_offerings):
                audits.append(self._audit("import.create", "offering", offering_id, known.vouched and known.approved))
                if known.vouched and known.approved:
                    self.touched.add(known.id)
        for kind, action, _n, known, previous, values in planned:
            if kind == "offering" and action == UPDATE:
                audits.append(self._update_offering(db.session.get(Offering, previous[1]), values, known))
                self.touched.add(known.id)
        if audits:
            db.session.execute(sa.insert(AuditEvent), audits)
        db.session.flush()
        self._forget()

    def _forget(self) -> None:
        """Bounded memory: drop the batch's loaded records (the actor and committee stay)."""
        for instance in list(db.session.identity_map.values()):
            if isinstance(instance, _BATCH_TYPES) and instance in db.session and not db.session.is_modified(instance):
                db.session.expunge(instance)

    def _audit(self, action: str, target_type: str, target_id: int, approved: bool, before=None, after=None) -> dict:
        return dict(actor_id=self.actor.id, action=action, target_type=target_type, target_id=target_id,
                    before=before, after={**(after or {}), **self.source,
                                          "status": "approved" if approved else "pending"}, created_at=self.now)

    def _slugs(self, created: list[dict]) -> list[str]:
        """The name's slug, or with the tax code after it when taken (a tax code is unique)."""
        bases = [slugify(v["short_name"] or v["legal_name"], max_length=80) for v in created]
        wanted = set(bases) | {f"{b}-{v['tax_code']}" for b, v in zip(bases, created)}
        taken = set(db.session.scalars(sa.select(Enterprise.slug).where(Enterprise.slug.in_(wanted))))
        slugs = []
        for base, values in zip(bases, created):
            slug = base if base not in taken else f"{base}-{values['tax_code']}"
            taken.add(slug)
            slugs.append(slug)
        return slugs

    def _update_enterprise(self, enterprise: Enterprise, values: dict) -> dict:
        before = stored_enterprise(enterprise)
        for name in ENTERPRISE_FIELDS:
            setattr(enterprise, name, values[name])
        if before["sectors"] != values["sectors"]:
            enterprise.sectors = [EnterpriseSector(vsic_version=s.split(":")[0], code=s.split(":")[1])
                                  for s in values["sectors"]]
        if enterprise.status in (Status.DRAFT, Status.PENDING):
            enterprise.status, enterprise.approved_at = Status.APPROVED, self.now
            enterprise.submitted_at = enterprise.submitted_at or self.now
        enterprise.version = Enterprise.version + 1
        changed = {k for k in before if before[k] != values[k]}
        return self._audit("import.update", "enterprise", enterprise.id, enterprise.status == Status.APPROVED,
                           before=_plain({k: before[k] for k in changed}),
                           after=_plain({k: values[k] for k in changed}))

    def _update_offering(self, offering: Offering, values: dict, known: Seen) -> dict:
        before = {k: v for k, v in stored_offering(offering).items() if k in (*_fields(values), "areas")}
        for name in _fields(values):
            setattr(offering, name, list(map(list, values[name])) if name == "specs" and values[name] else values[name])
        if before["areas"] != values["areas"]:
            offering.delivery_areas = [OfferingArea(province_code=c) for c in values["areas"]]
        offering.version = Offering.version + 1
        changed = {k for k in before if before[k] != values[k]}
        return self._audit("import.update", "offering", offering.id, offering.status == Status.APPROVED,
                           before=_plain({k: before[k] for k in changed}),
                           after=_plain({k: values[k] for k in changed}))

    def _invite(self, enterprises: list[tuple[int, dict]]) -> None:
        """A claim invitation to each new enterprise's contact address that has no account yet."""
        emails = {values["email"] for _id, values in enterprises}
        taken = set(db.session.scalars(sa.select(User.email).where(User.email.in_(emails))))
        invitations = [Invitation(enterprise_id=enterprise_id, email=values["email"], invited_by_id=self.actor.id,
                                  as_manager=True)
                       for enterprise_id, values in enterprises if values["email"] not in taken]
        db.session.add_all(invitations)
        db.session.flush()
        names = {enterprise_id: values["legal_name"] for enterprise_id, values in enterprises}
        for invitation in invitations:
            _mail_claim(invitation, names[invitation.enterprise_id], self.committee)
        self.report.invitations += len(invitations)

    def finish(self) -> None:
        """The search index: each touched enterprise synced, or one rebuild when that is faster."""
        if len(self.touched) > SYNC_LIMIT.get(db.session.get_bind().dialect.name, 50):
            search.reindex()
            return
        for enterprise_id in sorted(self.touched):
            search.sync_enterprise(db.session.get(Enterprise, enterprise_id))


_BATCH_TYPES = (Enterprise, EnterpriseSector, Offering, OfferingArea, Invitation)


def _plain(values: dict) -> dict:
    """JSON for an audit event: enums by value, tuples as lists, quantities and dates as text."""
    def plain(v):
        if hasattr(v, "value"):
            return v.value
        if isinstance(v, tuple):
            return [plain(item) for item in v]
        if isinstance(v, Decimal):
            return format(v.normalize(), "f")
        if isinstance(v, date):
            return v.isoformat()
        return v
    return {k: plain(v) for k, v in values.items()}


def _mail_claim(invitation: Invitation, name: str, committee: Committee) -> None:
    days = current_app.config["INVITATION_MAX_AGE"] // 86400
    with in_language_of(None):  # the enterprise has no account yet: the site's language
        send_mail(invitation.email, _("Nhận tài khoản %(name)s – Kết nối Doanh nghiệp", name=name),
                  _("Xin chào,\n\n%(committee)s đã đưa doanh nghiệp %(name)s vào danh bạ Kết nối Doanh nghiệp. "
                    "Mở liên kết sau để nhận tài khoản quản lý của doanh nghiệp (hiệu lực %(days)s ngày, dùng một "
                    "lần):\n%(link)s", committee=committee.name, name=name, days=days,
                    link=invitation_link(invitation)))


# ---- claims ------------------------------------------------------------------------------------

def claim_invitations(actor, committee: Committee, limit: int = 500) -> list[Invitation]:
    """The committee's claim invitations in force, newest first: who has claimed and who has not
    (a resent invitation replaces the old one)."""
    require(can_import_members(actor, committee))
    return list(db.session.scalars(
        sa.select(Invitation).join(Enterprise, Enterprise.id == Invitation.enterprise_id)
        .where(Invitation.as_manager.is_(True), Invitation.revoked_at.is_(None), Enterprise.committee_id == committee.id)
        .options(selectinload(Invitation.enterprise))
        .order_by(Invitation.created_at.desc(), Invitation.id.desc())
        .limit(limit)))


def resend_claim(actor, invitation_id: int) -> Invitation:
    """A new single-use link; the old one stops working."""
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None or not invitation.as_manager:
        raise NotFound(_("Không tìm thấy lời mời này."))
    committee = invitation.enterprise.committee
    require(committee is not None and can_import_members(actor, committee))
    if invitation.accepted_at is not None:
        raise DomainError(_("Doanh nghiệp đã nhận tài khoản."))
    invitation.revoked_at = utcnow()
    fresh = Invitation(enterprise_id=invitation.enterprise_id, email=invitation.email, invited_by_id=actor.id,
                       as_manager=True)
    db.session.add(fresh)
    db.session.flush()
    _mail_claim(fresh, invitation.enterprise.legal_name, committee)
    return fresh


# ---- the report as a spreadsheet ---------------------------------------------------------------

def action_label(enterprise: int, offering: int) -> str:
    names = {CREATE: _("tạo mới"), UPDATE: _("cập nhật"), UNCHANGED: _("không đổi")}
    parts = []
    if enterprise != NONE:
        parts.append(_("Doanh nghiệp: %(action)s", action=names[enterprise]))
    if offering != NONE:
        parts.append(_("Sản phẩm, dịch vụ: %(action)s", action=names[offering]))
    return "; ".join(parts)


def report_xlsx(report: Report, path: Path, filename: str) -> bytes:
    """The file as it was read, each row with its outcome and its errors in two more columns."""
    errors: dict[int, list[str]] = {}
    for error in report.errors:
        errors.setdefault(error.row, []).append(f"{error.column}: {error.message}")
    rows = []
    for number, row in fmt.read_rows(path, filename):
        outcome = "" if number in errors else action_label(*report.action(number))
        rows.append([_as_read(key, row.get(key, "")) for key in fmt.BY_KEY] + [outcome, "\n".join(errors.get(number, []))])
    return fmt.workbook_of(rows, (_("Kết quả"), _("Lỗi")))


def _as_read(key: str, text: str):
    """A cell of the report: a number column's plain digits as a number (fmt.NUMBER_FORMATS), any
    other text as it was read."""
    return int(text) if key in fmt.NUMBER_FORMATS and text.isascii() and text.isdigit() and len(text) <= 16 else text
