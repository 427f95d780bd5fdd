/// A closed range of real numbers `[low, high]` with exact interval arithmetic.
///
/// Interval arithmetic gives guaranteed bounds: every value that the inputs allow lies in
/// the result. Division by an interval that contains zero is an error, never infinity.
///
/// ```swift
/// let shells = Interval(2.1e6, 2.5e6)
/// let containers = Interval(3000, 7000)
/// let perContainer = try shells / containers   // [300, 833.33…]
/// ```
///
/// Mathematical properties:
/// - `a + b`, `a - b`, `a * b` contain every `x ∘ y` with `x` in `a` and `y` in `b`.
/// - The bounds are the tightest possible for one operation; chains of operations that use
///   the same variable twice can be wider than the true range (the dependency problem).
public struct Interval: Sendable, Equatable, CustomStringConvertible {
    /// The low end.
    public internal(set) var low: Double
    /// The high end (never below `low`).
    public internal(set) var high: Double

    /// The interval `[low, high]`; `low` must not exceed `high`.
    public init(_ low: Double, _ high: Double) {
        precondition(!(low > high), "an interval's low end must not exceed its high end")
        self.low = low
        self.high = high
    }

    /// The degenerate interval `[value, value]`.
    public init(point value: Double) {
        self.init(value, value)
    }

    /// The width, `high - low`.
    public var width: Double { high - low }
    /// The midpoint.
    public var midpoint: Double { low + (high - low) / 2 }
    /// Whether `value` lies in the interval.
    public func contains(_ value: Double) -> Bool { low <= value && value <= high }
    /// Whether the two intervals share at least one value.
    public func overlaps(_ other: Interval) -> Bool { low <= other.high && other.low <= high }

    /// `[low, high]`.
    public var description: String { "[\(low), \(high)]" }

    /// The sum.
    public static func + (left: Interval, right: Interval) -> Interval {
        Interval(left.low + right.low, left.high + right.high)
    }

    /// The difference.
    public static func - (left: Interval, right: Interval) -> Interval {
        Interval(left.low - right.high, left.high - right.low)
    }

    /// The product.
    public static func * (left: Interval, right: Interval) -> Interval {
        let products = [left.low * right.low, left.low * right.high, left.high * right.low, left.high * right.high]
        return Interval(products.min()!, products.max()!)
    }

    /// The quotient; an error when `right` contains zero.
    public static func / (left: Interval, right: Interval) throws(EstimateError) -> Interval {
        guard !right.contains(0) else {
            throw EstimateError(.divisionByRangeContainingZero(low: right.low, high: right.high))
        }
        let quotients = [left.low / right.low, left.low / right.high, left.high / right.low, left.high / right.high]
        return Interval(quotients.min()!, quotients.max()!)
    }

    /// The interval raised to an integer power; negative powers need a range without zero.
    public func raised(to power: Int) throws(EstimateError) -> Interval {
        if power == 0 { return Interval(point: 1) }
        if power < 0 { return try Interval(point: 1) / raised(to: -power) }
        func pow(_ x: Double) -> Double {
            var result = 1.0
            for _ in 0..<power { result *= x }
            return result
        }
        if power % 2 == 1 || low >= 0 { return Interval(pow(low), pow(high)) }
        if high <= 0 { return Interval(pow(high), pow(low)) }
        return Interval(0, Swift.max(pow(low), pow(high)))
    }
}
