/// Every value between `low` and `high` equally likely.
///
/// ```swift
/// let speed = try UniformDistribution(low: 100, high: 180)
/// speed.mean      // 140
/// speed.quantile(0.25)  // 120
/// ```
package struct UniformDistribution: SamplingDistribution, Equatable {
    /// The lower end.
    package let low: Double
    /// The upper end.
    package let high: Double

    /// A uniform distribution; the ends must be finite with `low ≤ high`.
    package init(low: Double, high: Double) throws(EstimateError) {
        try DistributionCheck.finite(low, high, in: "uniform(low, high)")
        try DistributionCheck.ordered(low, high)
        guard (high - low).isFinite else { throw EstimateError(.nonFinite(operation: "uniform(low, high)")) }
        self.low = low
        self.high = high
    }

    package var mean: Double { low + (high - low) / 2 }
    package var variance: Double { (high - low) * (high - low) / 12 }

    package func cdf(_ x: Double) -> Double {
        if x < low { return 0 }
        if x >= high { return 1 }
        return (x - low) / (high - low)
    }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        return low + (high - low) * p
    }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        low + (high - low) * generator.nextUnit()
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let width = high - low
        for index in buffer.indices { buffer[index] = low + width * generator.nextUnit() }
    }
}
