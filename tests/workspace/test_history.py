"""The owner's history page reads as sentences with names and local times; the raw record stays
for the committee's reviewers and administrators."""
import ast
from datetime import datetime
from pathlib import Path

from directory.models import AuditEvent, Decision, Kind, Status
from directory.services import offerings, reviews
from directory.services.audit import record_event
from directory.workspace.history import SENTENCES

PACKAGE = Path(__file__).resolve().parents[2] / "directory"
RECORDERS = {"record_event", "transition", "_audit"}  # the calls that name an audit action
# Actions built from a pattern, each expanded here: a new pattern fails the test until listed.
PATTERNS = {
    "f'{kind}.{decision.value}'": [f"{kind}.{decision.value}" for kind, rules in reviews.DECISIONS.items()
                                   for decision in rules],
    "f'{target.type_key()}.apply_revision'": ["enterprise.apply_revision", "offering.apply_revision"],
    "f\"linkage.{('confirm' if status == LinkageStatus.CONFIRMED else 'decline')}\"": ["linkage.confirm",
                                                                                      "linkage.decline"],
    "f'feedback.hide_{part}'": ["feedback.hide_comment", "feedback.hide_answer"],
    "f'feedback.show_{part}'": ["feedback.show_comment", "feedback.show_answer"],
    "f\"quote.{('accept' if status == QuoteStatus.ACCEPTED else 'decline')}\"": ["quote.accept", "quote.decline"],
}


def recorded_actions() -> set[str]:
    """Every audit action the code can record, read from its source."""
    actions, unknown = set(), []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in RECORDERS:
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "." in arg.value \
                        and arg.value.replace(".", "").replace("_", "").isalpha() and arg.value.islower():
                    actions.add(arg.value)
                elif isinstance(arg, ast.JoinedStr):
                    source = ast.unparse(arg)
                    if source in PATTERNS:
                        actions.update(PATTERNS[source])
                    else:
                        unknown.append(f"{path.name}: {source}")
    assert unknown == [], f"expand these action patterns in PATTERNS: {unknown}"
    return actions


def test_every_recorded_action_has_a_sentence():
    actions = recorded_actions()
    assert {"offering.submit", "revision.propose", "committee.merge", "import.create", "enterprise.approve",
            "revision.reject", "linkage.confirm", "synonyms.delete"} <= actions  # the scan finds them
    missing = sorted(actions - set(SENTENCES))
    assert missing == [], f"add a sentence to directory/workspace/history.py for: {missing}"


def _event(db, actor, action, target, when, before=None, after=None) -> AuditEvent:
    event = record_event(actor, action, target, before=before, after=after)
    event.created_at = when
    db.session.commit()
    return event


def test_owner_reads_sentences_with_names_and_local_times(client, login, world, make_offering, make_category, db):
    old, new = make_category(name_vi="Thép xây dựng"), make_category(name_vi="Ống thép")
    offering = make_offering(enterprise=world["a"], category=old)
    db.session.commit()
    values = {**offerings.editable_values(offering), "category_id": new.id}
    offerings.update_offering(world["staff_a"], offering, values, expected_version=offering.version)
    db.session.commit()
    event = db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "revision.propose"))
    event.created_at = datetime(2026, 12, 2, 7, 5)  # UTC: 14:05 in Hà Nội
    _event(db, world["staff_a"], "offering.update", offering, datetime(2026, 12, 1, 17, 30),
           before={"images": ["a3f9c2e1d4b5a6978812.webp"]}, after={"images": ["a3f9c2e1d4b5a6978812.webp",
                                                                               "0b1c2d3e4f5a6b7c8d9e.webp"]})
    login(world["staff_a"])
    page = client.get(f"/workspace/history/offering/{offering.id}").get_data(as_text=True)
    name = world["staff_a"].full_name
    assert f"{name} gửi duyệt bản sửa lúc 14:05 ngày 02/12/2026." in page
    assert f"{name} sửa sản phẩm, dịch vụ lúc 00:30 ngày 02/12/2026." in page  # the local day, not the UTC one
    assert "Thép xây dựng" in page and "Ống thép" in page
    assert "category_id" not in page and "revision.propose" not in page and "a3f9c2e1d4b5a6978812" not in page
    assert "2 ảnh" in page


def test_the_history_speaks_the_readers_language(client, login, world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.PENDING)
    db.session.commit()
    reviews.decide(world["reviewer_a"], offering, Decision.REJECT, offering.version, "Mô tả quá ngắn")
    event = db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "offering.reject"))
    event.created_at = datetime(2026, 12, 2, 7, 5)
    db.session.commit()
    login(world["staff_a"])
    client.get("/language/en")
    page = client.get(f"/workspace/history/offering/{offering.id}").get_data(as_text=True)
    assert f"{world['reviewer_a'].full_name} rejected the product or service at 14:05 on 02/12/2026." in page


def test_raw_before_and_after_only_for_the_committee_and_administrators(client, login, world, make_offering, db):
    offering = make_offering(enterprise=world["a"], status=Status.DRAFT, kind=Kind.PRODUCT)
    db.session.commit()
    offerings.submit_offering(world["staff_a"], offering, offering.version)
    db.session.commit()
    for user, raw in (("staff_a", False), ("manager_a", False), ("reviewer_a", True), ("admin", True)):
        login(world[user])
        page = client.get(f"/workspace/history/offering/{offering.id}").get_data(as_text=True)
        assert "gửi duyệt sản phẩm, dịch vụ" in page, user
        assert ("offering.submit" in page) is raw and ("<code>version</code>" in page) is raw, user
