"""Sign-ins that the server can end.

Flask's session is a signed cookie kept by the browser: the server cannot take it back, so a
copy made before sign-out would go on working for as long as it names a valid user. Here the
cookie names a *sign-in* instead: every sign-in creates a LoginSession row with a random key,
Flask-Login stores that key (User.get_id) in the session cookie and in the remember-me cookie,
and the user loader accepts a key only while its row exists and is younger than
REMEMBER_COOKIE_DURATION. So
- signing out deletes that one row: the old session cookie and remember cookie die with it,
  and the user's other browsers stay signed in;
- a password change or reset, and "sign out everywhere", delete all of the user's rows.
Only the SHA-256 of a key is stored, so reading the table gives no cookie that works. The
cost is one indexed look-up per request, where Flask-Login already loaded the user.
"""
import hashlib
import secrets
from flask import current_app

from ..extensions import db
from ..models import LoginSession, User
from ..models.base import utcnow


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _oldest_alive():
    return utcnow() - current_app.config["REMEMBER_COOKIE_DURATION"]


def start(user: User) -> str:
    """A new sign-in for `user` (the user's expired ones are pruned); its key is set on the user
    for Flask-Login's login_user to store."""
    db.session.execute(db.delete(LoginSession).where(
        LoginSession.user_id == user.id, LoginSession.created_at < _oldest_alive()))
    key = secrets.token_urlsafe(32)
    db.session.add(LoginSession(user_id=user.id, key_hash=_hash(key)))
    db.session.flush()
    user.login_key = key
    return key


def load(key: str) -> User | None:
    """The user loader: the active user of a live sign-in, or None."""
    if not key or len(key) > 100:
        return None
    user = db.session.scalar(
        db.select(User).join(LoginSession, LoginSession.user_id == User.id)
        .where(LoginSession.key_hash == _hash(key), LoginSession.created_at >= _oldest_alive())
    )
    if user is not None:
        user.login_key = key
    return user


def end(user: User) -> None:
    """End the sign-in this request runs under."""
    if user.login_key:
        db.session.execute(db.delete(LoginSession).where(LoginSession.key_hash == _hash(user.login_key)))


def end_all(user: User) -> None:
    """End every sign-in of the user, on every browser and device."""
    db.session.execute(db.delete(LoginSession).where(LoginSession.user_id == user.id))


def live_count(user: User) -> int:
    return db.session.scalar(db.select(db.func.count(LoginSession.id)).where(
        LoginSession.user_id == user.id, LoginSession.created_at >= _oldest_alive()))

