"""The committees' evidence: what the programme achieved in a period.

Every figure of a report comes from one `Report` object, so the dashboard, the printable
page and the XLSX export cannot disagree. Linkages count by their frozen committees and
the day they were confirmed (models.linkage.Linkage), so later mergers, renames,
suspensions and cancellations of other deals never move a past figure.
"""
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime, time, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.orm import aliased, contains_eager
from flask_babel import gettext as _

from ..extensions import db
from ..inputs import day_or_none
from ..models import (Category, Committee, Enterprise, Inquiry, Linkage, LinkageStatus, Need, Offering,
                      Status)
from ..search.documents import counts
from .catalog import listed_offerings
from .confirmations import FreshnessCounts, freshness_counts
from .committees import bloc_ids
from .linkages import LOCAL, local_today
from .reviews import reason_counts

MAX_SPAN_DAYS = 10 * 366
EARLIEST_INPUT = date(2000, 1, 1)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def previous(self) -> "Period":
        """The same days one year earlier (29/02 becomes 28/02)."""
        return Period(_year_back(self.start), _year_back(self.end))

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start, end] as Việt Nam calendar days, in the naive UTC the database keeps."""
        lo = datetime.combine(self.start, time.min, LOCAL).astimezone(timezone.utc).replace(tzinfo=None)
        hi = datetime.combine(self.end + timedelta(days=1), time.min, LOCAL).astimezone(timezone.utc)
        return lo, hi.replace(tzinfo=None)

    def months(self) -> list[tuple[int, int]]:
        months, (y, m) = [], (self.start.year, self.start.month)
        while (y, m) <= (self.end.year, self.end.month):
            months.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return months


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def default_period(today: date | None = None) -> Period:
    """The last twelve months, today included."""
    today = today or local_today()
    return Period(_year_back(today) + timedelta(days=1), today)


def parse_period(start_text: str | None, end_text: str | None) -> tuple[Period, list[str]]:
    """The period the user asked for, or the default with the reasons it was refused."""
    default = default_period()
    if not start_text and not end_text:
        return default, []
    start = day_or_none(start_text) if start_text else default.start
    end = day_or_none(end_text) if end_text else default.end
    if start is None or end is None:
        return default, [_("Ngày không hợp lệ: hãy nhập theo dạng dd/mm/yyyy.")]
    if start < EARLIEST_INPUT or end > date(2100, 12, 31):
        return default, [_("Ngày phải nằm trong khoảng 01/01/2000 đến 31/12/2100.")]
    if end < start:
        return default, [_("Ngày kết thúc phải sau ngày bắt đầu.")]
    if (end - start).days > MAX_SPAN_DAYS:
        return default, [_("Kỳ báo cáo tối đa 10 năm.")]
    return Period(start, end), []


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    period: Period


def _month_end(year: int, month: int) -> date:
    return (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)


def _span(year: int, first_month: int, months: int) -> Period:
    """`months` calendar months from the first of `first_month` (months counted back if negative)."""
    index = year * 12 + first_month - 1
    if months < 0:
        index += months
        months = -months
    start_year, start_month = divmod(index, 12)
    end_year, end_month = divmod(index + months - 1, 12)
    return Period(date(start_year, start_month + 1, 1), _month_end(end_year, end_month + 1))


def programme_start(committee: Committee | None) -> date | None:
    """The day of the first confirmed deal of the committee (of any committee: None)."""
    query = db.select(sa.func.min(Linkage.confirmed_on)).where(Linkage.status == LinkageStatus.CONFIRMED)
    if committee is not None:
        query = query.where(sa.or_(Linkage.buyer_committee_id == committee.id,
                                   Linkage.supplier_committee_id == committee.id))
    return db.session.scalar(query)


def period_presets(committee: Committee | None, today: date | None = None) -> list[Preset]:
    """The periods a committee reports on: this and last month, quarter, half-year and year, and
    the programme to date. Whole calendar periods, as the reports filed for them cover."""
    today = today or local_today()
    y, m = today.year, today.month
    quarter, half = (m - 1) // 3, (m - 1) // 6
    roman = ("I", "II", "III", "IV")
    this_month, last_month = _span(y, m, 1), _span(y, m, -1)
    this_quarter, last_quarter = _span(y, quarter * 3 + 1, 3), _span(y, quarter * 3 + 1, -3)
    this_half, last_half = _span(y, half * 6 + 1, 6), _span(y, half * 6 + 1, -6)

    def half_label(period: Period) -> str:
        if period.start.month == 1:
            return _("6 tháng đầu năm %(year)s", year=period.start.year)
        return _("6 tháng cuối năm %(year)s", year=period.start.year)

    def quarter_label(period: Period) -> str:
        return _("Quý %(quarter)s/%(year)s", quarter=roman[(period.start.month - 1) // 3], year=period.start.year)

    first = programme_start(committee)
    start = max(first, today - timedelta(days=MAX_SPAN_DAYS)) if first and first <= today else today
    return [
        Preset("month", _("Tháng %(month)s", month=f"{this_month.start:%m/%Y}"), this_month),
        Preset("last-month", _("Tháng %(month)s", month=f"{last_month.start:%m/%Y}"), last_month),
        Preset("quarter", quarter_label(this_quarter), this_quarter),
        Preset("last-quarter", quarter_label(last_quarter), last_quarter),
        Preset("half", half_label(this_half), this_half),
        Preset("last-half", half_label(last_half), last_half),
        Preset("year", _("Năm %(year)s", year=y), Period(date(y, 1, 1), date(y, 12, 31))),
        Preset("last-year", _("Năm %(year)s", year=y - 1), Period(date(y - 1, 1, 1), date(y - 1, 12, 31))),
        Preset("programme", _("Từ đầu chương trình"), Period(start, today)),
    ]


@dataclass
class Row:
    key: object
    label: str
    count: int = 0
    value: int = 0

    def add(self, linkage: Linkage) -> None:
        self.count += 1
        self.value += linkage.value


@dataclass
class MonthRow:
    label: str
    count: int = 0
    value: int = 0
    previous_count: int = 0
    previous_value: int = 0


@dataclass
class EnterpriseRow:
    enterprise: Enterprise
    bought: Row
    sold: Row


@dataclass
class Report:
    committee: Committee | None
    period: Period
    members: int
    offerings: int
    inquiries: int
    needs: int
    linkages: list[Linkage]
    within: Row
    between: Row
    matrix_rows: list[Row] = field(default_factory=list)  # buyer committees
    matrix_cols: list[Row] = field(default_factory=list)  # supplier committees
    cells: dict = field(default_factory=dict)  # (buyer key, supplier key) -> Row
    by_category: list[Row] = field(default_factory=list)
    by_month: list[MonthRow] = field(default_factory=list)
    top_buyers: list[Row] = field(default_factory=list)
    top_suppliers: list[Row] = field(default_factory=list)
    enterprises: list[EnterpriseRow] = field(default_factory=list)
    bloc: list[int] = field(default_factory=list)  # the committees reported on (the merged bloc, or one)
    whole_bloc: list[int] = field(default_factory=list)  # the committee and those merged into it
    merged: bool = True  # the toggle's state
    rejection_reasons: list[tuple[str, int]] = field(default_factory=list)  # (reason, how many decisions)
    # How current the members' listings are today, per committee (confirmations.freshness_counts)
    freshness: dict = field(default_factory=dict)

    @property
    def freshness_total(self) -> FreshnessCounts:
        """The listings of every committee reported on, together."""
        return FreshnessCounts.sum(self.freshness.values())

    @cached_property
    def merged_committees(self) -> list[Committee]:
        """The committees merged into this one (the page then offers the toggle)."""
        ids = self.whole_bloc[1:]
        if not ids:
            return []
        return list(db.session.scalars(db.select(Committee).where(Committee.id.in_(ids)).order_by(Committee.name)))

    @property
    def count(self) -> int:
        return len(self.linkages)

    @property
    def value(self) -> int:
        return sum(linkage.value for linkage in self.linkages)

    def cell(self, buyer_key, supplier_key) -> Row | None:
        return self.cells.get((buyer_key, supplier_key))


OUTSIDE = "outside"  # the matrix key of buyers outside every bloc


def committee_label(name: str | None) -> str:
    """A short heading for the matrix: the bloc's place, without the common prefix."""
    if not name:
        return _("Ngoài Khối")
    short = name.removeprefix("Đảng ủy Khối Doanh nghiệp").strip() or name
    return short[:1].upper() + short[1:]


