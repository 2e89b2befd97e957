"""Every route of app.url_map, for every role: the expected status.

A route missing from MATRIX fails `test_every_route_is_in_the_matrix` with its name: whoever adds
a blueprint adds its rows here. Statuses are written in ROLES order; "-" means "not requested"
(a state-changing POST by a role allowed to make it: the lifecycle tests cover those).
Records of enterprise A are addressed by id: changing an id in a URL or a form gets 404 or 403,
never another enterprise's or committee's draft.
"""
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image as PILImage
from werkzeug.datastructures import FileStorage

from directory.models import (Invitation, LinkageStatus, Message, NeedStatus, OfferingImage, Quote, QuoteStatus, Revision,
                              Status)
from directory.services import feedback, inquiries, linkages, members, needs, saved_searches, shortlists

from ..linkage.helpers import quote_in_thread

ROLES = ("visitor", "staff_a", "manager_a", "manager_b", "buyer", "reviewer_a", "reviewer_b", "admin")
# Excluded: `static` serves the vendored CSS/JS files, the same for everyone, and holds no data.
EXCLUDED = {"static": "vendored assets, identical for every role"}

ALL_200 = "200 200 200 200 200 200 200 200"
ALL_302 = "302 302 302 302 302 302 302 302"
SIGNED_IN = "302 200 200 200 200 200 200 200"
# The workspace of one's own enterprise: enterprise users only (staff, managers, outside buyer).
OWN_ENTERPRISE = "302 200 200 200 200 403 403 403"
OWN_ENTERPRISE_MANAGER = "302 403 200 200 200 403 403 403"
# Enterprise A's records: its users and administrators; others are told "not found".
A_RECORD = "302 200 200 404 404 404 404 200"
A_RECORD_POST = "302 - - 404 404 404 404 -"
# A's history: its users, its committee, administrators.
A_HISTORY = "302 200 200 404 404 200 404 200"
REVIEW_PAGE = "302 403 403 403 403 200 200 200"
REVIEW_A = "302 403 403 403 403 200 404 200"
REVIEW_A_POST = "302 403 403 403 403 - 404 -"
ADMIN = "302 403 403 403 403 403 403 200"
ADMIN_POST = "302 403 403 403 403 403 403 -"
ALL_404 = "404 404 404 404 404 404 404 404"
# ---- the linkage programme: its pages are for enterprise users (OWN_ENTERPRISE) ----
# The outside buyer's inquiry to A: the two parties, A's committee, administrators.
BUYER_A_THREAD = "302 200 200 404 200 200 404 200"
BUYER_A_THREAD_POST = "302 - - 404 - 403 404 403"
# B's inquiry to A, and the deals between B and A: both parties and both committees.
A_B_RECORD = "302 200 200 200 404 200 200 200"
# Files exchanged in a thread or a deal (quotes, contracts): the two parties only; reviewers and
# administrators read the thread or the deal but are not given the files (the pages say so).
PARTIES_FILE_BUYER_A = "302 200 200 404 200 404 404 404"
PARTIES_FILE_A_B = "302 200 200 200 404 404 404 404"
# Private to manager_a: a shortlist, a saved search.
OWNER_A = "302 404 200 404 404 404 404 404"
OWNER_A_POST = "302 404 - 404 404 404 404 404"
# /reports/ sends a reviewer on to its committee's dashboard, an administrator to all committees'.
REPORTS = "302 403 403 403 403 302 302 302"
REPORT_A = "302 403 403 403 403 200 403 200"


def case(method, url, statuses, data=None):
    return {"method": method, "url": url, "statuses": dict(zip(ROLES, statuses.split())), "data": data}


