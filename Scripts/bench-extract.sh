#!/usr/bin/env bash
# Speed of `reckon extract`: megabytes of article text per second on one core, release build.
#
# Two corpora, each built by repeating texts to about 8 MB (the limit per input is 16 MiB):
#   - news:  the two seed articles (../shared/seeds/, real news text; skipped when absent);
#   - dense: the evaluation texts of Tests/Fixtures/extraction/ (written for Reckon, with a
#            figure or date every ~70 bytes: a worst case for the per-claim work).
# Each is read with `reckon extract FILE --published 2024-01-11 --format csv > /dev/null`
# (reading, extraction, and the CSV of every claim), RUNS times, pinned to one core when
# `taskset` exists; MB/s (1 MB = 10^6 bytes) from the median wall time and from the median CPU
# time (user + system, which a busy machine disturbs less). `wc -w` on the same file runs side
# by side as a reference for plain reading.
#
# Usage: Scripts/bench-extract.sh [RUNS]      (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
target=20

swift build -c release --product reckon >/dev/null
reckon="$(swift build -c release --show-bin-path)/reckon"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi

build_corpus() { # name, files...
    local out="$work/$1.txt"; shift
    : >"$out"
    while [ "$(wc -c <"$out")" -lt 8000000 ]; do
        for file in "$@"; do cat "$file"; printf '\n\n'; done >>"$out"
    done
    echo "$out"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

time_runs() { # command... → "wall_median cpu_median" in seconds
    local i
    local TIMEFORMAT='%R %U %S'   # bash's own `time`: wall, user and system seconds
    for ((i = 0; i < runs; i++)); do
        { time "${pin[@]}" "$@" >/dev/null; } 2>&1
    done >"$work/times"
    echo "$(awk '{ print $1 }' "$work/times" | median) $(awk '{ print $2 + $3 }' "$work/times" | median)"
}

corpora=()
if [ -f ../shared/seeds/000_4ea81016a40d719d.txt ]; then
    corpora+=("news:$(build_corpus news ../shared/seeds/*.txt)")
else
    echo "note: ../shared/seeds/ not found: the news corpus is skipped"
fi
corpora+=("dense:$(build_corpus dense Tests/Fixtures/extraction/*.txt Tests/Fixtures/extraction/*.md)")

if [ ${#pin[@]} -gt 0 ]; then where="pinned to core 0"; else where="not pinned (no taskset)"; fi
status=0
echo "reckon extract, release build, $where, median of $runs runs (wall clock, and CPU time = user + system)"
printf '%-6s %10s %8s %8s %8s %10s %10s %10s\n' corpus bytes claims "wall s" "CPU s" "MB/s wall" "MB/s CPU" "wc -w CPU"
for entry in "${corpora[@]}"; do
    name="${entry%%:*}"
    file="${entry#*:}"
    bytes=$(wc -c <"$file")
    lines=$("$reckon" extract "$file" --published 2024-01-11 --format csv | wc -l)
    claims=$((lines - 1))
    read -r wall cpu <<<"$(time_runs "$reckon" extract "$file" --published 2024-01-11 --format csv)"
    read -r _ wc_cpu <<<"$(time_runs wc -w "$file")"
    mbps_wall=$(awk -v b="$bytes" -v t="$wall" 'BEGIN { printf "%.1f", b / t / 1e6 }')
    mbps_cpu=$(awk -v b="$bytes" -v t="$cpu" 'BEGIN { printf "%.1f", b / t / 1e6 }')
    printf '%-6s %10d %8d %8.2f %8.2f %10s %10s %10.2f\n' "$name" "$bytes" "$claims" "$wall" "$cpu" "$mbps_wall" "$mbps_cpu" "$wc_cpu"
    if [ "$name" = news ] && awk -v m="$mbps_cpu" -v t="$target" 'BEGIN { exit !(m < t) }'; then status=1; fi
done
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times suffer on a busy machine)"
echo "target: at least $target MB/s of news text on one core (CPU time, news corpus)"
exit $status
