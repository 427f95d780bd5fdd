/// Draw-by-draw arithmetic with units: `+` and `-` convert the right side to the left unit
/// (same dimension required), `*` and `/` combine units, `^` takes integer powers.
///
/// Every result is checked draw by draw, in the same pass, against the numbers Reckon holds
/// (`NumericRange`): a draw that overflows (or is NaN) is an error that says how many draws it
/// hit, and so is one that underflows (a subnormal result, or zero from nonzero inputs).
///
/// ```swift
/// let speed = try distance / time     // km/h, one value per draw
/// let again = try speed * time        // km again
/// ```
extension SampleSet {
    /// The sum, in the left unit.
    package static func + (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        let right = try right.aligned(to: left.unit, operation: "add")
        return try left.checkedCombine(right, unit: left.unit, operation: "addition", { $0 + $1 }, exactZero: { _, _ in true })
    }

    /// The difference, in the left unit.
    package static func - (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        let right = try right.aligned(to: left.unit, operation: "subtract")
        return try left.checkedCombine(right, unit: left.unit, operation: "subtraction", { $0 - $1 }, exactZero: { _, _ in true })
    }

    /// The product; units multiply.
    package static func * (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        let unit = try (left.unit * right.unit).checkedSize(operation: "multiplication")
        return try left.checkedCombine(right, unit: unit, operation: "multiplication", { $0 * $1 }, exactZero: { $0 == 0 || $1 == 0 })
            .simplified(operation: "multiplication")
    }

    /// The quotient; units divide. A zero divisor in any draw is an error that says how
    /// many draws it hit.
    package static func / (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        let unit = try (left.unit / right.unit).checkedSize(operation: "division")
        return try left.checkedCombine(
            right, unit: unit, operation: "division", hint: " (a divisor that reaches zero?)", { $0 / $1 },
            exactZero: { left, _ in left == 0 }
        ).simplified(operation: "division")
    }

    /// The negation.
    package static prefix func - (operand: SampleSet) -> SampleSet {
        operand.map(unit: operand.unit) { -$0 }
    }

    /// Every draw to an integer power; the unit to the same power.
    package func raised(to power: Int) throws(EstimateError) -> SampleSet {
        guard unit.canBeRaised(to: power) else {
            throw EstimateError(.tooLarge("a unit power above \(UnitOfMeasure.maximumExponent)"))
        }
        let magnitude = Swift.abs(power)
        let raisedUnit = try unit.raised(to: power).checkedSize(operation: "raising to the power \(power)")
        let result = try checkedMap(unit: raisedUnit, operation: "raising to the power \(power)") { value in
            var product = 1.0
            for _ in 0..<magnitude { product *= value }
            return power < 0 ? 1 / product : product
        } exactZero: { $0 == 0 }
        return try result.simplified(operation: "raising to the power \(power)")
    }

    /// Every draw to a sampled power; both must be pure numbers.
    package func raised(to exponent: SampleSet) throws(EstimateError) -> SampleSet {
        let base = try dimensionless("raise", operand: "the base")
        let exponent = try exponent.dimensionless("raise", operand: "the exponent")
        return try base.checkedCombine(exponent, unit: .one, operation: "a power", { SampleMath.power($0, $1) }, exactZero: { base, _ in base == 0 })
    }

    /// The same draws in `target`, which must have the same dimension.
    package func converted(to target: UnitOfMeasure) throws(EstimateError) -> SampleSet {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(operation: "convert", left: unit.dimension, right: target.dimension))
        }
        if target == unit { return self }
        let scale = try NumericRange.quotient(unit.factor, target.factor, operation: "conversion")
        return try checkedMap(unit: target, operation: "conversion") { $0 * scale } exactZero: { $0 == 0 }
    }

    func aligned(to target: UnitOfMeasure, operation: String) throws(EstimateError) -> SampleSet {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(operation: operation, left: target.dimension, right: unit.dimension))
        }
        return try converted(to: target)
    }

    /// The set as pure numbers (a dimensionless unit with a factor, such as km/m, is
    /// folded into the values); an error when it has a dimension.
    func dimensionless(_ operation: String, operand: String) throws(EstimateError) -> SampleSet {
        guard unit.dimension.isDimensionless else {
            throw EstimateError(.domain("cannot \(operation) with \(operand) in \(unit.symbol(plural: true)): it must be a pure number"))
        }
        return try simplified(operation: operation == "raise" ? "a power" : operation)
    }

    /// A dimensionless result with a unit factor (km/m) becomes plain numbers.
    func simplified(operation: String) throws(EstimateError) -> SampleSet {
        guard unit.dimension.isDimensionless, !unit.isOne else { return self }
        let factor = unit.factor
        if factor == 1 { return SampleSet(values: values, unit: .one) }
        return try checkedMap(unit: .one, operation: operation) { $0 * factor } exactZero: { $0 == 0 }
    }
}
