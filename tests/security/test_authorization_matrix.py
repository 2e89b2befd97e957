"""Every route of app.url_map, for every role: the expected status.

A route missing from MATRIX fails `test_every_route_is_in_the_matrix` with its name: whoever adds
a blueprint adds its rows here. Statuses are written in ROLES order; "-" means "not requested"
(a state-changing POST by a role allowed to make it: the lifecycle tests cover those).
Records of enterprise A are addressed by id: changing an id in a URL or a form gets 404 or 403,
never another enterprise's or committee's draft.
"""
from pathlib import Path

import pytest

from directory.models import Invitation, Revision, Status
from directory.services import members

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
    "public.healthz": [case("GET", lambda w: "/healthz", ALL_200)],
    "public.upload": [case("GET", lambda w: f"/uploads/{w['upload']}", ALL_200)],
    "public.set_language": [case("POST", lambda w: "/language", ALL_302, {"lang": "vi", "next": "/"})],
    "accounts.login": [case("GET", lambda w: "/account/login", "200 302 302 302 302 302 302 302"),
                       case("POST", lambda w: "/account/login", "200 302 302 302 302 302 302 302")],
    "accounts.logout": [case("POST", lambda w: "/account/logout", ALL_302)],
    "accounts.signup": [case("GET", lambda w: "/account/signup", "200 302 302 302 302 302 302 302"),
                        case("POST", lambda w: "/account/signup", "200 302 302 302 302 302 302 302")],
    "accounts.forgot_password": [case("GET", lambda w: "/account/forgot", ALL_200),
                                 case("POST", lambda w: "/account/forgot", ALL_200)],
    "accounts.reset_password": [case("GET", lambda w: "/account/reset/not-a-token", ALL_302),
                                case("POST", lambda w: "/account/reset/not-a-token", ALL_302)],
    "accounts.notifications": [case("GET", lambda w: "/account/notifications", SIGNED_IN)],
    "accounts.mark_notifications_read": [case("POST", lambda w: "/account/notifications/read", ALL_302)],
    "search.results": [case("GET", lambda w: "/search/?q=th%C3%A9p", ALL_200)],
    "search.suggestions": [case("GET", lambda w: "/search/suggest?q=th", ALL_200)],
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
                                   lambda w: {"merge-target_id": w["committee_a"].id})],
    "admin.users": [case("GET", lambda w: "/admin/users", ADMIN)],
    "admin.user": [case("GET", lambda w: f"/admin/users/{w['manager_b'].id}", ADMIN),
                   case("POST", lambda w: f"/admin/users/{w['manager_b'].id}", ADMIN_POST,
                        {"role": "admin", "active": "y", "committee_id": 0, "enterprise_id": 0})],
    # ---- workspace ----
    "workspace.index": [case("GET", lambda w: "/workspace/", OWN_ENTERPRISE)],
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
    ],
    # ---- review ----
    "review.queue": [case("GET", lambda w: "/review/", REVIEW_PAGE)],
    "review.enterprises": [case("GET", lambda w: "/review/enterprises", REVIEW_PAGE)],
    "review.detail": [
        case("GET", lambda w: f"/review/offering/{w['pending_a'].id}", REVIEW_A),
        case("GET", lambda w: f"/review/enterprise/{w['a'].id}", REVIEW_A),
        case("GET", lambda w: f"/review/revision/{w['revision_a'].id}", REVIEW_A),
        case("GET", lambda w: f"/review/enterprise/{w['outside'].id}", "302 403 403 403 403 404 404 200"),
    ],
    "review.decide": [
        case("POST", lambda w: f"/review/offering/{w['pending_a'].id}/decide", REVIEW_A_POST,
             lambda w: {"version": w["pending_a"].version, "approve": "1"}),
        case("POST", lambda w: f"/review/revision/{w['revision_a'].id}/decide", REVIEW_A_POST,
             lambda w: {"version": w["revision_a"].version, "approve": "1"}),
    ],
    # Another committee's item slipped into the form is refused item by item (302 + a message).
    "review.bulk_approve": [case("POST", lambda w: "/review/bulk-approve", "302 403 403 403 403 - 302 -",
                                 lambda w: {"items": [f"offering:{w['pending_a'].id}:{w['pending_a'].version}"]})],
}


@pytest.fixture
def scene(world, make_offering, make_enterprise, make_category, db, app):
    """The world plus A's draft and pending offerings, a pending revision, an invitation and an upload."""
    draft_a = make_offering(enterprise=world["a"], status=Status.DRAFT, title="Bản nháp của A")
    pending_a = make_offering(enterprise=world["a"], status=Status.PENDING, title="Chờ duyệt của A")
    draft_enterprise = make_enterprise(committee=world["committee_a"], status=Status.DRAFT, slug="dn-nhap")
    revision_a = Revision(target_type="offering", target_id=world["offering_a"].id, status=Status.PENDING,
                          proposed={"title": "Đề nghị đổi tên"})
    invitation = Invitation(enterprise_id=world["a"].id, email="moi@example.vn", invited_by_id=world["manager_a"].id)
    db.session.add_all([revision_a, invitation])
    db.session.commit()
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "matrix.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with app.test_request_context():
        token = members.invitation_link(invitation).rsplit("/", 1)[-1]
    return dict(world, draft_a=draft_a, pending_a=pending_a, revision_a=revision_a, category=make_category(),
                draft_enterprise=draft_enterprise, token=token, upload="matrix.png")


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
    for key, status in (("draft_a", Status.DRAFT), ("pending_a", Status.PENDING), ("offering_a", Status.APPROVED)):
        db.session.refresh(scene[key])
        assert scene[key].status == status, key
    assert scene["draft_a"].title == "Bản nháp của A"
    db.session.refresh(scene["revision_a"])
    assert scene["revision_a"].status == Status.PENDING
