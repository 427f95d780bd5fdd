/// The calculator's functions over samples, draw by draw: `min`, `max`, `sqrt`, `round`.
///
/// ```swift
/// let capped = try SampleSet.minimum(perContainer, limit)   // the smaller in each draw
/// let side = try area.squareRoot()                         // m^2 → m
/// ```
extension SampleSet {
    /// The smaller value in each draw, in the unit of the first set.
    package static func minimum(_ first: SampleSet, _ rest: SampleSet...) throws(EstimateError) -> SampleSet {
        var result = first
        for other in rest {
            let other = try other.aligned(to: first.unit, operation: "compare")
            result = result.combine(other, unit: first.unit) { Swift.min($0, $1) }
        }
        return result
    }

    /// The larger value in each draw, in the unit of the first set.
    package static func maximum(_ first: SampleSet, _ rest: SampleSet...) throws(EstimateError) -> SampleSet {
        var result = first
        for other in rest {
            let other = try other.aligned(to: first.unit, operation: "compare")
            result = result.combine(other, unit: first.unit) { Swift.max($0, $1) }
        }
        return result
    }

    /// The square root of each draw; the unit's powers halve (`m^2` → `m`), so each must be
    /// even. A negative draw is an error that says how many there were.
    package func squareRoot() throws(EstimateError) -> SampleSet {
        guard let root = Self.squareRoot(of: unit) else {
            throw EstimateError(.domain("cannot take the square root of \(unit.symbol(plural: true)): its powers are not all even"))
        }
        var negative = 0
        values.withUnsafeBufferPointer { buffer in
            for value in buffer where value < 0 { negative += 1 }
        }
        guard negative == 0 else {
            throw EstimateError(DrawFailure(operation: "sqrt", problem: .negativeSquareRoot, failed: negative, draws: count))
        }
        let factor = unit.factor
        let rootFactor = root.factor
        let sameScale = factor == rootFactor * rootFactor
        return map(unit: root) { sameScale ? $0.squareRoot() : ($0 * factor).squareRoot() / rootFactor }
    }

    /// Each draw rounded to the nearest whole number in its unit (halves away from zero).
    package func rounded() -> SampleSet {
        map(unit: unit) { $0.rounded(.toNearestOrAwayFromZero) }
    }

    /// The unit whose square is `unit`, when every power is even.
    private static func squareRoot(of unit: UnitOfMeasure) -> UnitOfMeasure? {
        var terms: [UnitTerm] = []
        for term in unit.terms {
            guard term.exponent % 2 == 0 else { return nil }
            var half = term
            half.exponent /= 2
            terms.append(half)
        }
        var exponents: [String: Int] = [:]
        for (name, exponent) in unit.dimension.exponents {
            guard exponent % 2 == 0 else { return nil }
            exponents[name] = exponent / 2
        }
        return UnitOfMeasure(factor: unit.factor.squareRoot(), dimension: PhysicalDimension(exponents: exponents), terms: terms)
    }
}
