"""Both engines provide what backends.Backend states a backend must, with the same parameters,
so code written against the protocol runs on either."""
import inspect

import pytest

from directory.search.backends import Backend, PostgresBackend, SQLiteBackend, backend

METHODS = [name for name, value in vars(Backend).items() if inspect.isfunction(value) and not name.startswith("_")]
ATTRIBUTES = list(Backend.__annotations__)


def test_the_protocol_states_the_methods_search_and_the_rebuild_call():
    assert {"first", "among", "one_of", "values", "insert_docs", "delete_docs", "note_changes", "empty",
            "start_bulk", "insert_bulk", "append", "finish_bulk", "swap_in", "settle"} <= set(METHODS)
    assert ATTRIBUTES == ["name", "columns"]


@pytest.mark.parametrize("engine", [SQLiteBackend, PostgresBackend])
def test_each_engine_provides_every_member_of_the_protocol(engine):
    instance = engine()
    for name in ATTRIBUTES:
        assert hasattr(instance, name), name
    for name in METHODS:
        stated = list(inspect.signature(getattr(Backend, name)).parameters.values())[1:]  # without self
        given = list(inspect.signature(getattr(instance, name)).parameters.values())
        assert [p.name for p in given[:len(stated)]] == [p.name for p in stated], name
        assert all(p.default is not p.empty for p in given[len(stated):]), name  # extras are optional


def test_the_app_gets_the_engine_of_its_database(app):
    with app.app_context():
        chosen = backend()
        assert chosen.name == app.extensions["sqlalchemy"].engine.dialect.name
