"""Lifecycles at the service level: every allowed transition works, every other is refused with a message."""
import pytest

from directory.models import AuditEvent, Decision, Review, Revision, Status
from directory.services import enterprises, offerings, reviews
from directory.services.errors import AlreadyDecided, DomainError, NotAuthorized, NotFound
from directory.services.lifecycle import pending_revision

ALL = set(Status)


def _audit_actions(db, kind, record_id):
    return db.session.scalars(db.select(AuditEvent.action).where(
        AuditEvent.target_type == kind, AuditEvent.target_id == record_id).order_by(AuditEvent.id)).all()


# ---- offerings: owner transitions --------------------------------------------------------

OWNER_OFFERING = {
    "submit": (offerings.submit_offering, {Status.DRAFT, Status.REJECTED}, Status.PENDING),
    "withdraw": (offerings.withdraw_offering, {Status.PENDING}, Status.DRAFT),
    "archive": (offerings.archive_offering, {Status.DRAFT, Status.PENDING, Status.APPROVED, Status.REJECTED},
                Status.ARCHIVED),
}


@pytest.mark.parametrize("action", OWNER_OFFERING)
@pytest.mark.parametrize("start", sorted(ALL, key=lambda s: s.value))
def test_owner_offering_transitions_allowed_or_refused_with_message(world, make_offering, db, action, start):
    function, allowed, to = OWNER_OFFERING[action]
    offering = make_offering(enterprise=world["a"], status=start)
    db.session.commit()
    if start in allowed:
        function(world["staff_a"], offering, offering.version)
        assert offering.status == to
        assert f"offering.{action}" in _audit_actions(db, "offering", offering.id)
    else:
        with pytest.raises(DomainError, match="^Không thể .*: hồ sơ đang ở trạng thái «"):
            function(world["staff_a"], offering, offering.version)
        db.session.rollback()
        assert offering.status == start


# ---- decisions on offerings and enterprises ------------------------------------------------

@pytest.mark.parametrize("decision", list(Decision))
@pytest.mark.parametrize("start", sorted(ALL, key=lambda s: s.value))
def test_enterprise_decisions_follow_the_lifecycle(world, make_enterprise, db, decision, start):
    enterprise = make_enterprise(committee=world["committee_a"], status=start)
    db.session.commit()
    allowed = reviews.DECISIONS["enterprise"][decision]
    reason = "Thiếu giấy phép kinh doanh"
    if start in allowed[0]:
        review = reviews.decide(world["reviewer_a"], enterprise, decision, enterprise.version, reason)
        assert enterprise.status == allowed[1]
        assert review.decision == decision and review.committee_id == world["committee_a"].id
        assert f"enterprise.{decision.value}" in _audit_actions(db, "enterprise", enterprise.id)
    else:
        with pytest.raises(DomainError, match="Không thể"):
            reviews.decide(world["reviewer_a"], enterprise, decision, enterprise.version, reason)
        db.session.rollback()
        assert enterprise.status == start
        assert db.session.scalar(db.select(db.func.count(Review.id))) == 0


@pytest.mark.parametrize("decision", list(Decision))
@pytest.mark.parametrize("start", sorted(ALL, key=lambda s: s.value))
def test_offering_decisions_follow_the_lifecycle(world, make_offering, db, decision, start):
    offering = make_offering(enterprise=world["a"], status=start)
    db.session.commit()
    rule = reviews.DECISIONS["offering"].get(decision)
    if rule and start in rule[0]:
        reviews.decide(world["reviewer_a"], offering, decision, offering.version, "Ảnh chưa rõ")
        assert offering.status == rule[1]
    else:
        with pytest.raises(DomainError, match="Không thể"):
            reviews.decide(world["reviewer_a"], offering, decision, offering.version, "Ảnh chưa rõ")
        db.session.rollback()
        assert offering.status == start


@pytest.mark.parametrize("decision", [Decision.REJECT, Decision.SUSPEND])
def test_reject_and_suspend_need_a_reason(world, make_offering, db, decision):
    world["a"].status = Status.APPROVED if decision == Decision.SUSPEND else Status.PENDING
    db.session.commit()
    with pytest.raises(DomainError, match="lý do"):
        reviews.decide(world["reviewer_a"], world["a"], decision, world["a"].version, "   ")


