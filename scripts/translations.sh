#!/usr/bin/env bash
# Extracts msgids from the code, merges them into the de/en/ja catalogues and
# compiles the .mo files that are committed next to them.
set -euo pipefail
cd "$(dirname "$0")/.."
PYBABEL=${PYBABEL:-.venv/bin/pybabel}
KEYWORDS=(-k _ -k N_ -k ngettext:1,2 -k pgettext:1c,2 -k npgettext:1c,2,3 -k NP_:1c,2
    -k translate_in:2 -k ngettext_in:2,3 -k pgettext_in:2c,3)
"$PYBABEL" -q extract -F babel.cfg "${KEYWORDS[@]}" --no-location --sort-output \
    --add-comments Translators: \
    --project "Delegation Planner" --copyright-holder "Delegation Planner" \
    -o translations/messages.pot .
for lang in de en ja; do
    po=translations/$lang/LC_MESSAGES/messages.po
    if [ -f "$po" ]; then
        "$PYBABEL" -q update -i translations/messages.pot -d translations -l "$lang" \
            --no-fuzzy-matching --ignore-obsolete
    else
        "$PYBABEL" -q init -i translations/messages.pot -d translations -l "$lang"
    fi
done
"$PYBABEL" -q compile -d translations --statistics
