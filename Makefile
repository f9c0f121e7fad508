# Delegation Planner — developer shortcuts. The README's two commands need no make.
.PHONY: help setup run test test-core translations screenshots bench lint typecheck format

# What the linters and the format check look at (scripts/test.sh names the same).
PYTHON_PATHS = app models ui tests main.py benchmarks scripts

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

setup:  ## install Debian packages (when missing), .venv and Python packages
	bash scripts/setup.sh

run: setup  ## start the desktop window
	.venv/bin/python main.py

test:  ## the whole test suite (as CI runs it)
	bash scripts/test.sh

test-core: setup  ## quick run: models/ and app/ without window and server tests
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m "not gui and not integration and not slow" -q

translations: setup  ## extract msgids, update de/en/ja catalogues, compile .mo
	bash scripts/translations.sh

screenshots: setup  ## every view in de, en and ja as PNG under out/screenshots
	.venv/bin/python scripts/screenshots.py out/screenshots

bench: setup  ## benchmarks against the raw libraries, printed as a table
	.venv/bin/python -m benchmarks.run

lint: setup  ## ruff: format check and lint rules, as the test command runs them
	.venv/bin/ruff format --check $(PYTHON_PATHS)
	.venv/bin/ruff check $(PYTHON_PATHS)

typecheck: setup  ## mypy, strict on models/, app/ and ui/ (configured in pyproject.toml)
	.venv/bin/mypy

format: setup  ## apply ruff's formatting and its safe lint fixes
	.venv/bin/ruff format $(PYTHON_PATHS)
	.venv/bin/ruff check --fix $(PYTHON_PATHS)