def confirmed_in(period: Period, committee_ids: list[int] | None) -> sa.Select:
    """Confirmed linkages of the period, for some committees (either side) or all of them."""
    query = db.select(Linkage).where(
        Linkage.status == LinkageStatus.CONFIRMED,
        Linkage.confirmed_on >= period.start, Linkage.confirmed_on <= period.end,
    )
    if committee_ids is not None:
        query = query.where(sa.or_(Linkage.buyer_committee_id.in_(committee_ids),
                                   Linkage.supplier_committee_id.in_(committee_ids)))
    return query.order_by(Linkage.confirmed_on, Linkage.id)


def _count(query: sa.Select) -> int:
    return db.session.scalar(query) or 0


def build_report(committee: Committee | None, period: Period, merged: bool = True) -> Report:
    """`merged`: a committee that others were merged into reports for the whole bloc, their past
    deals included (each still under the name it had), rather than for its own deals only."""
    ids = whole = None
    if committee is not None:
        whole = bloc_ids(committee)
        ids = whole if merged else [committee.id]
    lo, hi = period.utc_bounds()
    # Public members and offerings as the search index keeps them per committee (no count of the catalogue).
    kept = counts(["committee_enterprise", "committee_offering"], ids or None)
    members = sum(n for (facet, _value), n in kept.items() if facet == "committee_enterprise")
    offerings = sum(n for (facet, _value), n in kept.items() if facet == "committee_offering")
    inquiry_scope = (sa.or_(Inquiry.buyer_committee_id.in_(ids), Inquiry.supplier_committee_id.in_(ids))
                     if ids else sa.true())
    inquiries = _count(db.select(sa.func.count(Inquiry.id))
                       .where(inquiry_scope, Inquiry.created_at >= lo, Inquiry.created_at < hi))
    needs = _count(db.select(sa.func.count(Need.id)).where(
        Need.committee_id.in_(ids) if ids else sa.true(), Need.created_at >= lo, Need.created_at < hi))

    linkages = list(db.session.scalars(confirmed_in(period, ids)))
    report = Report(committee, period, members, offerings, inquiries, needs, linkages,
                    within=Row("within", _("Trong Khối")), between=Row("between", _("Với Khối khác, ngoài Khối")),
                    bloc=ids or [], whole_bloc=whole or [], merged=merged)
    _fill_matrix(report)
    _fill_categories(report)
    _fill_months(report, list(db.session.scalars(confirmed_in(period.previous, ids))))
    _fill_enterprises(report)
    report.rejection_reasons = reason_counts(ids, lo, hi)
    report.freshness = freshness_counts(ids)  # as of today, whatever the period: listings have no past
    return report


