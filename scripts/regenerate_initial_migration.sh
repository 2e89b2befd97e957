#!/bin/sh
# Rebuild migrations/versions/0001_initial_schema.py from the models (pre-release only).
set -eu
TMP=$(mktemp -d)
trap 'mv "$TMP"/held/*.py migrations/versions/ 2>/dev/null || true; rm -rf "$TMP"' EXIT
mkdir "$TMP/held"
rm -f migrations/versions/0001_initial_schema.py
find migrations/versions -maxdepth 1 -name '*.py' -exec mv {} "$TMP/held/" \;
INSTANCE_PATH="$TMP" DATABASE_URL="sqlite:///$TMP/m.sqlite3" .venv/bin/flask --app app db migrate --rev-id 0001 -m "initial schema"
