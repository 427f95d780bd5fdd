#!/usr/bin/env bash
# Speed of `reckon extract`: megabytes of article text per second on one core, release build.
#
# Two corpora, each built by repeating texts to about 8 MB (the limit per input is 16 MiB):
#   - news:  the two seed articles (../shared/seeds/, real news text; skipped when absent);
#   - dense: the evaluation texts of Tests/Fixtures/extraction/ (written for Reckon, with a
#            figure or date every ~70 bytes: a worst case for the per-claim work).
# Each is read with `reckon extract FILE --published 2024-01-11 --format csv > /dev/null`
# (reading, extraction, and the CSV of every claim), RUNS times, pinned to one core when
# `taskset` exists; the median wall time gives MB/s (1 MB = 10^6 bytes). `wc -w` on the same
# file runs side by side as a reference for plain reading.
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

time_runs() { # command...
    local i start end
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "${pin[@]}" "$@" >/dev/null
        end=$(date +%s%N)
        echo $(((end - start) / 1000))
    done | median
}

corpora=()
if [ -f ../shared/seeds/000_4ea81016a40d719d.txt ]; then
    corpora+=("news:$(build_corpus news ../shared/seeds/*.txt)")
else
    echo "note: ../shared/seeds/ not found: the news corpus is skipped"
fi
corpora+=("dense:$(build_corpus dense Tests/Fixtures/extraction/*.txt Tests/Fixtures/extraction/*.md)")

status=0
if [ ${#pin[@]} -gt 0 ]; then where="pinned to core 0"; else where="not pinned (no taskset)"; fi
echo "reckon extract, release build, $where, median of $runs runs"
printf '%-6s %10s %8s %12s %10s %12s %10s\n' corpus bytes claims "extract s" "MB/s" "wc -w s" "ratio"
for entry in "${corpora[@]}"; do
    name="${entry%%:*}"
    file="${entry#*:}"
    bytes=$(wc -c <"$file")
    lines=$("$reckon" extract "$file" --published 2024-01-11 --format csv | wc -l)
    claims=$((lines - 1))
    micro=$(time_runs "$reckon" extract "$file" --published 2024-01-11 --format csv)
    wc_micro=$(time_runs wc -w "$file")
    mbps=$(awk -v b="$bytes" -v t="$micro" 'BEGIN { printf "%.1f", b / t }')
    printf '%-6s %10d %8d %12.3f %10s %12.3f %9.1fx\n' "$name" "$bytes" "$claims" \
        "$(awk -v t="$micro" 'BEGIN { print t / 1e6 }')" "$mbps" "$(awk -v t="$wc_micro" 'BEGIN { print t / 1e6 }')" \
        "$(awk -v a="$micro" -v b="$wc_micro" 'BEGIN { print a / b }')"
    if [ "$name" = news ] && awk -v m="$mbps" -v t="$target" 'BEGIN { exit !(m < t) }'; then status=1; fi
done
echo "target: at least $target MB/s on news text (the news corpus)"
exit $status