def _fill_matrix(report: Report) -> None:
    rows, cols = {}, {}
    bloc = set(report.bloc)
    for linkage in report.linkages:  # ordered by day: the newest name of a committee wins
        b = linkage.buyer_committee_id or OUTSIDE
        s = linkage.supplier_committee_id or OUTSIDE
        rows.setdefault(b, Row(b, "")).label = committee_label(linkage.buyer_committee_name)
        cols.setdefault(s, Row(s, "")).label = committee_label(linkage.supplier_committee_name)
        rows[b].add(linkage)
        cols[s].add(linkage)
        report.cells.setdefault((b, s), Row((b, s), "")).add(linkage)
        if bloc:  # both sides in the merged bloc count as within it
            same = linkage.buyer_committee_id in bloc and linkage.supplier_committee_id in bloc
        else:
            same = linkage.buyer_committee_id is not None and linkage.buyer_committee_id == linkage.supplier_committee_id
        if same:
            report.within.add(linkage)
        else:
            report.between.add(linkage)
    order = lambda row: (row.key == OUTSIDE, row.label)  # noqa: E731
    report.matrix_rows = sorted(rows.values(), key=order)
    report.matrix_cols = sorted(cols.values(), key=order)


def _fill_categories(report: Report) -> None:
    from ..i18n import current_locale

    categories = {c.id: c for c in db.session.scalars(db.select(Category))}
    groups: dict = {}
    for linkage in report.linkages:
        category = categories.get(linkage.category_id)
        top = categories.get(category.parent_id, category) if category else None
        key = top.id if top else None
        label = top.name(current_locale()) if top else _("Chưa phân loại")
        groups.setdefault(key, Row(key, label)).add(linkage)
    report.by_category = sorted(groups.values(), key=lambda r: (-r.value, r.label))


