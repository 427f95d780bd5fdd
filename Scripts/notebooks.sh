#!/usr/bin/env bash
# Executes every notebook in Notebooks/ headless against a release build of reckon and checks
# that every plotting cell shows its figure inline and that nothing is written into
# Notebooks/ (Scripts/run_notebooks.py). Creates .venv-notebooks with the pinned packages of
# Notebooks/requirements.txt; the executed notebooks and the figures they save go to
# build/notebooks/ (ignored by git).
# Usage: bash Scripts/notebooks.sh        (RECKON=path uses that binary instead of building)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv-notebooks"
source "$root/Scripts/lib/setup.sh"
python_env "$venv" -r "$root/Notebooks/requirements.txt"
if [ -z "${RECKON:-}" ]; then
    swift build -c release --package-path "$root" --product reckon
    export RECKON="$root/.build/release/reckon"
fi
output="$root/build/notebooks"
rm -rf "$output"
mkdir -p "$output"
"$venv/bin/python" "$root/Scripts/run_notebooks.py" "$root/Notebooks" "$output"
