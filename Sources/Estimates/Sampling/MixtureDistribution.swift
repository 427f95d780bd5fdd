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
package struct MixtureDistribution: SamplingDistribution, Equatable {
    /// The components with a weight above zero.
    package let components: [Distribution]
    /// Their weights, normalised to sum to one.
    package let weights: [Double]
    /// Running sums of the weights (the last is one), for picking a component.
    @usableFromInline let cumulative: [Double]
    /// The components in a compact form for the fill loop (24 bytes each instead of the
    /// whole `Distribution`, which would be copied on every draw).
    let fast: [FastComponent]

    /// A component as the fill loop draws it; each case draws exactly what the component's
    /// own `sample(using:)` would, from the same random numbers.
    enum FastComponent: Equatable {
        case point(Double)
        case lognormal(mu: Double, sigma: Double)
        case normal(mean: Double, scale: Double)
        case uniform(low: Double, width: Double)
        case other(Int)

        init(_ distribution: Distribution, index: Int) {
            switch distribution {
            case .point(let d): self = .point(d.value)
            case .lognormal(let d): self = .lognormal(mu: d.mu, sigma: d.sigma)
            case .normal(let d): self = .normal(mean: d.location, scale: d.scale)
            case .uniform(let d): self = .uniform(low: d.low, width: d.high - d.low)
            default: self = .other(index)
            }
        }
    }

    /// A mixture; needs as many weights as components, weights finite and not negative,
    /// at least one above zero. Weights need not sum to one: they are normalised.
    package init(components: [Distribution], weights: [Double]) throws(EstimateError) {
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
        fast = kept.enumerated().map { FastComponent($1, index: $0) }
    }

    package var mean: Double {
        var result = 0.0
        for (component, weight) in zip(components, weights) { result += weight * component.mean }
        return result
    }

    package var variance: Double {
        var secondMoment = 0.0
        for (component, weight) in zip(components, weights) {
            secondMoment += weight * (component.variance + component.mean * component.mean)
        }
        let mean = self.mean
        return Swift.max(0, secondMoment - mean * mean)
    }

    package func cdf(_ x: Double) -> Double {
        var result = 0.0
        for (component, weight) in zip(components, weights) { result += weight * component.cdf(x) }
        return Swift.min(1, result)
    }

    /// The quantile lies between the smallest and largest component quantile at `p`;
    /// bisection on the CDF finds it there.
    package func quantile(_ p: Double) -> Double {
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
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        let u = generator.nextUnit()
        var index = 0
        let last = cumulative.count - 1
        while index < last && u >= cumulative[index] { index += 1 }
        return components[index].sample(using: &generator)
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let last = cumulative.count - 1
        let ziggurat = NormalZiggurat.shared
        fast.withUnsafeBufferPointer { fast in
            cumulative.withUnsafeBufferPointer { cumulative in
                for slot in buffer.indices {
                    let u = generator.nextUnit()
                    var index = 0
                    while index < last && u >= cumulative[index] { index += 1 }
                    switch fast[index] {
                    case .point(let value):
                        buffer[slot] = value
                    case .lognormal(let mu, let sigma):
                        buffer[slot] = SampleMath.exponential(mu + sigma * ziggurat.next(using: &generator))
                    case .normal(let mean, let scale):
                        buffer[slot] = mean + scale * ziggurat.next(using: &generator)
                    case .uniform(let low, let width):
                        buffer[slot] = low + width * generator.nextUnit()
                    case .other(let component):
                        buffer[slot] = components[component].sample(using: &generator)
                    }
                }
            }
        }
    }
}
