#!/usr/bin/env bash
# Instruction budgets: runs the release build of reckon under valgrind's callgrind on small,
# fixed inputs and compares the instructions executed with Benchmarks/budgets.txt. Unlike
# wall-clock times on a shared machine, instruction counts are the same on every run of the
# same binary and input, so a slowdown of a few percent fails the check (see
# Benchmarks/Budgets.md).
#
#   bash Scripts/instruction-budgets.sh            # check: exit 1 when a figure is over its
#                                                  # budget by more than the tolerance (3%)
#   bash Scripts/instruction-budgets.sh --record   # write today's figures into budgets.txt
#   RECKON=path/to/reckon bash Scripts/instruction-budgets.sh   # another binary, no build
#
# Figures are whole-process instructions (start-up cases, data loads) or per unit of work:
# the difference between a large and a small run of the same command, divided by the
# difference in bytes, claims, draws or rows, so that start-up cancels out. Every input is
# generated here deterministically or committed under Benchmarks/Inputs/ and Tests/Fixtures/.
# The runs use `env -i SWIFT_DETERMINISTIC_HASHING=1` (no per-process hash seed, the same
# environment everywhere) and relative file names.
#
# Installs valgrind with apt-get when it is missing (Scripts/lib/setup.sh).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
root="$PWD"
budgets="$root/Benchmarks/budgets.txt"
tolerance="${BUDGET_TOLERANCE:-0.03}"

mode=check
case "${1:-}" in
    "") ;;
    --record) mode=record ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: $0 [--record]" >&2; exit 2 ;;
esac

source Scripts/lib/setup.sh
apt_install valgrind:valgrind
valgrind="$(command -v valgrind)"
if [ -n "${RECKON:-}" ]; then
    reckon="$(realpath "$RECKON")"
else
    swift build -c release --product reckon >/dev/null
    reckon="$(swift build -c release --show-bin-path)/reckon"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
started=$SECONDS

