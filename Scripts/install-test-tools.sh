#!/usr/bin/env bash
# Installs what the spreadsheet proof needs, when missing: LibreOffice Calc headless (Debian's
# libreoffice-calc-nogui, no recommends) and .venv with Scripts/spreadsheet-requirements.txt.
# Run by .ci/run before `swift test`, and by Scripts/spreadsheet-check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'install-test-tools: %s\n' "$*"; }

if ! command -v soffice >/dev/null 2>&1; then
    say "installing LibreOffice Calc (libreoffice-calc-nogui; takes a few minutes)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    say "creating .venv"
    if ! python3 -m venv .venv >/dev/null 2>&1; then
        rm -rf .venv
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
        python3 -m venv .venv
    fi
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r Scripts/spreadsheet-requirements.txt
