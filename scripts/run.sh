#!/usr/bin/env bash
# Sets everything up, then starts Delegation Planner (the desktop window without
# arguments; any arguments are passed on, e.g. `scripts/run.sh list trips`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
