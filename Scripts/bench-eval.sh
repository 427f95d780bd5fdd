#!/usr/bin/env bash
# Benchmark: `reckon eval "5000 lb in kg"` as a whole process, against GNU units and
# Python with pint doing the same conversion, measured side by side in one hyperfine run.
#
#   bash Scripts/bench-eval.sh            # 300 runs per command (pint: 30)
#   RUNS=1000 bash Scripts/bench-eval.sh
#
# Installs what it needs: hyperfine and units with apt-get (Debian/Ubuntu, as root), pint
# into .venv/ (git-ignored). Builds reckon in release twice: the default build (Swift
# runtime libraries linked dynamically) and one with --static-swift-stdlib (in
# .build-static/), because at a few milliseconds the dynamic loader is a large share.
#
# Targets (issue 5): median reckon / GNU units <= 1.0, and pint / reckon >= 20.
# Prints medians and ratios; exits 1 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-300}"
PINT_RUNS="${PINT_RUNS:-30}"
EXPRESSION="5000 lb in kg"

need_apt=()
command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
command -v units >/dev/null 2>&1 || need_apt+=(units)
if ((${#need_apt[@]})); then
    echo "== installing ${need_apt[*]} with apt-get"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import pint" 2>/dev/null; then
    echo "== installing pint into .venv/"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check pint
fi

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
echo "== hyperfine: $RUNS runs each (pint: $PINT_RUNS in the same session)"
hyperfine -N --warmup 20 --runs "$RUNS" --export-json "$RESULTS/fast.json" \
    -n "reckon (static)" "$STATIC eval '$EXPRESSION'" \
    -n "reckon (dynamic)" "$DYNAMIC eval '$EXPRESSION'" \
    -n "GNU units" "units -t '5000 lb' kg" >/dev/null
hyperfine -N --warmup 3 --runs "$PINT_RUNS" --export-json "$RESULTS/pint.json" \
    -n "pint" ".venv/bin/python -c '$PINT_SCRIPT'" >/dev/null

python3 - "$RESULTS/fast.json" "$RESULTS/pint.json" <<'PYTHON'
import json, sys
results = {}
for path in sys.argv[1:]:
    for result in json.load(open(path))["results"]:
        results[result["command"]] = result
print()
print(f"{'command':<18} {'median':>10} {'min':>10} {'max':>10} {'runs':>6}")
for name, r in results.items():
    print(f"{name:<18} {r['median'] * 1000:>8.2f}ms {r['min'] * 1000:>8.2f}ms {r['max'] * 1000:>8.2f}ms {len(r['times']):>6}")
units = results["GNU units"]["median"]
pint = results["pint"]["median"]
missed = False
print()
for name in ("reckon (static)", "reckon (dynamic)"):
    median = results[name]["median"]
    to_units = median / units
    from_pint = pint / median
    units_ok = to_units <= 1.0
    pint_ok = from_pint >= 20
    print(f"{name}: reckon/units = {to_units:.2f} (target <= 1.0: {'met' if units_ok else 'MISSED'}), "
          f"pint/reckon = {from_pint:.1f}x (target >= 20x: {'met' if pint_ok else 'MISSED'})")
    if name == "reckon (static)" and not (units_ok and pint_ok):
        missed = True
sys.exit(1 if missed else 0)
PYTHON
