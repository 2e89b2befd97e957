"""The framework's own ceiling for bench/load.py: a Flask app with one view, no extensions, no
database. The app's mixes are reported as a share of what this serves in the same run."""
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "ok"
