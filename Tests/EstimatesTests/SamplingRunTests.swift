import Estimates
import TextCore
import Testing

private final class SeenDraws: @unchecked Sendable {
    var values: [Double] = []
}

@Suite struct SamplingRunTests {
    let registry = TestNouns.registry

    /// `(2.0M to 2.6M shells) / (4500 to 5500 containers)`, built directly.
    func perContainer() throws -> SamplingRun.Model {
        let shells = try Distribution.ninetyPercentRange(low: 2.0e6, high: 2.6e6)
        let containers = try Distribution.ninetyPercentRange(low: 4500, high: 5500)
        let shellUnit = try registry.unit("shells")
        let containerUnit = try registry.unit("containers")
        return { context throws(EstimateError) in
            try context.draw(shells, unit: shellUnit) / context.draw(containers, unit: containerUnit)
        }
    }

    @Test func aSeedGivesBitIdenticalDrawsWithOneTwoOrFiveThreads() throws {
        let model = try perContainer()
        let count = 300_001  // five chunks, the last one partial
        let one = try SamplingRun(count: count, seed: 7, threads: 1).collect(model)
        let two = try SamplingRun(count: count, seed: 7, threads: 2).collect(model)
        let five = try SamplingRun(count: count, seed: 7, threads: 5).collect(model)
        #expect(one.values == two.values)
        #expect(one.values == five.values)
        #expect(one.moments == two.moments)
        #expect(one.moments == five.moments)
        let other = try SamplingRun(count: count, seed: 8, threads: 2).collect(model)
        #expect(other.values != one.values)
    }

    @Test func streamingGivesTheSameMomentsAndHistogramWithAnyThreadCount() throws {
        let model = try perContainer()
        let one = try SamplingRun(count: 200_000, seed: 3, threads: 1).stream(model)
        let two = try SamplingRun(count: 200_000, seed: 3, threads: 2).stream(model)
        #expect(one.moments == two.moments)
        for p in [0.05, 0.5, 0.95] {
            #expect(
                one.histogram.quantile(p, minimum: one.moments.minimum, maximum: one.moments.maximum)
                    == two.histogram.quantile(p, minimum: two.moments.minimum, maximum: two.moments.maximum))
        }
        let collected = try SamplingRun(count: 200_000, seed: 3, threads: 2).collect(model)
        #expect(collected.moments == one.moments)
    }

    @Test func thePerContainerPercentilesMatchTheExactLognormalRatio() throws {
        // ln(shells/containers) is normal: the exact percentiles are 388.59 / 458.37 / 540.68.
        let exact = [388.587_190_996_188_3, 458.367_767_301_551_85, 540.679_196_250_373_8]
        let n = 1_000_000
        var samples = try SamplingRun(count: n, seed: 7, threads: 2).collect(try perContainer())
        #expect(samples.unit.symbol(plural: true) == "shells/container")
        let summary = SampleSummary(collected: &samples, seed: 7, levels: [5, 50, 95])
        // Standard error of a sample quantile: sqrt(p(1 − p)/n) / density; density of the
        // lognormal ratio at its quantile q is φ(z)/(q σ), σ the log standard deviation.
        let sigma = 0.100_437_5
        for (percentile, exactValue) in zip(summary.percentiles, exact) {
            let p = percentile.level / 100
            let z = SpecialFunctions.normalQuantile(p)
            let standardError = (p * (1 - p) / Double(n)).squareRoot() * exactValue * sigma / SpecialFunctions.normalDensity(z)
            #expect(abs(percentile.value - exactValue) < 5 * standardError, "p\(percentile.level): \(percentile.value)")
        }
        #expect(summary.method == .exact)
        #expect(summary.count == n)
    }

    @Test func theMixtureMeanIsWithinFiveStandardErrors() throws {
        let mixture = Distribution.mixture(
            try MixtureDistribution(
                components: [
                    .point(PointDistribution(0)), .point(PointDistribution(1)),
                    try .ninetyPercentRange(low: 1, high: 3), try .ninetyPercentRange(low: 2, high: 10),
                ],
                weights: [0.6, 0.2, 0.1, 0.1]))
        let n = 1_000_000
        let samples = try SamplingRun(count: n, seed: 1).collect { context throws(EstimateError) in context.draw(mixture) }
        let tolerance = 5 * mixture.standardDeviation / Double(n).squareRoot()
        #expect(abs(samples.moments.mean - 0.887_205_986_963_974) < tolerance)
        #expect(abs(samples.moments.standardDeviation - mixture.standardDeviation) < 0.02 * mixture.standardDeviation)
    }

    @Test func chunkEvaluationErrorsAreReportedNotCrashed() throws {
        let normal = Distribution.normal(try NormalDistribution(mean: 0, standardDeviation: 1))
        let run = SamplingRun(count: 100_000, seed: 1, threads: 2)
        #expect {
            _ = try run.collect { context throws(EstimateError) in try context.draw(normal).squareRoot() }
        } throws: { error in
            (error as? EstimateError)?.message.hasPrefix("square root of a negative value in ") ?? false
        }
        let meters = try registry.unit("m")
        let kilograms = try registry.unit("kg")
        #expect(throws: EstimateError.self) {
            _ = try run.stream { context throws(EstimateError) in try context.constant(1, unit: meters) + context.constant(1, unit: kilograms) }
        }
    }

    @Test func aStreamingVisitorSeesEveryDrawInDrawOrder() throws {
        let model = try perContainer()
        let collected = try SamplingRun(count: 200_000, seed: 4, threads: 2).collect(model)
        let seen = SeenDraws()
        let streamed = try #require(
            try SamplingRun(count: 200_000, seed: 4, threads: 2).stream(model) { chunk, unit in
                #expect(unit.symbol(plural: true) == "shells/container")
                seen.values += chunk
                return true
            })
        #expect(seen.values == collected.values)
        #expect(streamed.moments == collected.moments)
        let stopped = try SamplingRun(count: 200_000, seed: 4, threads: 2).stream(model) { _, _ in false }
        #expect(stopped == nil)
    }

    @Test func chunksCoverEveryDrawOnce() {
        let run = SamplingRun(count: 200_000, seed: 0, threads: 2)
        #expect(run.chunkCount == 4)
        #expect(run.range(ofChunk: 0) == 0..<65_536)
        #expect(run.range(ofChunk: 3) == 196_608..<200_000)
        #expect(SamplingRun(count: 1, seed: 0).chunkCount == 1)
    }
}
