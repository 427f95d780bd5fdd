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
        let writer = try settings.samplesPath.map { path throws(CLIError) in try OutputTarget.file(path).open(console: console) }
        // The 0.5th and 99.5th percentiles set the histogram's range.
        let levels = settings.levels + (settings.histogram ? [0.5, 99.5] : [])
        if settings.streaming {
            let streamed = try Self.stream(run, program: program, settings: settings, writer: writer)
            summary = SampleSummary(streamed: streamed, seed: settings.seed, levels: levels)
            if settings.histogram {
                histogram = Histogram(
                    histogram: streamed.histogram, low: summary.percentiles[levels.count - 2].value,
                    high: summary.percentiles[levels.count - 1].value, binCount: settings.bins,
                    minimum: streamed.moments.minimum, maximum: streamed.moments.maximum)
            }
        } else {
            var samples = try run.collect(program.model)
            if let writer { Self.write(samples, settings: settings, to: writer) }
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

    /// A streamed run; the draws go to `writer` chunk by chunk, and a progress line counts
    /// them on a terminal (streamed runs are the long ones: above 10,000,000 draws).
    private static func stream(
        _ run: SamplingRun, program: SampleProgram, settings: SampleSettings, writer: Output?
    ) throws -> StreamedSamples {
        let progress = ProgressLine(
            "sampling", total: settings.count, unit: "draws", longAbove: SampleCommand.streamingAbove, terminal: settings.terminal)
        guard writer != nil || progress != nil else { return try run.stream(program.model) }
        defer { progress?.finish() }
        var header = true
        var done = 0
        let result = try run.stream(program.model) { chunk, unit in
            if let writer {
                var bytes: [UInt8] = []
                if header { SamplesCSV.header(unit: unit, options: settings.csv, into: &bytes) }
                header = false
                SamplesCSV.rows(chunk, options: settings.csv, into: &bytes)
                writer.write(bytes: bytes)
            }
            done += chunk.count
            progress?.update(done)
            // A failed write (a full disk) stops the run; finish() says why.
            return writer?.hasFailed != true
        }
        guard let result else {
            try writer?.finish()
            preconditionFailure("the run stops only on a write failure")
        }
        return result
    }

    /// Every kept draw to the samples file, a chunk at a time.
    private static func write(_ samples: CollectedSamples, settings: SampleSettings, to writer: Output) {
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
