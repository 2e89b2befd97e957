"""Who may do what: the one place the roles are written down (docs/architecture.md).

Each predicate (`is_admin`, `can_*`) answers a question about a user; services and views ask
these, and so do the navigation and the templates (as globals): the model has no role properties.
`require(...)` turns a "no" into NotAuthorized; `guard(blueprint, ...)` puts a whole blueprint
behind one check.
Anonymous users are Flask-Login's AnonymousUserMixin (is_authenticated False).
"""
from collections.abc import Callable

from flask import Blueprint
from flask_babel import lazy_gettext as _l

from ..models import Enterprise, Offering, Role, Status
from .errors import NotAuthorized


def signed_in(user) -> bool:
    return bool(user is not None and user.is_authenticated)


def email_confirmed(user) -> bool:
    """Listing and trading wait until the user has proved the e-mail address is theirs."""
    return signed_in(user) and user.email_confirmed


def has_enterprise(user) -> bool:
    """A user of an enterprise (its workspace and the linkage programme are theirs)."""
    return signed_in(user) and user.enterprise_id is not None


def is_admin(user) -> bool:
    return signed_in(user) and user.role == Role.ADMIN


def belongs_to(user, enterprise: Enterprise) -> bool:
    return signed_in(user) and user.enterprise_id is not None and user.enterprise_id == enterprise.id


def reviews_committee(user, committee_id: int | None) -> bool:
    """A reviewer acts for its own committee only; an administrator for all."""
    if is_admin(user):
        return True
    return (
        signed_in(user)
        and user.role == Role.REVIEWER
        and committee_id is not None
        and user.committee_id == committee_id
    )


def can_see_contacts(user) -> bool:
    """Visitors see no phone, e-mail or website; enterprise users, reviewers and admins do."""
    return has_enterprise(user) or is_reviewer_or_admin(user)


CONTACT_FIELDS = ("phone", "email", "website")


def contact_details(user, enterprise: Enterprise) -> dict[str, str | None]:
    """An enterprise's contact fields as this user may see them: all of CONTACT_FIELDS, or an
    empty dict. The pages and the JSON API both take them from here."""
    if not can_see_contacts(user):
        return {}
    return {name: getattr(enterprise, name) for name in CONTACT_FIELDS}


def can_view_enterprise(user, enterprise: Enterprise) -> bool:
    if enterprise.is_public:
        return True
    return belongs_to(user, enterprise) or reviews_committee(user, enterprise.committee_id)


def can_edit_enterprise(user, enterprise: Enterprise) -> bool:
    if is_admin(user):
        return True
    return belongs_to(user, enterprise) and user.role == Role.MANAGER


def can_view_offering(user, offering: Offering) -> bool:
    if offering.is_public:
        return True
    return belongs_to(user, offering.enterprise) or reviews_committee(
        user, offering.enterprise.committee_id
    )


def can_list_offerings(user, enterprise: Enterprise) -> bool:
    """Managers and staff of a member enterprise; outside buyers list nothing."""
    if not email_confirmed(user):
        return False
    if is_admin(user):
        return True
    return belongs_to(user, enterprise) and enterprise.committee_id is not None


def can_register_enterprise(user) -> bool:
    """A signed-up user without an enterprise registers one and becomes its manager."""
    return signed_in(user) and user.role == Role.MANAGER and user.enterprise_id is None


def can_manage_members(user, enterprise: Enterprise) -> bool:
    return belongs_to(user, enterprise) and user.role == Role.MANAGER


def can_edit_offering(user, offering: Offering) -> bool:
    """Managers and staff of the owning member enterprise (and administrators)."""
    return can_list_offerings(user, offering.enterprise)


def can_manage_certifications(user, enterprise: Enterprise) -> bool:
    """Declare, edit and withdraw certifications: as offerings, the managers and staff of a member
    enterprise (its committee verifies them); outside buyers declare none."""
    return can_list_offerings(user, enterprise)


def can_view_certification(user, enterprise: Enterprise) -> bool:
    """A certification's record and scanned document: the enterprise's users, its committee's
    reviewers, administrators. Never the public: visitors see only the badge."""
    return belongs_to(user, enterprise) or reviews_committee(user, enterprise.committee_id)


def can_review(user, enterprise: Enterprise) -> bool:
    """Decide on an enterprise, its offerings and revisions. Enterprises outside the bloc
    have no committee: administrators review them."""
    return reviews_committee(user, enterprise.committee_id)


def is_reviewer_or_admin(user) -> bool:
    return signed_in(user) and user.role in (Role.REVIEWER, Role.ADMIN)


def can_view_history(user, enterprise: Enterprise) -> bool:
    """A record's history: its owner's users, its committee and administrators."""
    return belongs_to(user, enterprise) or reviews_committee(user, enterprise.committee_id)


