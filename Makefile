# Treffpunkt — the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1
MANAGE := $(BIN)/treffpunkt

.PHONY: install install-dev run serve test test-postgres lint format lock messages translations clean \
	bench-search bench-dashboard bench-live bench-matching bench-lighthouse prod \
	bench-load bench-faults

# Create or update .venv with the pinned dependencies and the `treffpunkt` command.
install: $(VENV)/.installed translations

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	@touch $@

install-dev: install $(VENV)/.installed-dev node_modules/.installed

# axe-core for the accessibility audits in the browser tests; skipped where npm is missing.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	 else echo "npm not found: browser accessibility audits will be skipped"; fi

# Compile the gettext catalogues (.po -> .mo) with Babel, so GNU gettext is not needed.
translations: $(VENV)/.installed
	@TREFFPUNKT_DEBUG=1 $(MANAGE) compile_translations --quiet

# Extract new UI strings into the catalogues (needs GNU gettext's xgettext; a developer task).
messages: $(VENV)/.installed
	cd src/treffpunkt && TREFFPUNKT_DEBUG=1 ../../$(MANAGE) makemessages --no-obsolete --no-location \
	  -l de -l ar -l uk -l tr -l fa --ignore "static/*"

run: install
	@mkdir -p var
	TREFFPUNKT_DEBUG=1 $(MANAGE) migrate --no-input
	TREFFPUNKT_DEBUG=1 $(MANAGE) load_demo
	@echo ""
	@echo "  Treffpunkt is running on http://$(HOST):$(PORT)/  (Ctrl+C stops it)"
	@echo "  Background tasks run beside it; e-mails are printed here."
	@echo ""
	@# The task worker and the scheduler in the background, stopped when uvicorn stops.
	@trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	TREFFPUNKT_DEBUG=1 $(MANAGE) db_worker --no-reload --no-startup-delay & worker=$$!; \
	TREFFPUNKT_DEBUG=1 $(MANAGE) scheduler & scheduler=$$!; \
	TREFFPUNKT_DEBUG=1 $(BIN)/uvicorn treffpunkt.asgi:application --host $(HOST) --port $(PORT) --no-access-log

# As in production on one machine: PostgreSQL, Redis, WORKERS uvicorn workers, the task worker,
# the scheduler and nginx on PROD_PORT (docs/operations.md). PROD_ARGS=--demo loads demo data.
WORKERS   ?= 3
PROD_PORT ?= 8080
PROD_ARGS ?=
prod: install
	$(BIN)/python deploy/prod.py --workers $(WORKERS) --port $(PROD_PORT) $(PROD_ARGS)

test: install-dev
	$(BIN)/pytest -p no:cacheprovider $(PYTEST_ARGS)

test-postgres:
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/treffpunkt REDIS_URL=redis://127.0.0.1:6379/0 $(MAKE) test

lint: $(VENV)/.installed-dev
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench

format: $(VENV)/.installed-dev
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

# Benchmarks (figures in bench/README.md). SIZES and DBS narrow a run.
SIZES ?= 500,20000,200000
DBS   ?= sqlite,postgres
bench-search: install
	$(BIN)/python bench/search.py --db $(DBS) --sizes $(SIZES)

# The dashboard page (p95) and `treffpunkt coverage` at 500 / 20,000 / 200,000 offers.
bench-dashboard: install
	$(BIN)/python bench/dashboard.py --db $(DBS) --sizes $(SIZES)

# Lighthouse (bench/package.json, apart from the test tools) with Debian's chromium; mobile.
# LIGHTHOUSE_ARGS e.g. "--pages home,search --languages de --runs 3".
LIGHTHOUSE_ARGS ?=
bench/node_modules/.installed: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed

bench-lighthouse: install bench/node_modules/.installed
	$(BIN)/python bench/lighthouse.py $(LIGHTHOUSE_ARGS)

# 1,000 open interpreting requests against 5,000 interpreters; MATCHING_DBS=sqlite,postgres.
MATCHING_DBS ?= sqlite
bench-matching: install
	$(BIN)/python bench/matching.py --db $(MATCHING_DBS)

# LIVE_LAYERS=memory,redis; LIVE_PARTICIPANTS overrides 300 (memory) / 1000 (redis).
LIVE_LAYERS       ?= memory,redis
LIVE_PARTICIPANTS ?=
LIVE_WORKERS      ?= 3
bench-live: install
	$(BIN)/python bench/live.py --layers $(LIVE_LAYERS) --workers $(LIVE_WORKERS) \
	  $(if $(LIVE_PARTICIPANTS),--participants $(LIVE_PARTICIPANTS))

# Against deploy/prod.py (nginx, uvicorn workers, PostgreSQL, Redis); figures in bench/README.md.
# LOAD_ARGS e.g. "--workers 1,3 --users 5,10,20,35,50,80 --step 20" (the defaults).
LOAD_ARGS ?=
$(VENV)/.installed-bench: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[bench]"
	@touch $@

bench-load: install $(VENV)/.installed-bench
	$(BIN)/python bench/load.py $(LOAD_ARGS)

# Kills a worker, restarts Redis and PostgreSQL during a vote storm and a registration burst.
FAULTS_ARGS ?=
bench-faults: install
	$(BIN)/python bench/faults.py $(FAULTS_ARGS)

# Re-resolve the transitive pins after changing pyproject.toml.
lock:
	rm -rf /tmp/treffpunkt-lock && $(PYTHON) -m venv /tmp/treffpunkt-lock
	/tmp/treffpunkt-lock/bin/pip install --quiet --upgrade "pip>=24"
	/tmp/treffpunkt-lock/bin/pip install --quiet ".[dev,bench]"
	/tmp/treffpunkt-lock/bin/pip freeze --exclude treffpunkt | sort -f > requirements.lock

clean:
	rm -rf $(VENV) node_modules bench/node_modules staticfiles
