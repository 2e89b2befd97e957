"""The index follows approval, suspension, edits and archiving, in the caller's transaction."""
import pytest
import sqlalchemy as sa

from directory.models import Status
from directory.search import Params, search, sync_enterprise, sync_offering
from directory.search.documents import OFFERING, doc_id


def found(query: str) -> set[str]:
    return {h.record.title for h in search(Params(q=query, type="offering")).hits}


def test_approving_an_offering_makes_it_findable(catalogue, db):
    pending = catalogue["pending"]
    pending.status = Status.APPROVED
    sync_offering(pending)
    assert "Thép tấm xây dựng nhập khẩu" in found("thep tam")  # same transaction, before commit
    db.session.commit()
    assert "Thép tấm xây dựng nhập khẩu" in found("thep tam")


def test_rolled_back_change_leaves_the_index_as_it_was(catalogue, db):
    pending = catalogue["pending"]
    pending.status = Status.APPROVED
    sync_offering(pending)
    db.session.rollback()
    assert "Thép tấm xây dựng nhập khẩu" not in found("thep tam")


def test_suspending_an_enterprise_removes_all_its_offerings(catalogue, db):
    catalogue["steel_maker"].status = Status.SUSPENDED
    sync_enterprise(catalogue["steel_maker"])
    db.session.commit()
    assert found("thep") == set()
    assert search(Params(q="dong anh")).total == 0


def test_reinstating_an_enterprise_brings_back_its_approved_offerings_only(catalogue, db):
    suspended = catalogue["suspended"]
    suspended.status = Status.APPROVED
    sync_enterprise(suspended)
    db.session.commit()
    assert "Thép ống xây dựng mạ kẽm" in found("thep ong")
    assert "Thép tấm xây dựng nhập khẩu" not in found("thep tam")


def test_editing_a_title_replaces_old_words_and_suggestions(catalogue, db):
    from directory.search import suggest

    steel = catalogue["steel"]
    steel.title = "Tôn lợp mái chống nóng"
    sync_offering(steel)
    db.session.commit()
    assert "Tôn lợp mái chống nóng" in found("ton lop")
    assert "Thép cuộn xây dựng D10" not in found("thep cuon")
    assert [s.label for s in suggest("ton l")] == ["Tôn lợp mái chống nóng"]
    assert "Thép cuộn xây dựng D10" not in [s.label for s in suggest("thep c")]


def test_archiving_an_offering_removes_it(catalogue, db):
    catalogue["furniture"].status = Status.ARCHIVED
    sync_offering(catalogue["furniture"])
    db.session.commit()
    assert found("do go") == set()


def test_member_offer_of_an_enterprise_follows_its_offerings(catalogue, db):
    member_enterprises = {h.id for h in search(Params(type="enterprise", member=True)).hits}
    assert member_enterprises == {catalogue["steel_maker"].id}
    catalogue["steel_h"].member_offer, catalogue["steel_h"].member_discount_pct = None, None
    sync_offering(catalogue["steel_h"])
    db.session.commit()
    assert search(Params(type="enterprise", member=True)).total == 0


def test_reindex_command_rebuilds_the_index(app, catalogue, db):
    from directory.search import empty_index

    empty_index()
    db.session.commit()
    assert search(Params(q="thep")).total == 0
    db.session.commit()  # end the read, as a request does
    result = app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "mục công khai" in result.output
    db.session.remove()
    assert search(Params(q="thep", type="offering")).total == 2
    if db.engine.dialect.name == "postgresql":  # vacuumed after the commit: rows already visible to all
        assert db.session.scalar(sa.text("SELECT relallvisible FROM pg_class WHERE relname = 'search_docs'")) > 0


