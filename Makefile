SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install run test lint bench

help:
	@echo "make install  create $(VENV) and install vt-ledger with its test tools"
	@echo "make run      the demo (store: \$$VT_LEDGER_DATABASE_URL, default sqlite:///var/ledger.db)"
	@echo "make test     ruff, then the whole suite on SQLite and a private PostgreSQL server"
	@echo "make lint     ruff and the import-linter contracts"
	@echo "make bench    the benchmarks in bench/ on SQLite and a private PostgreSQL server"

install: $(STAMP)

# Reinstalls only when pyproject.toml changed (or the venv is gone).
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	    echo "vt-ledger needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)." >&2; \
	    echo "Install it, or point make at one: make PYTHON=python3.12 ..." >&2; exit 1; }
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

# The store comes from VT_LEDGER_DATABASE_URL; unset, ledger.storage uses sqlite:///var/ledger.db.
run: install
	$(BIN)/vt-ledger demo

test: install
	$(BIN)/ruff check .
	scripts/with-postgres.sh $(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-logo

# On demand, not part of `make test`: figures and ratios measured side by side in one run.
bench: install
	scripts/with-postgres.sh $(BIN)/python -m bench.catchup