def _fill_months(report: Report, previous: list[Linkage]) -> None:
    months = {ym: MonthRow(f"{ym[1]:02d}/{ym[0]}") for ym in report.period.months()}
    for linkage in report.linkages:
        row = months[(linkage.confirmed_on.year, linkage.confirmed_on.month)]
        row.count += 1
        row.value += linkage.value
    for linkage in previous:
        row = months.get((linkage.confirmed_on.year + 1, linkage.confirmed_on.month))
        if row is not None:
            row.previous_count += 1
            row.previous_value += linkage.value
    report.by_month = list(months.values())


def _fill_enterprises(report: Report, top: int = 10) -> None:
    buyers, suppliers = {}, {}
    bought, sold = defaultdict(lambda: Row(None, "")), defaultdict(lambda: Row(None, ""))
    for linkage in report.linkages:
        buyers.setdefault(linkage.buyer_id, Row(linkage.buyer_id, linkage.buyer_name or "")).add(linkage)
        suppliers.setdefault(linkage.supplier_id, Row(linkage.supplier_id, linkage.supplier_name or "")).add(linkage)
        bought[linkage.buyer_id].add(linkage)
        sold[linkage.supplier_id].add(linkage)
    ranking = lambda row: (-row.count, -row.value, row.label)  # noqa: E731
    report.top_buyers = sorted(buyers.values(), key=ranking)[:top]
    report.top_suppliers = sorted(suppliers.values(), key=ranking)[:top]
    members = db.select(Enterprise).where(
        Enterprise.committee_id.in_(report.bloc) if report.bloc else Enterprise.committee_id.is_not(None),
        Enterprise.status.in_((Status.APPROVED, Status.SUSPENDED)),
    ).order_by(Enterprise.legal_name)
    report.enterprises = [EnterpriseRow(e, bought[e.id], sold[e.id]) for e in db.session.scalars(members)]


CATALOGUE_PAGE_SIZE = 200  # offerings on one page of the printable catalogue (a few printed sheets)


def catalogue(committee: Committee, page: int = 1):
    """One page of a committee's approved offerings for printing, by top-level category (in the
    tree's order, the uncategorised last) then title, grouped by that category: (groups, pager).
    Only the page is read; its total is the one the search index keeps (no count of the catalogue)."""
    own, top = aliased(Category), aliased(Category)
    query = (listed_offerings().join(Offering.enterprise).where(Enterprise.committee_id == committee.id)
             .outerjoin(own, own.id == Offering.category_id)
             .outerjoin(top, top.id == sa.func.coalesce(own.parent_id, own.id))
             .order_by(top.id.is_(None), top.position, top.id, Offering.title, Offering.id)
             .options(contains_eager(Offering.enterprise)))
    pager = db.paginate(query, page=page, per_page=CATALOGUE_PAGE_SIZE, error_out=False, count=False)
    pager.total = counts(["committee_offering"], [committee.id]).get(("committee_offering", committee.id), 0)
    categories = {c.id: c for c in db.session.scalars(db.select(Category))}  # a few dozen, read once
    groups: list[tuple[Category | None, list[Offering]]] = []
    for offering in pager.items:
        category = categories.get(offering.category_id)
        heading = categories[category.parent_id] if category and category.parent_id else category
        if not groups or groups[-1][0] is not heading:
            groups.append((heading, []))
        groups[-1][1].append(offering)
    return groups, pager


