/// A distribution Reckon can sample: exact moments and quantiles to test against, one draw
/// at a time or a whole buffer at once.
///
/// Draws come from `Xoshiro256StarStar`, so a seed fixes them. `fill` is the fast path: it
/// writes a contiguous buffer without allocating.
///
/// ```swift
/// let shells = try LognormalDistribution.ninetyPercent(low: 2.0e6, high: 2.6e6)
/// shells.quantile(0.05)   // 2,000,000 (up to rounding)
/// var generator = Xoshiro256StarStar(seed: 7)
/// let draw = shells.sample(using: &generator)
/// ```
package protocol SamplingDistribution: Sendable {
    /// The exact mean.
    var mean: Double { get }
    /// The exact variance.
    var variance: Double { get }
    /// P(X ≤ x).
    func cdf(_ x: Double) -> Double
    /// The smallest x with P(X ≤ x) ≥ p, for p in [0, 1] (closed form where one exists,
    /// otherwise by bisection on the CDF); ±∞ at the ends of an unbounded support.
    func quantile(_ p: Double) -> Double
    /// One draw.
    func sample(using generator: inout Xoshiro256StarStar) -> Double
    /// Fills `buffer` with independent draws.
    func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar)
}

extension SamplingDistribution {
    /// The exact standard deviation.
    package var standardDeviation: Double { variance.squareRoot() }

    /// Fills `buffer` one draw at a time.
    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        for index in buffer.indices { buffer[index] = sample(using: &generator) }
    }

    /// `count` draws in a new array.
    package func samples(_ count: Int, using generator: inout Xoshiro256StarStar) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(buffer, using: &generator)
            initialized = count
        }
    }
}

/// Parameter checks shared by the factories.
enum DistributionCheck {
    static func finite(_ values: Double..., in name: String) throws(EstimateError) {
        for value in values where !value.isFinite {
            throw EstimateError(.domain("\(name) needs finite parameters, got \(value.shortDescription)"))
        }
    }

    static func ordered(_ low: Double, _ high: Double) throws(EstimateError) {
        guard low <= high else { throw EstimateError(.invertedRange(low: low, high: high)) }
    }

    static func probability(_ p: Double) {
        precondition(p >= 0 && p <= 1, "a quantile needs 0 ≤ p ≤ 1")
    }
}
