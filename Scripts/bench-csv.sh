#!/usr/bin/env bash
# CSV writing speed: reckon's CSVWriter + AtomicFile (what `--output x.csv` does) against
# pandas DataFrame.to_csv, on the same 1,000,000 rows × 6 numeric columns, side by side in
# one run. Prints every run, the medians and the ratio; target: reckon at least 3× faster.
#
# Usage: bash Scripts/bench-csv.sh            (ROWS=1000000 RUNS=5 by default)
#        ROWS=100000 RUNS=3 bash Scripts/bench-csv.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS="${ROWS:-1000000}"
RUNS="${RUNS:-5}"
TARGET=3

source Scripts/lib/setup.sh
python_env .venv -r Scripts/spreadsheet-requirements.txt
PYTHON=.venv/bin/python

echo "bench-csv: building Benchmarks/ (release)"
swift build -c release --package-path Benchmarks >/dev/null
BENCH="$(swift build -c release --package-path Benchmarks --show-bin-path)/CSVBench"

WORK="$(mktemp -d /tmp/reckon-bench-csv.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

median() { sort -g | awk '{ values[NR] = $1 } END { if (NR % 2) print values[(NR + 1) / 2]; else print (values[NR / 2] + values[NR / 2 + 1]) / 2 }'; }
field() { tr ' ' '\n' | sed -n "s/^$1=//p"; }

echo "bench-csv: $ROWS rows x 6 numeric columns, $RUNS runs each, interleaved"
echo "bench-csv: machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-5s %14s %14s %14s %12s\n' run reckon_total_s reckon_render_s reckon_write_s pandas_s
: >"$WORK/reckon.txt"
: >"$WORK/render.txt"
: >"$WORK/pandas.txt"
for run in $(seq 1 "$RUNS"); do
    reckon_line="$("$BENCH" "$ROWS" "$WORK/reckon.csv")"
    pandas_line="$("$PYTHON" Scripts/bench_csv_pandas.py write "$ROWS" "$WORK/pandas.csv")"
    total="$(echo "$reckon_line" | field total_seconds)"
    render="$(echo "$reckon_line" | field render_seconds)"
    write="$(echo "$reckon_line" | field write_seconds)"
    pandas="$(echo "$pandas_line" | field seconds)"
    echo "$total" >>"$WORK/reckon.txt"
    echo "$render" >>"$WORK/render.txt"
    echo "$pandas" >>"$WORK/pandas.txt"
    printf '%-5s %14.3f %14.3f %14.3f %12.3f\n' "$run" "$total" "$render" "$write" "$pandas"
done

reckon_median="$(median <"$WORK/reckon.txt")"
render_median="$(median <"$WORK/render.txt")"
pandas_median="$(median <"$WORK/pandas.txt")"
ratio="$(awk -v p="$pandas_median" -v r="$reckon_median" 'BEGIN { printf "%.1f", p / r }')"
echo "bench-csv: files: reckon $(stat -c %s "$WORK/reckon.csv") bytes (15 significant digits, LF), pandas $(stat -c %s "$WORK/pandas.csv") bytes (shortest round-trip digits)"
echo "bench-csv: same numbers in both files: $("$PYTHON" Scripts/bench_csv_pandas.py compare "$WORK/reckon.csv" "$WORK/pandas.csv")"
printf 'bench-csv: medians: reckon %.3f s (render %.3f s, then atomic write with fsync), pandas to_csv %.3f s\n' \
    "$reckon_median" "$render_median" "$pandas_median"
if awk -v x="$ratio" -v t="$TARGET" 'BEGIN { exit !(x >= t) }'; then
    echo "bench-csv: reckon is ${ratio}x faster than pandas (target ${TARGET}x): met"
else
    echo "bench-csv: reckon is ${ratio}x faster than pandas (target ${TARGET}x): NOT met"
    exit 1
fi
