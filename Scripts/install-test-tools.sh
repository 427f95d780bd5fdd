#!/usr/bin/env bash
# Installs what the spreadsheet proof needs, when missing: LibreOffice Calc headless (Debian's
# libreoffice-calc-nogui, no recommends) and .venv with Scripts/spreadsheet-requirements.txt.
# Run by .ci/run before `swift test`, and by Scripts/spreadsheet-check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

source Scripts/lib/setup.sh

apt_install soffice:libreoffice-calc-nogui   # takes a few minutes on a fresh machine
python_env .venv -r Scripts/spreadsheet-requirements.txt