MATRIX = {
    "public.home": [case("GET", lambda w: "/", ALL_200)],
    "public.committee": [case("GET", lambda w: f"/committees/{w['committee_a'].code}", ALL_200)],
    "public.category": [case("GET", lambda w: f"/categories/{w['category'].slug}", ALL_200)],
    "public.enterprise": [
        case("GET", lambda w: f"/enterprises/{w['a'].slug}", ALL_200),
        case("GET", lambda w: f"/enterprises/{w['draft_enterprise'].slug}", "404 404 404 404 404 200 404 200"),
    ],
    "public.offering": [
        case("GET", lambda w: f"/offerings/{w['offering_a'].id}", ALL_200),
        case("GET", lambda w: f"/offerings/{w['draft_a'].id}", "404 200 200 404 404 200 404 200"),
    ],
    # A supplier's feedback from its buyers; an outside buyer sells nothing, so it has no such page.
    "public.enterprise_feedback": [
        case("GET", lambda w: f"/enterprises/{w['a'].slug}/feedback", ALL_200),
        case("GET", lambda w: f"/enterprises/{w['draft_enterprise'].slug}/feedback", "404 404 404 404 404 200 404 200"),
        case("GET", lambda w: f"/enterprises/{w['outside'].slug}/feedback", ALL_404),
    ],
    "public.healthz": [case("GET", lambda w: "/healthz", ALL_200)],
    "public.upload": [case("GET", lambda w: f"/uploads/{w['upload']}", ALL_200),
                      # a draft's image: its enterprise's users, its committee, administrators
                      case("GET", lambda w: f"/uploads/{w['draft_upload']}", "404 200 200 404 404 200 404 200"),
                      case("GET", lambda w: "/uploads/not-referenced.png", ALL_404)],
    "public.upload_thumbnail": [case("GET", lambda w: f"/uploads/{w['upload']}/thumbnail", ALL_200),
                                case("GET", lambda w: f"/uploads/{w['draft_upload']}/thumbnail",
                                     "404 200 200 404 404 200 404 200"),
                                case("GET", lambda w: "/uploads/not-referenced.png/thumbnail", ALL_404)],
    "public.set_language": [case("GET", lambda w: "/language/vi?next=/", ALL_302)],
    "accounts.login": [case("GET", lambda w: "/account/login", "200 302 302 302 302 302 302 302"),
                       case("POST", lambda w: "/account/login", "200 302 302 302 302 302 302 302")],
    "accounts.logout": [case("POST", lambda w: "/account/logout", ALL_302)],
    "accounts.signup": [case("GET", lambda w: "/account/signup", "200 302 302 302 302 302 302 302"),
                        case("POST", lambda w: "/account/signup", "200 302 302 302 302 302 302 302")],
    "accounts.forgot_password": [case("GET", lambda w: "/account/forgot", ALL_200),
                                 case("POST", lambda w: "/account/forgot", ALL_200)],
    "accounts.reset_password": [case("GET", lambda w: "/account/reset/not-a-token", ALL_302),
                                case("POST", lambda w: "/account/reset/not-a-token", ALL_302)],
    "accounts.account": [case("GET", lambda w: "/account/", SIGNED_IN)],
    "accounts.change_password": [case("POST", lambda w: "/account/password", SIGNED_IN)],  # empty form: re-shown
    "accounts.sign_out_everywhere": [case("POST", lambda w: "/account/sign-out-everywhere", ALL_302)],
    "accounts.confirm_email": [case("GET", lambda w: "/account/confirm/not-a-token", ALL_302)],
    "accounts.resend_confirmation": [case("POST", lambda w: "/account/confirm/resend", ALL_302)],
    "accounts.notifications": [case("GET", lambda w: "/account/notifications", SIGNED_IN)],
    "accounts.mark_notifications_read": [case("POST", lambda w: "/account/notifications/read", ALL_302)],
    "search.results": [case("GET", lambda w: "/search/?q=th%C3%A9p", ALL_200)],
    "search.suggestions": [case("GET", lambda w: "/search/suggest?q=th", ALL_200)],
    "search.enterprise": [case("GET", lambda w: "/search/enterprise?name=Kh%C3%B4ng+c%C3%B3", ALL_302)],
    # ---- JSON API: public data only, the same for everyone ----
    "api.search_view": [case("GET", lambda w: "/api/v1/search?q=thep", ALL_200)],
    "api.offering": [case("GET", lambda w: f"/api/v1/offerings/{w['offering_a'].id}", ALL_200),
                     case("GET", lambda w: f"/api/v1/offerings/{w['draft_a'].id}", ALL_404)],
    "api.enterprise": [case("GET", lambda w: f"/api/v1/enterprises/{w['a'].slug}", ALL_200),
                       case("GET", lambda w: f"/api/v1/enterprises/{w['draft_enterprise'].slug}", ALL_404)],
    "api.openapi": [case("GET", lambda w: "/api/v1/openapi.json", ALL_200)],
    # ---- administration ----
    "admin.index": [case("GET", lambda w: "/admin/", ADMIN)],
    "admin.committees": [case("GET", lambda w: "/admin/committees", ADMIN),
                         case("POST", lambda w: "/admin/committees", ADMIN_POST, {"code": "khoi-moi", "name": "Khối mới"})],
    "admin.committee": [case("GET", lambda w: f"/admin/committees/{w['committee_b'].id}", ADMIN),
                        case("POST", lambda w: f"/admin/committees/{w['committee_b'].id}", ADMIN_POST, {"name": "Đổi tên"})],
    "admin.merge_committee": [case("POST", lambda w: f"/admin/committees/{w['committee_b'].id}/merge", ADMIN_POST,
                                   lambda w: {"merge-target_id": w["committee_a"].id}),  # the confirmation page
                              case("POST", lambda w: f"/admin/committees/{w['committee_b'].id}/merge", ADMIN_POST,
                                   lambda w: {"merge-target_id": w["committee_a"].id, "merge-confirmed": "1"})],
    "admin.categories": [case("GET", lambda w: "/admin/categories", ADMIN),
                         case("POST", lambda w: "/admin/categories", ADMIN_POST,
                              {"name_vi": "Nhóm mới", "kind": "product", "parent_id": 0})],
    "admin.category": [case("GET", lambda w: f"/admin/categories/{w['category'].id}", ADMIN),
                       case("POST", lambda w: f"/admin/categories/{w['category'].id}", ADMIN_POST,
                            {"rename-name_vi": "Đổi tên"})],
    "admin.move_category": [case("POST", lambda w: f"/admin/categories/{w['category'].id}/move", ADMIN_POST,
                                 {"move-parent_id": 0})],
    "admin.merge_category": [case("POST", lambda w: f"/admin/categories/{w['category'].id}/merge", ADMIN_POST,
                                  lambda w: {"merge-target_id": w["category"].id})],
    "admin.users": [case("GET", lambda w: "/admin/users", ADMIN)],
    "admin.mail": [case("GET", lambda w: "/admin/mail", ADMIN)],
    "admin.retry_mail": [case("POST", lambda w: "/admin/mail/retry", ADMIN_POST, {"mail_id": "1"})],
    "admin.synonyms": [case("GET", lambda w: "/admin/synonyms", ADMIN),
                       case("POST", lambda w: "/admin/synonyms", ADMIN_POST, {"new-terms": "a, b"})],
    "admin.synonym": [case("POST", lambda w: "/admin/synonyms/1", ADMIN_POST, {"g1-terms": "xi măng, cement"})],
    "admin.user": [case("GET", lambda w: f"/admin/users/{w['manager_b'].id}", ADMIN),
                   case("POST", lambda w: f"/admin/users/{w['manager_b'].id}", ADMIN_POST,
                        {"role": "admin", "active": "y", "committee_id": 0, "enterprise_id": 0})],
    # ---- workspace ----
    "workspace.index": [case("GET", lambda w: "/workspace/", OWN_ENTERPRISE)],
    # The sector picker's choices: public reference data, for whoever fills in a profile.
    "workspace.sector_suggestions": [case("GET", lambda w: "/workspace/sectors?q=xi+mang", SIGNED_IN)],
    "workspace.register": [case("GET", lambda w: "/workspace/register", "302 302 302 302 302 403 403 403"),
                           case("POST", lambda w: "/workspace/register", "302 302 302 302 302 403 403 403")],
    "workspace.profile": [case("GET", lambda w: "/workspace/profile", OWN_ENTERPRISE_MANAGER),
                          case("POST", lambda w: "/workspace/profile", OWN_ENTERPRISE_MANAGER)],
    # Stale or missing version: refused with a flash, nothing changes.
    "workspace.submit_profile": [case("POST", lambda w: "/workspace/profile/submit", "302 403 302 302 302 403 403 403")],
    "workspace.withdraw_profile": [case("POST", lambda w: "/workspace/profile/withdraw", "302 403 302 302 302 403 403 403")],
    "workspace.new_offering": [case("GET", lambda w: "/workspace/offerings/new", "302 200 200 200 403 403 403 403"),
                               case("POST", lambda w: "/workspace/offerings/new", "302 200 200 200 403 403 403 403")],
    "workspace.offering": [case("GET", lambda w: f"/workspace/offerings/{w['draft_a'].id}", A_RECORD)],
    "workspace.preview_offering": [case("GET", lambda w: f"/workspace/offerings/{w['draft_a'].id}/preview", A_RECORD)],
    "workspace.edit_offering": [case("GET", lambda w: f"/workspace/offerings/{w['draft_a'].id}/edit", A_RECORD),
                                case("POST", lambda w: f"/workspace/offerings/{w['draft_a'].id}/edit", A_RECORD_POST,
                                     {"title": "Đổi tên bởi người khác", "kind": "product", "price_mode": "contact"})],
    "workspace.submit_offering": [case("POST", lambda w: f"/workspace/offerings/{w['draft_a'].id}/submit", A_RECORD_POST)],
    "workspace.withdraw_offering": [case("POST", lambda w: f"/workspace/offerings/{w['pending_a'].id}/withdraw",
                                         A_RECORD_POST)],
    "workspace.archive_offering": [case("POST", lambda w: f"/workspace/offerings/{w['draft_a'].id}/archive", A_RECORD_POST)],
    # The yearly re-confirmation: an offering's own enterprise users (and administrators); all due
    # ones: any member enterprise's users, not an outside buyer (it lists nothing).
    "workspace.confirm_offering": [case("POST", lambda w: f"/workspace/offerings/{w['draft_a'].id}/confirm", A_RECORD_POST)],
    "workspace.confirm_due_offerings": [case("POST", lambda w: "/workspace/offerings/confirm-due",
                                             "302 - - - 403 403 403 403")],
    # certifications: declared by A's users (as offerings are), the scan also seen by A's committee
    "workspace.certifications": [case("GET", lambda w: "/workspace/certifications", OWN_ENTERPRISE)],
    "workspace.new_certification": [
        case("GET", lambda w: "/workspace/certifications/new", "302 200 200 200 403 403 403 403"),
        case("POST", lambda w: "/workspace/certifications/new", "302 200 200 200 403 403 403 403")],
    "workspace.edit_certification": [
        case("GET", lambda w: f"/workspace/certifications/{w['cert_a'].id}/edit", A_RECORD),
        case("POST", lambda w: f"/workspace/certifications/{w['cert_a'].id}/edit", A_RECORD_POST)],
    "workspace.withdraw_certification": [case("POST", lambda w: f"/workspace/certifications/{w['cert_a'].id}/withdraw",
                                              A_RECORD_POST)],
    "workspace.delete_certification": [case("POST", lambda w: f"/workspace/certifications/{w['cert_a'].id}/delete",
                                            A_RECORD_POST)],
    "workspace.certification_document": [case("GET", lambda w: f"/workspace/certifications/{w['cert_a'].id}/document",
                                              A_HISTORY)],
    "workspace.members": [case("GET", lambda w: "/workspace/members", OWN_ENTERPRISE),
                          case("POST", lambda w: "/workspace/members", OWN_ENTERPRISE_MANAGER)],
    "workspace.remove_member": [case("POST", lambda w: f"/workspace/members/{w['staff_a'].id}/remove",
                                     "302 403 - 404 404 403 403 403")],
    "workspace.promote_member": [case("POST", lambda w: f"/workspace/members/{w['staff_a'].id}/promote",
                                      "302 403 - 404 404 403 403 403")],
    # Anyone holding the link sees the invitation; a signed-in user with another e-mail is refused with a message.
    "workspace.join": [case("GET", lambda w: f"/workspace/join/{w['token']}", ALL_200),
                       case("POST", lambda w: f"/workspace/join/{w['token']}", ALL_200)],
    "workspace.history": [
        case("GET", lambda w: f"/workspace/history/enterprise/{w['a'].id}", A_HISTORY),
        case("GET", lambda w: f"/workspace/history/offering/{w['draft_a'].id}", A_HISTORY),
        case("GET", lambda w: f"/workspace/history/certification/{w['cert_a'].id}", A_HISTORY),
    ],
    # ---- review ----
    "review.queue": [case("GET", lambda w: "/review/", REVIEW_PAGE)],
    "review.enterprises": [case("GET", lambda w: "/review/enterprises", REVIEW_PAGE)],
    "review.detail": [
        case("GET", lambda w: f"/review/offering/{w['pending_a'].id}", REVIEW_A),
        case("GET", lambda w: f"/review/enterprise/{w['a'].id}", REVIEW_A),
        case("GET", lambda w: f"/review/revision/{w['revision_a'].id}", REVIEW_A),
        case("GET", lambda w: f"/review/certification/{w['cert_a'].id}", REVIEW_A),
        case("GET", lambda w: f"/review/enterprise/{w['outside'].id}", "302 403 403 403 403 404 404 200"),
    ],
    "review.decide": [
        case("POST", lambda w: f"/review/offering/{w['pending_a'].id}/decide", REVIEW_A_POST,
             lambda w: {"version": w["pending_a"].version, "approve": "1"}),
        case("POST", lambda w: f"/review/revision/{w['revision_a'].id}/decide", REVIEW_A_POST,
             lambda w: {"version": w["revision_a"].version, "approve": "1"}),
        case("POST", lambda w: f"/review/certification/{w['cert_a'].id}/decide", REVIEW_A_POST,
             lambda w: {"version": w["cert_a"].version, "approve": "1"}),
    ],
    # Another committee's item slipped into the form is refused item by item (302 + a message).
    "review.bulk_approve": [case("POST", lambda w: "/review/bulk-approve", "302 403 403 403 403 - 302 -",
                                 lambda w: {"items": [f"offering:{w['pending_a'].id}:{w['pending_a'].version}"]})],
    # ---- linkage programme ----
    "linkage.home": [case("GET", lambda w: "/linkage/", OWN_ENTERPRISE)],
    "linkage.inbox": [case("GET", lambda w: "/linkage/inquiries", OWN_ENTERPRISE)],
    # An empty form comes back with its errors; a draft offering is not there to ask about.
    "linkage.new_inquiry": [
        case("GET", lambda w: f"/linkage/inquiries/new?offering={w['offering_a'].id}", OWN_ENTERPRISE),
        case("POST", lambda w: f"/linkage/inquiries/new?offering={w['offering_a'].id}", OWN_ENTERPRISE),
        case("GET", lambda w: f"/linkage/inquiries/new?offering={w['draft_a'].id}", "302 404 404 404 404 403 403 403"),
    ],
    "linkage.inquiry": [case("GET", lambda w: f"/linkage/inquiries/{w['inquiry_buyer_a'].id}", BUYER_A_THREAD),
                        case("GET", lambda w: f"/linkage/inquiries/{w['inquiry_b_a'].id}", A_B_RECORD)],
    # Reviewers and administrators read a thread; only the two parties write in it.
    "linkage.reply": [case("POST", lambda w: f"/linkage/inquiries/{w['inquiry_buyer_a'].id}/reply",
                           BUYER_A_THREAD_POST, {"body": "Trả lời của người ngoài cuộc"})],
    "linkage.close_inquiry": [case("POST", lambda w: f"/linkage/inquiries/{w['inquiry_buyer_a'].id}/close",
                                   BUYER_A_THREAD_POST)],
    # The supplier's side quotes in a thread; the buyer and the committees read it but may not quote.
    "linkage.new_quote": [
        case("GET", lambda w: f"/linkage/inquiries/{w['inquiry_buyer_a'].id}/quote", "302 200 200 404 403 403 404 403"),
        case("POST", lambda w: f"/linkage/inquiries/{w['inquiry_buyer_a'].id}/quote",
             "302 400 400 404 403 403 404 403"),  # an empty form: its errors
    ],
    # Only the buyer accepts or declines A's quote; the supplier, the committees and administrators may not.
    "linkage.decide_quote": [case("POST", lambda w: f"/linkage/quotes/{w['quote_a'].id}/decide",
                                  "302 403 403 404 - 403 404 403",
                                  lambda w: {f"quote{w['quote_a'].id}-accept": "1"})],
    "linkage.attachment": [case("GET", lambda w: f"/linkage/messages/{w['message_buyer_a'].id}/attachment",
                                PARTIES_FILE_BUYER_A)],
    "linkage.linkage_list": [case("GET", lambda w: "/linkage/linkages", OWN_ENTERPRISE)],
    "linkage.new_linkage": [
        case("GET", lambda w: "/linkage/linkages/new", OWN_ENTERPRISE),
        case("POST", lambda w: "/linkage/linkages/new", OWN_ENTERPRISE),
        case("GET", lambda w: f"/linkage/linkages/new?inquiry={w['inquiry_buyer_a'].id}",
             "302 200 200 404 200 403 403 403"),
    ],
    "linkage.linkage": [case("GET", lambda w: f"/linkage/linkages/{w['proposed'].id}", A_B_RECORD),
                        case("GET", lambda w: f"/linkage/linkages/{w['confirmed'].id}", A_B_RECORD)],
    # B proposed: A confirms or declines; B itself, the committees and administrators may not.
    "linkage.decide_linkage": [case("POST", lambda w: f"/linkage/linkages/{w['proposed'].id}/decide",
                                    "302 - - 403 404 403 403 403", {"confirm": "1"})],
    "linkage.cancel_linkage": [case("POST", lambda w: f"/linkage/linkages/{w['confirmed'].id}/cancel",
                                    "302 - - - 404 403 403 403", {"reason": "Huỷ bởi người ngoài cuộc"})],
    # Feedback after the confirmed deal: the two parties give it; the side it is about (A) answers;
    # A's committee and administrators hide and show its text. Others read the deal but are refused.
    "linkage.give_feedback": [case("POST", lambda w: f"/linkage/linkages/{w['confirmed'].id}/feedback",
                                   "302 - - - 404 403 403 403",
                                   {"on_time": "yes", "as_agreed": "yes", "would_deal_again": "yes"})],
    "linkage.answer_feedback": [case("POST", lambda w: f"/linkage/feedback/{w['feedback_b_a'].id}/answer",
                                     "302 - - 403 404 403 403 403", {"answer": "Cảm ơn quý công ty."})],
    "linkage.hide_feedback_text": [case("POST", lambda w: f"/linkage/feedback/{w['feedback_b_a'].id}/comment/hide",
                                        "302 403 403 403 404 - 403 -", {"reason": "Lời lẽ xúc phạm"})],
    "linkage.show_feedback_text": [case("POST", lambda w: f"/linkage/feedback/{w['feedback_b_a'].id}/comment/show",
                                        "302 403 403 403 404 - 403 -")],
    "linkage.contract": [case("GET", lambda w: f"/linkage/linkages/{w['confirmed'].id}/contract", PARTIES_FILE_A_B)],
    "linkage.need_list": [case("GET", lambda w: "/linkage/needs", SIGNED_IN)],
    "linkage.new_need": [case("GET", lambda w: "/linkage/needs/new", OWN_ENTERPRISE),
                         case("POST", lambda w: "/linkage/needs/new", OWN_ENTERPRISE)],
    "linkage.need": [case("GET", lambda w: f"/linkage/needs/{w['need_a'].id}", SIGNED_IN)],
    # A's need is edited by A's users only (an empty form comes back with its errors).
    "linkage.edit_need": [case("GET", lambda w: f"/linkage/needs/{w['need_a'].id}/edit", "302 200 200 403 403 403 403 403"),
                          case("POST", lambda w: f"/linkage/needs/{w['need_a'].id}/edit",
                               "302 200 200 403 403 403 403 403")],
    # Suppliers with approved offerings answer A's need with a quote; B (nothing approved), the outside
    # buyer and the committees may not, and A is told it cannot quote for its own need (400 with that message).
    "linkage.offer": [case("GET", lambda w: f"/linkage/needs/{w['need_a'].id}/offer", "302 400 400 403 403 403 403 403"),
                      case("POST", lambda w: f"/linkage/needs/{w['need_a'].id}/offer",
                           "302 400 400 403 403 403 403 403", {"note": "Chào giá"})],
    "linkage.close_need": [case("POST", lambda w: f"/linkage/needs/{w['need_a'].id}/close",
                                "302 - - 403 403 403 403 403")],
    # Everyone signed in keeps shortlists and saved searches of their own (an empty form: its errors).
    "linkage.shortlist_list": [case("GET", lambda w: "/linkage/shortlists", SIGNED_IN),
                               case("POST", lambda w: "/linkage/shortlists", SIGNED_IN)],
    "linkage.add_to_shortlist": [
        case("GET", lambda w: f"/linkage/shortlists/add?offering={w['offering_a'].id}", SIGNED_IN),
        # Another's shortlist is not among one's choices: the form says so and nothing is saved.
        case("POST", lambda w: f"/linkage/shortlists/add?offering={w['offering_a'].id}",
             "302 200 - 200 200 200 200 200", lambda w: {"shortlist": w["shortlist_a"].id}),
        # Unpublished offerings and enterprises cannot be saved, nor their names shown.
        case("GET", lambda w: f"/linkage/shortlists/add?offering={w['draft_a'].id}", "302 404 404 404 404 404 404 404"),
        case("GET", lambda w: f"/linkage/shortlists/add?enterprise={w['draft_enterprise'].slug}",
             "302 404 404 404 404 404 404 404"),
    ],
    "linkage.shortlist": [case("GET", lambda w: f"/linkage/shortlists/{w['shortlist_a'].id}", OWNER_A)],
    "linkage.compare": [case("GET", lambda w: f"/linkage/shortlists/{w['shortlist_a'].id}/compare", OWNER_A)],
    "linkage.export_shortlist": [case("GET", lambda w: f"/linkage/shortlists/{w['shortlist_a'].id}/export.xlsx",
                                      OWNER_A)],
    "linkage.remove_item": [case("POST", lambda w: f"/linkage/shortlists/{w['shortlist_a'].id}/items/"
                                                   f"{w['shortlist_a'].items[0].id}/remove", OWNER_A_POST)],
    "linkage.delete_shortlist": [case("POST", lambda w: f"/linkage/shortlists/{w['shortlist_a'].id}/delete",
                                      OWNER_A_POST)],
    "linkage.saved_searches": [case("GET", lambda w: "/linkage/saved-searches?q=thep", SIGNED_IN),
                               case("POST", lambda w: "/linkage/saved-searches", SIGNED_IN)],
    "linkage.delete_saved_search": [case("POST", lambda w: f"/linkage/saved-searches/{w['saved_a'].id}/delete",
                                         OWNER_A_POST)],
    # ---- committee reports: a reviewer sees its own committee, an administrator every one ----
    # ---- importing and exporting members: a committee's reviewers (their own committee), administrators ----
    "imports.index": [case("GET", lambda w: "/imports/", REVIEW_PAGE)],
    "imports.template_file": [case("GET", lambda w: "/imports/template.xlsx", REVIEW_PAGE)],
    "imports.export": [case("GET", lambda w: f"/imports/export.xlsx?committee={w['committee_a'].code}", REPORT_A),
                       # without a committee: a reviewer's own, an administrator's every one
                       case("GET", lambda w: "/imports/export.xlsx", REVIEW_PAGE)],
    "imports.claims": [case("GET", lambda w: f"/imports/claims?committee={w['committee_a'].code}", REPORT_A)],
    # no file: the form is shown again with its error
    "imports.check": [case("POST", lambda w: "/imports/check", "302 403 403 403 403 400 400 400")],
    "imports.report": [case("GET", lambda w: f"/imports/report/{_import_token(w)}", REPORT_A),
                       case("GET", lambda w: "/imports/report/not-a-token", "302 403 403 403 403 404 404 404")],
    "imports.commit": [case("POST", lambda w: "/imports/commit", "302 403 403 403 403 - 403 -",
                            data=lambda w: {"token": _import_token(w)})],
    "imports.resend": [case("POST", lambda w: f"/imports/claims/{_claim_invitation(w)}/resend",
                            "302 403 403 403 403 - 403 -")],
    "reports.dashboard": [case("GET", lambda w: "/reports/", REPORTS)],
    "reports.all_committees": [case("GET", lambda w: "/reports/all", ADMIN)],
    "reports.all_print": [case("GET", lambda w: "/reports/all/print", ADMIN)],
    "reports.all_export": [case("GET", lambda w: "/reports/all/export.xlsx", ADMIN)],
    "reports.committee": [
        case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}", REPORT_A),
        case("GET", lambda w: "/reports/committees/khong-co", "302 403 403 403 403 404 404 404"),
    ],
    "reports.committee_print": [case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/print", REPORT_A)],
    "reports.committee_export": [case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/export.xlsx",
                                      REPORT_A)],
    "reports.catalogue": [case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/catalogue", REPORT_A)],
    "reports.listings": [case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/listings/overdue", REPORT_A)],
    # the official report: its form, its two files and the committee's document settings
    "reports.document": [case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/document", REPORT_A),
                         case("GET", lambda w: "/reports/committees/khong-co/document",
                              "302 403 403 403 403 404 404 404")],
    "reports.document_pdf": [case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/document.pdf",
                                  REPORT_A)],
    "reports.document_docx": [case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/document.docx",
                                   REPORT_A)],
    "reports.document_settings": [
        case("GET", lambda w: f"/reports/committees/{w['committee_a'].code}/document/settings", REPORT_A),
        case("POST", lambda w: f"/reports/committees/{w['committee_a'].code}/document/settings",
             "302 403 403 403 403 302 403 302", {"place": "Vĩnh Phúc"}),
    ],
}


