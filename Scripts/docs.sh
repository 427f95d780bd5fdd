#!/usr/bin/env bash
# The documentation: one DocC archive per library (TextCore, Estimates, Tables, Munitions),
# built offline with the toolchain's own docc from the catalogs Sources/MODULE/MODULE.docc
# and the symbol graphs of the debug build. Any warning fails the build: a symbol link or
# an article link that does not resolve, a documented parameter that does not exist.
# Then the public API check (Scripts/public-api.sh: API/*.txt, doc comments, the budget).
#
#   bash Scripts/docs.sh        # writes build/docs/MODULE.doccarchive
#
# To read an archive: serve build/docs/MODULE.doccarchive over HTTP (for example
# `python3 -m http.server -d build/docs/Estimates.doccarchive`) and open
# /documentation/estimates; or open it with Xcode on macOS.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/lib/symbol-graphs.sh

start=$SECONDS
docc="$(command -v docc || true)"
[ -n "$docc" ] || docc="$(dirname "$(readlink -f "$(command -v swift)")")/docc"
[ -x "$docc" ] || docc="$(xcrun --find docc 2>/dev/null || true)"
[ -x "$docc" ] || {
    echo "docs: no docc found next to swift ($(command -v swift)); it ships with the Swift toolchain" >&2
    exit 1
}

swift build >/dev/null
symbol_graphs build/symbol-graphs

mkdir -p build/docs
warnings=0
for module in "${LIBRARIES[@]}"; do
    archive="build/docs/$module.doccarchive"
    rm -rf "$archive"
    log="$(mktemp)"
    if ! "$docc" convert "Sources/$module/$module.docc" \
        --additional-symbol-graph-dir "build/symbol-graphs/$module" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "org.reckon.$module" \
        --output-path "$archive" \
        --diagnostic-filter warning \
        --warnings-as-errors >"$log" 2>&1; then
        cat "$log" >&2
        echo "docs: $module: docc failed (every warning is an error here)" >&2
        rm -f "$log"
        exit 1
    fi
    count="$(grep -ciE '^(warning|error)' "$log" || true)"
    warnings=$((warnings + count))
    rm -f "$log"
    echo "docs: $module: $archive"
done
echo "docs: ${#LIBRARIES[@]} archives, $warnings warnings, $((SECONDS - start)) s"

bash Scripts/public-api.sh --check build/symbol-graphs
