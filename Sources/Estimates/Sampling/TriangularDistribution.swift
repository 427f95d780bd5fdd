/// The triangular distribution: a minimum, a most likely value and a maximum, sampled by
/// its closed-form inverse CDF.
///
/// ```swift
/// let days = try TriangularDistribution(low: 10, mode: 14, high: 30)
/// days.mean  // 18
/// ```
package struct TriangularDistribution: SamplingDistribution, Equatable {
    /// The minimum.
    package let low: Double
    /// The most likely value.
    package let mode: Double
    /// The maximum.
    package let high: Double

    /// A triangular distribution; needs `low ≤ mode ≤ high`, all finite.
    package init(low: Double, mode: Double, high: Double) throws(EstimateError) {
        try DistributionCheck.finite(low, mode, high, in: "triangular(low, mode, high)")
        try DistributionCheck.ordered(low, high)
        guard low <= mode, mode <= high else {
            throw EstimateError(
                .domain("triangular(low, mode, high) needs the mode \(mode.shortDescription) between \(low.shortDescription) and \(high.shortDescription)"))
        }
        guard (high - low).isFinite else { throw EstimateError(.nonFinite(operation: "triangular(low, mode, high)")) }
        self.low = low
        self.mode = mode
        self.high = high
    }

    package var mean: Double { (low + mode + high) / 3 }

    package var variance: Double {
        (low * low + mode * mode + high * high - low * mode - low * high - mode * high) / 18
    }

    package func cdf(_ x: Double) -> Double {
        if x < low { return 0 }
        if x >= high { return 1 }
        let width = high - low
        if x <= mode { return (x - low) * (x - low) / (width * (mode - low)) }
        return 1 - (high - x) * (high - x) / (width * (high - mode))
    }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        return inverse(p)
    }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        inverse(generator.nextUnit())
    }

    @usableFromInline
    func inverse(_ p: Double) -> Double {
        let width = high - low
        if width == 0 { return low }
        let split = (mode - low) / width
        if p < split { return low + (p * width * (mode - low)).squareRoot() }
        return high - ((1 - p) * width * (high - mode)).squareRoot()
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        for index in buffer.indices { buffer[index] = inverse(generator.nextUnit()) }
    }
}
