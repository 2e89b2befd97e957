"""The bare endpoint the search page is compared with under gunicorn: no Flask, no database."""


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
    return [b"ok"]
