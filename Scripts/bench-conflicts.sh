#!/usr/bin/env bash
# Conflict detection speed: `reckon conflicts --claims FILE` on CLAIMS generated claims (the
# embedded ledger's 75 plus those of Scripts/bench/generate-claims.awk, the same every run),
# release build. Prints the seconds of each run, the median, the conflicts found, and the
# time of the load alone (`reckon claims` on the same file), so that the detection's share
# shows. Target (issue 18): 100,000 claims in seconds, not minutes.
#
# Usage: bash Scripts/bench-conflicts.sh             (CLAIMS=100000 RUNS=3 SEED=1)
#        CLAIMS=10000 RUNS=5 bash Scripts/bench-conflicts.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CLAIMS="${CLAIMS:-100000}"
RUNS="${RUNS:-3}"
SEED="${SEED:-1}"
LIMIT_SECONDS="${LIMIT_SECONDS:-60}"

echo "bench-conflicts: building reckon (release)"
swift build -c release --product reckon >/dev/null
RECKON="$(swift build -c release --show-bin-path)/reckon"

WORK="$(mktemp -d /tmp/reckon-bench-conflicts.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
awk -v N="$CLAIMS" -v SEED="$SEED" -f Scripts/bench/generate-claims.awk >"$WORK/claims.csv"
echo "bench-conflicts: $CLAIMS generated claims ($(wc -c <"$WORK/claims.csv") bytes), seed $SEED"
echo "bench-conflicts: machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >"$WORK/out.csv"
    end=$(date +%s.%N)
    awk -v start="$start" -v end="$end" 'BEGIN { printf "%.3f\n", end - start }'
}
median() { sort -g | awk '{ values[NR] = $1 } END { if (NR % 2) print values[(NR + 1) / 2]; else print (values[NR / 2] + values[NR / 2 + 1]) / 2 }'; }

: >"$WORK/conflicts.txt"
: >"$WORK/load.txt"
for run in $(seq 1 "$RUNS"); do
    load=$(seconds "$RECKON" claims --claims "$WORK/claims.csv" --format csv)
    conflicts=$(seconds "$RECKON" conflicts --claims "$WORK/claims.csv" --format csv)
    printf 'run %d: conflicts %.2f s (load and list alone %.2f s)\n' "$run" "$conflicts" "$load"
    echo "$conflicts" >>"$WORK/conflicts.txt"
    echo "$load" >>"$WORK/load.txt"
done
rows=$(($(wc -l <"$WORK/out.csv") - 1))
median_conflicts=$(median <"$WORK/conflicts.txt")
median_load=$(median <"$WORK/load.txt")
printf 'bench-conflicts: %d claims: median %.2f s for reckon conflicts (%.2f s to load and list them with reckon claims); %d conflicts (%d rows)\n' \
    "$((CLAIMS + 75))" "$median_conflicts" "$median_load" "$((rows / 2))" "$rows"
if awk -v value="$median_conflicts" -v limit="$LIMIT_SECONDS" 'BEGIN { exit !(value > limit) }'; then
    echo "bench-conflicts: over the limit of $LIMIT_SECONDS s" >&2
    exit 1
fi
