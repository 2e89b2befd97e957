from directory.models import Role, User


def test_create_admin(app, db):
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "quantri@example.vn"],
                                          input="mat-khau-quan-tri\nmat-khau-quan-tri\n")
    assert result.exit_code == 0, result.output
    user = db.session.scalar(db.select(User).where(User.email == "quantri@example.vn"))
    assert user.role == Role.ADMIN and user.check_password("mat-khau-quan-tri")


def test_create_admin_refuses_a_short_password(app, db):
    result = app.test_cli_runner().invoke(args=["users", "create-admin", "quantri@example.vn"],
                                          input="ngan\nngan\n")
    assert result.exit_code != 0
    assert db.session.scalar(db.select(User)) is None
