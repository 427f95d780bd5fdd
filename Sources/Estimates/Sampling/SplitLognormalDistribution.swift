#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A two-piece lognormal: what a hedged figure means when sampled. Its median is the figure
/// as stated and its 5th and 95th percentiles are the ends of the reading, so "about 5,000"
/// (read as 3,000–7,000) is drawn around 5,000 — not around 4,583, the geometric mean of the
/// ends, where a lognormal through the two ends would put it.
///
/// Below the median the logarithm is a half-normal with spread `sigmaLow`, above it one with
/// `sigmaHigh`: `x = median · exp(σ·z)` with `z` standard normal and `σ` the spread of `z`'s
/// side. Each half holds half the draws, so the median stays put.
///
/// ```swift
/// let containers = try SplitLognormalDistribution.ninetyPercent(low: 3_000, median: 5_000, high: 7_000)
/// containers.quantile(0.5)    // 5,000
/// containers.quantile(0.05)   // 3,000 (up to rounding)
/// containers.quantile(0.95)   // 7,000 (up to rounding)
/// ```
package struct SplitLognormalDistribution: SamplingDistribution, Equatable {
    /// The logarithm of the median.
    package let mu: Double
    /// The spread of the logarithm below the median.
    package let sigmaLow: Double
    /// The spread of the logarithm above the median.
    package let sigmaHigh: Double

    /// The two-piece lognormal with median `median` and 5th and 95th percentiles `low` and
    /// `high`; needs 0 < low ≤ median ≤ high.
    package static func ninetyPercent(low: Double, median: Double, high: Double) throws(EstimateError) -> SplitLognormalDistribution {
        try DistributionCheck.finite(low, median, high, in: "a range")
        try DistributionCheck.ordered(low, high)
        guard low > 0, low <= median, median <= high else {
            throw EstimateError(
                .domain(
                    "a range sampled around its stated value needs 0 < low ≤ stated ≤ high, got "
                        + "\(low.shortDescription), \(median.shortDescription) and \(high.shortDescription)"))
        }
        let mu = log(median)
        return SplitLognormalDistribution(
            mu: mu, sigmaLow: (mu - log(low)) / NormalDistribution.z95, sigmaHigh: (log(high) - mu) / NormalDistribution.z95)
    }

    private init(mu: Double, sigmaLow: Double, sigmaHigh: Double) {
        self.mu = mu
        self.sigmaLow = sigmaLow
        self.sigmaHigh = sigmaHigh
    }

    /// E[exp(k·X)] relative to exp(k·mu): each half's share, e^{s²/2}·Φ(±s) with s = kσ.
    private func scaledMoment(_ k: Double) -> Double {
        let low = k * sigmaLow
        let high = k * sigmaHigh
        return exp(low * low / 2) * SpecialFunctions.normalCDF(-low) + exp(high * high / 2) * SpecialFunctions.normalCDF(high)
    }

    package var mean: Double { exp(mu) * scaledMoment(1) }

    package var variance: Double {
        let first = scaledMoment(1)
        return Swift.max(0, exp(2 * mu) * (scaledMoment(2) - first * first))
    }

    package func cdf(_ x: Double) -> Double {
        if x <= 0 { return 0 }
        let t = log(x) - mu
        let sigma = t < 0 ? sigmaLow : sigmaHigh
        if sigma == 0 { return t >= 0 ? 1 : 0 }
        return SpecialFunctions.normalCDF(t / sigma)
    }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        if p == 0 { return sigmaLow == 0 ? exp(mu) : 0 }
        if p == 1 { return sigmaHigh == 0 ? exp(mu) : .infinity }
        let z = SpecialFunctions.normalQuantile(p)
        return exp(mu + (z < 0 ? sigmaLow : sigmaHigh) * z)
    }

    /// The logarithm of one draw from a standard normal variate `z`.
    @inlinable @inline(__always)
    package func logarithm(_ z: Double) -> Double {
        mu + (z < 0 ? sigmaLow : sigmaHigh) * z
    }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        exp(logarithm(NormalZiggurat.shared.next(using: &generator)))
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let ziggurat = NormalZiggurat.shared
        for index in buffer.indices { buffer[index] = exp(logarithm(ziggurat.next(using: &generator))) }
    }
}
