#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite (unit, window, PostgreSQL
# and CalDAV integration). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m pytest "$@"
