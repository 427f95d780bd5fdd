import Estimates
import Tables
import TextCore

/// One `reckon sample` run: the draws (kept or streamed), the samples file when asked for,
/// the summary and the histogram.
struct SampleReport {
    var summary: SampleSummary
    var histogram: Histogram?

    init(program: SampleProgram, settings: SampleSettings, console: Console) throws {
        let run = SamplingRun(count: settings.count, seed: settings.seed, threads: settings.threads)
        let writer = try settings.samplesPath.map { path throws(CLIError) in
            try Output.open(path, option: "samples-csv", command: SampleCommand.name, console: console)
        }
        // The 0.5th and 99.5th percentiles set the histogram's range.
        let levels = settings.levels + (settings.histogram ? [0.5, 99.5] : [])
        if settings.streaming {
            let streamed: StreamedSamples
            if let writer {
                var header = true
                let result = try run.stream(program.model) { chunk, unit in
                    var bytes: [UInt8] = []
                    if header {
                        SamplesCSV.header(unit: unit, options: settings.csv, into: &bytes)
                        header = false
                    }
                    SamplesCSV.rows(chunk, options: settings.csv, into: &bytes)
                    writer.write(bytes: bytes)
                    // A failed write (a full disk) stops the run; finish() says why.
                    return !writer.hasFailed
                }
                guard let result else {
                    try writer.finish()
                    preconditionFailure("the run stops only on a write failure")
                }
                streamed = result
            } else {
                streamed = try run.stream(program.model)
            }
            summary = SampleSummary(streamed: streamed, seed: settings.seed, levels: levels)
            if settings.histogram {
                histogram = Histogram(
                    histogram: streamed.histogram, low: summary.percentiles[levels.count - 2].value,
                    high: summary.percentiles[levels.count - 1].value, binCount: settings.bins,
                    minimum: streamed.moments.minimum, maximum: streamed.moments.maximum)
            }
        } else {
            var samples = try run.collect(program.model)
            if let writer {
                var bytes: [UInt8] = []
                SamplesCSV.header(unit: samples.unit, options: settings.csv, into: &bytes)
                writer.write(bytes: bytes)
                samples.values.withUnsafeBufferPointer { values in
                    var start = 0
                    while start < values.count && !writer.hasFailed {
                        let end = min(values.count, start + SamplingRun.chunkSize)
                        bytes.removeAll(keepingCapacity: true)
                        SamplesCSV.rows(UnsafeBufferPointer(rebasing: values[start..<end]), options: settings.csv, into: &bytes)
                        writer.write(bytes: bytes)
                        start = end
                    }
                }
            }
            summary = SampleSummary(collected: &samples, seed: settings.seed, levels: levels)
            if settings.histogram {
                let low = summary.percentiles[levels.count - 2].value
                let high = summary.percentiles[levels.count - 1].value
                histogram = samples.values.withUnsafeBufferPointer { Histogram(values: $0, low: low, high: high, binCount: settings.bins) }
            }
        }
        try writer?.finish()
        summary = try summary.checked()
        if settings.histogram { summary.percentiles.removeLast(2) }
    }

    /// The summary as JSON, with the bins when there is a histogram.
    var json: String {
        var text = summary.json
        guard let histogram else { return text }
        let bins = histogram.bins.map {
            "{\"low\":\(NumberFormatting.machine($0.low)),\"high\":\(NumberFormatting.machine($0.high)),\"count\":\($0.count)}"
        }
        text.removeLast()
        return text + ",\"histogram\":{\"below\":\(histogram.below),\"bins\":[\(bins.joined(separator: ","))],\"above\":\(histogram.above)}}"
    }
}
