#!/usr/bin/env bash
# Scores `reckon extract` on the news corpus (Tests/Fixtures/news-corpus/: real articles,
# annotated by hand, a development half and a blind half) and prints a table per half:
# precision and recall of value + unit + hedge, speaker attribution, and each field alone.
#
# It runs `swift test --filter NewsCorpusTests`, which also fails when a score falls under
# the floor recorded in Tests/Fixtures/news-corpus/scores.csv (naming the claims lost).
#
# Usage: Scripts/score-extraction.sh            the tables
#        Scripts/score-extraction.sh --misses   and every miss of the development half
#        Scripts/score-extraction.sh --record   record the current scores as the new floor
#                                               (scores.csv and correct-claims.csv)
# The blind half is only ever shown in aggregate: tune against the development half.
set -uo pipefail
cd "$(dirname "$0")/.."
misses=0
case "${1:-}" in
    --misses) misses=1 ;;
    --record) export RECKON_RECORD_NEWS_SCORES=1 ;;
    "") ;;
    *) echo "usage: $0 [--misses|--record]" >&2; exit 2 ;;
esac
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
swift test --filter NewsCorpusTests >"$log" 2>&1
status=$?
if [ "$misses" = 1 ]; then
    grep -E '^(News corpus|\| |news corpus|  - )' "$log"
else
    grep -E '^(News corpus|\| |news corpus)' "$log"
fi
if [ "$status" -ne 0 ]; then
    echo
    echo "swift test failed (exit $status):"
    grep -E 'error:|recorded an issue|failed' "$log" | head -40
fi
exit "$status"
