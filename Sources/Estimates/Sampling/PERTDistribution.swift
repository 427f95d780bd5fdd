/// The PERT distribution: a beta distribution on [low, high] shaped by a most likely value,
/// with α = 1 + λ(mode − low)/(high − low) and β = 1 + λ(high − mode)/(high − low), λ = 4
/// by default, so the mean is (low + λ·mode + high)/(λ + 2).
///
/// ```swift
/// let weeks = try PERTDistribution(low: 2, mode: 4, high: 12)
/// weeks.mean  // 5
/// ```
package struct PERTDistribution: SamplingDistribution, Equatable {
    /// The minimum.
    package let low: Double
    /// The most likely value.
    package let mode: Double
    /// The maximum.
    package let high: Double
    /// The weight of the mode (4 in the classic PERT).
    package let lambda: Double
    /// The beta distribution it is.
    package let beta: BetaDistribution

    /// A PERT distribution; needs `low ≤ mode ≤ high`, `low < high`, `lambda > 0`.
    package init(low: Double, mode: Double, high: Double, lambda: Double = 4) throws(EstimateError) {
        try DistributionCheck.finite(low, mode, high, lambda, in: "pert(low, mode, high)")
        guard low < high else {
            throw EstimateError(.domain("pert(low, mode, high) needs low < high, got \(low.shortDescription) and \(high.shortDescription)"))
        }
        guard low <= mode, mode <= high else {
            throw EstimateError(
                .domain("pert(low, mode, high) needs the mode \(mode.shortDescription) between \(low.shortDescription) and \(high.shortDescription)"))
        }
        guard lambda > 0 else { throw EstimateError(.domain("pert needs lambda > 0, got \(lambda.shortDescription)")) }
        self.low = low
        self.mode = mode
        self.high = high
        self.lambda = lambda
        let width = high - low
        beta = try BetaDistribution(
            alpha: 1 + lambda * (mode - low) / width, beta: 1 + lambda * (high - mode) / width, low: low, high: high)
    }

    package var mean: Double { beta.mean }
    package var variance: Double { beta.variance }
    package func cdf(_ x: Double) -> Double { beta.cdf(x) }
    package func quantile(_ p: Double) -> Double { beta.quantile(p) }
    package func sample(using generator: inout Xoshiro256StarStar) -> Double { beta.sample(using: &generator) }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        beta.fill(buffer, using: &generator)
    }
}
