"""Migrations 0004, 0005, 0006 and 0028 rework the documents already indexed, both ways: nothing to reindex."""
import flask_migrate
import pytest
import sqlalchemy as sa

from directory.search import Params, search
from directory.search.backends import index_keys
from directory.search.documents import ENTERPRISE, OFFERING, doc_id


def ranked(query: str) -> list[tuple[str, int]]:
    return [(h.type, h.id) for h in search(Params(q=query)).hits]


def test_migration_0004_keeps_the_index_through_downgrade_and_upgrade(catalogue, db):
    before = {query: ranked(query) for query in ("thep", "tải", "", "da nang")}
    assert all(before.values())
    db.session.commit()
    db.session.remove()
    flask_migrate.downgrade(revision="0003")
    old = db.session.execute(sa.text("SELECT doc_id, doc_type, ref_id FROM search_docs")).all()
    assert old and all(r.doc_id == r.ref_id * 2 + (r.doc_type == ENTERPRISE) for r in old)
    db.session.remove()
    flask_migrate.upgrade()
    rows = db.session.execute(sa.text("SELECT doc_id, doc_type, ref_id, filter_terms FROM search_docs")).all()
    assert len(rows) == len(old) and all(r.doc_id == doc_id(r.doc_type, r.ref_id) for r in rows)
    assert all(r.filter_terms.startswith(f"t{r.doc_type}") for r in rows)
    assert {query: ranked(query) for query in before} == before
    assert any(t == OFFERING for t, _ in before["thep"])


def test_migrations_0005_and_0006_give_the_documents_indexed_the_keys_a_rebuild_gives(catalogue, db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("0005 and 0006 change only the PostgreSQL index; SQLite's is the same before and after")
    before = {query: ranked(query) for query in ("thep xay dung", "tải", "da nang")}
    rebuilt = db.session.execute(sa.text("SELECT doc_id, keys FROM search_docs")).all()
    db.session.commit()
    db.session.remove()

    def migrated() -> dict[int, set[str]]:
        rows = db.session.execute(sa.text("SELECT doc_id, tsvector_to_array(keys) AS k FROM search_docs")).all()
        db.session.remove()  # no transaction left open for the next migration to wait on
        return {r.doc_id: set(r.k) for r in rows}

    flask_migrate.downgrade(revision="0005")
    old = migrated()  # one word for the bucket, none in the other words
    assert old and all(sum(k.startswith("@") for k in keys) == 1 and not any("@" in k[1:] for k in keys)
                       for keys in old.values())
    flask_migrate.downgrade(revision="0004")
    flask_migrate.upgrade()
    rows = db.session.execute(sa.text("SELECT * FROM search_docs")).mappings().all()
    assert len(rows) == len(rebuilt) and migrated() == {r["doc_id"]: set(index_keys(r))
                                                        for r in rows}
    assert {query: ranked(query) for query in before} == before


def test_migration_0028_moves_sqlite_titles_to_words_of_their_own_both_ways(catalogue, db):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("0028 changes only SQLite's full-text index")
    queries = ("thep cuon", "thép", "van tai hang", "xe tai", "da nang", "dong anh", "ctcp thep")
    before = {query: ranked(query) for query in queries}
    assert all(before.values())

    def columns() -> list[str]:
        return [row[1] for row in db.session.execute(sa.text("PRAGMA table_info(search_fts)"))]

    assert columns() == ["title_keys", "body_exact", "body_fold", "filter_terms"]
    db.session.commit()
    db.session.remove()
    flask_migrate.downgrade(revision="0027")
    assert columns() == ["title_exact", "body_exact", "title_fold", "body_fold", "filter_terms"]
    assert db.session.scalar(sa.text("SELECT count(*) FROM search_fts WHERE search_fts MATCH '{title_fold} : thep'"))
    db.session.remove()
    flask_migrate.upgrade()
    assert db.session.scalar(sa.text("SELECT count(*) FROM search_fts WHERE search_fts MATCH '{title_keys} : fthep'"))
    assert {query: ranked(query) for query in queries} == before
