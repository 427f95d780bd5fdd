import Estimates
import TextCore
import Testing

/// Sampled against exact: for every distribution, 200,000 draws with a fixed seed; the mean
/// within 5 standard errors, the variance within 5 standard errors of the sample variance,
/// and the Kolmogorov–Smirnov distance to the exact CDF below 1.95/√n (the 0.1% critical
/// value), with the empirical CDF at exact quantiles within 5 binomial standard errors.
@Suite struct DistributionTests {
    static let n = 200_000

    static func lognormal(_ low: Double, _ high: Double) -> Distribution {
        .lognormal(try! LognormalDistribution.ninetyPercent(low: low, high: high))
    }

    static let cases: [(String, Distribution)] = [
        ("point", .point(PointDistribution(4.5))),
        ("uniform", .uniform(try! UniformDistribution(low: -3, high: 7))),
        ("normal", .normal(try! NormalDistribution(mean: 10, standardDeviation: 2.5))),
        ("normal 90%", .normal(try! NormalDistribution.ninetyPercent(low: -1, high: 3))),
        ("lognormal", lognormal(2.0e6, 2.6e6)),
        ("wide lognormal", lognormal(2, 10)),
        ("triangular", .triangular(try! TriangularDistribution(low: 10, mode: 14, high: 30))),
        ("left triangle", .triangular(try! TriangularDistribution(low: 0, mode: 0, high: 1))),
        ("pert", .pert(try! PERTDistribution(low: 2, mode: 4, high: 12))),
        ("beta", .beta(try! BetaDistribution(alpha: 2, beta: 8))),
        ("small-shape beta", .beta(try! BetaDistribution(alpha: 0.3, beta: 0.6, low: 5, high: 9))),
        (
            "time-to-botec mixture",
            .mixture(
                try! MixtureDistribution(
                    components: [.point(PointDistribution(0)), .point(PointDistribution(1)), lognormal(1, 3), lognormal(2, 10)],
                    weights: [0.6, 0.2, 0.1, 0.1]))
        ),
        ("empirical", .empirical(try! EmpiricalDistribution([3, 1, 4, 1, 5, 9, 2, 6]))),
    ]

    static var names: [String] { cases.map(\.0) }

    func distribution(_ name: String) throws -> Distribution {
        try #require(Self.cases.first { $0.0 == name }?.1)
    }