def can_view_lapsed_offering(user, offering: Offering) -> bool:
    """An offering past its re-confirmation's grace period (freshness.py) keeps its full page for
    its enterprise's users, its committee and administrators; a visitor sees that it is not current."""
    return can_view_history(user, offering.enterprise)


def can_import_members(user, committee) -> bool:
    """Import and export a committee's members from a spreadsheet: its reviewers, administrators."""
    return committee is not None and reviews_committee(user, committee.id)


def require(allowed: bool, message=None) -> None:
    if not allowed:
        raise NotAuthorized(message or _l("Bạn không có quyền thực hiện thao tác này."))


def guard(blueprint: Blueprint, allowed: Callable[[object], bool] = signed_in, message=None) -> None:
    """Every page of the blueprint behind one check, before its views run: a visitor is sent to
    sign in (and back), a signed-in user who is not `allowed` is refused with 403 and `message`."""
    from flask_login import current_user, login_required

    @blueprint.before_request
    @login_required
    def check_access() -> None:
        require(allowed(current_user), message)


def require_confirmed_email(user) -> None:
    """Said first where listing or trading is refused, so that the reason is the right one."""
    require(not signed_in(user) or email_confirmed(user),
            _l("Hãy xác nhận địa chỉ e-mail bằng liên kết trong thư chúng tôi đã gửi: sau đó bạn mới đăng được "
               "sản phẩm, dịch vụ hay gửi yêu cầu."))


# ---- linkage programme ---------------------------------------------------------------------

def can_trade(user) -> bool:
    """Send inquiries, post needs, propose deals: a user (with a confirmed e-mail) of an enterprise
    that is not barred."""
    return (
        email_confirmed(user)
        and user.role in (Role.MANAGER, Role.STAFF)
        and user.enterprise_id is not None
        and user.enterprise.status not in (Status.SUSPENDED, Status.REJECTED)
    )


def _party_or_overseer(user, buyer: Enterprise, supplier: Enterprise) -> bool:
    """The two enterprises, the reviewers of either one's committee, administrators."""
    return (
        belongs_to(user, buyer)
        or belongs_to(user, supplier)
        or reviews_committee(user, buyer.committee_id)
        or reviews_committee(user, supplier.committee_id)
    )


def can_view_inquiry(user, inquiry) -> bool:
    return _party_or_overseer(user, inquiry.buyer, inquiry.supplier)


def can_reply_inquiry(user, inquiry) -> bool:
    """Only the two parties write in a thread; reviewers and administrators read it."""
    return can_trade(user) and user.enterprise_id in inquiry.party_ids()


def can_quote(user, inquiry) -> bool:
    """Send a quote in a thread: the supplier's side only."""
    return can_trade(user) and user.enterprise_id == inquiry.supplier_id


def can_answer_quote(user, quote) -> bool:
    """Accept or decline a quote: the buyer's side only; reviewers and administrators read it."""
    return can_trade(user) and user.enterprise_id == quote.inquiry.buyer_id


def can_supply(user) -> bool:
    """Answer a need with a quote: a user of an enterprise with at least one approved offering."""
    from ..extensions import db

    return can_trade(user) and db.session.scalar(
        db.select(Offering.id).where(Offering.enterprise_id == user.enterprise_id,
                                     Offering.status == Status.APPROVED).limit(1)) is not None


def can_view_linkage(user, linkage) -> bool:
    return _party_or_overseer(user, linkage.buyer, linkage.supplier)


def can_decide_linkage(user, linkage) -> bool:
    """Confirm or decline: the side that did not propose it."""
    return can_trade(user) and user.enterprise_id == linkage.counterparty_id


def can_cancel_linkage(user, linkage) -> bool:
    return can_trade(user) and user.enterprise_id in (linkage.buyer_id, linkage.supplier_id)


def can_give_feedback(user, linkage) -> bool:
    """Feedback after a deal: a user of either party (whether the deal is due is the service's rule)."""
    return can_trade(user) and user.enterprise_id in (linkage.buyer_id, linkage.supplier_id)


def can_answer_feedback(user, feedback) -> bool:
    """One public answer: a user of the enterprise the feedback is about."""
    return can_trade(user) and user.enterprise_id == feedback.about_enterprise_id


def can_moderate_feedback(user, feedback) -> bool:
    """Hide abusive text: the reviewers of the committee of the enterprise it is about, administrators."""
    return reviews_committee(user, feedback.about_enterprise.committee_id)


def can_view_need(user, need) -> bool:
    """Needs are for signed-in members and outside buyers, reviewers and administrators."""
    return has_enterprise(user) or is_reviewer_or_admin(user)


def can_view_committee_report(user, committee_id: int | None) -> bool:
    return reviews_committee(user, committee_id)
