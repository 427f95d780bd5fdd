"""The Python side of Scripts/bench-montecarlo.sh: the two benchmark models in numpy and in
squigglepy, as a whole process (one run, prints the result) or timed in process (median of
repeats, after the imports).

    python montecarlo_python.py numpy|squigglepy mixture|ratio N [REPEATS] [SEED]

Output: one line `library=… model=… n=… median_ms=… mean=… p5=… p50=… p95=…`
(median_ms only when REPEATS > 0).
"""
import sys
import time

library, model, n = sys.argv[1], sys.argv[2], int(float(sys.argv[3]))
repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 0
seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1

import numpy as np  # noqa: E402

Z95 = 1.6448536269514722


def lognormal_parameters(low, high):
    """mu and sigma of the lognormal whose 5th and 95th percentiles are low and high."""
    return (np.log(low) + np.log(high)) / 2, (np.log(high) - np.log(low)) / (2 * Z95)


if library == "numpy":
    rng = np.random.default_rng(seed)

    def sample():
        if model == "mixture":
            u = rng.random(n)
            component = np.searchsorted(np.cumsum([0.6, 0.2, 0.1, 0.1]), u, side="right")
            values = np.zeros(n)
            values[component == 1] = 1.0
            for index, (low, high) in ((2, (1, 3)), (3, (2, 10))):
                chosen = component == index
                mu, sigma = lognormal_parameters(low, high)
                values[chosen] = rng.lognormal(mu, sigma, int(chosen.sum()))
            return values
        shells = rng.lognormal(*lognormal_parameters(2.0e6, 2.6e6), n)
        containers = rng.lognormal(*lognormal_parameters(4500, 5500), n)
        return shells / containers

elif library == "squigglepy":
    import squigglepy as sq

    sq.set_seed(seed)
    if model == "mixture":
        distribution = sq.mixture([0, 1, sq.to(1, 3), sq.to(2, 10)], [0.6, 0.2, 0.1, 0.1])
    else:
        distribution = sq.to(2.0e6, 2.6e6) / sq.to(4500, 5500)

    def sample():
        return np.asarray(sq.sample(distribution, n=n, verbose=False))

else:
    sys.exit(f"unknown library {library}")


def summary(values):
    text = f"mean={float(values.mean())!r}"
    if model == "ratio":
        p5, p50, p95 = np.percentile(values, [5, 50, 95])
        text += f" sd={float(values.std(ddof=1))!r} p5={float(p5)!r} p50={float(p50)!r} p95={float(p95)!r}"
    return text


if repeats > 0:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = summary(sample())
        times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    print(f"library={library} model={model} n={n} median_ms={times[len(times) // 2]:.3f} {result}")
else:
    print(f"library={library} model={model} n={n} {summary(sample())}")
