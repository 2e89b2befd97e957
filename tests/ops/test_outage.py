"""The database really goes away under a running app: pages answer 503 (HTML or JSON) with
Retry-After, /healthz says so, and the next request after the database returns succeeds.

PostgreSQL: the app talks to it through a TCP relay that the test cuts (new connections refused,
open ones dropped) and restores. SQLite: the database file's folder disappears.
"""
import os
import socket
import sqlite3
import threading

import pytest
import sqlalchemy as sa

from directory.cache import cache
from directory.errors import is_database_outage
from directory.extensions import db as _db


class CuttableRelay:
    """A TCP relay on 127.0.0.1 in front of a server, standing in for the network to it."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.port = 0
        self.listener: socket.socket | None = None
        self.open: list[socket.socket] = []
        self.lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))  # the same port again after a cut
        listener.listen(16)
        self.port, self.listener = listener.getsockname()[1], listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Like a stopped server: the port refuses connections and the open ones end."""
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() blocked in the other thread
        self.listener.close()
        with self.lock:
            for sock in self.open:
                _shutdown(sock)  # the relay threads see the end and stop; the sockets close with them
            self.open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
                upstream = socket.create_connection(self.target)
            except OSError:
                return
            with self.lock:
                self.open += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        _shutdown(sink)


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


@pytest.fixture
def outage(app, make_app, tmp_path, make_user, db):
    """(app, cut, restore, sign_in_key): an app of its own whose database the test can take away,
    and the key of a user's sign-in (services/sessions.py) in it."""
    from directory.services import sessions

    user = make_user(full_name="Trần Thị Vận Hành")
    key = sessions.start(user)
    db.session.commit()
    url = sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "postgresql":
        relay = CuttableRelay(url.host or "127.0.0.1", url.port or 5432)
        relay.start()
        outage_app = make_app(SQLALCHEMY_DATABASE_URI=url.set(host="127.0.0.1", port=relay.port)
                              .render_as_string(hide_password=False))
        def cut_relay():
            relay.cut()
            with outage_app.app_context():
                cache.clear()  # a page cached a moment ago would still be served: a new worker has none

        yield outage_app, cut_relay, relay.start, key
        if relay.listener.fileno() != -1:
            relay.cut()
        return
    folder, gone = tmp_path / "data", tmp_path / "data-gone"
    folder.mkdir()
    source, copy = sqlite3.connect(url.database), sqlite3.connect(folder / "directory.sqlite3")
    source.backup(copy)  # the migrated test database, with the user in it
    source.close(), copy.close()
    outage_app = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{folder / 'directory.sqlite3'}")

    def cut():
        folder.rename(gone)  # as when its volume is unmounted
        with outage_app.app_context():
            _db.engine.dispose()  # open connections would still reach the moved file; a new worker has none
            cache.clear()  # nor any cached page or search stamp

    yield outage_app, cut, lambda: gone.rename(folder), key


def test_a_lost_database_is_a_503_with_retry_after_and_the_app_recovers(outage):
    app, cut, restore, sign_in_key = outage
    visitor, member = app.test_client(), app.test_client()
    with member.session_transaction() as session:
        session["_user_id"] = sign_in_key
    assert visitor.get("/").status_code == 200
    assert "Trần Thị Vận Hành" in member.get("/").text
    assert visitor.get("/healthz").json == {"status": "ok", "checks": {"database": "ok"}}

    cut()
    for client in (visitor, member):  # the member's page must not need the member's row
        page = client.get("/", headers={"X-Request-ID": "mat-dien-42"})
        assert page.status_code == 503
        assert page.headers["Retry-After"].isdigit()
        assert page.mimetype == "text/html"
        assert "Hệ thống tạm thời gián đoạn" in page.text
        assert "Mã yêu cầu" in page.text and "mat-dien-42" in page.text
        assert "Trần Thị Vận Hành" not in page.text
    with visitor.session_transaction() as session:
        session["lang"] = "en"
    assert "Service temporarily unavailable" in visitor.get("/search/?q=thép").text

    api = visitor.get("/api/v1/search?q=thép")
    assert api.status_code == 503 and api.headers["Retry-After"].isdigit()
    assert api.json["error"]["status"] == 503 and api.json["error"]["request_id"]

    health = visitor.get("/healthz")
    assert health.status_code == 503
    assert health.json == {"status": "unavailable", "checks": {"database": "unavailable"}}
    assert health.headers["Cache-Control"] == "no-store"

    restore()
    assert visitor.get("/healthz").json == {"status": "ok", "checks": {"database": "ok"}}
    assert member.get("/").status_code == 200  # the first request after the return, no waiting
    assert "Trần Thị Vận Hành" in member.get("/").text


def test_a_lock_held_past_the_timeout_is_an_outage_a_missing_table_is_a_bug(tmp_path):
    url = f"sqlite:///{tmp_path / 'locks.sqlite3'}"
    holder, waiter = sa.create_engine(url), sa.create_engine(url, connect_args={"timeout": 0.05})
    with holder.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        connection.commit()
        connection.exec_driver_sql("BEGIN EXCLUSIVE")
        with waiter.connect() as other, pytest.raises(sa.exc.OperationalError) as locked:
            other.exec_driver_sql("INSERT INTO t VALUES (1)")
    with waiter.connect() as other, pytest.raises(sa.exc.OperationalError) as missing:
        other.exec_driver_sql("SELECT * FROM no_such_table")
    holder.dispose(), waiter.dispose()
    assert "locked" in str(locked.value) and is_database_outage(locked.value)
    assert not is_database_outage(missing.value)


@pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"), reason="needs PostgreSQL (TEST_DATABASE_URL)")
def test_a_postgresql_programming_error_is_not_an_outage(db):
    with pytest.raises(sa.exc.ProgrammingError) as error:
        db.session.execute(sa.text("SELECT * FROM no_such_table"))
    db.session.rollback()
    assert not is_database_outage(error.value)
