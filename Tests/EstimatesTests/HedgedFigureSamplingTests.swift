import Estimates
import Foundation
import Testing

/// A hedged figure is sampled around the value stated (issue 16): the two-piece lognormal
/// whose median is the figure and whose 5th and 95th percentiles are its reading.
@Suite struct HedgedFigureSamplingTests {
    func summary(_ text: String, count: Int = 200_000, levels: [Double] = [5, 50, 95]) throws -> SampleSummary {
        var samples = try SamplingRun(count: count, seed: 11, threads: 2).collect(
            try SampleProgram(text, calculator: TestNouns.calculator).model)
        return SampleSummary(collected: &samples, seed: 11, levels: levels)
    }

    /// The standard error of a sample median: 1 / (2 f(m) √n), with f(m) = φ(0) / (σ m) the
    /// density at the median (σ the spread of the logarithm on either side: they meet there).
    static func medianError(median: Double, low: Double, count: Int) -> Double {
        let sigma = log(median / low) / 1.6448536269514722
        return 1 / (2 * (0.398_942_280_401_432_7 / (sigma * median)) * Double(count).squareRoot())
    }

    @Test(arguments: [
        // figure, stated value, its reading (by the hedge table's rules)
        ("about 5,000 containers", 5000.0, 3000.0, 7000.0),
        ("about 2.3 million shells", 2_300_000.0, 2_100_000.0, 2_500_000.0),
        ("around 400,000 shells", 400_000.0, 200_000.0, 600_000.0),
        ("exactly 12.5 km", 12.5, 12.49, 12.51),
    ])
    func theStatedValueIsTheMedianAndTheReadingIsTheNinetyPercentRange(
        _ text: String, _ stated: Double, _ low: Double, _ high: Double
    ) throws {
        let count = 200_000
        let result = try summary(text, count: count)
        let (p5, p50, p95) = (result.percentiles[0].value, result.percentiles[1].value, result.percentiles[2].value)
        let error = Self.medianError(median: stated, low: low, count: count)
        // Within 4.5 standard errors (a fixed seed: the same draws every run).
        #expect(abs(p50 - stated) < 4.5 * error, "median \(p50) of \(text), stated \(stated), standard error \(error)")
        // The 5th and 95th percentiles: within 1% of the width of the reading.
        #expect(abs(p5 - low) < 0.01 * (high - low), "p5 \(p5)")
        #expect(abs(p95 - high) < 0.01 * (high - low), "p95 \(p95)")
    }

    @Test func theDistributionsQuantilesAndMomentsAreExact() throws {
        let split = try SplitLognormalDistribution.ninetyPercent(low: 3000, median: 5000, high: 7000)
        #expect(abs(split.quantile(0.5) - 5000) < 1e-9)
        #expect(abs(split.quantile(0.05) - 3000) < 1e-6)
        #expect(abs(split.quantile(0.95) - 7000) < 1e-6)
        #expect(abs(split.cdf(5000) - 0.5) < 1e-15)
        #expect(abs(split.cdf(split.quantile(0.2)) - 0.2) < 1e-12)
        // Mean and variance by the closed form against numeric integration of the quantile
        // function (midpoint rule over 200,000 slices of p).
        let slices = 200_000
        var first = 0.0
        var second = 0.0
        for index in 0..<slices {
            let x = split.quantile((Double(index) + 0.5) / Double(slices))
            first += x
            second += x * x
        }
        first /= Double(slices)
        second /= Double(slices)
        #expect(abs(split.mean - first) / first < 1e-4, "mean \(split.mean) against \(first)")
        #expect(abs(split.variance - (second - first * first)) / (second - first * first) < 1e-3)
    }

    @Test func aRangeWithoutAStatedValueStaysALognormalThroughItsEnds() throws {
        // One-sided hedges state no central value: "more than 3 million" is read as
        // 3,000,001–4,000,000 and drawn as the lognormal through those ends (median their
        // geometric mean, 3,464,102).
        let result = try summary("more than 3 million shells")
        #expect(abs(result.percentiles[1].value - 3_464_102) < 3_464_102 * 0.002)
    }

    @Test func aRatioOfHedgedFiguresIsCentredNearTheRatioOfTheStatedValues() throws {
        // 2.3 million / 5,000 = 460; the median of the ratio of two two-piece lognormals is
        // not exactly the ratio of their medians (their logarithms are not symmetric), but it
        // lies within 1% of it here, against 9% when each figure was centred on the geometric
        // mean of its reading (about 500).
        let result = try summary("about 2.3 million shells / about 5,000 containers")
        #expect(abs(result.percentiles[1].value - 460) / 460 < 0.01, "median \(result.percentiles[1].value)")
    }
}
