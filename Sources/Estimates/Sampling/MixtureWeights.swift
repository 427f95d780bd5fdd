/// The weights of `mixture([values…], [weights…])`, read the same way when sampling and in
/// interval readings: exact plain numbers, not negative, not all zero, one per value; equal
/// weights when none are given.
///
/// ```swift
/// try MixtureWeights.read([], count: 3)   // [1, 1, 1]
/// ```
package enum MixtureWeights {
    /// How to write a mixture, for messages.
    package static let usage = "write mixture([value, value, …], [weight, weight, …]), e.g. mixture([0, 1 to 3], [0.6, 0.4])"

    /// The weights as numbers.
    package static func read(_ weights: [Estimate], count: Int) throws(EstimateError) -> [Double] {
        if weights.isEmpty { return [Double](repeating: 1, count: count) }
        guard weights.count == count else {
            throw EstimateError(.syntax("mixture has \(count) values and \(weights.count) weights; give one weight per value"))
        }
        var result: [Double] = []
        for weight in weights {
            guard weight.low == weight.high, weight.unit.dimension.isDimensionless else {
                throw EstimateError(.domain("a mixture weight must be an exact plain number, not \(weight.formatted())"))
            }
            let value = weight.low * weight.unit.factor
            guard value >= 0, value.isFinite else {
                throw EstimateError(.domain("a mixture weight must not be negative, got \(value.shortDescription)"))
            }
            result.append(value)
        }
        guard result.contains(where: { $0 > 0 }) else { throw EstimateError(.domain("mixture weights must not all be zero")) }
        return result
    }
}
