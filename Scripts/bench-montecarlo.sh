#!/usr/bin/env bash
# Benchmark: Monte Carlo sampling in reckon against numpy, squigglepy and a tight C loop,
# measured side by side in one run, whole process and in process, reporting medians.
#
#   bash Scripts/bench-montecarlo.sh              # the default rounds and repeats
#   ROUNDS=5 RUNS=30 bash Scripts/bench-montecarlo.sh
#
# Models (issue 6):
#   1. mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1]), 1e6 draws, its mean (exact 0.8872)
#   2. (2.0M to 2.6M shells) / (4500 to 5500 containers), 1e6, 1e7 and (streaming) 1e8 draws,
#      percentiles 5/50/95 (exact 388.59 / 458.37 / 540.68 shells/container)
# Targets: on 1, whole process >= 5x faster than numpy and >= 50x faster than squigglepy, in
# process within 1.5x of the C loop (same generator and arithmetic, gcc -O2, one core); on
# 2, 1e8 draws in at most 256 MB resident with percentiles within 0.1% of exact.
#
# Installs what it needs: numpy and squigglepy into .venv/ (git-ignored). Needs gcc and
# /usr/bin/time (Debian: build-essential, time; installed with apt-get when missing).
# Prints the figures and exits 1 when a target is missed (by either build of reckon: the
# default one, with the Swift runtime as shared libraries, and --static-swift-stdlib).
set -euo pipefail
cd "$(dirname "$0")/.."

source Scripts/lib/setup.sh
apt_install gcc:gcc gcc:libc6-dev
[ -x /usr/bin/time ] || apt_packages time
python_env .venv numpy squigglepy

echo "== building reckon (release) and reckon-bench (release, the Benchmarks/ package)"
swift build -c release --product reckon >/dev/null
swift build -c release --package-path Benchmarks --product ReckonBench >/dev/null
RECKON_BENCH="$(swift build -c release --package-path Benchmarks --show-bin-path)/ReckonBench"
# At a few tens of milliseconds process start matters: also time a build with the Swift
# runtime linked statically (as Scripts/bench-eval.sh does).
echo "== building reckon (release, --static-swift-stdlib, in .build-static/)"
swift build -c release --product reckon --static-swift-stdlib --scratch-path .build-static >/dev/null
BUILD="$(mktemp -d)"
trap 'rm -rf "$BUILD"' EXIT
echo "== compiling the C reference loop (gcc -O2)"
gcc -O2 -o "$BUILD/montecarlo_reference" Scripts/bench/montecarlo_reference.c -lm

.venv/bin/python Scripts/bench/montecarlo_report.py \
    --reckon .build/release/reckon --reckon-static .build-static/release/reckon \
    --reckon-bench "$RECKON_BENCH" \
    --c-reference "$BUILD/montecarlo_reference" --python .venv/bin/python \
    --rounds "${ROUNDS:-3}" --runs "${RUNS:-20}"
