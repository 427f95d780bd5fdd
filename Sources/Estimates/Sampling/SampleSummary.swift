import TextCore

/// What a sampling run prints: count, seed, unit, mean, standard deviation, extremes and
/// percentiles, and how the percentiles were found (exactly by selection over every draw,
/// or from the streaming histogram within a stated relative resolution).
///
/// ```swift
/// let program = try SampleProgram("uniform(0 km, 10 km)")
/// let summary = try ScriptSampling(count: 100_000, seed: 7).summary(of: program)
/// summary.percentiles[1].value   // the median, about 5 (km)
/// summary.method                 // .exact
/// ```
public struct SampleSummary: Sendable, Equatable {
    /// How the percentiles were computed.
    public enum PercentileMethod: Sendable, Equatable {
        /// By selection over every draw: the exact sample percentiles.
        case exact
        /// From a histogram whose buckets are at most this wide relative to their values.
        case histogram(relativeResolution: Double)
    }

    /// One percentile: the level (0–100) and the value.
    public struct Percentile: Sendable, Equatable {
        /// The level, 0 to 100.
        public var level: Double
        /// The value in the summary's unit.
        public var value: Double
    }

    /// The number of draws.
    public var count: Int
    /// The seed.
    public var seed: UInt64
    /// The unit of every value.
    public var unit: UnitOfMeasure
    /// The mean of the draws.
    public var mean: Double
    /// Their standard deviation (dividing by n − 1).
    public var standardDeviation: Double
    /// The smallest draw.
    public var minimum: Double
    /// The largest draw.
    public var maximum: Double
    /// The percentiles asked for, in the order asked.
    public var percentiles: [Percentile]
    /// How they were computed.
    public var method: PercentileMethod

    /// The summary of collected draws; reorders `samples.values` (selection works in place),
    /// so write them out first if they are wanted in draw order.
    package init(collected samples: inout CollectedSamples, seed: UInt64, levels: [Double]) {
        let values = samples.values.withUnsafeMutableBufferPointer { Selection.percentiles(levels, in: $0) }
        self.init(
            moments: samples.moments, unit: samples.unit, seed: seed,
            percentiles: zip(levels, values).map { Percentile(level: $0, value: $1) }, method: .exact)
    }

    /// The summary of a streamed run; percentiles come from its histogram.
    package init(streamed samples: StreamedSamples, seed: UInt64, levels: [Double]) {
        let moments = samples.moments
        let percentiles = levels.map { level in
            Percentile(
                level: level,
                value: samples.histogram.quantile(level / 100, minimum: moments.minimum, maximum: moments.maximum))
        }
        self.init(
            moments: moments, unit: samples.unit, seed: seed, percentiles: percentiles,
            method: .histogram(relativeResolution: LogHistogram.relativeResolution))
    }

    private init(moments: SampleMoments, unit: UnitOfMeasure, seed: UInt64, percentiles: [Percentile], method: PercentileMethod) {
        count = moments.count
        self.seed = seed
        self.unit = unit
        mean = moments.mean
        standardDeviation = moments.standardDeviation
        minimum = moments.minimum
        maximum = moments.maximum
        self.percentiles = percentiles
        self.method = method
    }
}

extension SampleSummary {
    /// The name of a percentile level: `p5`, `p50`, `p2.5`.
    public static func percentileName(_ level: Double) -> String {
        "p" + NumberFormatting.machine(level)
    }
}