@pytest.fixture
def scene(world, make_offering, make_enterprise, make_category, make_certification, db, app):
    """The world plus A's draft and pending offerings, a pending revision, an invitation and an upload."""
    draft_a = make_offering(enterprise=world["a"], status=Status.DRAFT, title="Bản nháp của A")
    pending_a = make_offering(enterprise=world["a"], status=Status.PENDING, title="Chờ duyệt của A")
    draft_enterprise = make_enterprise(committee=world["committee_a"], status=Status.DRAFT, slug="dn-nhap")
    cert_a = make_certification(enterprise=world["a"], status=Status.PENDING)
    revision_a = Revision(target_type="offering", target_id=world["offering_a"].id, status=Status.PENDING,
                          proposed={"title": "Đề nghị đổi tên"})
    invitation = Invitation(enterprise_id=world["a"].id, email="moi@example.vn", invited_by_id=world["manager_a"].id)
    db.session.add_all([revision_a, invitation])
    db.session.commit()
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("matrix.png", "matrix-draft.png", "not-referenced.png"):
        PILImage.new("RGB", (4, 3)).save(folder / name, "PNG")  # a real image: thumbnails are made from it
    db.session.add_all([OfferingImage(offering_id=world["offering_a"].id, path="matrix.png"),
                        OfferingImage(offering_id=draft_a.id, path="matrix-draft.png")])
    db.session.commit()
    with app.test_request_context():
        token = members.invitation_link(invitation).rsplit("/", 1)[-1]
        programme = _programme(world)
    db.session.commit()
    return dict(world, draft_a=draft_a, pending_a=pending_a, revision_a=revision_a, category=make_category(), cert_a=cert_a,
                draft_enterprise=draft_enterprise, token=token, upload="matrix.png",
                draft_upload="matrix-draft.png", **programme)


