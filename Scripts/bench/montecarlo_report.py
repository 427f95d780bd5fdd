"""Runs the Monte Carlo benchmark for Scripts/bench-montecarlo.sh and prints its figures.

Every comparison is measured in the same run, the commands taking turns in rounds, and
reported as medians; see the shell script for the models and the targets.
"""
import argparse
import json
import platform
import re
import statistics
import subprocess
import sys

MIXTURE = "mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1])"
RATIO = "(2.0M to 2.6M shells) / (4500 to 5500 containers)"
EXACT_MEAN = 0.887205986963974
# ln(shells / containers) is normal; these are exp(mu ± 1.6449 sigma) and exp(mu).
EXACT_PERCENTILES = {"5": 388.5871909961883, "50": 458.36776730155185, "95": 540.6791962503738}

parser = argparse.ArgumentParser()
for name in ("reckon", "reckon-static", "reckon-bench", "c-reference", "python"):
    parser.add_argument("--" + name, required=True)
parser.add_argument("--rounds", type=int, default=3)
parser.add_argument("--runs", type=int, default=20)
options = parser.parse_args()
here = "Scripts/bench"
missed = []


def output(command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def fields(line):
    return dict(re.findall(r"(\w+)=(\S+)", line))


def in_process(commands):
    """Each command reports its own median; run them in turns, ROUNDS times, and take the
    median of the reported medians."""
    medians = {name: [] for name, _ in commands}
    last = {}
    for _ in range(options.rounds):
        for name, command in commands:
            line = output(command)
            last[name] = fields(line)
            medians[name].append(float(last[name]["median_ms"]))
    return {name: statistics.median(values) for name, values in medians.items()}, last


def whole_process(commands, runs):
    arguments = [options.python, f"{here}/timer.py", str(runs)]
    for index, (name, command) in enumerate(commands):
        if index:
            arguments.append("++")
        arguments += [name, "--"] + command
    result = {}
    for line in output(arguments).splitlines():
        name, rest = line.split(" median_ms=")
        result[name] = float(rest.split()[0])
    return result


def reckon_sample(expression, n, *extra, binary=None):
    return [binary or options.reckon, "sample", expression, "--n", n, "--seed", "1", "--format", "json", *extra]


def python(library, model, n, repeats=0):
    return [options.python, f"{here}/montecarlo_python.py", library, model, n, str(repeats)]


def check(description, ok):
    print(f"  {'met   ' if ok else 'MISSED'} {description}")
    if not ok:
        missed.append(description)


print("== machine")
print(f"  {platform.platform()}, {output(['nproc'])} cores")
print(f"  {output(['swift', '--version']).splitlines()[0]}")
print(f"  {output(['gcc', '--version']).splitlines()[0]}")
print("  " + output([options.python, "-c", "import sys, numpy, squigglepy; print(f'Python {sys.version.split()[0]}, numpy {numpy.__version__}, squigglepy {squigglepy.__version__}')"]))

print(f"\n== model 1: {MIXTURE}, 1,000,000 draws (exact mean {EXACT_MEAN:.6f})")
reckon_result = json.loads(output(reckon_sample(MIXTURE, "1e6")))
c_result = fields(output([options.c_reference, "1e6", "1", "1"]))
bench_result = fields(output([options.reckon_bench, "mixture", "--n", "1e6", "--threads", "1", "--repeat", "1"]))
print(f"  reckon sample:        mean {reckon_result['mean']} (seed {reckon_result['seed']})")
print(f"  reckon-bench (1 thread): mean {bench_result['mean']}")
print(f"  C reference:          mean {c_result['mean']}  (same draws: {'yes' if float(c_result['mean']) == float(bench_result['mean']) else 'NO'})")
print(f"  numpy:                mean {fields(output(python('numpy', 'mixture', '1e6')))['mean']}")
print(f"  squigglepy:           mean {fields(output(python('squigglepy', 'mixture', '1e6')))['mean']}")
check("reckon and the C loop draw the same numbers (identical mean)", float(c_result["mean"]) == float(bench_result["mean"]))

print(f"\n  in process, median of {options.rounds} rounds (each the median of its repeats):")
times, _ = in_process([
    ("C -O2, 1 core", [options.c_reference, "1e6", "21", "1"]),
    ("reckon, 1 thread", [options.reckon_bench, "mixture", "--n", "1e6", "--threads", "1", "--repeat", "21"]),
    ("reckon, 2 threads", [options.reckon_bench, "mixture", "--n", "1e6", "--threads", "2", "--repeat", "21"]),
    ("numpy", python("numpy", "mixture", "1e6", 11)),
    ("squigglepy", python("squigglepy", "mixture", "1e6", 3)),
])
for name, value in times.items():
    print(f"    {name:20} {value:9.2f} ms  {value * 1e6 / 1e6:7.2f} ns/draw")
single = times["reckon, 1 thread"] / times["C -O2, 1 core"]
best = min(times["reckon, 1 thread"], times["reckon, 2 threads"]) / times["C -O2, 1 core"]
print(f"    reckon / C: {single:.2f} (1 thread), {best:.2f} (best of 1 and 2 threads)")
check(f"in process within 1.5x of the C loop on one thread ({single:.2f})", single <= 1.5)

print(f"\n  whole process, median of {options.runs} runs each (commands take turns):")
fast = whole_process([
    ("reckon", reckon_sample(MIXTURE, "1e6")),
    ("reckon (static)", reckon_sample(MIXTURE, "1e6", binary=options.reckon_static)),
    ("C reference", [options.c_reference, "1e6", "1", "1"]),
    ("numpy", python("numpy", "mixture", "1e6")),
], options.runs)
slow = whole_process([
    ("reckon", reckon_sample(MIXTURE, "1e6")),
    ("reckon (static)", reckon_sample(MIXTURE, "1e6", binary=options.reckon_static)),
    ("squigglepy", python("squigglepy", "mixture", "1e6")),
], max(3, options.runs // 4))
for name, value in list(fast.items()) + [("squigglepy", slow["squigglepy"])]:
    print(f"    {name:20} {value:9.2f} ms")
for build in ("reckon", "reckon (static)"):
    numpy_ratio = fast["numpy"] / fast[build]
    squigglepy_ratio = slow["squigglepy"] / slow[build]
    print(f"    {build}: numpy / reckon {numpy_ratio:.1f}x; squigglepy / reckon {squigglepy_ratio:.1f}x")
    check(f"{build}: whole process >= 5x faster than numpy ({numpy_ratio:.1f}x)", numpy_ratio >= 5)
    check(f"{build}: whole process >= 50x faster than squigglepy ({squigglepy_ratio:.1f}x)", squigglepy_ratio >= 50)

print(f"\n== model 2: {RATIO}")
print("  exact percentiles: " + ", ".join(f"p{k} {v:.4f}" for k, v in EXACT_PERCENTILES.items()))
for n in ("1e6", "1e7"):
    print(f"\n  n = {n}")
    result = json.loads(output(reckon_sample(RATIO, n)))
    errors = {k: abs(result["percentiles"][k] / v - 1) * 100 for k, v in EXACT_PERCENTILES.items()}
    print("    reckon: " + ", ".join(f"p{k} {result['percentiles'][k]:.4f} ({errors[k]:.4f}% off)" for k in EXACT_PERCENTILES)
          + f"  [{result['unit']}, {result['percentile_method']}]")
    for library in ("numpy", "squigglepy"):
        line = fields(output(python(library, "ratio", n)))
        print(f"    {library}: p5 {float(line['p5']):.4f}, p50 {float(line['p50']):.4f}, p95 {float(line['p95']):.4f}")
    repeats = "11" if n == "1e6" else "3"
    times, _ = in_process([
        ("reckon, 1 thread", [options.reckon_bench, "ratio", "--n", n, "--threads", "1", "--repeat", repeats]),
        ("reckon, 2 threads", [options.reckon_bench, "ratio", "--n", n, "--threads", "2", "--repeat", repeats]),
        ("numpy", python("numpy", "ratio", n, int(repeats))),
        ("squigglepy", python("squigglepy", "ratio", n, 3 if n == "1e6" else 1)),
    ])
    print("    in process (sampling, mean, sd, 3 percentiles):")
    for name, value in times.items():
        print(f"      {name:20} {value:9.2f} ms")
    runs = options.runs if n == "1e6" else max(3, options.runs // 4)
    whole = whole_process([
        ("reckon", reckon_sample(RATIO, n)),
        ("numpy", python("numpy", "ratio", n)),
        ("squigglepy", python("squigglepy", "ratio", n)),
    ], runs)
    print(f"    whole process, median of {runs} runs:")
    for name, value in whole.items():
        print(f"      {name:20} {value:9.2f} ms")
    print(f"      numpy / reckon: {whole['numpy'] / whole['reckon']:.1f}x; squigglepy / reckon: {whole['squigglepy'] / whole['reckon']:.1f}x")

print("\n  n = 1e8, streaming (reckon sample switches to it above 1e7 draws):")
timed = subprocess.run(["/usr/bin/time", "-v"] + reckon_sample(RATIO, "1e8"), check=True, capture_output=True, text=True)
result = json.loads(timed.stdout)
resident_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timed.stderr).group(1))
elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", timed.stderr).group(1)
errors = {k: abs(result["percentiles"][k] / v - 1) * 100 for k, v in EXACT_PERCENTILES.items()}
print("    reckon: " + ", ".join(f"p{k} {result['percentiles'][k]:.4f} ({errors[k]:.4f}% off)" for k in EXACT_PERCENTILES)
      + f"  [{result['percentile_method']}]")
print(f"    maximum resident set: {resident_kb / 1024:.1f} MB; elapsed {elapsed}")
check(f"1e8 draws in at most 256 MB resident ({resident_kb / 1024:.1f} MB)", resident_kb <= 256 * 1024)
check(f"1e8 percentiles within 0.1% of exact (worst {max(errors.values()):.4f}%)", max(errors.values()) <= 0.1)

print("\n== targets")
if missed:
    print(f"  {len(missed)} missed")
    sys.exit(1)
print("  all met")
