#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The beta distribution with shapes α and β, on [0, 1] or stretched to [low, high];
/// sampled as G(α) / (G(α) + G(β)) from two gamma variates. Its CDF is the regularised
/// incomplete beta function; quantiles invert it by bisection.
///
/// ```swift
/// let share = try BetaDistribution(alpha: 2, beta: 8)
/// share.mean  // 0.2
/// ```
package struct BetaDistribution: SamplingDistribution, Equatable {
    /// The first shape.
    package let alpha: Double
    /// The second shape.
    package let beta: Double
    /// The lower end of the support.
    package let low: Double
    /// The upper end of the support.
    package let high: Double
    private let first: GammaVariate
    private let second: GammaVariate

    /// A beta distribution; shapes must be positive and finite, `low < high`.
    package init(alpha: Double, beta: Double, low: Double = 0, high: Double = 1) throws(EstimateError) {
        try DistributionCheck.finite(alpha, beta, low, high, in: "beta(alpha, beta)")
        guard alpha > 0, beta > 0 else {
            throw EstimateError(
                .domain("beta(alpha, beta) needs shapes above zero, got \(alpha.shortDescription) and \(beta.shortDescription)"))
        }
        guard low < high, (high - low).isFinite else {
            throw EstimateError(.domain("a beta distribution needs low < high, got \(low.shortDescription) and \(high.shortDescription)"))
        }
        self.alpha = alpha
        self.beta = beta
        self.low = low
        self.high = high
        first = GammaVariate(shape: alpha)
        second = GammaVariate(shape: beta)
    }

    package var mean: Double { low + (high - low) * alpha / (alpha + beta) }

    package var variance: Double {
        let sum = alpha + beta
        return (high - low) * (high - low) * alpha * beta / (sum * sum * (sum + 1))
    }

    package func cdf(_ x: Double) -> Double {
        SpecialFunctions.regularizedIncompleteBeta((x - low) / (high - low), alpha, beta)
    }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        if p == 0 { return low }
        if p == 1 { return high }
        let unit = SpecialFunctions.invert({ SpecialFunctions.regularizedIncompleteBeta($0, alpha, beta) }, p: p, low: 0, high: 1)
        return low + (high - low) * unit
    }

    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        low + (high - low) * unitSample(using: &generator)
    }

    private func unitSample(using generator: inout Xoshiro256StarStar) -> Double {
        if alpha >= 1 && beta >= 1 {
            let x = first.sample(using: &generator)
            let y = second.sample(using: &generator)
            return x / (x + y)
        }
        // Small shapes: in logarithms, 1 / (1 + Y/X) = 1 / (1 + exp(ln Y − ln X)).
        let logX = first.logSample(using: &generator)
        let logY = second.logSample(using: &generator)
        return 1 / (1 + exp(logY - logX))
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let width = high - low
        for index in buffer.indices { buffer[index] = low + width * unitSample(using: &generator) }
    }
}
