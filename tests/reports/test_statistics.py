"""The committees' figures: what counts, for which committee, in which period, and that the
page, the XLSX export and the database agree."""
from datetime import date
from io import BytesIO

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from directory.models import Linkage, LinkageStatus, Status
from directory.services import linkages, reports
from directory.services.committees import merge_committee
from directory.services.reports import Period

from ..linkage.helpers import confirmed_linkage

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture
def deals(world, db):
    """B buys from A twice (March, June), outside buys from A once (May), A buys from B once (July 2024)."""
    w = world
    one = confirmed_linkage(w["manager_b"], w["manager_a"], w["a"], value=100_000_000, on=date(2025, 3, 10))
    two = confirmed_linkage(w["manager_b"], w["manager_a"], w["a"], value=50_000_000, on=date(2025, 6, 2))
    three = confirmed_linkage(w["buyer"], w["manager_a"], w["a"], value=7_000_000, on=date(2025, 5, 20))
    old = confirmed_linkage(w["manager_a"], w["manager_b"], w["b"], value=30_000_000, on=date(2024, 7, 1))
    db.session.commit()
    return one, two, three, old


def test_a_deal_counts_once_for_each_committee_in_its_matrix_cell(world, deals):
    a, b = world["committee_a"].id, world["committee_b"].id
    for committee in (world["committee_a"], world["committee_b"]):
        report = reports.build_report(committee, YEAR)
        cell = report.cell(b, a)
        assert (cell.count, cell.value) == (2, 150_000_000)
    assert reports.build_report(world["committee_b"], YEAR).count == 2
    report_a = reports.build_report(world["committee_a"], YEAR)
    assert (report_a.count, report_a.value) == (3, 157_000_000)
    assert report_a.cell(reports.OUTSIDE, a).count == 1
    assert report_a.within.count == 0 and report_a.between.count == 3


def test_all_committees_view_counts_every_deal_once(world, deals):
    report = reports.build_report(None, YEAR)
    assert (report.count, report.value) == (3, 157_000_000)
    assert sum(cell.count for cell in report.cells.values()) == 3


def test_months_compare_with_the_same_month_a_year_earlier(world, deals):
    report = reports.build_report(world["committee_a"], YEAR)
    july = next(m for m in report.by_month if m.label == "07/2025")
    march = next(m for m in report.by_month if m.label == "03/2025")
    assert (july.count, july.previous_count, july.previous_value) == (0, 1, 30_000_000)
    assert (march.count, march.value, march.previous_count) == (1, 100_000_000, 0)
    assert len(report.by_month) == 12


def test_a_cancelled_deal_stops_counting_and_the_others_stay(world, deals, db):
    linkages.cancel_linkage(world["manager_a"], deals[0], "Hợp đồng bị huỷ")
    db.session.commit()
    report = reports.build_report(world["committee_a"], YEAR)
    assert (report.count, report.value) == (2, 57_000_000)
    assert report.cell(world["committee_b"].id, world["committee_a"].id).count == 1


def test_a_suspended_enterprise_keeps_its_past_deals_in_their_period(world, deals, db):
    world["b"].status = Status.SUSPENDED
    db.session.commit()
    report = reports.build_report(world["committee_b"], YEAR)
    assert (report.count, report.value) == (2, 150_000_000)
    assert report.members == 0  # no longer an approved member today
    assert reports.build_report(world["committee_b"], Period(date(2024, 7, 1), date(2024, 7, 31))).count == 1


def test_a_merger_of_committees_does_not_rewrite_past_figures(world, deals, db):
    a, b = world["committee_a"], world["committee_b"]
    before = {c.id: (r.count, r.value, {k: (v.count, v.value) for k, v in r.cells.items()})
              for c in (a, b) for r in [reports.build_report(c, YEAR, merged=False)]}
    # B merges into A, and A is renamed: enterprises move, the old committee stays as history.
    world["b"].committee_id = a.id
    b.active, b.merged_into_id = False, a.id
    a.name = "Đảng ủy Các doanh nghiệp hợp nhất"
    db.session.commit()
    after = {c.id: (r.count, r.value, {k: (v.count, v.value) for k, v in r.cells.items()})
             for c in (a, b) for r in [reports.build_report(c, YEAR, merged=False)]}
    assert after == before  # each committee's own figures
    assert reports.build_report(a, YEAR, merged=False).matrix_cols[0].label == "Số 1"  # the name when confirmed


