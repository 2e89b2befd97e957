import random

import pytest

from directory.demo import content
from directory.demo.programme import load_programme
from directory.models import Inquiry, Linkage, LinkageStatus, Message, Need
from directory.services import reports


@pytest.fixture
def texts(monkeypatch):
    """Stand-ins where content.py does not carry the message texts yet (same names, same shape)."""
    for name, value in {
        "INQUIRY_TEMPLATES": ["Kính gửi {supplier}, chúng tôi cần {quantity} {unit} {title}, giao trước {date}."],
        "REPLY_TEMPLATES": ["Cảm ơn {buyer}, chúng tôi gửi báo giá {title} kèm theo."],
        "LINKAGE_DESCRIPTIONS": ["Hợp đồng cung cấp {title} cho {buyer}."],
        "PEOPLE_NAMES": ["Nguyễn Thị Hoa", "Trần Văn Nam"],
    }.items():
        if not hasattr(content, name):
            monkeypatch.setattr(content, name, value, raising=False)


@pytest.fixture
def bloc(db, make_committee, make_enterprise, make_offering, make_category, make_user):
    """Four committees of three enterprises each, two offerings each, and two outside buyers."""
    category = make_category()
    for n in range(4):
        committee = make_committee()
        for _ in range(3):
            enterprise = make_enterprise(committee=committee)
            make_offering(enterprise=enterprise, category=category)
            make_offering(enterprise=enterprise, title="Dịch vụ vận tải", price_min=None, price_max=None)
    for _ in range(2):
        make_enterprise(committee=None)
    db.session.commit()


def _counts(db):
    return tuple(db.session.query(model).count() for model in (Inquiry, Message, Linkage, Need))


def test_demo_programme_looks_like_two_real_years_and_loads_once(texts, bloc, db):
    load_programme(random.Random(2023))
    db.session.commit()
    inquiries, messages, linkages, needs = _counts(db)
    assert inquiries > 300 and messages > inquiries and linkages > 100 and needs > 5
    statuses = {s for (s,) in db.session.query(Linkage.status).distinct()}
    assert {LinkageStatus.CONFIRMED, LinkageStatus.DECLINED, LinkageStatus.CANCELLED} <= statuses
    report = reports.build_report(None, reports.default_period())
    assert report.count > 60 and 0 < report.within.count < report.between.count
    assert sum(m.previous_count for m in report.by_month) > 0  # a year earlier to compare with
    assert len(report.matrix_rows) == 5  # four committees and the outside buyers
    assert db.session.query(Linkage).filter(Linkage.status == LinkageStatus.CONFIRMED,
                                            Linkage.buyer_committee_name.is_(None),
                                            Linkage.buyer_committee_id.is_not(None)).count() == 0
    load_programme(random.Random(2023))
    db.session.commit()
    assert _counts(db) == (inquiries, messages, linkages, needs)
