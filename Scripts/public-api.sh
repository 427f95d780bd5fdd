#!/usr/bin/env bash
# The public API of each library, recorded in API/MODULE.txt (one line per public symbol:
# kind, path and declaration; one per conformance), so that a change to it shows in review.
#
#   bash Scripts/public-api.sh            # check: fails, printing the diff, when the API
#                                         # differs from API/*.txt
#   bash Scripts/public-api.sh --update   # rewrite API/*.txt from the current build
#   bash Scripts/public-api.sh --check DIR / --update DIR   # symbol graphs already in DIR
#                                         # (Scripts/docs.sh passes its own)
#
# Also fails when a public symbol with a source location has no doc comment, or when
# Estimates has more than 405 public symbols (Scripts/lib/public_api.py); prints the count
# per library either way.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/lib/symbol-graphs.sh

mode="${1:---check}"
case "$mode" in
--check | --update) ;;
*)
    echo "usage: bash Scripts/public-api.sh [--check|--update] [SYMBOL-GRAPH-DIR]" >&2
    exit 2
    ;;
esac
graphs="${2:-}"
if [ -z "$graphs" ]; then
    graphs=build/symbol-graphs
    swift build >/dev/null
    symbol_graphs "$graphs"
fi

current="$(mktemp -d)"
trap 'rm -rf "$current"' EXIT
status=0
for module in "${LIBRARIES[@]}"; do
    python3 Scripts/lib/public_api.py "$graphs/$module" "$current" "$module" || status=1
done

if [ "$mode" = --update ]; then
    mkdir -p API
    for module in "${LIBRARIES[@]}"; do cp "$current/$module.txt" "API/$module.txt"; done
    echo "public-api: API/*.txt updated"
    exit "$status"
fi
for module in "${LIBRARIES[@]}"; do
    if ! diff -u "API/$module.txt" "$current/$module.txt" --label "API/$module.txt (recorded)" --label "$module (this build)"; then
        echo "public-api: the public API of $module differs from API/$module.txt (above); if the change is meant, run: bash Scripts/public-api.sh --update" >&2
        status=1
    fi
done
[ "$status" = 0 ] && echo "public-api: every library's public API is as recorded in API/"
exit "$status"
