// reckon-bench: in-process timing of the Monte Carlo benchmark models (release builds only
// mean anything). Prints one line: median milliseconds over the repeats, ns per draw, and
// the results, so a script can compare with other implementations in one run. `mixture`
// computes the mean and standard deviation (what the C reference loop computes); `ratio` and
// any other expression also the 5th, 50th and 95th percentiles. Above 10,000,000 draws the
// draws are streamed, as `reckon sample` does.
//
//   reckon-bench mixture|ratio|EXPRESSION [--n 1000000] [--threads 1] [--repeat 21] [--seed 1]
//
// It uses the public API only (this package depends on Reckon's by path): the expression is
// parsed with the munitions vocabulary (shells, containers) into a SampleProgram and drawn by
// ScriptSampling, the path of a `sample` statement.
import Estimates
import Munitions

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
    let expression: String
    let levels: [Double]
    switch model {
    case "mixture":
        expression = "mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1])"
        levels = []
    case "ratio":
        expression = "(2.0M to 2.6M shells) / (4500 to 5500 containers)"
        levels = [5, 50, 95]
    default:
        expression = model
        levels = [5, 50, 95]
    }
    let program = try SampleProgram(expression, calculator: .munitions)
    let sampling = ScriptSampling(count: count, seed: seed, threads: threads, levels: levels)
    let (median, result) = try timed { () throws -> String in
        let summary = try sampling.summary(of: program)
        let percentiles = summary.percentiles.map { "p\(Int($0.level))=\($0.value)" }.joined(separator: " ")
        return "mean=\(summary.mean) sd=\(summary.standardDeviation) \(percentiles)"
    }
    let perDraw = median * 1e6 / Double(count)
    print(
        "model=\(model) n=\(count) threads=\(threads) streaming=\(count > 10_000_000) median_ms=\(median) ns_per_draw=\(perDraw) \(result)")
} catch {
    print("reckon-bench: \(error)")
    exit(2)
}