def test_the_survivor_reports_the_merged_bloc_with_each_deal_under_its_name_then(world, deals, db):
    a, b = world["committee_a"], world["committee_b"]
    own_a = reports.build_report(a, YEAR, merged=False)
    own_b = reports.build_report(b, YEAR, merged=False)
    names_b = {l.buyer_committee_name for l in own_b.linkages if l.buyer_committee_id == b.id}
    assert names_b
    world["b"].committee_id = a.id
    b.active, b.merged_into_id = False, a.id
    db.session.commit()
    bloc = reports.build_report(a, YEAR)
    assert {l.id for l in bloc.linkages} == {l.id for l in own_a.linkages} | {l.id for l in own_b.linkages}
    assert bloc.merged_committees == [b]
    labels = {row.label for row in bloc.matrix_rows + bloc.matrix_cols}
    assert {reports.committee_label(name) for name in names_b} <= labels  # the old name, not the survivor's
    inside = [l for l in bloc.linkages if {l.buyer_committee_id, l.supplier_committee_id} <= {a.id, b.id}]
    assert bloc.within.count == len(inside)  # deals between A and B are within the merged bloc
    assert reports.build_report(a, YEAR, merged=False).count == own_a.count


def test_a_deal_confirmed_after_the_merger_counts_for_the_surviving_committee(world, db):
    a, b = world["committee_a"], world["committee_b"]
    world["b"].committee_id, b.merged_into_id = a.id, a.id
    db.session.commit()
    linkage = confirmed_linkage(world["manager_b"], world["manager_a"], world["a"], on=date(2025, 9, 1))
    assert linkage.buyer_committee_id == a.id == linkage.supplier_committee_id
    assert reports.build_report(a, YEAR).within.count == 1


def test_proposed_and_declined_deals_do_not_count(world, db):
    linkages.propose_linkage(world["manager_b"], world["a"], actor_is_buyer=True, value=9, starts_on=date(2025, 5, 1))
    declined = linkages.propose_linkage(world["manager_b"], world["a"], actor_is_buyer=True, value=9,
                                        starts_on=date(2025, 5, 1))
    linkages.decline_linkage(world["manager_a"], declined)
    db.session.commit()
    assert reports.build_report(None, reports.default_period()).count == 0


@pytest.mark.parametrize("start,end,ok", [
    ("2025-01-01", "2025-12-31", True),
    ("01/01/2025", "31/12/2025", True),
    ("2025-12-31", "2025-01-01", False),
    ("2025-02-30", "2025-12-31", False),
    ("<script>", "x" * 10_000, False),
    ("1800-01-01", "2025-01-01", False),
    ("2000-01-01", "2025-01-01", False),  # longer than ten years
])
def test_period_inputs_are_validated(start, end, ok):
    period, errors = reports.parse_period(start, end)
    assert (not errors) == ok
    if not ok:
        assert period == reports.default_period()


