#!/usr/bin/env bash
# Executes every notebook in Notebooks/ headless against a release build of reckon.
# Creates .venv-notebooks with the pinned packages of Notebooks/requirements.txt, and writes
# the executed notebooks and their PNG figures to build/notebooks/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv-notebooks"
source "$root/Scripts/lib/setup.sh"
python_env "$venv" -r "$root/Notebooks/requirements.txt"
swift build -c release --package-path "$root" --product reckon
export RECKON="$root/.build/release/reckon"
output="$root/build/notebooks"
rm -rf "$output"
mkdir -p "$output"
"$venv/bin/python" "$root/Scripts/run_notebooks.py" "$root/Notebooks" "$output"
