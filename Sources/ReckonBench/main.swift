// reckon-bench: in-process timing of the Monte Carlo benchmark models (release builds only
// mean anything). Prints one line per model: median milliseconds over the repeats, ns per
// draw, and the results, so a script can compare with other implementations in one run.
//
//   reckon-bench mixture [--n 1000000] [--threads 1] [--repeat 21] [--seed 1]
//   reckon-bench ratio   [--n 1000000] [--threads 1] [--repeat 11] [--seed 1] [--stream]
import Estimates

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func option(_ name: String, _ fallback: Double) -> Double {
    let words = CommandLine.arguments
    guard let index = words.firstIndex(of: "--\(name)"), index + 1 < words.count, let value = Double(words[index + 1]) else {
        return fallback
    }
    return value
}

let words = CommandLine.arguments
let model = words.count > 1 ? words[1] : "mixture"
let count = Int(option("n", 1e6))
let threads = Int(option("threads", 1))
let repeats = Int(option("repeat", 21))
let seed = UInt64(option("seed", 1))
let streaming = words.contains("--stream")

func timed(_ body: () throws -> String) rethrows -> (Double, String) {
    var times: [Double] = []
    var last = ""
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        last = try body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
    }
    times.sort()
    return (times[times.count / 2], last)
}

do {
    let sampler: SamplingRun.Model
    let levels: [Double]
    switch model {
    case "mixture":
        let mixture = Distribution.mixture(
            try MixtureDistribution(
                components: [
                    .point(PointDistribution(0)), .point(PointDistribution(1)),
                    try .ninetyPercentRange(low: 1, high: 3), try .ninetyPercentRange(low: 2, high: 10),
                ],
                weights: [0.6, 0.2, 0.1, 0.1]))
        sampler = { context throws(EstimateError) in context.draw(mixture) }
        levels = []
    case "ratio":
        let shells = try Distribution.ninetyPercentRange(low: 2.0e6, high: 2.6e6)
        let containers = try Distribution.ninetyPercentRange(low: 4500, high: 5500)
        let shellUnit = try UnitRegistry.standard.unit("shells")
        let containerUnit = try UnitRegistry.standard.unit("containers")
        sampler = { context throws(EstimateError) in
            try context.draw(shells, unit: shellUnit) / context.draw(containers, unit: containerUnit)
        }
        levels = [5, 50, 95]
    default:
        print("reckon-bench: unknown model '\(model)' (mixture or ratio)")
        exit(2)
    }
    let run = SamplingRun(count: count, seed: seed, threads: threads)
    let (median, result) = try timed { () throws -> String in
        let summary: SampleSummary
        if streaming {
            summary = SampleSummary(streamed: try run.stream(sampler), seed: seed, levels: levels)
        } else {
            let t0 = ContinuousClock.now
            var samples = try run.collect(sampler)
            let t1 = ContinuousClock.now
            summary = SampleSummary(collected: &samples, seed: seed, levels: levels)
            if words.contains("--phases") { print("collect \(t1 - t0) summary \(ContinuousClock.now - t1)") }
        }
        let percentiles = summary.percentiles.map { "p\(Int($0.level))=\($0.value)" }.joined(separator: " ")
        return "mean=\(summary.mean) sd=\(summary.standardDeviation) \(percentiles)"
    }
    let perDraw = median * 1e6 / Double(count)
    print("model=\(model) n=\(count) threads=\(threads) streaming=\(streaming) median_ms=\(median) ns_per_draw=\(perDraw) \(result)")
} catch {
    print("reckon-bench: \(error)")
    exit(2)
}