def test_page_export_and_database_agree(world, deals, client, login, db):
    committee = world["committee_a"]
    in_db = db.session.execute(
        sa.select(sa.func.count(Linkage.id), sa.func.sum(Linkage.value)).where(
            Linkage.status == LinkageStatus.CONFIRMED, Linkage.confirmed_on.between(YEAR.start, YEAR.end),
            sa.or_(Linkage.buyer_committee_id == committee.id, Linkage.supplier_committee_id == committee.id),
        )).one()
    assert tuple(in_db) == (3, 157_000_000)

    login(world["reviewer_a"])
    args = "start=2025-01-01&end=2025-12-31"
    page = client.get(f"/reports/committees/{committee.code}?{args}").get_data(as_text=True)
    assert '<td class="text-end" data-figure="5">3</td>' in page
    assert '<td class="text-end" data-figure="6">157.000.000\u00a0₫</td>' in page
    cell = f'data-cell="{world["committee_b"].id}-{committee.id}"'
    assert f'{cell}><span class="matrix-count">2</span><br><span class="small matrix-value">150.000.000\u00a0₫' in page

    response = client.get(f"/reports/committees/{committee.code}/export.xlsx?{args}")
    assert response.status_code == 200
    book = load_workbook(BytesIO(response.data))
    assert book.sheetnames == ["Tổng hợp", "Theo tháng", "Theo nhóm hàng", "Ma trận", "Theo cặp Khối", "Giao dịch",
                               "Doanh nghiệp"]
    summary = {row[0]: row[1] for row in book["Tổng hợp"].iter_rows(values_only=True) if row and row[0]}
    assert summary["Giao dịch liên kết đã xác nhận"] == in_db[0]
    assert summary["Tổng giá trị giao dịch (đồng)"] == in_db[1]
    rows = list(book["Giao dịch"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == in_db[0] and sum(r[8] for r in rows) == in_db[1]
    pairs = list(book["Theo cặp Khối"].iter_rows(min_row=2, values_only=True))
    assert sum(r[2] for r in pairs) == in_db[0] and sum(r[3] for r in pairs) == in_db[1]
    matrix = list(book["Ma trận"].iter_rows(min_row=2, values_only=True))  # a count and a value per seller, numbers
    assert sum(r[-2] for r in matrix) == in_db[0] and sum(r[-1] for r in matrix) == in_db[1]
    assert sum(n for r in matrix for n in r[1:-2:2] if n is not None) == in_db[0]
    enterprises = {r[0]: r for r in book["Doanh nghiệp"].iter_rows(min_row=2, values_only=True)}
    assert enterprises[world["a"].legal_name][6:8] == (3, 157_000_000)

    printed = client.get(f"/reports/committees/{committee.code}/print?{args}").get_data(as_text=True)
    assert '<td class="text-end" data-figure="6">157.000.000\u00a0₫</td>' in printed


def test_the_survivor_page_toggles_between_the_merged_bloc_and_its_own(world, deals, client, login, db):
    a, b = world["committee_a"], world["committee_b"]
    merge_committee(world["admin"], b, a)
    db.session.commit()
    login(world["reviewer_a"])
    merged = client.get(f"/reports/committees/{a.code}?start=2025-01-01&end=2025-12-31").get_data(as_text=True)
    own = client.get(f"/reports/committees/{a.code}?start=2025-01-01&end=2025-12-31&bloc=own").get_data(as_text=True)
    assert "Cả khối sau hợp nhất" in merged and "Chỉ số liệu của đơn vị này" in merged
    assert "Gồm cả số liệu của các đơn vị đã hợp nhất vào" in merged and b.name in merged
    assert "Gồm cả số liệu của các đơn vị đã hợp nhất vào" not in own
    assert "export.xlsx?start=2025-01-01&amp;end=2025-12-31&amp;bloc=own" in own  # the downloads follow the toggle


def test_the_printable_catalogue_is_paged_by_category_then_title(client, login, world, make_offering, db, monkeypatch):
    from directory.search import reindex
    from directory.services import reports as report_service

    monkeypatch.setattr(report_service, "CATALOGUE_PAGE_SIZE", 2)
    for title in ("Cáp điện", "Bàn gỗ", "Ắc quy"):
        make_offering(enterprise=world["a"], status=Status.APPROVED, title=title)
    reindex()
    db.session.commit()
    login(world["reviewer_a"])
    code = world["committee_a"].code
    first = client.get(f"/reports/committees/{code}/catalogue").get_data(as_text=True)
    second = client.get(f"/reports/committees/{code}/catalogue?page=2").get_data(as_text=True)
    assert "Trang 1/2" in first and "Trang 2/2" in second and 'href="/reports/committees/%s/catalogue?page=2"' % code in first
    shown = [t for t in ("Ắc quy", "Bàn gỗ", "Cáp điện") if t in first], [t for t in ("Ắc quy", "Bàn gỗ", "Cáp điện") if t in second]
    assert len(shown[0]) == 2 and len(shown[1]) == 1 and not set(shown[0]) & set(shown[1])
    assert client.get(f"/reports/committees/{code}/catalogue?page=x").status_code == 200  # a bad page: the first