def report_workbook(report: Report) -> bytes:
    """The period report as XLSX, one table per sheet (spreadsheets.write_table): the summary, by
    month, by category, the matrix (a count and a value column per seller), the pairs of
    committees, the linkages and the enterprises; numbers as numbers, in the request's language."""
    from openpyxl import Workbook

    from ..reference import province_name
    from ..spreadsheets import COUNT, DATE, MONEY, Column, cell, save, write_table
    from .lifecycle import status_label

    book = Workbook()
    scope = report.committee.name if report.committee else _("Tất cả các Khối")
    period = f"{report.period.start:%d/%m/%Y} – {report.period.end:%d/%m/%Y}"
    count, value = _("Số giao dịch"), _("Giá trị (đồng)")

    sheet = book.active
    sheet.title = _("Tổng hợp")
    write_table(sheet, [Column(_("Báo cáo chương trình liên kết")), Column(scope)],
                [[_("Kỳ báo cáo"), period]]
                + [[label, cell(sheet, number, MONEY if is_money else COUNT)]
                   for label, number, is_money in summary_rows(report)])

    write_table(book.create_sheet(_("Theo tháng")),
                [Column(_("Tháng")), Column(count, COUNT), Column(value, MONEY),
                 Column(_("Cùng kỳ năm trước: số giao dịch"), COUNT), Column(_("Cùng kỳ năm trước: giá trị (đồng)"), MONEY)],
                [[m.label, m.count, m.value, m.previous_count, m.previous_value] for m in report.by_month])
    write_table(book.create_sheet(_("Theo nhóm hàng")),
                [Column(_("Nhóm sản phẩm, dịch vụ")), Column(count, COUNT), Column(value, MONEY)],
                [[row.label, row.count, row.value] for row in report.by_category])

    matrix = [Column(_("Bên mua \\ Bên bán"))]
    for label in [c.label for c in report.matrix_cols] + [_("Tổng")]:
        matrix += [Column(f"{label}: {count.lower()}", COUNT, 30), Column(f"{label}: {value.lower()}", MONEY, 30)]
    matrix_rows = []
    for row in report.matrix_rows:
        cells = [report.cell(row.key, col.key) for col in report.matrix_cols]
        matrix_rows.append([row.label] + [n for c in cells for n in ((c.count, c.value) if c else (None, None))]
                           + [row.count, row.value])
    write_table(book.create_sheet(_("Ma trận")), matrix, matrix_rows)
    write_table(book.create_sheet(_("Theo cặp Khối")),
                [Column(_("Bên mua")), Column(_("Bên bán")), Column(count, COUNT), Column(value, MONEY)],
                [[row.label, col.label, c.count, c.value] for row in report.matrix_rows for col in report.matrix_cols
                 if (c := report.cell(row.key, col.key))])

    write_table(book.create_sheet(_("Giao dịch")),
                [Column(_("Mã")), Column(_("Ngày xác nhận"), DATE), Column(_("Bên mua")), Column(_("Khối bên mua")),
                 Column(_("Tỉnh bên mua")), Column(_("Bên bán")), Column(_("Khối bên bán")), Column(_("Tỉnh bên bán")),
                 Column(value, MONEY), Column(_("Từ ngày"), DATE), Column(_("Đến ngày"), DATE), Column(_("Mô tả"))],
                [[linkage.id, linkage.confirmed_on, linkage.buyer_name, linkage.buyer_committee_name or _("Ngoài Khối"),
                  province_name(linkage.buyer_province_code), linkage.supplier_name, linkage.supplier_committee_name,
                  province_name(linkage.supplier_province_code), linkage.value, linkage.starts_on, linkage.ends_on,
                  linkage.description] for linkage in report.linkages])

    write_table(book.create_sheet(_("Doanh nghiệp")),
                [Column(_("Doanh nghiệp")), Column(_("Mã số thuế")), Column(_("Khối")), Column(_("Trạng thái")),
                 Column(_("Mua: số giao dịch"), COUNT), Column(_("Mua: giá trị (đồng)"), MONEY),
                 Column(_("Bán: số giao dịch"), COUNT), Column(_("Bán: giá trị (đồng)"), MONEY)],
                [[row.enterprise.legal_name, row.enterprise.tax_code_display,
                  row.enterprise.committee.name if row.enterprise.committee else "", status_label(row.enterprise.status),
                  row.bought.count, row.bought.value, row.sold.count, row.sold.value] for row in report.enterprises])
    return save(book)


def summary_rows(report: Report) -> list[tuple[str, int, bool]]:
    """The headline figures (label, number, is money), in the order page, print and export show them."""
    return [
        (_("Doanh nghiệp thành viên (đã duyệt)"), report.members, False),
        (_("Sản phẩm, dịch vụ đã duyệt"), report.offerings, False),
        (_("Yêu cầu báo giá trong kỳ"), report.inquiries, False),
        (_("Nhu cầu đăng trong kỳ"), report.needs, False),
        (_("Giao dịch liên kết đã xác nhận"), report.count, False),
        (_("Tổng giá trị giao dịch (đồng)"), report.value, True),
        (_("Giao dịch trong Khối"), report.within.count, False),
        (_("Giá trị trong Khối (đồng)"), report.within.value, True),
        (_("Giao dịch với Khối khác, ngoài Khối"), report.between.count, False),
        (_("Giá trị với Khối khác, ngoài Khối (đồng)"), report.between.value, True),
    ]
