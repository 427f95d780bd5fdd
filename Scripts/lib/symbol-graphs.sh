# Shared by Scripts/docs.sh and Scripts/public-api.sh (source it; it only defines functions).
#
#   LIBRARIES                      the documented libraries, in dependency order
#   symbol_graphs DIR              the public symbol graphs of the debug build, one folder
#                                  per library: DIR/MODULE/MODULE.symbols.json and the
#                                  graphs of its extensions to other modules (MODULE@Other)
#
# The graphs come from `swift package dump-symbol-graph`, which is part of SwiftPM (no
# plugin, no network) and reads the modules of the debug build that `swift build` or
# `swift test` has made, so it recompiles nothing. Doc comments inherited from protocols
# are left out, so a symbol without a comment of its own shows as undocumented. The
# command also tries the test runner modules, which a plain build does not make, and then
# exits non-zero; its status is therefore not used: every library's graph must be there,
# freshly written into an emptied folder, or the function fails and prints the log.

LIBRARIES=(TextCore Estimates Tables Munitions)

symbol_graphs() {
    local out=$1 source log module
    source="$(dirname "$(swift build --show-bin-path)")/symbolgraph"
    log="$(mktemp)"
    rm -rf "$source" "$out"
    swift package dump-symbol-graph --skip-inherited-docs >"$log" 2>&1 || true
    for module in "${LIBRARIES[@]}"; do
        if [ ! -f "$source/$module.symbols.json" ]; then
            cat "$log" >&2
            echo "symbol graphs: swift package dump-symbol-graph wrote no graph for $module" >&2
            rm -f "$log"
            return 1
        fi
        mkdir -p "$out/$module"
        cp "$source/$module.symbols.json" "$out/$module/"
        cp "$source/$module"@*.symbols.json "$out/$module/" 2>/dev/null || true
    done
    rm -f "$log"
}
