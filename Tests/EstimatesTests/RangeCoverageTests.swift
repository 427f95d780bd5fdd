import Estimates
import Testing

/// What a range is called is what it covers under Reckon's own sampling model (issue 16): a
/// "90% range" holds 90% ± 1% of the draws of the same expression, and "bounds of 90%
/// ranges" hold at least 90% of them (outer bounds hold more).
@Suite struct RangeCoverageTests {
    /// The share of `count` draws of `text` inside its interval reading.
    static func coverage(_ text: String, count: Int = 200_000) throws -> (EstimateMeaning, Double) {
        let estimate = try TestNouns.calculator.evaluate(text)
        let samples = try SamplingRun(count: count, seed: 5, threads: 2).collect(
            try SampleProgram(text, calculator: TestNouns.calculator).model)
        let inside = samples.values.reduce(0) { $0 + ($1 >= estimate.low && $1 <= estimate.high ? 1 : 0) }
        return (estimate.meaning, Double(inside) / Double(count))
    }

    @Test(arguments: [
        "about 5,000 containers", "about 2.3 million shells", "around 400,000 shells", "about 5,000 containers * 2",
        "about 690 km in mi", "about 12,000 km / 3",
    ])
    func aNinetyPercentRangeCoversNinetyPercent(_ text: String) throws {
        let (meaning, share) = try Self.coverage(text)
        #expect(meaning == .ci90)
        #expect(abs(share - 0.90) <= 0.01, "\(text): \(share) of the draws inside")
    }

    @Test(arguments: [
        "about 2.3 million shells / about 5,000 containers", "about 400,000 shells / about 5,000 containers",
        "about 5,000 containers * about 20 t", "about 2.3 million shells + about 400,000 shells",
    ])
    func boundsOfNinetyPercentRangesAreNotCalledANinetyPercentRange(_ text: String) throws {
        let (meaning, share) = try Self.coverage(text)
        #expect(meaning == .ci90Bounds)
        #expect(share >= 0.90, "\(text): \(share) of the draws inside")
    }
}
