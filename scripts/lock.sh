#!/usr/bin/env bash
# Refreshes requirements.lock from the ranges in pyproject.toml: every Python package
# (runtime, test and build) at an exact version with its hashes. Run it after changing
# pyproject.toml and commit both files together; tests/unit/test_lock.py fails while
# they disagree. Extra arguments go to pip-compile, e.g. --upgrade-package babel.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools"
"$tools/bin/python" -m pip install -q pip-tools==7.6.2
"$tools/bin/pip-compile" --quiet --generate-hashes --allow-unsafe --all-build-deps \
    --extra test --strip-extras --no-emit-index-url --no-emit-find-links \
    --output-file requirements.lock "$@" pyproject.toml
