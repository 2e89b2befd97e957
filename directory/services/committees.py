"""Committees are data: an administrator adds, renames and merges them; nothing is lost."""
from dataclasses import asdict, dataclass

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import search
from ..extensions import db
from ..models import (Committee, CommitteeRedirect, Enterprise, Linkage, LinkageStatus, Offering, Revision,
                      Status, User)
from ..text import nfc
from .audit import record_event, snapshot
from .errors import DomainError, NotFound
from .lifecycle import claim_version
from .permissions import is_admin, require

EDITABLE = ("code", "name", "province_code", "legacy_province_name", "landline_area_code", "active")


def active_committees() -> list[Committee]:
    """The committees an enterprise, a reviewer or a merge may be assigned to, by name."""
    return list(db.session.scalars(db.select(Committee).where(Committee.active.is_(True)).order_by(Committee.name)))


def all_committees() -> list[Committee]:
    """Every committee, the active ones first: merged ones keep their past reports."""
    return list(db.session.scalars(db.select(Committee).order_by(Committee.active.desc(), Committee.name)))


def get_committee(committee_id: int) -> Committee:
    committee = db.session.get(Committee, committee_id)
    if committee is None:
        raise NotFound()
    return committee


def _check_code_free(code: str, committee: Committee | None = None) -> None:
    other = db.session.scalar(db.select(Committee).where(Committee.code == code))
    if other is not None and other is not committee:
        raise DomainError(_("Mã %(code)s đã được dùng cho %(name)s.", code=code, name=other.name))


def create_committee(actor, **values) -> Committee:
    require(is_admin(actor))
    _check_code_free(values["code"])
    db.session.execute(db.delete(CommitteeRedirect).where(CommitteeRedirect.code == values["code"]))  # a live key wins
    committee = Committee(**{k: nfc(v) if isinstance(v, str) else v for k, v in values.items() if k in EDITABLE})
    db.session.add(committee)
    record_event(actor, "committee.create", committee, after=snapshot(committee, EDITABLE))
    return committee


def update_committee(actor, committee: Committee, expected_version: int | None, **values) -> Committee:
    """`expected_version`: the version the form was loaded at (EditConflict if it is not the current one)."""
    require(is_admin(actor))
    claim_version(committee, expected_version)
    if "code" in values:
        _check_code_free(values["code"], committee)
    before = snapshot(committee, EDITABLE)
    if values.get("code") and values["code"] != committee.code:
        _keep_key(committee.code, committee)  # links with the old key keep working
        db.session.execute(db.delete(CommitteeRedirect).where(CommitteeRedirect.code == values["code"]))
    for key in EDITABLE:
        if key in values:
            setattr(committee, key, nfc(values[key]) if isinstance(values[key], str) else values[key])
    record_event(actor, "committee.update", committee, before=before, after=snapshot(committee, EDITABLE))
    search.touch()  # cached search pages show the committee's name
    if (committee.name, committee.legacy_province_name) != (before.get("name"), before.get("legacy_province_name")):
        # Its members' index documents carry these names (search/documents.py: committee_context).
        for enterprise in db.session.scalars(db.select(Enterprise).where(Enterprise.committee_id == committee.id)):
            search.sync_enterprise(enterprise)
    return committee


def own_committee_code(user) -> str | None:
    """The code of the committee a signed-in user belongs to (a reviewer's, or the enterprise's of
    an enterprise user), followed to its survivor if it was merged; None for a visitor, an
    administrator or an outside buyer (the search filter "Thành viên khối của tôi" is hidden then).
    One statement: every signed-in search page asks (tests/public/test_statement_budget.py)."""
    if not getattr(user, "is_authenticated", False) or not (user.committee_id or user.enterprise_id):
        return None
    of_enterprise = db.select(Enterprise.committee_id).where(Enterprise.id == user.enterprise_id).scalar_subquery()
    committee_id = user.committee_id if user.committee_id is not None else of_enterprise
    row = db.session.execute(db.select(Committee.code, Committee.merged_into_id)
                             .where(Committee.id == committee_id)).first()
    if row is None:
        return None
    if row.merged_into_id is not None:  # a merge moves its members: only a stale row gets here
        survivor = successor(row.code)
        return survivor.code if survivor else row.code
    return row.code


def successor(code: str) -> Committee | None:
    """The committee an old key now leads to (merged into another, or re-keyed); None for a
    current key or an unknown one. A chain of merges ends at the newest survivor."""
    redirect = db.session.get(CommitteeRedirect, code[:40])
    if redirect is None:
        return None
    committee = db.session.get(Committee, redirect.committee_id)
    seen = set()
    while committee.merged_into_id is not None and committee.id not in seen:  # a redirect made before a later merge
        seen.add(committee.id)
        committee = db.session.get(Committee, committee.merged_into_id)
    return committee