def _import_token(w) -> str:
    """A stored upload (a header row, no members) for committee A, and the token the report page gives."""
    from directory.imports.views import make_token
    from directory.services.imports import store_upload
    from directory.services.sheet_format import HEADERS

    header = ",".join(f'"{h}"' for h in HEADERS)  # some headers hold a comma
    path, sha256 = store_upload(BytesIO(header.encode()), "matrix.csv")
    return make_token(sha256, path.suffix, "matrix.csv", w["committee_a"].code)


def _claim_invitation(w) -> int:
    """A claim invitation to enterprise A, as an import sends."""
    from directory.extensions import db

    invitation = Invitation(enterprise_id=w["a"].id, email="nhan@example.vn", as_manager=True)
    db.session.add(invitation)
    db.session.commit()
    return invitation.id


def _pdf(name):
    return FileStorage(BytesIO(b"%PDF-1.4 matrix"), filename=name)


def _programme(w):
    """The linkage programme's records: the outside buyer's inquiry to A (with a quote attached) and
    B's, a deal B proposed to A and one A confirmed (with a contract), A's need, manager_a's shortlist
    and saved search."""
    inquiry_buyer_a = inquiries.send_inquiry(w["buyer"], w["a"], subject="Hỏi giá", body="Xin báo giá",
                                             offering=w["offering_a"], attachment=_pdf("bao-gia.pdf"))
    inquiry_b_a = inquiries.send_inquiry(w["manager_b"], w["a"], subject="Hỏi giá B", body="Xin báo giá")
    proposed = linkages.propose_linkage(w["manager_b"], w["a"], actor_is_buyer=True, value=50_000_000,
                                        starts_on=date(2025, 5, 1), offerings=[w["offering_a"]])
    confirmed = linkages.propose_linkage(w["manager_b"], w["a"], actor_is_buyer=True, value=90_000_000,
                                         starts_on=date(2025, 4, 1), contract=_pdf("hop-dong.pdf"))
    linkages.confirm_linkage(w["manager_a"], confirmed)
    feedback_b_a = feedback.give_feedback(w["manager_b"], confirmed, on_time=True, as_agreed=True,
                                          would_deal_again=False, comment="Giao đủ hàng, chứng từ chậm.")
    quote_a = quote_in_thread(w["buyer"], w["manager_a"], w["a"], w["offering_a"], inquiry=inquiry_buyer_a)
    need_a = needs.post_need(w["manager_a"], title="Cần mua giấy in")
    shortlist_a = shortlists.create_shortlist(w["manager_a"], "Nhà cung cấp thép")
    shortlists.add_to_shortlist(w["manager_a"], shortlist_a, enterprise=w["b"])
    saved_a = saved_searches.save_search(w["manager_a"], "thép", {})
    return dict(inquiry_buyer_a=inquiry_buyer_a, message_buyer_a=inquiry_buyer_a.messages[0],
                inquiry_b_a=inquiry_b_a, quote_a=quote_a, proposed=proposed, confirmed=confirmed, need_a=need_a,
                shortlist_a=shortlist_a, saved_a=saved_a, feedback_b_a=feedback_b_a)


