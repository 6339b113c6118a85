# Two commands for a fresh machine: `make run` and `make test`.
# Another Python in a venv of its own: make test PYTHON=python3.13 VENV=.venv-3.13
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test miniflux bench-sync test-heavy test-spawn lint typecheck unit e2e bundle man dist bench bench-refresh bench-ticker bench-reader bench-extraction bench-robustness bench-recovery screenshots icons translations clean

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

# The package checked as Windows and macOS see it too: a call their stubs lack fails here.
typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --platform win32 --cache-dir .mypy_cache/win32 desktop_app
	$(BIN)/mypy --platform darwin --cache-dir .mypy_cache/darwin desktop_app

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not e2e"

e2e: $(STAMP)
	$(BIN)/pytest -m e2e $(PYTEST_ARGS)

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# The unit and GUI tests with spawn, the parser pool's start method on Windows and macOS.
test-spawn: $(STAMP)
	CARAVAN_MP_START=spawn QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not e2e"

# The robustness suite's heavy variant: 200 kills, ten times the generated property cases.
test-heavy: $(STAMP)
	CARAVAN_CRASH_ROUNDS=200 QT_QPA_PLATFORM=offscreen $(BIN)/pytest \
		tests/e2e/test_crash_safety.py tests/unit/test_properties.py
	CARAVAN_PROPERTY_SCALE=10 QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/unit/test_properties.py

# The real Miniflux the sync tests run against, into .cache/miniflux (kept between runs).
miniflux:
	bash tests/sync_server/build-miniflux.sh

# caravan(1) from the command line's own parser; tests/unit/test_manpage.py checks it is current.
man: $(STAMP)
	$(BIN)/python packaging/manpage.py packaging/caravan.1

# The interface's catalogues: the marked strings (desktop_app/i18n.py) into each language's
# .ts source, then compiled into the .qm files the package carries. Run after changing a
# marked string; tests/unit/test_translations.py checks both are current. English has a
# catalogue of its plural forms only: the source says "%n feed(s)", English shows "1 feed".
TRANSLATION_LANGUAGES := ru kk uz
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $$(git ls-files 'desktop_app/*.py') \
		-ts $(foreach language,$(TRANSLATION_LANGUAGES),resources/translations/caravan_$(language).ts)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly \
		$$(git ls-files 'desktop_app/*.py') -ts resources/translations/caravan_en.ts
	$(foreach language,en $(TRANSLATION_LANGUAGES),$(BIN)/pyside6-lrelease -silent \
		resources/translations/caravan_$(language).ts -qm desktop_app/translations/caravan_$(language).qm &&) true

# The wheel and the sdist into dist/, as a packager builds them (the wheel from the sdist).
dist: $(STAMP)
	$(BIN)/python -m build --no-isolation --outdir dist .

bench: $(STAMP)
	$(BIN)/python bench/startup.py

# The frozen app (PyInstaller, one folder) in dist/caravan/. Built from a venv of its own that
# holds the app's dependencies and PyInstaller, none of the test tools: the bundle takes what
# its interpreter can import.
BUNDLE_VENV  := .venv-bundle
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed
$(BUNDLE_STAMP): pyproject.toml packaging/requirements-bundle.txt
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BUNDLE_VENV)/bin/python -m pip install --quiet -e . -r packaging/requirements-bundle.txt
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN packaging/caravan.spec

bench-sync: $(STAMP)
	$(BIN)/python bench/sync.py

bench-refresh: $(STAMP)
	$(BIN)/python bench/refresh.py

bench-ticker: $(STAMP)
	$(BIN)/python bench/ticker.py --rounds 5
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

# The hicolor PNGs, from the SVGs in resources/icons (commit the result).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) build dist .mypy_cache .pytest_cache .ruff_cache
