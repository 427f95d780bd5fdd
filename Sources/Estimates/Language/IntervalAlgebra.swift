/// Evaluates formulas to `Estimate`s by interval arithmetic: every value the inputs allow
/// lies in the result's range. A variable used twice is treated as two independent ranges
/// (`x - x` spans `[low - high, high - low]`), the usual price of guaranteed bounds.
///
/// ```swift
/// let value = try Calculator().evaluate("sqrt(max(9 m^2, 4 m^2))")  // 3 m
/// ```
package struct IntervalAlgebra: FormulaAlgebra {
    /// An interval algebra.
    package init() {}

    /// The figure's interval reading.
    package func figure(_ literal: FigureLiteral) throws(EstimateError) -> Estimate {
        try finite(literal.estimate, "this figure")
    }

    /// One of `unit`, exactly.
    package func unit(_ unit: UnitOfMeasure) throws(EstimateError) -> Estimate {
        try finite(Estimate(exactly: 1, unit: unit), "this unit")
    }

    /// `[-high, -low]`.
    package func negate(_ value: Estimate) throws(EstimateError) -> Estimate {
        var result = value
        result.low = -value.high
        result.high = -value.low
        result.nominal = value.nominal.map { -$0 }
        return result
    }

    /// `+ - * /` by interval arithmetic; `+` and `-` convert the right side to the left unit.
    package func combine(_ left: Estimate, _ operation: ArithmeticOperator, _ right: Estimate) throws(EstimateError) -> Estimate {
        switch operation {
        case .add: return try finite(left + right, "addition")
        case .subtract: return try finite(left - right, "subtraction")
        case .multiply: return try finite(left * right, "multiplication")
        case .divide:
            if right.low == 0 && right.high == 0 { throw EstimateError(.domain("division by zero")) }
            return try finite(left / right, "division")
        }
    }

    /// The range raised to a whole power.
    package func power(_ value: Estimate, _ exponent: Int) throws(EstimateError) -> Estimate {
        if exponent < 0 && value.low == 0 && value.high == 0 { throw EstimateError(.domain("division by zero")) }
        guard value.unit.canBeRaised(to: exponent) else {
            throw EstimateError(.tooLarge("a unit power above \(UnitOfMeasure.maximumExponent)"))
        }
        return try finite(value.raised(to: exponent), "power")
    }

    /// The same range in `unit`.
    package func convert(_ value: Estimate, to unit: UnitOfMeasure) throws(EstimateError) -> Estimate {
        try finite(value.converted(to: unit), "conversion")
    }

    /// `min`, `max` (end by end), `sqrt`, `round`, `nominal`, `low`, `high`.
    package func call(_ function: FormulaFunction, _ arguments: [Estimate]) throws(EstimateError) -> Estimate {
        try finite(evaluate(function, arguments), function.rawValue)
    }

    private func evaluate(_ function: FormulaFunction, _ arguments: [Estimate]) throws(EstimateError) -> Estimate {
        switch function {
        case .min, .max:
            var result = arguments[0]
            for argument in arguments.dropFirst() {
                result = try extreme(result, argument, smaller: function == .min)
            }
            return result
        case .sqrt: return try squareRoot(arguments[0])
        case .round: return try rounded(arguments[0])
        case .nominal:
            guard let nominal = arguments[0].nominal else {
                throw EstimateError(.domain("nominal(x): this value has no nominal value, only a range (\(arguments[0].formatted()))"))
            }
            return Estimate(exactly: nominal, unit: arguments[0].unit, significantDigits: arguments[0].significantDigits)
        case .low: return Estimate(exactly: arguments[0].low, unit: arguments[0].unit)
        case .high: return Estimate(exactly: arguments[0].high, unit: arguments[0].unit)
        case .normal, .lognormal, .uniform, .triangular, .pert, .beta:
            return try DistributionCall(function, arguments).reading
        }
    }

    /// The hull of the values with a weight above zero, meaning the range across them.
    package func mixture(_ values: [Estimate], weights: [Estimate]) throws(EstimateError) -> Estimate {
        let weights = try MixtureWeights.read(weights, count: values.count)
        guard let first = values.first else { throw EstimateError(.syntax(MixtureWeights.usage)) }
        var low = Double.infinity
        var high = -Double.infinity
        var notes: [String] = []
        for (value, weight) in zip(values, weights) where weight > 0 {
            let converted = try value.converted(to: first.unit)
            low = Swift.min(low, converted.low)
            high = Swift.max(high, converted.high)
            for note in value.notes where !notes.contains(note) { notes.append(note) }
        }
        return try Estimate(low: low, high: high, unit: first.unit, meaning: low == high ? .point : .variants, notes: notes)
    }

    /// `value` when every number in it (and its unit's factor) is held (`NumericRange`);
    /// otherwise an overflow or underflow error, so no infinity, NaN or subnormal number
    /// ever reaches output.
    private func finite(_ value: Estimate, _ operation: String) throws(EstimateError) -> Estimate {
        for number in value.values { _ = try NumericRange.checked(number, operation: operation) }
        _ = try value.unit.checkedSize(operation: operation)
        return value
    }

    private func extreme(_ left: Estimate, _ right: Estimate, smaller: Bool) throws(EstimateError) -> Estimate {
        guard left.unit.dimension == right.unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(
                    operation: smaller ? "take the minimum of" : "take the maximum of",
                    left: left.unit.dimension, right: right.unit.dimension))
        }
        let other = try right.converted(to: left.unit)
        let pick: (Double, Double) -> Double = smaller ? { Swift.min($0, $1) } : { Swift.max($0, $1) }
        var nominal: Double?
        if let a = left.nominal, let b = other.nominal { nominal = pick(a, b) }
        var notes = left.notes
        for note in other.notes where !notes.contains(note) { notes.append(note) }
        let digits = [left.significantDigits, other.significantDigits].compactMap { $0 }.min()
        return try Estimate(
            low: pick(left.low, other.low), high: pick(left.high, other.high), nominal: nominal, unit: left.unit,
            meaning: .combining(left.meaning, other.meaning), significantDigits: digits, notes: notes)
    }

    private func squareRoot(_ value: Estimate) throws(EstimateError) -> Estimate {
        guard value.low >= 0 else {
            throw EstimateError(.domain("sqrt of a range that reaches below zero (\(value.formatted()))"))
        }
        guard let unit = value.unit.squareRoot() else {
            throw EstimateError(
                .domain("sqrt needs a unit whose powers are all even; \(value.unit.symbol(plural: true)) is \(value.unit.dimension)"))
        }
        return try Estimate(
            low: value.low.squareRoot(), high: value.high.squareRoot(), nominal: value.nominal.map { $0.squareRoot() },
            unit: unit, meaning: value.meaning, significantDigits: value.significantDigits, notes: value.notes)
    }

    private func rounded(_ value: Estimate) throws(EstimateError) -> Estimate {
        try Estimate(
            low: value.low.rounded(), high: value.high.rounded(), nominal: value.nominal.map { $0.rounded() },
            unit: value.unit, meaning: value.meaning, significantDigits: nil, notes: value.notes)
    }
}

extension UnitOfMeasure {
    /// The unit whose square is this one, when every power is even (`m^2` → `m`).
    func squareRoot() -> UnitOfMeasure? {
        guard dimension.exponents.values.allSatisfy({ $0 % 2 == 0 }), terms.allSatisfy({ $0.exponent % 2 == 0 }) else {
            return nil
        }
        let terms = self.terms.map { term -> UnitTerm in
            var copy = term
            copy.exponent /= 2
            return copy
        }
        return UnitOfMeasure(
            factor: factor.squareRoot(), dimension: PhysicalDimension(exponents: dimension.exponents.mapValues { $0 / 2 }),
            terms: terms)
    }
}
