from datetime import date

import pytest

from directory.models import AuditEvent, Linkage, LinkageStatus, Notification
from directory.services import linkages
from directory.services.errors import Conflict, DomainError, NotAuthorized

from .helpers import confirmed_linkage


def _propose(world, **overrides):
    values = dict(actor_is_buyer=True, value=250_000_000, starts_on=date(2025, 5, 1),
                  offerings=[world["offering_a"]], description="Cung cấp thép cho công trình")
    return linkages.propose_linkage(world["manager_b"], world["a"], **{**values, **overrides})


def test_proposal_notifies_the_other_side_and_counts_only_once_confirmed(world, db):
    linkage = _propose(world)
    assert linkage.status == LinkageStatus.PROPOSED and linkage.confirmed_on is None
    notified = {n.user_id for n in db.session.scalars(db.select(Notification))}
    assert notified == {world["staff_a"].id, world["manager_a"].id}
    linkages.confirm_linkage(world["staff_a"], linkage)
    assert linkage.status == LinkageStatus.CONFIRMED
    assert linkage.confirmed_on is not None
    assert (linkage.buyer_committee_id, linkage.supplier_committee_id) == (world["committee_b"].id, world["committee_a"].id)
    assert linkage.buyer_committee_name == world["committee_b"].name
    assert linkage.category_id == world["offering_a"].category_id


def test_proposer_cannot_confirm_its_own_proposal(world):
    linkage = _propose(world)
    with pytest.raises(NotAuthorized, match="Chỉ bên được đề nghị mới xác nhận"):
        linkages.confirm_linkage(world["manager_b"], linkage)


def test_second_decision_is_a_conflict(world):
    linkage = _propose(world)
    linkages.decline_linkage(world["manager_a"], linkage, "Giá chưa phù hợp")
    with pytest.raises(Conflict, match="Giao dịch này đã được xử lý"):
        linkages.confirm_linkage(world["staff_a"], linkage)
    assert linkage.status == LinkageStatus.DECLINED and linkage.decline_reason == "Giá chưa phù hợp"


def test_cancel_needs_a_reason_and_keeps_the_row_and_its_history(world, db):
    linkage = confirmed_linkage(world["manager_b"], world["manager_a"], world["a"])
    with pytest.raises(DomainError, match="Hãy nêu lý do huỷ giao dịch"):
        linkages.cancel_linkage(world["manager_a"], linkage, "   ")
    linkages.cancel_linkage(world["manager_a"], linkage, "Bên mua dừng dự án")
    db.session.commit()
    assert db.session.get(Linkage, linkage.id).status == LinkageStatus.CANCELLED
    actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.target_type == "linkage")
                                 .order_by(AuditEvent.id)).all()
    assert actions == ["linkage.propose", "linkage.confirm", "linkage.cancel"]


def test_only_a_confirmed_linkage_can_be_cancelled(world):
    linkage = _propose(world)
    with pytest.raises(Conflict, match="Chỉ huỷ được giao dịch đã xác nhận"):
        linkages.cancel_linkage(world["manager_b"], linkage, "Đổi ý")


@pytest.mark.parametrize("value", [0, -5, 10**16, None])
def test_absurd_values_are_refused(world, value):
    with pytest.raises(DomainError, match="Giá trị giao dịch phải lớn hơn 0"):
        _propose(world, value=value)


def test_period_must_end_after_it_starts(world):
    with pytest.raises(DomainError, match="Ngày kết thúc phải sau ngày bắt đầu"):
        _propose(world, starts_on=date(2025, 5, 1), ends_on=date(2025, 4, 1))


def test_offerings_must_be_the_suppliers(world, make_offering):
    others = make_offering(enterprise=world["b"])
    with pytest.raises(DomainError, match="Chỉ chọn sản phẩm, dịch vụ của bên bán"):
        _propose(world, offerings=[others])


def test_an_outside_enterprise_cannot_be_the_supplier(world):
    with pytest.raises(DomainError, match="Bên bán phải là doanh nghiệp thành viên"):
        linkages.propose_linkage(world["buyer"], world["a"], actor_is_buyer=False, value=1,
                                 starts_on=date(2025, 5, 1))


def test_reviewer_and_admin_cannot_propose(world):
    for role in ("reviewer_a", "admin"):
        with pytest.raises(NotAuthorized, match="Chỉ người dùng của một doanh nghiệp mới ghi nhận"):
            linkages.propose_linkage(world[role], world["a"], actor_is_buyer=True, value=1, starts_on=date(2025, 5, 1))
