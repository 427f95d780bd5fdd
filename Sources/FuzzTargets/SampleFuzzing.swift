import Estimates
import Munitions
import Tables
import TextCore

/// The Monte Carlo target: what `reckon sample` does with an expression. It is parsed with
/// its distributions (`normal(…)`, `mixture([…], […])`), drawn 500 times from a fixed seed on
/// one thread, summarised (mean, standard deviation, percentiles) and shown as JSON, a
/// table and a histogram.
enum SampleFuzzing {
    static func run(_ text: String) {
        guard let program = try? SampleProgram(text, origin: "fuzz.rk", calculator: .munitions),
            var samples = try? SamplingRun(count: 500, seed: 1, threads: 1).collect(program.model)
        else { return }
        let summary = SampleSummary(collected: &samples, seed: 1, levels: [0.5, 5, 50, 95, 99.5])
        _ = summary.json
        _ = TableFormat.csv.bytes(summary.table())
        _ = TableFormat.table.bytes(summary.table(title: "fuzz"))
        let low = summary.percentiles[0].value
        let high = summary.percentiles[4].value
        let histogram = samples.values.withUnsafeBufferPointer { Histogram(values: $0, low: low, high: high, binCount: 20) }
        _ = histogram.bars()
        _ = TableFormat.json.bytes(histogram.table(unit: nil))
    }
}
