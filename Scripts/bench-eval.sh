#!/usr/bin/env bash
# Benchmark: `reckon eval "5000 lb in kg"` as a whole process, against GNU units and
# Python with pint doing the same conversion, measured side by side in one run (rounds of
# hyperfine that alternate the commands), reporting medians.
#
#   bash Scripts/bench-eval.sh            # 300 runs per command (pint: 30), in 6 rounds
#   RUNS=1200 ROUNDS=12 bash Scripts/bench-eval.sh
#
# Installs what it needs: hyperfine, units and valgrind (instruction counts) with apt-get
# (Debian/Ubuntu, as root or with sudo), pint into .venv/ (git-ignored). Builds reckon in release twice: the default build (Swift
# runtime libraries linked dynamically) and one with --static-swift-stdlib (in
# .build-static/), because at a few milliseconds the dynamic loader is a large share.
#
# Targets (issue 5): median reckon / GNU units <= 1.0, and pint / reckon >= 20.
# Prints medians and ratios; exits 1 when a target is missed by either build.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-300}"
PINT_RUNS="${PINT_RUNS:-30}"
EXPRESSION="5000 lb in kg"

source Scripts/lib/setup.sh
apt_install hyperfine:hyperfine units:units valgrind:valgrind
python_env .venv pint

echo "== building reckon (release, dynamic Swift runtime)"
swift build -c release --product reckon >/dev/null
echo "== building reckon (release, --static-swift-stdlib, in .build-static/)"
swift build -c release --product reckon --static-swift-stdlib --scratch-path .build-static >/dev/null

DYNAMIC=".build/release/reckon"
STATIC=".build-static/release/reckon"
PINT_SCRIPT='import pint; u = pint.UnitRegistry(); print((5000 * u.lb).to(u.kg))'

echo "== the same answer from each"
echo "reckon (dynamic): $("$DYNAMIC" eval "$EXPRESSION")"
echo "reckon (static):  $("$STATIC" eval "$EXPRESSION")"
echo "GNU units:        $(units -t '5000 lb' kg) kg ($(units --version | head -1))"
echo "pint:             $(.venv/bin/python -c "$PINT_SCRIPT") (pint $(.venv/bin/python -c 'import pint; print(pint.__version__)'))"

echo "== linked libraries (no Foundation, no ICU expected)"
ldd "$DYNAMIC" | awk '{print "  dynamic: " $1}'
ldd "$STATIC" | awk '{print "  static:  " $1}'
if ldd "$DYNAMIC" "$STATIC" | grep -Eq 'libFoundation|libicu|lib_FoundationICU'; then
    echo "error: Foundation or ICU is linked" >&2
    exit 1
fi

RESULTS="$(mktemp -d)"
trap 'rm -rf "$RESULTS"' EXIT
# The machine may be busy: instead of all runs of one command and then the next, run
# ROUNDS rounds, each timing every command (in a rotating order), and take the median of
# all runs of a command. Slow drifts in load then hit every command alike.
ROUNDS="${ROUNDS:-6}"
echo "== hyperfine: $RUNS runs per command in $ROUNDS rounds (pint: $PINT_RUNS)"
commands=(
    "reckon (static)|$STATIC eval '$EXPRESSION'"
    "reckon (dynamic)|$DYNAMIC eval '$EXPRESSION'"
    "GNU units|units -t '5000 lb' kg"
)
for round in $(seq 1 "$ROUNDS"); do
    arguments=()
    for offset in 0 1 2; do
        entry="${commands[$(((round + offset) % 3))]}"
        arguments+=(-n "${entry%%|*}" "${entry#*|}")
    done
    hyperfine -N --warmup 10 --runs "$((RUNS / ROUNDS))" --export-json "$RESULTS/round-$round.json" "${arguments[@]}" >/dev/null 2>&1
    hyperfine -N --warmup 1 --runs "$(((PINT_RUNS + ROUNDS - 1) / ROUNDS))" --export-json "$RESULTS/pint-$round.json" \
        -n "pint" ".venv/bin/python -c '$PINT_SCRIPT'" >/dev/null 2>&1
done

# What lazy loading saves, in instructions (deterministic, unlike times on a busy machine).
INSTRUCTIONS="$RESULTS/instructions.txt"
if command -v valgrind >/dev/null 2>&1; then
    for expression in "--version" "2 + 3" "$EXPRESSION" "about 5,000 containers"; do
        if [ "$expression" = "--version" ]; then set -- --version; else set -- eval "$expression"; fi
        count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$STATIC" "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p')
        echo "$expression|$count" >>"$INSTRUCTIONS"
    done
fi

python3 - "$RESULTS" "$INSTRUCTIONS" <<'PYTHON'
import glob, json, os, statistics, sys
folder, instructions = sys.argv[1], sys.argv[2]
times = {}
for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
    for result in json.load(open(path))["results"]:
        times.setdefault(result["command"], []).extend(result["times"])
median = {name: statistics.median(values) for name, values in times.items()}
print()
print(f"{'command':<18} {'median':>10} {'min':>10} {'max':>10} {'runs':>6}")
for name in ("reckon (static)", "reckon (dynamic)", "GNU units", "pint"):
    values = times[name]
    print(f"{name:<18} {median[name] * 1000:>8.2f}ms {min(values) * 1000:>8.2f}ms {max(values) * 1000:>8.2f}ms {len(values):>6}")
if os.path.exists(instructions):
    print()
    print("Instructions executed by the static build (valgrind), to show what is loaded lazily:")
    labels = {
        "--version": "start and exit ('--version')",
        "2 + 3": "'2 + 3' (no unit registry, no hedge table)",
        "5000 lb in kg": "'5000 lb in kg' (+ the unit registry)",
        "about 5,000 containers": "'about 5,000 containers' (+ the hedge table)",
    }
    for line in open(instructions):
        expression, count = line.rstrip("\n").split("|")
        print(f"  {labels.get(expression, expression):<48} {int(count.replace(',', '')):>12,}")
units = median["GNU units"]
pint = median["pint"]
missed = False
print()
for name in ("reckon (static)", "reckon (dynamic)"):
    to_units = median[name] / units
    from_pint = pint / median[name]
    units_ok = to_units <= 1.0
    pint_ok = from_pint >= 20
    print(f"{name}: reckon/units = {to_units:.2f} (target <= 1.0: {'met' if units_ok else 'MISSED'}), "
          f"pint/reckon = {from_pint:.1f}x (target >= 20x: {'met' if pint_ok else 'MISSED'})")
    missed = missed or not (units_ok and pint_ok)
sys.exit(1 if missed else 0)
PYTHON
