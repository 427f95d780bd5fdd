#!/usr/bin/env bash
# Proof in a real spreadsheet: reckon's xlsx and CSV opened by LibreOffice Calc, openpyxl and pandas.
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
#    CSV back with `reckon table` (every text restored exactly). Plain CSV (--csv plain) of
#    the same input: zero formulas in LibreOffice.
# 4. For every command (report, claims, conflicts, sources, extract, table, run, sample, eval),
#    writes its JSON, plain and spreadsheet CSV, xlsx and aligned text, and checks against
#    the JSON: openpyxl sees typed cells with the exact text, no formula, a frozen header,
#    column widths and the notes; pandas.read_excel and pandas.read_csv (plain) give the
#    same text and numbers; LibreOffice opens the xlsx and converts it to CSV with the same
#    values (text quoted, numbers and dates bare); no header starts with an apostrophe.
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

# Plain CSV (exact text for data tools) still runs no formula in LibreOffice.
"$RECKON" table "$WORK/hostile-input.csv" --estimate range --format csv --csv plain --output "$WORK/reckon-plain.csv"
convert "CSV:44,34,76,1" "$WORK/reckon-plain.csv"
if [ -s "$WORK/xlsx/reckon-plain.xlsx" ]; then
    run "$PYTHON" "$CHECK" check-formulas "$WORK/xlsx/reckon-plain.xlsx" "LibreOffice reckon-plain.csv"
else
    missing "LibreOffice reckon-plain.csv"
fi

# Every command's table as Reckon writes it: JSON (the typed truth), plain and spreadsheet
# CSV, xlsx and the aligned text; the xlsx read by openpyxl, pandas and LibreOffice, the plain
# CSV by pandas (Scripts/spreadsheet_commands.py).
COMMANDS="$WORK/commands"
mkdir -p "$COMMANDS"
"$PYTHON" "$CHECK" write-controls "$WORK/controls.csv"
# outputs NAME ARGUMENT...: the five forms of one command's table.
outputs() {
    local name=$1
    shift
    "$RECKON" "$@" --format json --output "$COMMANDS/$name.json" 2>/dev/null || true
    "$RECKON" "$@" --format csv --csv plain --output "$COMMANDS/$name-plain.csv" 2>/dev/null || true
    "$RECKON" "$@" --format csv --csv spreadsheet --output "$COMMANDS/$name-spreadsheet.csv" 2>/dev/null || true
    "$RECKON" "$@" --format xlsx --output "$COMMANDS/$name.xlsx" 2>/dev/null || true
    "$RECKON" "$@" --format table --output "$COMMANDS/$name.txt" >/dev/null 2>&1 || true
}
outputs report report
outputs report-explain report --explain
outputs claims claims
outputs conflicts conflicts
outputs sources sources
outputs extract extract Tests/Fixtures/extraction/03-timeline.txt --published 2024-03-14
outputs table-manifest table Tests/Fixtures/news-corpus/manifest.csv
outputs table-hostile table "$WORK/hostile-input.csv" --estimate range
outputs table-controls table "$WORK/controls.csv"
outputs run run Examples/seed-report.rk
outputs sample sample "(2.0M to 2.6M shells) / (4500 to 5500 containers)" --n 10000 --seed 7 --percentiles 5,25,50,75,95
outputs sample-histogram sample "about 2.3 million shells / about 5,000 containers" --n 10000 --seed 7 --histogram --bins 12
# eval's JSON is one object without the expression, which the check reads from NAME.expression.
EXPRESSION="about 2.3 million shells / about 5,000 containers"
printf '%s' "$EXPRESSION" >"$COMMANDS/eval.expression"
outputs eval eval "$EXPRESSION"
timeout 600 soffice --headless -env:UserInstallation="file://$WORK/libreoffice-profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,false,true,false,false' \
    --outdir "$COMMANDS/lo" "$COMMANDS"/*.xlsx >"$WORK/soffice.log" 2>&1 || true
for xlsx in "$COMMANDS"/*.xlsx; do
    name=$(basename "$xlsx" .xlsx)
    if [ -s "$COMMANDS/lo/$name.csv" ] && [ -s "$COMMANDS/$name.json" ] && [ -s "$COMMANDS/$name-plain.csv" ]; then
        run "$PYTHON" Scripts/spreadsheet_commands.py check "$name" "$COMMANDS"
    else
        missing "$name (an output or LibreOffice's CSV of it)"
    fi
done
count=$(ls "$COMMANDS"/*.xlsx | wc -l)
if [ "$count" -ne 13 ]; then
    echo "FAIL commands: expected 13 workbooks, found $count"
    echo "SUMMARY 0 1 commands" >>"$LOG"
    status=1
fi

passed=$(awk '/^SUMMARY/ { sum += $2 } END { print sum + 0 }' "$LOG")
failed=$(awk '/^SUMMARY/ { sum += $3 } END { print sum + 0 }' "$LOG")
echo
say "$passed checks passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]; then
    say "PASSED: LibreOffice, openpyxl and pandas read reckon's xlsx, CSV and TSV as written: numbers as numbers, text as text, zero formulas"
else
    say "FAILED: see the FAIL lines above"
fi
exit "$status"