def test_a_rebuild_in_worker_processes_gives_the_same_index(catalogue, db, monkeypatch):
    import sqlalchemy as sa

    from directory.search import documents, reindex

    def snapshot():
        return (db.session.execute(sa.text("SELECT * FROM search_docs ORDER BY doc_id")).all(),
                db.session.execute(sa.text("SELECT term, freq FROM search_terms ORDER BY term")).all(),
                db.session.execute(sa.text("SELECT key, label, weight FROM search_suggestions ORDER BY key, label")).all())

    before = snapshot()
    monkeypatch.setattr(documents, "PARALLEL_FROM", 0)  # the catalogue is small: force the workers
    total = reindex()
    db.session.commit()
    assert total == len(before[0]) > 0
    assert snapshot() == before
    assert [h.record.title for h in search(Params(q="thep", type="offering")).hits]


SCHEMA = {  # every search table: columns, constraints, indexes, storage options
    "postgresql": """
        SELECT c.relname, 'column', a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END || ' ' || coalesce(co.collname, '')
               || ' ' || a.attstorage::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
          FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
          LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
         WHERE c.relname LIKE 'search%' AND c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
        UNION ALL SELECT conrelid::regclass::text, 'constraint ' || conname, pg_get_constraintdef(oid) FROM pg_constraint
         WHERE conrelid::regclass::text LIKE 'search%'
        UNION ALL SELECT tablename, 'index ' || indexname, indexdef FROM pg_indexes
         WHERE tablename LIKE 'search%' AND schemaname = current_schema()
        UNION ALL SELECT relname, 'options', array_to_string(reloptions, ',') FROM pg_class
         WHERE relname LIKE 'search%' AND relkind = 'r' AND relnamespace = current_schema()::regnamespace
    """,
    "sqlite": "SELECT tbl_name, type || ' ' || name, sql FROM sqlite_master WHERE tbl_name LIKE 'search%'",
}


def test_a_rebuild_writes_documents_in_doc_id_order_and_keeps_the_schema(catalogue, db):
    """The tables a rebuild leaves are those the migrations made: the same columns, types,
    collations, constraints, indexes and storage options, and no table more."""
    from directory.search import reindex

    def schema():
        return sorted(db.session.execute(sa.text(SCHEMA[db.engine.dialect.name])).all())

    before = schema()
    assert any(kind == "index ix_search_docs_name" for _table, kind, _definition in before)
    if db.engine.dialect.name == "postgresql":
        assert {("search_docs", "constraint pk_search_docs", "PRIMARY KEY (doc_id)"),
                ("search_docs", "options", "toast_tuple_target=8160")} <= set(before)
        assert any(kind == "index ix_search_docs_keys" for _table, kind, _definition in before)
    reindex()
    db.session.commit()
    assert schema() == before
    stored = db.session.scalars(sa.text("SELECT doc_id FROM search_docs")).all()  # in storage order
    assert stored == sorted(stored) and len(stored) > 1


def test_documents_written_one_by_one_equal_a_rebuild(catalogue, db):
    """Edits write a document through SQL parameters, a rebuild through the bulk path (a binary
    COPY on PostgreSQL): both must store the same rows and index words."""
    import sqlalchemy as sa

    from directory.models import Enterprise
    from directory.search import documents
    from directory.search.backends import backend

    def stored():
        return db.session.execute(sa.text("SELECT * FROM search_docs ORDER BY doc_id")).all()

    rebuilt = stored()
    backend().empty()
    for enterprise in db.session.scalars(sa.select(Enterprise)):
        documents.sync_enterprise(enterprise)
    assert stored() == rebuilt and len(rebuilt) > 5