    func draws(_ distribution: Distribution, seed: UInt64 = 2024) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        return distribution.samples(Self.n, using: &generator)
    }

    @Test(arguments: names)
    func sampledMeanAndVarianceMatchTheExactOnes(name: String) throws {
        let distribution = try distribution(name)
        let values = draws(distribution)
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let fourth = values.reduce(0) { $0 + pow4($1 - mean) } / n
        let meanTolerance = 5 * (distribution.variance / n).squareRoot() + 1e-12 * abs(distribution.mean)
        #expect(abs(mean - distribution.mean) <= meanTolerance, "\(name): mean \(mean) vs \(distribution.mean)")
        let varianceTolerance = 5 * (max(0, fourth - variance * variance) / n).squareRoot() + 1e-12 * distribution.variance
        #expect(abs(variance - distribution.variance) <= varianceTolerance, "\(name): variance \(variance) vs \(distribution.variance)")
    }

    @Test(arguments: names)
    func sampledDistributionFitsTheExactCDF(name: String) throws {
        let distribution = try distribution(name)
        let sorted = draws(distribution, seed: 99).sorted()
        let n = Double(sorted.count)
        var distance = 0.0
        var index = 0
        while index < sorted.count {
            let value = sorted[index]
            var end = index
            while end < sorted.count && sorted[end] == value { end += 1 }
            distance = max(distance, abs(Double(end) / n - distribution.cdf(value)))
            distance = max(distance, abs(Double(index) / n - distribution.cdf(value.nextDown)))
            index = end
        }
        #expect(distance < 1.95 / n.squareRoot(), "\(name): Kolmogorov–Smirnov distance \(distance)")
    }

    @Test(arguments: names)
    func exactQuantilesCutTheDrawsInTheRightProportions(name: String) throws {
        let distribution = try distribution(name)
        let values = draws(distribution, seed: 5)
        let n = Double(values.count)
        for p in [0.05, 0.25, 0.5, 0.75, 0.95] {
            let q = distribution.quantile(p)
            #expect(distribution.cdf(q) >= p - 1e-9, "\(name): F(Q(\(p))) = \(distribution.cdf(q))")
            let below = Double(values.count { $0 < q }) / n
            let atOrBelow = Double(values.count { $0 <= q }) / n
            let tolerance = 5 * (p * (1 - p) / n).squareRoot()
            #expect(below <= p + tolerance && atOrBelow >= p - tolerance, "\(name): p \(p), q \(q), below \(below), at or below \(atOrBelow)")
        }
    }

    @Test func bulkFillsDrawTheSameValuesAsSingleDraws() {
        for (name, distribution) in Self.cases {
            var single = Xoshiro256StarStar(seed: 1)
            var bulk = Xoshiro256StarStar(seed: 1)
            let one = (0..<1000).map { _ in distribution.sample(using: &single) }
            #expect(distribution.samples(1000, using: &bulk) == one, "\(name)")
        }
    }

    @Test func lognormalRangesPutTheBoundsAtTheFifthAndNinetyFifthPercentiles() throws {
        let shells = try LognormalDistribution.ninetyPercent(low: 2.0e6, high: 2.6e6)
        #expect(abs(shells.quantile(0.05) / 2.0e6 - 1) < 1e-14)
        #expect(abs(shells.quantile(0.95) / 2.6e6 - 1) < 1e-14)
        #expect(abs(shells.quantile(0.5) - (2.0e6 * 2.6e6).squareRoot()) < 1e-6)
    }

    @Test func theTimeToBotecMixtureHasTheKnownExactMean() throws {
        let mixture = try #require(Self.cases.first { $0.0 == "time-to-botec mixture" }?.1)
        #expect(abs(mixture.mean - 0.887_205_986_963_974) < 1e-12)
        #expect(mixture.quantile(0.5) == 0)
        #expect(mixture.quantile(0.7) == 1)
    }

    @Test func closedFormMomentsOfTheShapedDistributions() throws {
        #expect(try TriangularDistribution(low: 10, mode: 14, high: 30).mean == 18)
        #expect(try PERTDistribution(low: 2, mode: 4, high: 12).mean == 5)
        #expect(abs(try BetaDistribution(alpha: 2, beta: 8).variance - 16.0 / 1100) < 1e-15)
        #expect(try UniformDistribution(low: 100, high: 180).quantile(0.25) == 120)
        #expect(try EmpiricalDistribution([410, 455, 460, 470, 520]).quantile(0.5) == 460)
    }

    @Test func aRangeReachingZeroIsNotLognormalAndTheErrorSaysWhatToWrite() throws {
        #expect {
            _ = try Distribution.ninetyPercentRange(low: 0, high: 3)
        } throws: { error in
            guard let error = error as? EstimateError else { return false }
            return error.message.contains("normal(0 to 3)") && error.message.contains("above zero")
        }
        #expect(throws: EstimateError.self) { _ = try LognormalDistribution.ninetyPercent(low: -2, high: 3) }
        #expect(throws: EstimateError(.invertedRange(low: 5, high: 3))) { _ = try Distribution.ninetyPercentRange(low: 5, high: 3) }
        #expect(try Distribution.ninetyPercentRange(low: 4, high: 4) == .point(PointDistribution(4)))
    }

    @Test func factoriesRefuseBadParameters() {
        #expect(throws: EstimateError.self) { _ = try NormalDistribution(mean: 0, standardDeviation: -1) }
        #expect(throws: EstimateError.self) { _ = try UniformDistribution(low: 2, high: 1) }
        #expect(throws: EstimateError.self) { _ = try UniformDistribution(low: .nan, high: 1) }
        #expect(throws: EstimateError.self) { _ = try TriangularDistribution(low: 0, mode: 5, high: 4) }
        #expect(throws: EstimateError.self) { _ = try PERTDistribution(low: 1, mode: 1, high: 1) }
        #expect(throws: EstimateError.self) { _ = try BetaDistribution(alpha: 0, beta: 1) }
        #expect(throws: EstimateError.self) { _ = try MixtureDistribution(components: [.point(PointDistribution(1))], weights: [0.5, 0.5]) }
        #expect(throws: EstimateError.self) { _ = try MixtureDistribution(components: [.point(PointDistribution(1))], weights: [0]) }
        #expect(throws: EstimateError.self) { _ = try MixtureDistribution(components: [.point(PointDistribution(1))], weights: [-1]) }
        #expect(throws: EstimateError.self) { _ = try MixtureDistribution(components: [], weights: []) }
        #expect(throws: EstimateError.self) { _ = try EmpiricalDistribution([]) }
        #expect(throws: EstimateError.self) { _ = try EmpiricalDistribution([1, .infinity]) }
    }

    @Test func mixtureWeightsAreNormalisedAndZeroWeightsDropped() throws {
        let mixture = try MixtureDistribution(
            components: [.point(PointDistribution(1)), .point(PointDistribution(2)), .point(PointDistribution(3))], weights: [2, 0, 6])
        #expect(mixture.weights == [0.25, 0.75])
        #expect(mixture.mean == 2.5)
        var generator = Xoshiro256StarStar(seed: 3)
        #expect(!mixture.samples(10_000, using: &generator).contains(2))
    }
}

private func pow4(_ x: Double) -> Double { x * x * x * x }
