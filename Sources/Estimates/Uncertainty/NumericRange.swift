/// The numbers Reckon holds, and the checks that keep every result among them.
///
/// A value is zero or a normal, finite double: its magnitude lies between about 2.2e-308
/// (`smallest`) and 1.8e308 (`largest`). Arithmetic that leaves this range is an error, never
/// a silent infinity, NaN or zero:
///
/// - **overflow**: a result beyond `largest` (`1e308 * 10`);
/// - **underflow**: a result of nonzero inputs that is nonzero but below `smallest`, or that
///   rounds to zero (`1e-200 * 1e-200`, `1e-300 qm in m`).
///
/// `-0` is zero: it is never shown (displays and machine numbers print `0`).
///
/// ```swift
/// NumericRange.holds(1e-320)  // false: a subnormal number
/// try NumericRange.product(1e-200, 1e-200, operation: "multiplication")  // throws underflow
/// ```
package enum NumericRange {
    /// The largest magnitude held (`Double.greatestFiniteMagnitude`, about 1.8e308).
    package static let largest = Double.greatestFiniteMagnitude
    /// The smallest nonzero magnitude held (`Double.leastNormalMagnitude`, about 2.2e-308).
    package static let smallest = Double.leastNormalMagnitude

    /// Whether `value` is zero or a normal finite number.
    package static func holds(_ value: Double) -> Bool {
        value == 0 || value.isNormal
    }

    /// `value` when it is held; otherwise the overflow or underflow error of `operation`.
    /// `exactlyZero` says whether a zero result is exact (an input was zero); when it is
    /// not, a zero result is an underflow.
    package static func checked(_ value: Double, operation: String, exactlyZero: Bool = true) throws(EstimateError) -> Double {
        if !value.isFinite {
            throw EstimateError(value.isNaN ? .nonFinite(operation: operation) : .overflow(operation: operation))
        }
        if value == 0 {
            if !exactlyZero { throw EstimateError(.underflow(operation: operation)) }
            return 0
        }
        guard value.isNormal else { throw EstimateError(.underflow(operation: operation)) }
        return value
    }

    /// `left * right`, checked: zero only when an input is zero.
    package static func product(_ left: Double, _ right: Double, operation: String) throws(EstimateError) -> Double {
        try checked(left * right, operation: operation, exactlyZero: left == 0 || right == 0)
    }

    /// `left / right` for a nonzero `right`, checked: zero only when `left` is zero.
    package static func quotient(_ left: Double, _ right: Double, operation: String) throws(EstimateError) -> Double {
        try checked(left / right, operation: operation, exactlyZero: left == 0)
    }

    /// `value` to a whole `power`, checked: `(1e200)^-2` underflows, `(1e-200)^-2` overflows.
    package static func power(_ value: Double, _ power: Int, operation: String) throws(EstimateError) -> Double {
        if power == 0 { return 1 }
        var magnitude = 1.0
        for _ in 0..<Swift.abs(power) { magnitude *= value }
        if power > 0 { return try checked(magnitude, operation: operation, exactlyZero: value == 0) }
        // A negative power is the reciprocal: what overflows below the line underflows above it.
        if value == 0 { throw EstimateError(.domain("division by zero")) }
        if !magnitude.isFinite { throw EstimateError(.underflow(operation: operation)) }
        guard magnitude.isNormal else { throw EstimateError(.overflow(operation: operation)) }
        return try quotient(1, magnitude, operation: operation)
    }

    /// Checks that every product of a value of `left` with a value of `right` is held (the
    /// candidates of interval multiplication, and the nominal values).
    static func checkProducts(_ left: [Double], _ right: [Double], operation: String) throws(EstimateError) {
        for a in left {
            for b in right { _ = try product(a, b, operation: operation) }
        }
    }

    /// Checks that every quotient of a value of `left` by a nonzero value of `right` is held.
    static func checkQuotients(_ left: [Double], _ right: [Double], operation: String) throws(EstimateError) {
        for a in left {
            for b in right where b != 0 { _ = try quotient(a, b, operation: operation) }
        }
    }
}

extension Estimate {
    /// The low end, the high end and the nominal value, when there is one.
    var values: [Double] {
        if let nominal { return [low, high, nominal] }
        return [low, high]
    }
}

extension UnitOfMeasure {
    /// Checks that the unit's size in base units is held and that no power exceeds
    /// `maximumExponent`; `operation` names what made the unit.
    func checkedSize(operation: String) throws(EstimateError) -> UnitOfMeasure {
        guard largestExponent <= Self.maximumExponent else {
            throw EstimateError(.tooLarge("a unit power above \(Self.maximumExponent)"))
        }
        guard factor.isFinite else { throw EstimateError(.overflow(operation: operation)) }
        guard factor.isNormal, factor > 0 else { throw EstimateError(.underflow(operation: operation)) }
        return self
    }
}
