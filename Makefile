# make run   – install, migrate the embedded SQLite database, load demo data once, serve on
#              HOST:PORT (default 127.0.0.1:5000) with the job worker beside it: make run PORT=5001
# make test  – install test tools (Chromium, Nu Html Checker, wrk) and run the whole suite
# make test-fast – the quick loop: everything but the browser tests and the slow ones (soak, load, fuzz)
# make relevance – the relevance benchmark (bench/relevance/measure.py) on SQLite and PostgreSQL
# make load  – the load benchmark (bench/load.py): make load BENCH_ARGS="--size 50000 --database both"
VENV   := .venv
HOST   ?= 127.0.0.1
PORT   ?= 5000
PY     := $(VENV)/bin/python
FLASK  := $(VENV)/bin/flask --app app
PYBABEL := $(VENV)/bin/pybabel
VNU    := .tools/node_modules/vnu-jar/build/dist/vnu.jar
CATALOGS := $(patsubst %.po,%.mo,$(wildcard directory/translations/*/LC_MESSAGES/messages.po))

.PHONY: run test test-fast test-postgres install translations extract-messages bench relevance bandit load clean

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

%.mo: %.po $(VENV)/.installed
	$(PYBABEL) compile -i $< -o $@

translations: $(CATALOGS)

# The job worker (mail, scheduled digests) runs beside the web server and stops with it.
run: install translations
	$(FLASK) db upgrade
	$(FLASK) demo load --if-empty
	$(FLASK) jobs worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(FLASK) run --host $(HOST) --port $(PORT)

/usr/bin/chromium:
	apt-get update -qq && apt-get install -y -qq chromium

$(VNU):
	npm install --prefix .tools --ignore-scripts --no-audit --no-fund --silent vnu-jar@26.9.27

/usr/bin/wrk:
	apt-get update -qq && apt-get install -y -qq wrk

test: $(VENV)/.installed-dev translations /usr/bin/chromium /usr/bin/wrk $(VNU)
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(VENV)/.installed-dev translations
	$(PY) -m pytest -m "not browser and not slow" $(PYTEST_ARGS)

extract-messages: $(VENV)/.installed
	$(PYBABEL) extract -F babel.cfg -k _l -k lazy_gettext --no-location --sort-output -w 100 -o messages.pot .
	$(PYBABEL) update -i messages.pot -d directory/translations --no-fuzzy-matching -w 100
	rm messages.pot

# Static security checks: no finding of medium or high severity; each accepted one is marked
# `# nosec BXXX` in the code with its reason.
bandit: $(VENV)/.installed-dev
	$(VENV)/bin/bandit -q -r directory app.py --severity-level medium

bench: $(VENV)/.installed-dev
	$(PY) bench/search.py $(BENCH_ARGS)

# The judged query set on the demo catalogue: hits@1/@10, MRR, nDCG, recall, zero results per class.
relevance: $(VENV)/.installed-dev
	$(PY) bench/relevance/measure.py $(BENCH_ARGS)

load: $(VENV)/.installed-dev translations /usr/bin/wrk
	$(PY) bench/load.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .tools instance test-results

# While the schema is young and unreleased, 0001 is regenerated from the models;
# later migrations (the search indexes) are written by hand on top of it.
migration: $(VENV)/.installed
	sh scripts/regenerate_initial_migration.sh
