/// Draw-by-draw arithmetic with units: `+` and `-` convert the right side to the left unit
/// (same dimension required), `*` and `/` combine units, `^` takes integer powers.
///
/// ```swift
/// let perContainer = try shells / containers     // shells/container, one value per draw
/// let total = try perContainer * containers       // shells again
/// ```
extension SampleSet {
    /// The sum, in the left unit.
    public static func + (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        let right = try right.aligned(to: left.unit, operation: "add")
        return left.combine(right, unit: left.unit) { $0 + $1 }
    }

    /// The difference, in the left unit.
    public static func - (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        let right = try right.aligned(to: left.unit, operation: "subtract")
        return left.combine(right, unit: left.unit) { $0 - $1 }
    }

    /// The product; units multiply.
    public static func * (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        try left.combine(right, unit: left.unit * right.unit) { $0 * $1 }.simplified()
            .checkedFinite("multiplication")
    }

    /// The quotient; units divide. A zero divisor in any draw is an error that says how
    /// many draws it hit.
    public static func / (left: SampleSet, right: SampleSet) throws(EstimateError) -> SampleSet {
        try left.combine(right, unit: left.unit / right.unit) { $0 / $1 }.simplified()
            .checkedFinite("division", hint: " (a divisor that reaches zero?)")
    }

    /// The negation.
    public static prefix func - (operand: SampleSet) -> SampleSet {
        operand.map(unit: operand.unit) { -$0 }
    }

    /// Every draw to an integer power; the unit to the same power.
    public func raised(to power: Int) throws(EstimateError) -> SampleSet {
        let magnitude = Swift.abs(power)
        var result = map(unit: unit.raised(to: power)) { value in
            var product = 1.0
            for _ in 0..<magnitude { product *= value }
            return power < 0 ? 1 / product : product
        }
        result = result.simplified()
        return try result.checkedFinite("raising to the power \(power)")
    }

    /// Every draw to a sampled power; both must be pure numbers.
    public func raised(to exponent: SampleSet) throws(EstimateError) -> SampleSet {
        let base = try dimensionless("raise", operand: "the base")
        let exponent = try exponent.dimensionless("raise", operand: "the exponent")
        return try base.combine(exponent, unit: .one) { SampleMath.power($0, $1) }.checkedFinite("a power")
    }

    /// The same draws in `target`, which must have the same dimension.
    public func converted(to target: UnitOfMeasure) throws(EstimateError) -> SampleSet {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(operation: "convert", left: unit.dimension.description, right: target.dimension.description))
        }
        if target == unit { return self }
        let scale = unit.factor / target.factor
        return map(unit: target) { $0 * scale }
    }

    func aligned(to target: UnitOfMeasure, operation: String) throws(EstimateError) -> SampleSet {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(operation: operation, left: target.dimension.description, right: unit.dimension.description))
        }
        return try converted(to: target)
    }

    /// The set as pure numbers (a dimensionless unit with a factor, such as km/m, is
    /// folded into the values); an error when it has a dimension.
    func dimensionless(_ operation: String, operand: String) throws(EstimateError) -> SampleSet {
        guard unit.dimension.isDimensionless else {
            throw EstimateError(.domain("cannot \(operation) with \(operand) in \(unit.symbol(plural: true)): it must be a pure number"))
        }
        return simplified()
    }

    /// A dimensionless result with a unit factor (km/m) becomes plain numbers.
    func simplified() -> SampleSet {
        guard unit.dimension.isDimensionless, !unit.isOne else { return self }
        let factor = unit.factor
        if factor == 1 { return SampleSet(values: values, unit: .one) }
        return map(unit: .one) { $0 * factor }
    }
}