def current_committee(code: str) -> tuple[Committee, bool]:
    """The committee a key names now, and whether the key is an old one (answer it with a 301).
    A current key costs one query, as a plain look-up would."""
    committee = db.session.scalar(db.select(Committee).where(Committee.code == code[:40]))
    if committee is not None and committee.merged_into_id is None:
        return committee, False
    if survivor := successor(code):
        return survivor, True
    if committee is None:
        raise NotFound()
    return committee, False


def bloc_ids(committee: Committee) -> list[int]:
    """The committee and every committee merged into it, directly or through another."""
    ids, frontier = [committee.id], [committee.id]
    while frontier:
        frontier = list(db.session.scalars(db.select(Committee.id).where(Committee.merged_into_id.in_(frontier))))
        ids += [i for i in frontier if i not in ids]
    return ids


def _keep_key(code: str, committee: Committee) -> None:
    """Old links of `code` lead to `committee`; keys that led to the holder of `code` follow."""
    holder = db.session.scalar(db.select(Committee.id).where(Committee.code == code))
    if holder is not None:
        db.session.execute(db.update(CommitteeRedirect).where(CommitteeRedirect.committee_id == holder)
                           .values(committee_id=committee.id))
    existing = db.session.get(CommitteeRedirect, code)
    if existing is None:
        db.session.add(CommitteeRedirect(code=code, committee_id=committee.id))
    else:
        existing.committee_id = committee.id


@dataclass
class MergePreview:
    """What a merge moves (and what it keeps), for the confirmation page and the audit event."""

    enterprises: int
    offerings: int
    reviewers: int
    pending: int  # enterprises, offerings and revisions waiting for a decision
    linkages: int  # confirmed deals that keep the source's name and join the survivor's merged report


def merge_preview(actor, source: Committee) -> MergePreview:
    require(is_admin(actor))
    members = db.select(Enterprise.id).where(Enterprise.committee_id == source.id)
    offerings = db.select(Offering.id).where(Offering.enterprise_id.in_(members))
    count = lambda query: db.session.scalar(db.select(sa.func.count()).select_from(query.subquery())) or 0  # noqa: E731
    pending = (
        count(db.select(Enterprise.id).where(Enterprise.committee_id == source.id, Enterprise.status == Status.PENDING))
        + count(db.select(Offering.id).where(Offering.id.in_(offerings), Offering.status == Status.PENDING))
        + count(db.select(Revision.id).where(Revision.status == Status.PENDING, sa.or_(
            sa.and_(Revision.target_type == "enterprise", Revision.target_id.in_(members)),
            sa.and_(Revision.target_type == "offering", Revision.target_id.in_(offerings))))))
    return MergePreview(
        enterprises=count(members), offerings=count(offerings),
        reviewers=count(db.select(User.id).where(User.committee_id == source.id)), pending=pending,
        linkages=count(db.select(Linkage.id).where(
            Linkage.status == LinkageStatus.CONFIRMED,
            sa.or_(Linkage.buyer_committee_id == source.id, Linkage.supplier_committee_id == source.id))))


def merge_committee(actor, source: Committee, target: Committee) -> int:
    """Move the source's enterprises and reviewers to the target and retire the source.

    Past linkages keep the committee recorded when they were confirmed, so the figures
    of earlier periods do not change (the survivor's report can show them together:
    reports.build_report). The source's key leads to the target from now on. One audit
    event lists what moved. Returns the number of enterprises moved.
    """
    require(is_admin(actor))
    if source.id == target.id:
        raise DomainError(_("Không thể hợp nhất một Đảng ủy Khối vào chính nó."))
    if not target.active or target.merged_into_id is not None:
        raise DomainError(_("Đơn vị nhận đã ngừng hoạt động; hãy chọn đơn vị đang hoạt động."))
    if source.merged_into_id is not None:
        raise DomainError(_("%(name)s đã được hợp nhất trước đó.", name=source.name))
    preview = merge_preview(actor, source)
    before = snapshot(source, ("active", "merged_into_id"))
    enterprises = db.session.scalars(db.select(Enterprise).where(Enterprise.committee_id == source.id)).all()
    for enterprise in enterprises:
        enterprise.committee_id = target.id
        search.sync_enterprise(enterprise)  # the committee filter and facet follow the move
    reviewers = list(db.session.scalars(db.select(User.id).where(User.committee_id == source.id)))
    db.session.execute(db.update(User).where(User.committee_id == source.id).values(committee_id=target.id))
    source.active = False
    source.merged_into_id = target.id
    _keep_key(source.code, target)
    search.touch()  # cached public pages of the old key become its redirect
    record_event(actor, "committee.merge", source, before=before, after={
        "active": False, "merged_into_id": target.id, "moved": asdict(preview),
        "enterprise_ids": [e.id for e in enterprises], "reviewer_ids": reviewers,
    })
    return len(enterprises)
