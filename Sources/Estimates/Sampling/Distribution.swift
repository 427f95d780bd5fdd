/// Any of the distributions Reckon samples, as one value type: what a model's leaves and a
/// mixture's components hold.
///
/// ```swift
/// let shells = try Distribution.ninetyPercentRange(low: 2.0e6, high: 2.6e6)  // lognormal
/// let fixed = Distribution.point(PointDistribution(5000))
/// ```
package enum Distribution: SamplingDistribution, Equatable {
    case point(PointDistribution)
    case uniform(UniformDistribution)
    case normal(NormalDistribution)
    case lognormal(LognormalDistribution)
    /// A hedged figure: median the value stated, 5th and 95th percentiles its reading.
    case splitLognormal(SplitLognormalDistribution)
    case triangular(TriangularDistribution)
    case pert(PERTDistribution)
    case beta(BetaDistribution)
    case mixture(MixtureDistribution)
    case empirical(EmpiricalDistribution)

    /// What `low to high` means when sampled: the lognormal with those 5th and 95th
    /// percentiles, or a point when the two are equal. A bound at or below zero is an error
    /// that suggests `normal(…)`.
    package static func ninetyPercentRange(low: Double, high: Double) throws(EstimateError) -> Distribution {
        if low == high, low.isFinite { return .point(PointDistribution(low)) }
        return .lognormal(try LognormalDistribution.ninetyPercent(low: low, high: high))
    }

    /// What a hedged figure means when sampled: the stated value `nominal` as the median and
    /// `low` and `high` as the 5th and 95th percentiles (a two-piece lognormal), when the
    /// value lies strictly inside a positive range; otherwise `ninetyPercentRange(low:high:)`.
    package static func ninetyPercentRange(low: Double, nominal: Double?, high: Double) throws(EstimateError) -> Distribution {
        guard let nominal, low > 0, low < nominal, nominal < high, low.isFinite, high.isFinite else {
            return try ninetyPercentRange(low: low, high: high)
        }
        return .splitLognormal(try SplitLognormalDistribution.ninetyPercent(low: low, median: nominal, high: high))
    }

    /// The distribution inside.
    package var base: any SamplingDistribution {
        switch self {
        case .point(let d): return d
        case .uniform(let d): return d
        case .normal(let d): return d
        case .lognormal(let d): return d
        case .splitLognormal(let d): return d
        case .triangular(let d): return d
        case .pert(let d): return d
        case .beta(let d): return d
        case .mixture(let d): return d
        case .empirical(let d): return d
        }
    }

    package var mean: Double { base.mean }
    package var variance: Double { base.variance }
    package func cdf(_ x: Double) -> Double { base.cdf(x) }
    package func quantile(_ p: Double) -> Double { base.quantile(p) }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        switch self {
        case .point(let d): return d.sample(using: &generator)
        case .uniform(let d): return d.sample(using: &generator)
        case .normal(let d): return d.sample(using: &generator)
        case .lognormal(let d): return d.sample(using: &generator)
        case .splitLognormal(let d): return d.sample(using: &generator)
        case .triangular(let d): return d.sample(using: &generator)
        case .pert(let d): return d.sample(using: &generator)
        case .beta(let d): return d.sample(using: &generator)
        case .mixture(let d): return d.sample(using: &generator)
        case .empirical(let d): return d.sample(using: &generator)
        }
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        switch self {
        case .point(let d): d.fill(buffer, using: &generator)
        case .uniform(let d): d.fill(buffer, using: &generator)
        case .normal(let d): d.fill(buffer, using: &generator)
        case .lognormal(let d): d.fill(buffer, using: &generator)
        case .splitLognormal(let d): d.fill(buffer, using: &generator)
        case .triangular(let d): d.fill(buffer, using: &generator)
        case .pert(let d): d.fill(buffer, using: &generator)
        case .beta(let d): d.fill(buffer, using: &generator)
        case .mixture(let d): d.fill(buffer, using: &generator)
        case .empirical(let d): d.fill(buffer, using: &generator)
        }
    }
}
