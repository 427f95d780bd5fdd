/// A mixture: each draw first picks a component with the given weights, then draws from it.
/// The time-to-botec model `mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1])` is
/// zero with probability 0.6, one with 0.2, and a lognormal otherwise.
///
/// ```swift
/// let model = try MixtureDistribution(
///     components: [.point(PointDistribution(0)), .point(PointDistribution(1)),
///                  .lognormal(try .ninetyPercent(low: 1, high: 3)), .lognormal(try .ninetyPercent(low: 2, high: 10))],
///     weights: [0.6, 0.2, 0.1, 0.1])
/// model.mean  // 0.8872…
/// ```
public struct MixtureDistribution: SamplingDistribution, Equatable {
    /// The components with a weight above zero.
    public let components: [Distribution]
    /// Their weights, normalised to sum to one.
    public let weights: [Double]
    /// Running sums of the weights (the last is one), for picking a component.
    @usableFromInline let cumulative: [Double]

    /// A mixture; needs as many weights as components, weights finite and not negative,
    /// at least one above zero. Weights need not sum to one: they are normalised.
    public init(components: [Distribution], weights: [Double]) throws(EstimateError) {
        guard !components.isEmpty else { throw EstimateError(.domain("mixture(values, weights) needs at least one value")) }
        guard components.count == weights.count else {
            throw EstimateError(
                .domain("mixture(values, weights) needs one weight per value: \(components.count) values, \(weights.count) weights"))
        }
        for weight in weights where !(weight.isFinite && weight >= 0) {
            throw EstimateError(.domain("mixture weights must be finite and not negative, got \(weight.shortDescription)"))
        }
        var total = 0.0
        for weight in weights { total += weight }
        guard total > 0, total.isFinite else { throw EstimateError(.domain("mixture weights must not all be zero")) }
        var kept: [Distribution] = []
        var normalised: [Double] = []
        var running: [Double] = []
        var sum = 0.0
        for (component, weight) in zip(components, weights) where weight > 0 {
            kept.append(component)
            normalised.append(weight / total)
            sum += weight
            running.append(sum / total)
        }
        running[running.count - 1] = 1
        self.components = kept
        self.weights = normalised
        cumulative = running
    }

    public var mean: Double {
        var result = 0.0
        for (component, weight) in zip(components, weights) { result += weight * component.mean }
        return result
    }

    public var variance: Double {
        var secondMoment = 0.0
        for (component, weight) in zip(components, weights) {
            secondMoment += weight * (component.variance + component.mean * component.mean)
        }
        let mean = self.mean
        return Swift.max(0, secondMoment - mean * mean)
    }

    public func cdf(_ x: Double) -> Double {
        var result = 0.0
        for (component, weight) in zip(components, weights) { result += weight * component.cdf(x) }
        return Swift.min(1, result)
    }

    /// The quantile lies between the smallest and largest component quantile at `p`;
    /// bisection on the CDF finds it there.
    public func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        let bounds = components.map { $0.quantile(p) }
        let low = bounds.min() ?? 0
        let high = bounds.max() ?? 0
        if p == 0 { return low }
        if p == 1 { return high }
        if cdf(low) >= p { return low }
        return SpecialFunctions.invert({ cdf($0) }, p: p, low: low, high: high)
    }

    @inlinable
    public func sample(using generator: inout Xoshiro256StarStar) -> Double {
        let u = generator.nextUnit()
        var index = 0
        let last = cumulative.count - 1
        while index < last && u >= cumulative[index] { index += 1 }
        return components[index].sample(using: &generator)
    }

    public func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let last = cumulative.count - 1
        components.withUnsafeBufferPointer { components in
            cumulative.withUnsafeBufferPointer { cumulative in
                for slot in buffer.indices {
                    let u = generator.nextUnit()
                    var index = 0
                    while index < last && u >= cumulative[index] { index += 1 }
                    buffer[slot] = components[index].sample(using: &generator)
                }
            }
        }
    }
}
