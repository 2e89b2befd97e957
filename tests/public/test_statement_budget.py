"""No page issues SQL statements per row it shows (N+1): each page type, for visitors and each
signed-in role, stays within a fixed number of statements on a catalogue large enough that
one query per row would break it (30 offerings, 6 enterprises, 12 inquiries, 6 linkages).
Counted by the request log (directory.request_log), with every cache emptied first."""
import json
import logging
from datetime import date, timedelta
from decimal import Decimal

import pytest

from directory.cache import cache
from directory.models import Role, Status
from directory.search import reindex
from directory.search import answer_cache
from directory.services import feedback, inquiries, linkages, needs, quotes

from ..linkage.helpers import quote_in_thread

# page -> most statements it may take: today's count plus one. One query per row shown would
# add at least 5 (enterprises) to 30 (offerings).
VISITOR = {
    "/": 9,
    # PostgreSQL reads a search in more statements than SQLite; every search answer (not row) reads
    # the certifications of its matches once: the "cert" facet and the page's badges, and the
    # frequencies of its words once (a word the catalogue lacks is not looked for)
    "/search/?q=thep": 11,
    "/search/?q=thep&sort=newest&province=01": 11,
    "/search/": 7,  # the certifications of the matches, once: the "cert" facet and the page's badges
    "/committees/khoi-a": 5,
    "/categories/kim-loai": 8,
    "/enterprises/dn-a": 10,  # with the supplier record (one grouped count) and its newest feedback
    "/enterprises/dn-a/feedback": 5,
    "/offerings/{offering}": 8,
    "/api/v1/search?q=thep": 10,
    "/api/v1/offerings/{offering}": 6,
    "/api/v1/enterprises/dn-a": 6,
}
MANAGER = {
    "/": 10,
    # with the user's lists (the save buttons), the cards' images, the certifications and the user's own
    # committee (the filter "Thành viên khối của tôi", committees.own_committee_code): one statement each
    "/search/?q=thep": 17,
    "/workspace/": 9,
    "/workspace/members": 6,
    "/linkage/": 15,
    "/linkage/inquiries": 8,
    "/linkage/inquiries/{inquiry}": 19,  # with three quotes: +4 (quotes, lines, authors, deals), +1 (their notices read)
    "/linkage/linkages": 7,
    "/linkage/needs": 6,  # its needs with their enterprises and categories, read at once
    "/linkage/needs/{need}": 12,  # the owner comparing four quotes
}
REVIEWER = {
    "/review/": 10,
    "/review/enterprises": 5,  # a page of 50 and the total
    "/reports/committees/khoi-a": 17,  # the merged bloc, the first deal (presets), the rejection reasons
    "/reports/committees/khoi-a/catalogue": 8,  # one page of it (the categories read once, the total kept by the index)
    "/reports/committees/khoi-a/catalogue?page=2": 8,
}
ADMIN = {
    "/reports/all": 15,
    "/admin/users": 7,
    "/admin/committees": 5,
}


class _Statements(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(json.loads(record.getMessage()))


@pytest.fixture
def statements():
    handler = _Statements()
    logger = logging.getLogger("directory.requests")
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)


@pytest.fixture
def busy(world, db, make_enterprise, make_offering, make_category, make_user):
    """The world of tests/conftest.py with rows enough to show an N+1."""
    metal = make_category(slug="kim-loai", name_vi="Kim loại")
    steel = make_category(slug="thep", name_vi="Thép", parent_id=metal.id)
    suppliers = [world["a"], world["b"]] + [
        make_enterprise(committee=c, slug=f"ncc-{n}") for n, c in enumerate(
            [world["committee_a"], world["committee_b"]] * 2)]
    offerings = [make_offering(enterprise=suppliers[n % len(suppliers)], title=f"Thép cuộn loại {n}",
                               category=steel if n % 2 else metal, approved_at=None)
                 for n in range(30)]
    for n, offering in enumerate(offerings):
        offering.approved_at = offering.created_at + timedelta(minutes=n)
    for n in range(6):
        make_offering(enterprise=suppliers[n], title=f"Thép chờ duyệt {n}", status=Status.PENDING)
    admin = make_user(Role.ADMIN)
    reindex()
    db.session.commit()
    buyer = world["manager_a"]
    threads = []
    for n, supplier in enumerate(suppliers[1:] * 3):
        thread = inquiries.send_inquiry(buyer, supplier, subject=f"Hỏi giá lô {n}", body="Xin báo giá 10 tấn.",
                                        offering=offerings[1 + n % 5])
        threads.append(thread)
    for n in range(3):  # the first thread has quotes, each with lines: read at once, not per quote
        quote_in_thread(buyer, world["manager_b"], world["b"], unit_price=15_000_000 + n, inquiry=threads[0])
    need = needs.post_need(buyer, title="Cần mua thép cuộn", quantity=Decimal(20), unit="tấn")
    for supplier in suppliers[1:5]:  # four suppliers answer it: the owner's comparison reads them at once
        quotes.quote_need(make_user(Role.STAFF, enterprise=supplier), need, valid_until=date.today() + timedelta(days=9),
                          items=[quotes.ItemInput(description="Thép cuộn", quantity=Decimal(20), unit="tấn",
                                                  unit_price=15_000_000)])
    for supplier in suppliers[1:]:
        linkages.propose_linkage(buyer, supplier, actor_is_buyer=True, value=100_000_000,
                                 starts_on=date.today())
    for n in range(6):  # A's confirmed sales with its buyer's feedback: its pages list and count them
        sale = linkages.propose_linkage(world["manager_b"], world["a"], actor_is_buyer=True, value=50_000_000,
                                        starts_on=date.today() - timedelta(days=30), offerings=[offerings[0]])
        linkages.confirm_linkage(buyer, sale)
        feedback.give_feedback(world["manager_b"], sale, on_time=n % 3 > 0, as_agreed=True,
                               would_deal_again=True, comment=f"Nhận xét lô {n}")
    db.session.commit()
    return dict(world, offering=offerings[0].id, inquiry=threads[0].id, need=need.id, admin=admin)


def _check(client, statements, pages: dict, values: dict) -> None:
    over = {}
    for template, budget in pages.items():
        url = template.format(**values)
        cache.clear()
        answer_cache.answers.entries.clear()
        statements.clear()
        response = client.get(url)
        assert response.status_code == 200, url
        used = statements[-1]["db_statements"]
        if used > budget:
            over[url] = used
    assert not over, f"pages over their statement budget: {over}"


def test_visitor_pages_stay_within_their_statement_budget(client, busy, statements):
    _check(client, statements, VISITOR, busy)


def test_signed_in_pages_stay_within_their_statement_budget(client, busy, statements, login):
    _check(login(busy["manager_a"]), statements, MANAGER, busy)
    _check(login(busy["reviewer_a"]), statements, REVIEWER, busy)
    _check(login(busy["admin"]), statements, ADMIN, busy)
