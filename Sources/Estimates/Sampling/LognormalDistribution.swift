#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lognormal distribution: what `2.0M to 2.6M` means when sampled, a positive quantity
/// whose 5th and 95th percentiles are the two bounds.
///
/// ```swift
/// let shells = try LognormalDistribution.ninetyPercent(low: 2.0e6, high: 2.6e6)
/// shells.quantile(0.5)   // 2,280,351 (the geometric mean of the bounds)
/// ```
package struct LognormalDistribution: SamplingDistribution, Equatable {
    /// The mean of the logarithm.
    package let mu: Double
    /// The standard deviation of the logarithm.
    package let sigma: Double

    /// A lognormal from the mean and standard deviation of its logarithm.
    package init(mu: Double, sigma: Double) throws(EstimateError) {
        try DistributionCheck.finite(mu, sigma, in: "lognormal(mu, sigma)")
        guard sigma >= 0 else {
            throw EstimateError(.domain("lognormal(mu, sigma) needs sigma ≥ 0, got \(sigma.shortDescription)"))
        }
        self.mu = mu
        self.sigma = sigma
    }

    /// The lognormal whose 5th and 95th percentiles are `low` and `high`. Both must be
    /// positive: a range that reaches zero or below is not lognormal, and the error says to
    /// write `normal(…)` instead.
    package static func ninetyPercent(low: Double, high: Double) throws(EstimateError) -> LognormalDistribution {
        try DistributionCheck.finite(low, high, in: "a range")
        try DistributionCheck.ordered(low, high)
        guard low > 0 else {
            throw EstimateError(
                .domain(
                    "the range \(low.shortDescription) to \(high.shortDescription) is sampled as a lognormal, which needs "
                        + "both bounds above zero; write normal(\(low.shortDescription) to \(high.shortDescription)) "
                        + "for a range that can reach zero or below"))
        }
        let logLow = log(low)
        let logHigh = log(high)
        return try LognormalDistribution(mu: (logLow + logHigh) / 2, sigma: (logHigh - logLow) / (2 * NormalDistribution.z95))
    }

    package var mean: Double { exp(mu + sigma * sigma / 2) }
    package var variance: Double { expm1(sigma * sigma) * exp(2 * mu + sigma * sigma) }

    package func cdf(_ x: Double) -> Double {
        if x <= 0 { return 0 }
        if sigma == 0 { return log(x) >= mu ? 1 : 0 }
        return SpecialFunctions.normalCDF((log(x) - mu) / sigma)
    }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        if sigma == 0 { return exp(mu) }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        return exp(mu + sigma * SpecialFunctions.normalQuantile(p))
    }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        exp(mu + sigma * NormalZiggurat.shared.next(using: &generator))
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let ziggurat = NormalZiggurat.shared
        for index in buffer.indices { buffer[index] = exp(mu + sigma * ziggurat.next(using: &generator)) }
    }
}
