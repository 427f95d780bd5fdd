#!/usr/bin/env bash
# Installs what the tests need beyond Swift, when missing: LibreOffice Calc headless (Debian's
# libreoffice-calc-nogui, no recommends) and .venv with Scripts/spreadsheet-requirements.txt for
# the spreadsheet proof; zsh and fish (bash is there) for the completion-script tests.
# Run by .ci/run before `swift test`, and by Scripts/spreadsheet-check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

source Scripts/lib/setup.sh

apt_install soffice:libreoffice-calc-nogui   # takes a few minutes on a fresh machine
apt_install zsh:zsh fish:fish script:bsdutils
python_env .venv -r Scripts/spreadsheet-requirements.txt