# ---- inputs -------------------------------------------------------------------------------
repeat() { # times files... → the files' texts, each followed by a blank line, `times` times
    local times=$1 i
    shift
    for ((i = 0; i < times; i++)); do for file in "$@"; do cat "$file"; printf '\n\n'; done; done
}
repeat 2 "$root/Benchmarks/Inputs/news-like.txt" >news-2.txt
repeat 12 "$root/Benchmarks/Inputs/news-like.txt" >news-12.txt
dense=("$root"/Tests/Fixtures/extraction/*.txt "$root"/Tests/Fixtures/extraction/*.md)
repeat 1 "${dense[@]}" >dense-1.txt
repeat 3 "${dense[@]}" >dense-3.txt
for rows in 100 1100; do awk -v rows=$rows -f "$root/Scripts/bench/budget-table.awk" >table-$rows.csv; done
for claims in 0 200 800; do awk -v claims=$claims -f "$root/Scripts/bench/budget-ledger.awk" >ledger-$claims.csv; done

# ---- measuring ----------------------------------------------------------------------------
instructions() { # [--toggle-collect=PATTERN] reckon-arguments... → instructions executed
    local options=() status=0 count
    while [[ "${1:-}" == --toggle-collect=* ]]; do options+=("$1"); shift; done
    env -i SWIFT_DETERMINISTIC_HASHING=1 "$valgrind" --tool=callgrind --callgrind-out-file=/dev/null \
        "${options[@]}" "$reckon" "$@" >output.txt 2>valgrind.txt || status=$?
    # Exit 1 is an answer (report: a plausibility check failed); 2 and above is an error.
    if [ "$status" -gt 1 ]; then
        echo "error: reckon $* exited with status $status:" >&2
        grep -v '^==' valgrind.txt | tail -5 >&2
        exit 2
    fi
    count="$(sed -n 's/^==[0-9]*== Collected : //p' valgrind.txt)"
    if [ -z "$count" ] || [ "$count" -eq 0 ]; then
        echo "error: no instructions counted for reckon $* ${options[*]} (a renamed function?)" >&2
        exit 2
    fi
    echo "$count"
}
lines() { # reckon-arguments... → lines of output of a native run (claims: --format tsv)
    "$reckon" "$@" | wc -l
}
per() { # small-total large-total units → (large - small) / units, one decimal
    awk -v small="$1" -v large="$2" -v units="$3" 'BEGIN { printf "%.1f", (large - small) / units }'
}
total() { # name reckon-arguments... → the figure: instructions of the whole process
    local name=$1 value
    shift
    value="$(instructions "$@")"
    figure "$name" "$value"
}

: >results.txt
figure() { # name value
    echo "$1 $2" >>results.txt
    printf '  %-30s %16s\n' "$1" "$2"
}

echo "instruction budgets: $reckon under $("$valgrind" --version) (callgrind), tolerance $(awk -v t="$tolerance" 'BEGIN { print t * 100 }')%"

# Start-up: the whole process for one expression (dynamic loader, Swift runtime, the unit
# registry and hedge table built on first use, parsing, evaluation, output).
total eval.lb-kg eval "5000 lb in kg"
total eval.shells-per-container eval "about 2.3 million shells / about 5,000 containers"

# The embedded data parsed at start: the claim ledger (a filter that keeps nothing, so little
# is printed) and the whole report.
total load.claim-ledger claims --source "no such outlet"
total report.total report

# Extraction, as Scripts/bench-extract.sh runs it (CSV of every claim).
extract=(--published 2024-01-11 --format csv)
small="$(instructions extract news-2.txt "${extract[@]}")"
large="$(instructions extract news-12.txt "${extract[@]}")"
bytes=$(($(wc -c <news-12.txt) - $(wc -c <news-2.txt)))
figure extract.news-per-byte "$(per "$small" "$large" "$bytes")"
small="$(instructions extract dense-1.txt "${extract[@]}")"
large="$(instructions extract dense-3.txt "${extract[@]}")"
claims=$(lines extract dense-3.txt --published 2024-01-11 --format tsv)
claims=$((claims - $(lines extract dense-1.txt --published 2024-01-11 --format tsv)))
figure extract.dense-per-claim "$(per "$small" "$large" "$claims")"

# Sampling on one thread (the same numbers as any --threads), percentiles included.
per_draw() { # name expression → the figure: instructions per draw between 10,000 and 210,000 draws
    local small large
    small="$(instructions sample "$2" --n 10000 --seed 1 --threads 1)"
    large="$(instructions sample "$2" --n 210000 --seed 1 --threads 1)"
    figure "$1" "$(per "$small" "$large" 200000)"
}
per_draw sample.mixture-per-draw "mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1])"
per_draw sample.ratio-per-draw "(2.0M to 2.6M shells) / (4500 to 5500 containers)"

# CSV: `reckon table` reads the table strictly (types, the estimate column, units checked)
# and writes it as CSV; the writing alone is CSVWriter.bytes, counted with --toggle-collect.
small="$(instructions table table-100.csv --format csv)"
large="$(instructions table table-1100.csv --format csv)"
figure csv.table-per-row "$(per "$small" "$large" 1000)"
writer='--toggle-collect=*CSVWriterV5bytes*'
small="$(instructions "$writer" table table-100.csv --format csv)"
large="$(instructions "$writer" table table-1100.csv --format csv)"
figure csv.write-per-row "$(per "$small" "$large" 1000)"

# Conflicts among generated claims added to the embedded ledger, per added claim at two
# sizes; comparing every two claims of a subject grows faster than linearly, which the ratio
# of the two shows.
base="$(instructions conflicts --claims ledger-0.csv --format csv)"
small="$(instructions conflicts --claims ledger-200.csv --format csv)"
large="$(instructions conflicts --claims ledger-800.csv --format csv)"
at200="$(per "$base" "$small" 200)"
at800="$(per "$base" "$large" 800)"
figure conflicts.200-per-claim "$at200"
figure conflicts.800-per-claim "$at800"
figure conflicts.growth "$(awk -v a="$at200" -v b="$at800" 'BEGIN { printf "%.3f", b / a }')"

echo "measured in $((SECONDS - started)) s"

# ---- recording or checking ----------------------------------------------------------------
if [ "$mode" = record ]; then
    awk -v results=results.txt '
        BEGIN { while ((getline line < results) > 0) { split(line, f, " "); value[f[1]] = f[2]; order[++n] = f[1] } }
        /^[ \t]*(#|$)/ { print; next }
        {
            name = $1
            comment = index($0, "#") ? substr($0, index($0, "#")) : "# (what this measures)"
            if (name in value) { printf "%-30s %-14s %s\n", name, value[name], comment; seen[name] = 1 }
            else print "# no longer measured: " $0
        }
        END { for (i = 1; i <= n; i++) if (!(order[i] in seen)) printf "%-30s %-14s %s\n", order[i], value[order[i]], "# (what this measures)" }
    ' "$budgets" >budgets.new
    cp budgets.new "$budgets"
    echo "recorded today's figures in ${budgets#"$root"/} (review with git diff; a raised budget needs a reason in the commit message)"
    exit 0
fi

awk -v budgets="$budgets" -v tolerance="$tolerance" '
    BEGIN {
        while ((getline line < budgets) > 0) {
            if (line ~ /^[ \t]*(#|$)/) continue
            split(line, f, " ")
            budget[f[1]] = f[2]
        }
        printf "\n%-30s %16s %16s %7s\n", "case", "figure", "budget", "ratio"
    }
    {
        name = $1; figure = $2; measured[name] = 1
        if (!(name in budget)) {
            printf "%-30s %16s %16s %7s  NO BUDGET (add a line to Benchmarks/budgets.txt, or run --record)\n", name, figure, "-", "-"
            failed++
            next
        }
        ratio = figure / budget[name]
        status = "ok"
        if (ratio > 1 + tolerance) { status = "OVER BUDGET"; failed++; over[++overs] = sprintf("%s: %s instructions, budget %s, ratio %.3f", name, figure, budget[name], ratio) }
        else if (ratio < 1 - 2 * tolerance) status = "ok, well under: lower the budget (--record)"
        printf "%-30s %16s %16s %7.3f  %s\n", name, figure, budget[name], ratio, status
    }
    END {
        for (name in budget) if (!(name in measured)) {
            printf "%-30s %16s %16s %7s  NO MEASUREMENT (remove the line from Benchmarks/budgets.txt)\n", name, "-", budget[name], "-"
            failed++
        }
        if (failed) {
            print ""
            for (i = 1; i <= overs; i++) print "error: over budget by more than " tolerance * 100 "%: " over[i]
            if (failed > overs) print "error: Benchmarks/budgets.txt and the measured cases do not match (see above)"
            exit 1
        }
        print "\nevery figure within " tolerance * 100 "% of its budget"
    }
' results.txt
