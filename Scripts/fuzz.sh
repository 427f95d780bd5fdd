#!/usr/bin/env bash
# Runs one libFuzzer target: Scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags]
# or every target in turn: Scripts/fuzz.sh all SECONDS (the list comes from the driver,
# so it is always FuzzTarget's: csv-reader, unit-registry, claims-file, figure, …).
# Seeds come from Fuzz/corpus/TARGET (committed); new inputs go to .build-fuzz/corpus/TARGET;
# a crash input is copied to Tests/Fixtures/fuzz-regressions/TARGET/, which `swift test` replays.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS}
shift 2
cd "$root"
RECKON_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product reckon-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
if [ "$target" = all ]; then
    failed=0
    for each in $(RECKON_FUZZ_TARGET=list .build-fuzz/release/reckon-fuzz); do
        bash "$0" "$each" "$seconds" "$@" || failed=1
    done
    exit "$failed"
fi
work=.build-fuzz/corpus/$target
artifacts=.build-fuzz/artifacts/$target
mkdir -p "$work" "$artifacts" "Fuzz/corpus/$target"
status=0
SWIFT_BACKTRACE=enable=no RECKON_FUZZ_TARGET=$target .build-fuzz/release/reckon-fuzz \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$work" "Fuzz/corpus/$target" || status=$?
if [ "$status" -ne 0 ]; then
    mkdir -p "Tests/Fixtures/fuzz-regressions/$target"
    for crash in "$artifacts"/*; do
        [ -f "$crash" ] && cp "$crash" "Tests/Fixtures/fuzz-regressions/$target/" && echo "kept $crash" >&2
    done
    echo "fuzz target $target FAILED (exit $status); crash inputs kept under Tests/Fixtures/fuzz-regressions/$target" >&2
fi
exit "$status"