def _methods(rule) -> set[str]:
    return set(rule.methods) - {"HEAD", "OPTIONS"}


def test_every_route_is_in_the_matrix(app):
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in EXCLUDED:
            continue
        covered = {c["method"] for c in MATRIX.get(rule.endpoint, [])}
        for method in sorted(_methods(rule) - covered):
            missing.append(f"{method} {rule.rule} ({rule.endpoint})")
    assert not missing, "routes missing from the authorization matrix: " + ", ".join(missing)
    stale = set(MATRIX) - {r.endpoint for r in app.url_map.iter_rules()}
    assert not stale, f"matrix rows for routes that no longer exist: {sorted(stale)}"


@pytest.mark.parametrize("endpoint", sorted(MATRIX))
def test_each_role_gets_the_expected_status(endpoint, scene, client, login, db):
    category = scene["category"]
    db.session.commit()
    assert category.id
    wrong = []
    for entry in MATRIX[endpoint]:
        url = entry["url"](scene)
        data = entry["data"](scene) if callable(entry["data"]) else (entry["data"] or {})
        for role in ROLES:
            expected = entry["statuses"][role]
            if expected == "-":
                continue
            with client.session_transaction() as session:
                session.clear()
            if role != "visitor":
                login(scene[role])
            response = client.open(url, method=entry["method"], data=data)
            if response.status_code != int(expected):
                wrong.append(f"{role}: {entry['method']} {url} gave {response.status_code}, expected {expected}")
    assert not wrong, "\n".join(wrong)
    # Nothing of A's changed hands: refused requests left every record as it was.
    for key, status in (("draft_a", Status.DRAFT), ("pending_a", Status.PENDING), ("offering_a", Status.APPROVED),
                        ("cert_a", Status.PENDING)):
        db.session.refresh(scene[key])
        assert scene[key].status == status, key
    assert scene["draft_a"].title == "Bản nháp của A"
    db.session.refresh(scene["revision_a"])
    assert scene["revision_a"].status == Status.PENDING
    # Nor of the programme: no one outside a thread wrote in it, no deal or need moved, nothing private went.
    for key in ("inquiry_buyer_a", "inquiry_b_a", "quote_a", "proposed", "confirmed", "need_a", "shortlist_a",
                "saved_a"):
        db.session.refresh(scene[key])
    assert db.session.scalar(db.select(db.func.count(Message.id))) == 2
    assert db.session.scalar(db.select(db.func.count(Quote.id))) == 1
    assert scene["quote_a"].status == QuoteStatus.SENT
    assert [scene["proposed"].status, scene["confirmed"].status] == [LinkageStatus.PROPOSED, LinkageStatus.CONFIRMED]
    assert scene["need_a"].status == NeedStatus.OPEN
    assert len(scene["shortlist_a"].items) == 1
