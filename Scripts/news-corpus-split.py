#!/usr/bin/env python3
"""The development/blind split of Tests/Fixtures/news-corpus/, drawn once.

The sorted list of excerpt files (NNN-slug.txt) is shuffled with random.Random(20261203);
the first half (rounded down) is the blind half, the rest the development half.

    python3 Scripts/news-corpus-split.py           # print the split
    python3 Scripts/news-corpus-split.py --check   # exit 1 when manifest.csv disagrees

The split was drawn on 2026-12-03 for the first 47 excerpts, before anything was scored.
Excerpts added later do not change it: new rows state their own split in manifest.csv
(see the README), and --check covers only the first 47.
"""
import csv
import pathlib
import random
import sys

SEED = 20261203
FIRST = 47
folder = pathlib.Path(__file__).resolve().parent.parent / "Tests/Fixtures/news-corpus"
files = sorted(p.name for p in folder.glob("[0-9][0-9][0-9]-*.txt"))[:FIRST]
shuffled = list(files)
random.Random(SEED).shuffle(shuffled)
blind = set(shuffled[: len(shuffled) // 2])
split = {name: ("blind" if name in blind else "dev") for name in files}
if "--check" in sys.argv:
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as handle:
        recorded = {row["file"]: row["split"] for row in csv.DictReader(handle)}
    wrong = [name for name in files if recorded.get(name) != split[name]]
    for name in wrong:
        print(f"{name}: manifest says {recorded.get(name)!r}, the seeded split says {split[name]!r}")
    sys.exit(1 if wrong else 0)
for name in files:
    print(split[name], name)
