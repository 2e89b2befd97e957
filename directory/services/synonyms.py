"""Search synonyms (search/synonyms.py applies them): administrators add, change and remove
groups of phrases that mean the same to a buyer. Each change replaces the index stamp, so every
cached search answer is computed again with the new groups."""
from types import SimpleNamespace

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import search
from ..extensions import db
from ..search.synonyms import parse
from ..text import nfc
from .audit import record_event
from .errors import DomainError, NotFound
from .permissions import is_admin, require

MAX_CHARS = 500  # the column's width
MAX_PHRASE_CHARS = 60


def list_groups(actor) -> list[tuple[int, str]]:
    require(is_admin(actor))
    return [tuple(row) for row in db.session.execute(sa.text("SELECT id, terms FROM search_synonyms ORDER BY id"))]


def _clean(terms: str) -> str:
    phrases = list(dict.fromkeys(parse(nfc(terms) or "")))
    if len(phrases) < 2:
        raise DomainError(_("Một nhóm cần ít nhất hai cụm từ, cách nhau bằng dấu phẩy."))
    if any(len(p) > MAX_PHRASE_CHARS for p in phrases):
        raise DomainError(_("Mỗi cụm từ tối đa %(n)s ký tự.", n=MAX_PHRASE_CHARS))
    cleaned = ", ".join(phrases)
    if len(cleaned) > MAX_CHARS:
        raise DomainError(_("Một nhóm tối đa %(n)s ký tự.", n=MAX_CHARS))
    return cleaned


def _terms(group_id: int) -> str:
    terms = db.session.scalar(sa.text("SELECT terms FROM search_synonyms WHERE id = :id"), {"id": group_id})
    if terms is None:
        raise NotFound()
    return terms


class _Group(SimpleNamespace):
    """A row of search_synonyms (not a model) as the audit log's target."""

    @staticmethod
    def type_key() -> str:
        return "search_synonym"


def _audit(actor, action: str, group_id: int, before: str | None, after: str | None) -> None:
    record_event(actor, action, _Group(id=group_id), before={"terms": before}, after={"terms": after})


def add_group(actor, terms: str) -> int:
    require(is_admin(actor))
    cleaned = _clean(terms)
    group_id = db.session.scalar(sa.text("SELECT coalesce(max(id), 0) + 1 FROM search_synonyms"))
    db.session.execute(sa.text("INSERT INTO search_synonyms (id, terms) VALUES (:id, :terms)"),
                       {"id": group_id, "terms": cleaned})
    _audit(actor, "synonyms.create", group_id, None, cleaned)
    search.touch()
    return group_id


def update_group(actor, group_id: int, terms: str) -> None:
    require(is_admin(actor))
    before, cleaned = _terms(group_id), _clean(terms)
    db.session.execute(sa.text("UPDATE search_synonyms SET terms = :terms WHERE id = :id"),
                       {"id": group_id, "terms": cleaned})
    _audit(actor, "synonyms.update", group_id, before, cleaned)
    search.touch()


def delete_group(actor, group_id: int) -> None:
    require(is_admin(actor))
    before = _terms(group_id)
    db.session.execute(sa.text("DELETE FROM search_synonyms WHERE id = :id"), {"id": group_id})
    _audit(actor, "synonyms.delete", group_id, before, None)
    search.touch()
