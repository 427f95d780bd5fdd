#!/usr/bin/env bash
# Randomised kill run (a stress check, not a test: where the kills land depends on timing).
# Runs `reckon table in.csv --format markdown --output out.md` (a ~5 MB file) KILLS times and
# sends SIGNAL (default KILL) after a random delay of up to the run's own length, from a
# seeded generator. After every kill the output must be the old content or the complete
# new one, and the folder may hold nothing else except, after a SIGKILL between link and
# rename, one `.out.md.tmp-PID-XXXXXX` of the killed process (the next write removes it).
# The deterministic version, a kill at each named point of the write, is
# Tests/ReckonCLITests/AtomicOutputSignalTests.swift.
#
# Usage: bash Scripts/kill-output.sh             (KILLS=100 SIGNAL=KILL SEED=20240111)
#        KILLS=300 SIGNAL=TERM bash Scripts/kill-output.sh
set -euo pipefail
cd "$(dirname "$0")/.."

KILLS="${KILLS:-100}"
SIGNAL="${SIGNAL:-KILL}"
RANDOM="${SEED:-20240111}"

swift build --product reckon >/dev/null
RECKON="$(swift build --show-bin-path)/reckon"
WORK="$(mktemp -d /tmp/reckon-kill.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
# Job control, so that a background reckon does not start with SIGINT ignored.
set -m
{
    printf 'name,note\nfirst,'
    head -c 10000 /dev/zero | tr '\0' x
    echo
    seq 1 500 | sed 's/^/item /; s/$/,short/'
} >in.csv
# Each row of the markdown form is padded to the widest cell (cut at 200 columns): many rows.
seq 1 20000 | sed 's/^/row /; s/$/,short/' >>in.csv

"$RECKON" table in.csv --format markdown --output new.md
start=$(date +%s%N)
"$RECKON" table in.csv --format markdown --output out.md
length_ns=$(($(date +%s%N) - start))
echo "kill-output: one run takes $((length_ns / 1000000)) ms; $KILLS kills with SIG$SIGNAL"

old=0 new=0 partial=0 left=0
for attempt in $(seq 1 "$KILLS"); do
    echo "the previous report" >out.md
    delay_ns=$((RANDOM * 32768 + RANDOM))
    delay_ns=$((delay_ns % (length_ns + 1)))
    "$RECKON" table in.csv --format markdown --output out.md &
    pid=$!
    sleep "$(awk -v ns="$delay_ns" 'BEGIN { printf "%.6f", ns / 1e9 }')"
    kill -s "$SIGNAL" "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ "$(cat out.md)" = "the previous report" ]; then
        old=$((old + 1))
    elif cmp -s out.md new.md; then
        new=$((new + 1))
    else
        partial=$((partial + 1))
        echo "attempt $attempt: a partial file of $(wc -c <out.md) bytes" >&2
    fi
    extra=$(ls -A | grep -v -x -e in.csv -e out.md -e new.md || true)
    if [ -n "$extra" ]; then
        left=$((left + 1))
        if [ "$SIGNAL" != KILL ] || [ "$(echo "$extra" | wc -l)" != 1 ] || [[ "$extra" != .out.md.tmp-$pid-* ]]; then
            echo "attempt $attempt: unexpected files left: $extra" >&2
            partial=$((partial + 1))
        fi
        rm -f -- $extra
    fi
done
echo "kill-output: old $old, new $new, partial $partial, temporary file left $left (of $KILLS)"
[ "$partial" = 0 ]
