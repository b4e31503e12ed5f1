# Newsroom: `make run` serves the site on SQLite, `make test` runs the test suite.
# Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install install-dev test lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-base: requirements/base.lock | $(BIN)/python
	$(PIP) install --require-hashes -r requirements/base.lock
	touch $@

$(VENV)/.installed-dev: requirements/dev.lock | $(BIN)/python
	$(PIP) install --require-hashes -r requirements/dev.lock
	touch $@ $(VENV)/.installed-base

install: $(VENV)/.installed-base

install-dev: $(VENV)/.installed-dev

# Local development server: debug on, SQLite file db.sqlite3 unless DATABASE_URL is set.
run: install
	NEWSROOM_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	NEWSROOM_DEBUG=1 $(BIN)/python manage.py load_seeds seeds/
	NEWSROOM_DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install-dev
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
