import Estimates
import Testing

/// Summaries at the edges of the numbers held (issue 18): no silent zero or infinity. Moments
/// are kept scaled by a power of two, so that the spread of draws near 1e-200 does not
/// underflow and that of draws near 1e300 does not overflow; failure counts cover every draw
/// of a run; a histogram of one value is one bin that holds it.
@Suite struct SummaryEdgeTests {
    /// The mean and standard deviation of `values` computed another way: each value divided
    /// by `scale` first (by hand, in the test), then the textbook two passes.
    static func reference(_ values: [Double], scale: Double) -> (mean: Double, sd: Double) {
        let scaled = values.map { $0 / scale }
        let mean = scaled.reduce(0, +) / Double(scaled.count)
        let squares = scaled.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean * scale, (squares / Double(scaled.count - 1)).squareRoot() * scale)
    }

    @Test(arguments: [1e-200, 1e-300, 1, 1e150, 1e300])
    func momentsOfDrawsOfAnyMagnitudeMatchTheScaledReference(_ magnitude: Double) {
        // 1, 2, …, 10 times the magnitude (1e300 × 10 is still below 1.8e308).
        let values = (1...10).map { Double($0) * magnitude }
        let moments = SampleMoments(of: values)
        let expected = Self.reference(values, scale: magnitude)
        #expect(abs(moments.mean / expected.mean - 1) < 1e-15)
        // The sample standard deviation of 1…10 is √(82.5/9) = 3.0276503540974917.
        #expect(abs(moments.standardDeviation / (3.027_650_354_097_491_7 * magnitude) - 1) < 1e-14, "\(moments.standardDeviation)")
    }

    @Test func ordinaryDrawsGiveTheUnscaledResultsBitForBit() {
        let values = [1.5, 2.25, 3.125, 4.0625, 1_000.5]
        let moments = SampleMoments(of: values)
        let mean = values.reduce(0, +) / 5
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        #expect(moments.mean == mean)
        #expect(moments.standardDeviation == (squares / 4).squareRoot())
    }

    @Test func mergingChunksOfDifferentScalesKeepsTheSpread() {
        var merged = SampleMoments(of: [1e-200, 3e-200])
        merged.merge(SampleMoments(of: [2e-200]))
        // 1, 3, 2 (× 1e-200): mean 2, sd 1.
        #expect(abs(merged.mean / 2e-200 - 1) < 1e-15)
        #expect(abs(merged.standardDeviation / 1e-200 - 1) < 1e-15)
        var wide = SampleMoments(of: [1e300, 1.5e300])
        wide.merge(SampleMoments(of: [1e-300]))
        // 1e300, 1.5e300 and (next to them) 0: mean 2.5e300 / 3, sd 7.6376…e299.
        #expect(abs(wide.mean / (2.5e300 / 3) - 1) < 1e-14)
        #expect(abs(wide.standardDeviation / 7.637_626_158_259_733e299 - 1) < 1e-14)
        #expect(wide.minimum == 1e-300 && wide.maximum == 1.5e300)
    }

    @Test func aTinyUniformHasItsSpreadNotZero() throws {
        let program = try SampleProgram("uniform(1e-200, 2e-200)")
        var samples = try SamplingRun(count: 100_000, seed: 3, threads: 2).collect(program.model)
        let expected = Self.reference(samples.values, scale: 1e-200)
        let summary = try SampleSummary(collected: &samples, seed: 3, levels: [50]).checked()
        #expect(abs(summary.standardDeviation / expected.sd - 1) < 1e-12)
        // A uniform's standard deviation is (high − low)/√12 = 2.8868e-201; 100,000 draws
        // come within 1%.
        #expect(abs(summary.standardDeviation / (1e-200 / 12.0.squareRoot()) - 1) < 0.01)
    }

    @Test func hugeDrawsAreSummarisedNotRefused() throws {
        let program = try SampleProgram("(1 to 1e87) * (1 to 1e87)")
        var samples = try SamplingRun(count: 1_000, seed: 1, threads: 1).collect(program.model)
        let expected = Self.reference(samples.values, scale: 1e200)
        let summary = try SampleSummary(collected: &samples, seed: 1, levels: [50]).checked()
        #expect(summary.standardDeviation.isFinite && summary.mean.isFinite)
        #expect(abs(summary.standardDeviation / expected.sd - 1) < 1e-12)
        #expect(abs(summary.mean / expected.mean - 1) < 1e-12)
    }

    @Test func aMeanCloserToZeroThanTheSmallestNumberIsAnError() throws {
        let program = try SampleProgram("uniform(-1e-307, 1e-307)")
        var samples = try SamplingRun(count: 1_000, seed: 1, threads: 1).collect(program.model)
        #expect(throws: EstimateError.self) { try SampleSummary(collected: &samples, seed: 1, levels: [50]).checked() }
    }

    @Test func percentilesBetweenDrawsFarApartDoNotOverflow() {
        #expect(Selection.interpolate(-1.5e308, 1.5e308, 0.5) == 0)
        #expect(Selection.interpolate(-1.5e308, 1.5e308, 0.75) == 0.75e308)
        #expect(Selection.interpolate(1, 3, 0.25) == 1.5)
    }

    @Test func failureCountsCoverEveryChunk() throws {
        // sqrt of uniform(-1, 1): about half of 300,000 draws (five chunks) are negative.
        let program = try SampleProgram("sqrt(uniform(-1, 1))")
        let collected = SamplingRun(count: 300_000, seed: 5, threads: 2)
        var message = ""
        do { _ = try collected.collect(program.model) } catch { message = error.message }
        let streamed = SamplingRun(count: 300_000, seed: 5, threads: 2)
        var streamedMessage = ""
        do { _ = try streamed.stream(program.model) { _, _ in true } } catch { streamedMessage = error.message }
        let prefix = "square root of a negative value in "
        #expect(message.hasPrefix(prefix) && message.hasSuffix(" of 300,000 samples"), "\(message)")
        let count = Int(message.dropFirst(prefix.count).prefix { $0 != " " }.filter(\.isNumber)) ?? 0
        // Far more than one chunk (65,536) could hold, and near half of all: 5 standard
        // deviations of a binomial count are ±1,370.
        #expect(abs(count - 150_000) < 1_400, "\(count)")
        #expect(streamedMessage == message)
    }

    @Test func oneValueIsOneBinThatHoldsIt() {
        let values: [Double] = [5]
        let histogram = values.withUnsafeBufferPointer { Histogram(values: $0, low: 5, high: 5, binCount: 20) }
        #expect(histogram.bins.map { [$0.low, $0.high, Double($0.count)] } == [[5, 5, 1]])
        #expect(histogram.below == 0 && histogram.above == 0 && histogram.total == 1)
        let equal: [Double] = [7, 7, 7, 6, 8]
        let spread = equal.withUnsafeBufferPointer { Histogram(values: $0, low: 7, high: 7, binCount: 5) }
        #expect(spread.bins.map(\.count) == [3] && spread.below == 1 && spread.above == 1)
    }
}
