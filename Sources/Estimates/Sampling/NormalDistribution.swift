/// The normal distribution, from a mean and standard deviation or from a 90% interval.
///
/// ```swift
/// let error = try NormalDistribution(mean: 0, standardDeviation: 2)
/// let change = try NormalDistribution.ninetyPercent(low: -1, high: 3)  // mean 1
/// change.quantile(0.95)  // 3 (up to rounding)
/// ```
package struct NormalDistribution: SamplingDistribution, Equatable {
    /// The mean.
    package let location: Double
    /// The standard deviation.
    package let scale: Double

    /// z such that 90% of a normal lies within ±z standard deviations: Φ⁻¹(0.95).
    package static let z95 = 1.6448536269514722

    /// A normal distribution; the standard deviation must be finite and not negative.
    package init(mean: Double, standardDeviation: Double) throws(EstimateError) {
        try DistributionCheck.finite(mean, standardDeviation, in: "normal(mean, sd)")
        guard standardDeviation >= 0 else {
            throw EstimateError(.domain("normal(mean, sd) needs a standard deviation ≥ 0, got \(standardDeviation.shortDescription)"))
        }
        location = mean
        scale = standardDeviation
    }

    /// The normal distribution whose 5th and 95th percentiles are `low` and `high`.
    package static func ninetyPercent(low: Double, high: Double) throws(EstimateError) -> NormalDistribution {
        try DistributionCheck.finite(low, high, in: "normal(low to high)")
        try DistributionCheck.ordered(low, high)
        return try NormalDistribution(mean: low + (high - low) / 2, standardDeviation: (high - low) / (2 * z95))
    }

    package var mean: Double { location }
    package var variance: Double { scale * scale }

    package func cdf(_ x: Double) -> Double {
        if scale == 0 { return x >= location ? 1 : 0 }
        return SpecialFunctions.normalCDF((x - location) / scale)
    }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        if scale == 0 { return location }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        return location + scale * SpecialFunctions.normalQuantile(p)
    }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        location + scale * NormalZiggurat.shared.next(using: &generator)
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let ziggurat = NormalZiggurat.shared
        for index in buffer.indices { buffer[index] = location + scale * ziggurat.next(using: &generator) }
    }
}
