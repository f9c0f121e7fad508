#!/usr/bin/env bash
# Sets everything up, checks formatting, lint rules and types, then runs the whole
# test suite (unit, window, PostgreSQL and CalDAV integration). Extra arguments go to
# pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The same checks as `make lint typecheck` and the pre-commit hooks; they take
# seconds, so a slip fails here before the suite's minutes.
python_paths=(app models ui tests main.py benchmarks scripts)
.venv/bin/ruff format --check "${python_paths[@]}"
.venv/bin/ruff check "${python_paths[@]}"
.venv/bin/mypy  # files and strictness: [tool.mypy] in pyproject.toml
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m pytest "$@"