def test_the_counts_pages_show_follow_every_change(catalogue, db, make_category):
    """search_counts (home, committee and category pages) equals a count of the catalogue after
    approvals, suspensions, archiving, a move to another category and a reinstatement."""
    from directory.models import Category, Enterprise, Offering
    from directory.search.documents import counts

    def counted() -> dict:
        truth = {}
        public = [o for o in db.session.scalars(sa.select(Offering)) if o.is_public]
        for e in db.session.scalars(sa.select(Enterprise).where(Enterprise.status == Status.APPROVED)):
            if e.committee_id is not None:
                truth[("committee_enterprise", e.committee_id)] = truth.get(("committee_enterprise", e.committee_id), 0) + 1
        for o in public:
            keys = [("committee_offering", o.enterprise.committee_id)] if o.enterprise.committee_id else []
            if o.category_id is not None:
                keys += [("category", c) for c in dict.fromkeys((o.category_id, o.category.parent_id or o.category_id))]
            for key in keys:
                truth[key] = truth.get(key, 0) + 1
        return truth

    def stored() -> dict:
        return {key: n for key, n in counts(["committee_enterprise", "committee_offering", "category"]).items() if n}

    assert stored() == counted()
    pending = catalogue["pending"]
    pending.status = Status.APPROVED
    sync_offering(pending)
    steel = catalogue["steel"]
    steel.category_id = make_category(slug="thep-cuon", parent_id=steel.category_id).id
    db.session.flush()
    db.session.expire(steel, ["category"])
    sync_offering(steel)
    catalogue["furniture"].status = Status.ARCHIVED
    sync_offering(catalogue["furniture"])
    trucker = catalogue["trucker"]
    trucker.status = Status.SUSPENDED
    sync_enterprise(trucker)
    catalogue["suspended"].status = Status.APPROVED
    sync_enterprise(catalogue["suspended"])
    db.session.commit()
    assert stored() == counted()
    assert stored()[("category", db.session.get(Category, steel.category_id).parent_id)] >= 1


def test_the_sqlite_index_holds_exactly_the_words_of_its_documents_after_every_kind_of_change(catalogue, db):
    """FTS5 removes a document's words by being told its old text (backends.delete_docs reads
    it back through the view search_fts_content, migration 0028). Were the view's title_keys to
    differ by a word from what Python wrote (backends.title_keys), the old words would stay in
    the index and keep finding the document by words it no longer has."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("FTS5 is SQLite's index; PostgreSQL's keys are compared with a rebuild's in test_migration")
    from directory.search.backends import FTS_COLUMNS

    def indexed() -> set:
        # A temporary table is the connection's own: made again on whichever one the session holds
        db.session.execute(sa.text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed USING fts5vocab(main, search_fts, instance)"))
        return set(db.session.execute(sa.text("SELECT doc, col, term FROM temp.indexed")).all())

    def content() -> set:
        rows = db.session.execute(sa.text("SELECT * FROM search_fts_content")).mappings()
        return {(row["doc_id"], column, word) for row in rows for column in FTS_COLUMNS for word in row[column].split()}

    assert indexed() == content() and any(term.startswith("fthep") for _doc, _col, term in indexed())
    steel, transport = catalogue["steel"], catalogue["transport"]
    steel.title = "Xi-măng  PCB40 (bao 50 kg) — giá tốt"  # punctuation, a code, a double space
    sync_offering(steel)
    transport.title = "—"  # no word at all
    sync_offering(transport)
    catalogue["furniture"].status = Status.ARCHIVED
    sync_offering(catalogue["furniture"])
    catalogue["steel_maker"].status = Status.SUSPENDED
    sync_enterprise(catalogue["steel_maker"])
    catalogue["suspended"].status = Status.APPROVED
    sync_enterprise(catalogue["suspended"])
    db.session.commit()
    assert indexed() == content()
    steel.enterprise.status = Status.APPROVED
    sync_enterprise(steel.enterprise)
    db.session.commit()
    assert indexed() == content()
    assert "Xi-măng  PCB40 (bao 50 kg) — giá tốt" in found("xi mang pcb 40")
    titled = lambda match: set(db.session.scalars(sa.text("SELECT rowid FROM search_fts WHERE search_fts MATCH :m"),  # noqa: E731
                                                  {"m": "{title_keys} : " + match}))
    assert doc_id(OFFERING, steel.id) in titled('"fxi fmang fpcb f40"') - titled("fthep")
