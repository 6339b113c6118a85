# Two commands for a fresh machine: `make run` and `make test`.
# Another Python in a venv of its own: make test PYTHON=python3.13 VENV=.venv-3.13
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-heavy lint typecheck unit e2e man dist bench bench-refresh bench-ticker bench-reader bench-extraction bench-robustness bench-recovery screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m compileall -q desktop_app
	$(BIN)/caravan

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not e2e"

e2e: $(STAMP)
	$(BIN)/pytest -m e2e $(PYTEST_ARGS)

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# The robustness suite's heavy variant: 200 kills, ten times the generated property cases.
test-heavy: $(STAMP)
	CARAVAN_CRASH_ROUNDS=200 QT_QPA_PLATFORM=offscreen $(BIN)/pytest \
		tests/e2e/test_crash_safety.py tests/unit/test_properties.py
	CARAVAN_PROPERTY_SCALE=10 QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/unit/test_properties.py

# caravan(1) from the command line's own parser; tests/unit/test_manpage.py checks it is current.
man: $(STAMP)
	$(BIN)/python packaging/manpage.py packaging/caravan.1

# The wheel and the sdist into dist/, as a packager builds them (the wheel from the sdist).
dist: $(STAMP)
	$(BIN)/python -m build --no-isolation --outdir dist .

bench: $(STAMP)
	$(BIN)/python bench/startup.py

bench-refresh: $(STAMP)
	$(BIN)/python bench/refresh.py

bench-ticker: $(STAMP)
	$(BIN)/python bench/ticker.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/responsiveness.py

bench-reader: $(STAMP)
	$(BIN)/python bench/reader.py

# The 116 pages of the shared fixtures (not in this repository: pass DIR=... elsewhere).
EXTRACTION_DIR ?= ../shared/fixtures/extraction
bench-extraction: $(STAMP)
	$(BIN)/python bench/extraction.py $(EXTRACTION_DIR)

bench-robustness: $(STAMP)
	$(BIN)/python bench/robustness.py

bench-recovery: $(STAMP)
	$(BIN)/python bench/recovery.py

screenshots: $(STAMP)
	$(BIN)/python packaging/screenshot.py docs/

clean:
	rm -rf $(VENV) dist .mypy_cache .pytest_cache .ruff_cache
