"""Apps of their own for the operations tests: against a database that can be cut, behind a proxy,
with a route that fails. They share the session's migrated database unless told otherwise."""
import pytest
from flask import Flask

from directory import create_app
from directory.config import Config
from directory.extensions import db


@pytest.fixture
def make_app(app, tmp_path):
    made: list[Flask] = []

    def make(**settings) -> Flask:
        class OpsConfig(Config):
            TESTING = True
            SECRET_KEY = app.config["SECRET_KEY"]  # the session app's cookies are valid here too
            SQLALCHEMY_DATABASE_URI = app.config["SQLALCHEMY_DATABASE_URI"]
            INSTANCE_PATH = str(tmp_path)
            UPLOAD_FOLDER = str(tmp_path / "uploads")
            MAIL_SERVER = ""
            MAIL_OUTBOX = str(tmp_path / "outbox")
            JOBS_IMMEDIATE = True  # the job queue is one object per process, like the limiter
            WTF_CSRF_ENABLED = False
            RATELIMIT_ENABLED = False  # the limiter is one object per process: leave the session's alone
            RATELIMIT_STORAGE_URI = "memory://"  # not the machine's Redis, unless a test says so

        for name, value in settings.items():
            setattr(OpsConfig, name, value)
        made.append(create_app(OpsConfig))
        return made[-1]

    yield make
    for other in made:
        with other.app_context():
            db.engine.dispose()