def test_reviewer_of_another_committee_cannot_decide(world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    with pytest.raises(NotAuthorized, match="Bạn chỉ duyệt hồ sơ của Đảng ủy Khối mình"):
        reviews.decide(world["reviewer_b"], offering, Decision.APPROVE, offering.version)
    with pytest.raises(NotFound, match="trong phạm vi bạn được duyệt"):
        reviews.get_for_review(world["reviewer_b"], "offering", offering.id)


def test_outside_enterprise_is_reviewed_by_administrators_only(world, db):
    outside = world["outside"]
    outside.status = Status.PENDING
    db.session.commit()
    assert outside not in [i.record for i in reviews.review_queue(world["reviewer_a"])]
    assert outside in [i.record for i in reviews.review_queue(world["admin"])]
    with pytest.raises(NotAuthorized, match="Bạn chỉ duyệt hồ sơ của Đảng ủy Khối mình"):
        reviews.decide(world["reviewer_a"], outside, Decision.APPROVE, outside.version)
    reviews.decide(world["admin"], outside, Decision.APPROVE, outside.version)
    assert outside.status == Status.APPROVED


def test_stale_version_is_told_already_decided(world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    seen = offering.version
    reviews.decide(world["reviewer_a"], offering, Decision.APPROVE, seen)
    with pytest.raises(AlreadyDecided, match="đã được người khác xử lý hoặc vừa được sửa"):
        reviews.decide(world["admin"], offering, Decision.REJECT, seen, "trễ")
    assert db.session.scalar(db.select(db.func.count(Review.id))) == 1


def test_decision_notifies_every_user_of_the_enterprise_in_app_and_by_mail(world, make_offering, db, outbox):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING, title="Xi măng PCB40")
    db.session.commit()
    reviews.decide(world["reviewer_a"], offering, Decision.REJECT, offering.version, "Thiếu đơn vị tính")
    db.session.commit()
    from directory.services.notifications import unread_count

    assert unread_count(world["manager_a"]) == 1 and unread_count(world["staff_a"]) == 1
    assert unread_count(world["manager_b"]) == 0
    mails = [p.read_text(encoding="utf-8") for p in outbox.glob("*.eml")]
    assert len(mails) == 2


def test_every_decision_calls_the_search_sync(world, make_offering, db, monkeypatch):
    from directory import search

    synced = []
    monkeypatch.setattr(search, "sync_offering", lambda o: synced.append(("offering", o.id)))
    monkeypatch.setattr(search, "sync_enterprise", lambda e: synced.append(("enterprise", e.id)))
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    reviews.decide(world["reviewer_a"], offering, Decision.APPROVE, offering.version)
    reviews.decide(world["reviewer_a"], world["a"], Decision.SUSPEND, world["a"].version, "Vi phạm")
    reviews.decide(world["reviewer_a"], world["a"], Decision.REINSTATE, world["a"].version)
    offerings.archive_offering(world["manager_a"], offering, offering.version)
    assert synced == [("offering", offering.id), ("enterprise", world["a"].id), ("enterprise", world["a"].id),
                      ("offering", offering.id)]


# ---- enterprise owner transitions ------------------------------------------------------------

OWNER_ENTERPRISE = {
    "submit": (enterprises.submit_enterprise, {Status.DRAFT, Status.REJECTED}, Status.PENDING),
    "withdraw": (enterprises.withdraw_enterprise, {Status.PENDING}, Status.DRAFT),
}


@pytest.mark.parametrize("action", OWNER_ENTERPRISE)
@pytest.mark.parametrize("start", sorted(ALL, key=lambda s: s.value))
def test_owner_enterprise_transitions(world, db, action, start):
    function, allowed, to = OWNER_ENTERPRISE[action]
    world["a"].status = start
    db.session.commit()
    if start in allowed:
        function(world["manager_a"], world["a"], world["a"].version)
        assert world["a"].status == to
    else:
        with pytest.raises(DomainError, match="Không thể"):
            function(world["manager_a"], world["a"], world["a"].version)


def test_staff_cannot_submit_the_profile(world, db):
    world["a"].status = Status.DRAFT
    db.session.commit()
    with pytest.raises(NotAuthorized, match="không có quyền thực hiện"):
        enterprises.submit_enterprise(world["staff_a"], world["a"], world["a"].version)


def test_offering_cannot_be_submitted_before_its_enterprise(world, make_enterprise, make_offering, make_user, db):
    from directory.models import Role

    draft = make_enterprise(committee=world["committee_a"], status=Status.DRAFT)
    user = make_user(Role.MANAGER, enterprise=draft)
    offering = make_offering(enterprise=draft, status=Status.DRAFT)
    db.session.commit()
    with pytest.raises(DomainError, match="hồ sơ doanh nghiệp"):
        offerings.submit_offering(user, offering, offering.version)


def test_outside_buyer_lists_nothing(world, db):
    with pytest.raises(NotAuthorized, match="Doanh nghiệp ngoài Khối chỉ tìm mua"):
        offerings.create_offering(world["buyer"], world["outside"], {"kind": "product", "title": "X"})


# ---- revisions ----------------------------------------------------------------------------

def test_editing_an_approved_offering_creates_a_revision_and_keeps_the_public_version(world, db):
    offering = world["offering_a"]
    values = dict(offerings.editable_values(offering), title="Thép cuộn D12", price_min=16_000_000,
                  price_max=16_000_000)
    assert offerings.update_offering(world["staff_a"], offering, values,
                                     expected_version=offering.version) == "revision"
    db.session.commit()
    assert offering.title == "Thép cuộn xây dựng D10" and offering.status == Status.APPROVED
    revision = pending_revision(offering)
    assert revision.proposed["title"] == "Thép cuộn D12"
    reviews.decide(world["reviewer_a"], revision, Decision.APPROVE, revision.version)
    db.session.commit()
    assert offering.title == "Thép cuộn D12" and offering.price_min == 16_000_000
    assert "offering.apply_revision" in _audit_actions(db, "offering", offering.id)


def test_rejected_revision_keeps_the_approved_values_and_the_comment(world, db):
    offering = world["offering_a"]
    offerings.update_offering(world["staff_a"], offering, dict(offerings.editable_values(offering), title="Khác"),
                              expected_version=offering.version)
    revision = pending_revision(offering)
    reviews.decide(world["reviewer_a"], revision, Decision.REJECT, revision.version, "Tên chưa đúng")
    db.session.commit()
    assert offering.title == "Thép cuộn xây dựng D10"
    assert revision.status == Status.REJECTED and revision.reason == "Tên chưa đúng"


def test_second_edit_updates_the_one_pending_revision(world, db):
    offering = world["offering_a"]
    for title in ("Một", "Hai"):
        offerings.update_offering(world["staff_a"], offering, dict(offerings.editable_values(offering), title=title),
                                  expected_version=offering.version)
    assert db.session.scalar(db.select(db.func.count(Revision.id))) == 1
    assert pending_revision(offering).proposed["title"] == "Hai"


def test_editing_an_approved_profile_creates_a_revision_without_touching_tax_code(world, db):
    enterprise = world["a"]
    tax_code = enterprise.tax_code
    values = dict(enterprises.editable_values(enterprise), description="Mô tả mới", tax_code="0100233488")
    assert enterprises.update_enterprise(world["manager_a"], enterprise, values,
                                         expected_version=enterprise.version) == "revision"
    revision = pending_revision(enterprise)
    assert revision.proposed["tax_code"] == tax_code
    assert enterprise.description == ""
    reviews.decide(world["reviewer_a"], revision, Decision.APPROVE, revision.version)
    assert enterprise.description == "Mô tả mới"


@pytest.mark.parametrize("start", [Status.PENDING, Status.SUSPENDED, Status.ARCHIVED])
def test_editing_is_refused_while_pending_suspended_or_archived(world, make_offering, db, start):
    offering = make_offering(enterprise=world["a"], status=start)
    with pytest.raises(DomainError, match="Không thể sửa"):
        offerings.update_offering(world["staff_a"], offering, dict(offerings.editable_values(offering), title="X"),
                                  expected_version=offering.version)


def test_archiving_withdraws_the_pending_revision(world, db):
    offering = world["offering_a"]
    offerings.update_offering(world["staff_a"], offering, dict(offerings.editable_values(offering), title="Mới"),
                              expected_version=offering.version)
    revision = pending_revision(offering)
    offerings.archive_offering(world["staff_a"], offering, offering.version)
    assert revision.status == Status.ARCHIVED
    assert reviews.review_queue(world["reviewer_a"]) == []
