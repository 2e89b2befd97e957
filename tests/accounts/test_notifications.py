"""Notifications are read when their page is opened; the change log names records in words."""
from directory.models import AuditEvent, Notification


def _note(db, user, link):
    note = Notification(user_id=user.id, subject="Có yêu cầu báo giá mới", link=link)
    db.session.add(note)
    db.session.commit()
    return note


def test_opening_the_page_a_notification_points_to_reads_it(world, db, login):
    manager = world["manager_a"]
    target = f"/workspace/offerings/{world['offering_a'].id}"
    pointed, other = _note(db, manager, target), _note(db, manager, "/linkage/inquiries")
    client = login(manager)
    assert client.get(target).status_code == 200
    db.session.expire_all()
    assert pointed.read_at is not None
    assert other.read_at is None  # only the page opened


def test_the_badge_counts_what_is_left_on_the_page_that_read_one(world, db, login):
    manager = world["manager_a"]
    target = f"/workspace/offerings/{world['offering_a'].id}"
    _note(db, manager, target)
    html = login(manager).get(target).get_data(as_text=True)
    assert "chưa đọc" not in html


def test_another_users_notification_stays_unread(world, db, login):
    target = f"/workspace/offerings/{world['offering_a'].id}"
    theirs = _note(db, world["staff_a"], target)
    login(world["manager_a"]).get(target)
    db.session.expire_all()
    assert theirs.read_at is None


def test_a_notification_with_a_query_string_is_read_by_that_address(world, db, login):
    note = _note(db, world["manager_a"], "/search/?q=th%C3%A9p")
    login(world["manager_a"]).get("/search/?q=th%C3%A9p")
    db.session.expire_all()
    assert note.read_at is not None


def test_the_change_log_names_record_kinds_in_words(world, db, login):
    db.session.add_all([AuditEvent(action="inquiry.send", target_type="inquirie", target_id=498),
                        AuditEvent(action="linkage.propose", target_type="linkage", target_id=7)])
    db.session.commit()
    client = login(world["admin"])
    html = client.get("/admin/").get_data(as_text=True)
    assert "Yêu cầu báo giá #498" in html and "Giao dịch liên kết #7" in html
    assert "inquirie" not in html
    client.get("/language/en")
    html = client.get("/admin/").get_data(as_text=True)
    assert "Inquiry #498" in html and "Linkage #7" in html
