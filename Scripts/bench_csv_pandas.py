"""The pandas side of Scripts/bench-csv.sh.

    python bench_csv_pandas.py write ROWS OUT.csv     time DataFrame.to_csv, print seconds=…
    python bench_csv_pandas.py compare A.csv B.csv    check both files hold the same numbers

The data is the formula of Benchmarks/Sources/CSVBench/main.swift: value(i, j) =
((i * (j + 3) * 7919 + j * 104729) mod 1000003) / 997, the same doubles in both.
"""

import sys
import time

import numpy
import pandas


def frame(rows):
    index = numpy.arange(rows, dtype=numpy.int64)
    return pandas.DataFrame({f"c{j}": ((index * (j + 3) * 7919 + j * 104729) % 1000003) / 997 for j in range(6)})


def main(arguments):
    if arguments[0] == "write":
        data = frame(int(arguments[1]))
        start = time.perf_counter()
        data.to_csv(arguments[2], index=False)
        print(f"seconds={time.perf_counter() - start}")
        return 0
    if arguments[0] == "compare":
        first = pandas.read_csv(arguments[1])
        second = pandas.read_csv(arguments[2])
        same_shape = first.shape == second.shape and list(first.columns) == list(second.columns)
        close = same_shape and numpy.allclose(first.to_numpy(), second.to_numpy(), rtol=1e-14, atol=0)
        worst = float(numpy.max(numpy.abs(first.to_numpy() - second.to_numpy()) / numpy.maximum(numpy.abs(second.to_numpy()), 1e-300))) if same_shape else float("nan")
        print(f"same={close} shape={first.shape} largest_relative_difference={worst:.3g}")
        return 0 if close else 1
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
