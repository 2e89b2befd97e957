"""All models, importable from one place: `from directory.models import Enterprise`."""
from .account import LoginSession, Role, User
from .audit import AuditEvent
from .base import Kind, Status
from .category import Category, CategoryRedirect
from .certification import CertKind, Certification
from .committee import Committee, CommitteeRedirect
from .document import CommitteeDocument
from .enterprise import EMPLOYEE_BANDS, Enterprise, EnterpriseSector, Ownership
from .invitation import Invitation
from .linkage import (MAX_FEEDBACK_TEXT, MAX_HIDE_REASON, MAX_VALUE, DealFeedback, Inquiry, InquiryRead, InquiryStatus, Linkage, LinkageStatus, Message,
                      Need, NeedStatus, SavedSearch, Shortlist, ShortlistItem)
from .mail import MailStatus, OutgoingMail
from .notification import Notification
from .offering import MADE_IN_VIETNAM, MAX_PRICE, Offering, OfferingArea, OfferingImage, Origin
from .quote import Quote, QuoteItem, QuoteStatus
from .review import Decision, ReasonCode, Review, ReviewReason
from .revision import Revision

__all__ = [
    "AuditEvent", "Category", "CategoryRedirect", "CertKind", "Certification", "Committee", "CommitteeDocument", "CommitteeRedirect", "Decision", "EMPLOYEE_BANDS",
    "Enterprise", "EnterpriseSector",
    "Invitation", "Kind", "LoginSession", "MailStatus", "MADE_IN_VIETNAM", "MAX_PRICE", "Notification", "Offering", "OfferingArea", "Origin",
    "OfferingImage", "OutgoingMail", "Ownership", "ReasonCode", "Review", "ReviewReason", "Revision", "Role",
    "Status", "User",
    # linkage programme
    "DealFeedback", "Inquiry", "InquiryRead", "MAX_FEEDBACK_TEXT", "MAX_HIDE_REASON", "InquiryStatus", "Linkage",
    "LinkageStatus", "MAX_VALUE", "Message", "Need", "NeedStatus", "Quote", "QuoteItem", "QuoteStatus",
    "SavedSearch", "Shortlist", "ShortlistItem",
]
