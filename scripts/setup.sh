#!/usr/bin/env bash
# Installs everything Delegation Planner needs on a Debian/Ubuntu machine:
# the Debian packages (Qt runtime libraries, Japanese fonts BIZ UDGothic and IPAex, poppler, PostgreSQL,
# Xvfb for screenshots), a virtual environment in .venv and the Python packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
    libegl1 libgl1 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    fonts-morisawa-bizud-gothic fonts-ipaexfont-gothic poppler-utils postgresql xvfb
)

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for pkg in "${DEBIAN_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = "install ok installed" ] || missing+=("$pkg")
    done
    if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
        missing+=(python3-venv)
    fi
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "setup: installing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
else
    echo "setup: not a Debian/Ubuntu system; install the Qt runtime libraries, a Japanese TrueType font, poppler-utils and PostgreSQL yourself" >&2
fi

if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv"
    python3 -m venv .venv
fi
# Python packages come from requirements.lock: exact versions with their hashes, so
# every machine runs what the tests ran (`bash scripts/lock.sh` refreshes it).
# Reinstall when the lock or the package layout changes (an editable install maps
# packages when it is made).
stamp=.venv/.installed-$( (cat requirements.lock; ls -d */__init__.py */*/__init__.py) | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
    echo "setup: installing Python packages from requirements.lock"
    if ! { .venv/bin/python -m pip install --require-hashes --no-deps -r requirements.lock \
           && .venv/bin/python -m pip install --no-deps --no-build-isolation -e . \
           && .venv/bin/python -m pip check; } > .venv/pip.log 2>&1; then
        tail -n 40 .venv/pip.log >&2
        echo "setup: installing the Python packages failed (full log: .venv/pip.log)" >&2
        exit 1
    fi
    rm -f .venv/.installed-*
    touch "$stamp"
fi
