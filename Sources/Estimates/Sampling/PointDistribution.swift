/// A value known exactly: every draw is `value`.
///
/// ```swift
/// let one = PointDistribution(1)
/// one.quantile(0.5)  // 1
/// ```
package struct PointDistribution: SamplingDistribution, Equatable {
    /// The value.
    package var value: Double

    /// A point mass at `value`, which must be finite.
    package init(_ value: Double) {
        precondition(value.isFinite, "a point distribution needs a finite value")
        self.value = value
    }

    /// A point mass at `value`, checked.
    package static func checked(_ value: Double) throws(EstimateError) -> PointDistribution {
        try DistributionCheck.finite(value, in: "a point value")
        return PointDistribution(value)
    }

    package var mean: Double { value }
    package var variance: Double { 0 }
    package func cdf(_ x: Double) -> Double { x >= value ? 1 : 0 }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        return value
    }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double { value }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        buffer.update(repeating: value)
    }
}
