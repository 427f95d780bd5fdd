#!/usr/bin/env bash
# Proof in a real spreadsheet: reckon's CSV opened by LibreOffice Calc and by pandas.
#
# 1. Installs LibreOffice Calc (headless) when `soffice` is missing, and the pinned
#    Python packages (Scripts/spreadsheet-requirements.txt) into .venv/.
# 2. Builds reckon, writes a hostile input (formula-injection and DDE payloads, leading
#    tab/CR/LF, identifiers such as "007", dates-in-waiting such as "100-180", non-ASCII
#    text, "100–180 km" figures) and has `reckon table` write it as CSV (default, --excel,
#    --line-ending lf, --delimiter ';') and TSV.
# 3. Converts each to xlsx with `soffice --headless` and checks with openpyxl that numbers
#    arrived as numbers, text as text, no cell is a formula and non-ASCII text survived;
#    reads each with pandas.read_csv (numeric columns must be numeric); and reads reckon's
#    CSV back with `reckon table` (every text restored exactly).
#
# Prints a line per file checked, every FAIL, and a summary; exits 1 when anything failed.
# Usage: bash Scripts/spreadsheet-check.sh        (RECKON=path uses that binary instead of
#        building one; RECKON_KEEP=1 keeps the work folder;
#        SPREADSHEET_CHECK_VERBOSE=1 also prints every passed check)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'spreadsheet-check: %s\n' "$*"; }

bash Scripts/install-test-tools.sh
say "$(soffice --version 2>/dev/null | head -n 1)"
PYTHON=.venv/bin/python
CHECK=Scripts/spreadsheet_check.py

if [ -n "${RECKON:-}" ]; then
    say "using $RECKON"
else
    say "building reckon"
    swift build --product reckon >/dev/null
    RECKON="$(swift build --show-bin-path)/reckon"
fi

WORK="$(mktemp -d /tmp/reckon-spreadsheet.XXXXXX)"
if [ -z "${RECKON_KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; else say "keeping $WORK"; fi

"$PYTHON" "$CHECK" write-input "$WORK/hostile-input.csv"
"$RECKON" table "$WORK/hostile-input.csv" --estimate range --format csv --output "$WORK/reckon.csv"
"$RECKON" table "$WORK/hostile-input.csv" --estimate range --format csv --excel --output "$WORK/reckon-excel.csv"
"$RECKON" table "$WORK/hostile-input.csv" --estimate range --format csv --line-ending lf --output "$WORK/reckon-lf.csv"
"$RECKON" table "$WORK/hostile-input.csv" --estimate range --format csv --delimiter ';' --output "$WORK/reckon-semicolon.csv"
"$RECKON" table "$WORK/hostile-input.csv" --estimate range --format tsv --output "$WORK/reckon-tab.tsv"
"$RECKON" table "$WORK/reckon.csv" --format json --output "$WORK/reckon-read-back.json"
"$PYTHON" "$CHECK" write-naive "$WORK/control-naive.csv"

# soffice FILTER FILE...: converts to xlsx in $WORK/xlsx; soffice exits 0 even when it
# fails, so the caller checks that each output exists.
convert() {
    local filter="$1"
    shift
    timeout 300 soffice --headless -env:UserInstallation="file://$WORK/libreoffice-profile" \
        --convert-to xlsx --infilter="$filter" --outdir "$WORK/xlsx" "$@" >"$WORK/soffice.log" 2>&1 || true
}
convert "CSV:44,34,76,1" "$WORK/reckon.csv" "$WORK/reckon-excel.csv" "$WORK/reckon-lf.csv" "$WORK/control-naive.csv"
convert "CSV:59,34,76,1" "$WORK/reckon-semicolon.csv"
convert "CSV:9,34,76,1" "$WORK/reckon-tab.tsv"

status=0
LOG="$WORK/results.log"
: >"$LOG"
# run CHECK...: shows its FAIL and per-file lines, keeps its SUMMARY line for the totals.
run() {
    local code=0
    "$@" >"$WORK/check.txt" 2>&1 || code=$?
    cat "$WORK/check.txt" >>"$LOG"
    grep -v '^SUMMARY' "$WORK/check.txt" || true
    sed -n 's/^SUMMARY \([0-9]*\) \([0-9]*\) \(.*\)/     \3: \1 checks passed, \2 failed/p' "$WORK/check.txt"
    [ "$code" -eq 0 ] || status=1
}
missing() {
    echo "FAIL $1: soffice made no xlsx ($(tr '\n' ' ' <"$WORK/soffice.log"))"
    echo "SUMMARY 0 1 $1" >>"$LOG"
    status=1
}
for name in reckon reckon-excel reckon-lf reckon-semicolon; do
    if [ -s "$WORK/xlsx/$name.xlsx" ]; then
        run "$PYTHON" "$CHECK" check-xlsx "$WORK/xlsx/$name.xlsx" "LibreOffice $name.csv"
    else
        missing "LibreOffice $name.csv"
    fi
done
if [ -s "$WORK/xlsx/reckon-tab.xlsx" ]; then
    run "$PYTHON" "$CHECK" check-xlsx "$WORK/xlsx/reckon-tab.xlsx" "LibreOffice reckon-tab.tsv"
else
    missing "LibreOffice reckon-tab.tsv"
fi

run "$PYTHON" "$CHECK" check-pandas "$WORK/reckon.csv" , "pandas reckon.csv"
run "$PYTHON" "$CHECK" check-pandas "$WORK/reckon-excel.csv" , "pandas reckon-excel.csv"
run "$PYTHON" "$CHECK" check-pandas "$WORK/reckon-semicolon.csv" ';' "pandas reckon-semicolon.csv"
run "$PYTHON" "$CHECK" check-pandas "$WORK/reckon-tab.tsv" tab "pandas reckon-tab.tsv"
run "$PYTHON" "$CHECK" check-json "$WORK/reckon-read-back.json" "reckon table reckon.csv"

# The control: a CSV written without reckon's rules must fail the same checks.
if [ -s "$WORK/xlsx/control-naive.xlsx" ]; then
    "$PYTHON" "$CHECK" check-xlsx "$WORK/xlsx/control-naive.xlsx" "control" >"$WORK/control.log" || true
    control_failures=$(grep -c '^FAIL' "$WORK/control.log" || true)
    if [ "$control_failures" -gt 0 ]; then
        echo "PASS control: a naive CSV of the same table fails $control_failures checks in LibreOffice, e.g.:"
        echo "SUMMARY 1 0 control" >>"$LOG"
        grep '^FAIL' "$WORK/control.log" | grep -E "formula|'007'|100-180" | head -n 4 | sed 's/^/       /'
    else
        echo "FAIL control: the checks passed a naive CSV, so they prove nothing"
        echo "SUMMARY 0 1 control" >>"$LOG"
        status=1
    fi
else
    missing "control"
fi

passed=$(awk '/^SUMMARY/ { sum += $2 } END { print sum + 0 }' "$LOG")
failed=$(awk '/^SUMMARY/ { sum += $3 } END { print sum + 0 }' "$LOG")
echo
say "$passed checks passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]; then
    say "PASSED: LibreOffice and pandas read reckon's CSV and TSV as written: numbers as numbers, text as text, zero formulas"
else
    say "FAILED: see the FAIL lines above"
fi
exit "$status"
