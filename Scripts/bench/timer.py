"""Whole-process timing for the benchmark scripts: runs each command RUNS times, the commands
taking turns (so a burst of load on a shared machine hits all of them alike), after one
warm-up run each, and prints the median wall time of each in milliseconds.

    python timer.py RUNS NAME -- CMD ARGS... ++ NAME -- CMD ARGS... ++ ...

Output: one line per command `NAME median_ms=… min_ms=…`, in the order given.
"""
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
commands = []
for part in " ".join(["\x00".join(sys.argv[2:])]).split("\x00++\x00"):
    words = part.split("\x00")
    separator = words.index("--")
    commands.append((" ".join(words[:separator]), words[separator + 1 :]))

times = {name: [] for name, _ in commands}
for name, command in commands:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
for _ in range(runs):
    for name, command in commands:
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times[name].append((time.perf_counter() - start) * 1e3)
for name, _ in commands:
    print(f"{name} median_ms={statistics.median(times[name]):.2f} min_ms={min(times[name]):.2f}")
