/// A unit: a factor to the coherent base units, a dimension, and the terms it is shown with.
///
/// Units multiply and divide like the quantities they measure; terms with the same symbol
/// cancel, so `kg/shell × shells/container` is `kg/container`.
///
/// ```swift
/// let registry = UnitRegistry.standard
/// let unit = try registry.unit("shells/container")
/// unit.symbol(plural: true)  // "shells/container"
/// ```
public struct UnitOfMeasure: Hashable, Sendable, CustomStringConvertible {
    /// Multiply a value in this unit by `factor` to get it in coherent base units (m, kg, s, counts).
    public var factor: Double
    /// The dimension.
    public var dimension: PhysicalDimension
    /// How the unit is written, as powers of named units.
    public var terms: [UnitTerm]

    /// A unit from its parts.
    public init(factor: Double, dimension: PhysicalDimension, terms: [UnitTerm]) {
        self.factor = factor
        self.dimension = dimension
        self.terms = terms
    }

    /// The unit of pure numbers.
    public static let one = UnitOfMeasure(factor: 1, dimension: .dimensionless, terms: [])

    /// Whether the unit has no dimension and no terms.
    public var isOne: Bool { terms.isEmpty && dimension.isDimensionless && factor == 1 }

    /// Whether values in this unit are counts: a single counted noun (`shells`) or a pure number.
    public var isCount: Bool {
        if terms.isEmpty { return dimension.isDimensionless && factor == 1 }
        return terms.count == 1 && terms[0].isCounted && terms[0].exponent == 1
    }

    /// Whether values in this unit count things named by a noun (`shells`, `containers`),
    /// not pure numbers: the unit whose hedged readings stay whole.
    ///
    /// ```swift
    /// try UnitRegistry.standard.unit("containers").isCountedNoun   // true
    /// UnitOfMeasure.one.isCountedNoun                               // false
    /// ```
    public var isCountedNoun: Bool { !terms.isEmpty && isCount }

    /// The product of two units; identical terms combine.
    public static func * (left: UnitOfMeasure, right: UnitOfMeasure) -> UnitOfMeasure {
        var terms = left.terms
        for term in right.terms {
            if let index = terms.firstIndex(where: { $0.symbol == term.symbol }) {
                terms[index].exponent += term.exponent
            } else {
                terms.append(term)
            }
        }
        return UnitOfMeasure(
            factor: left.factor * right.factor, dimension: left.dimension * right.dimension,
            terms: terms.filter { $0.exponent != 0 })
    }

    /// The quotient of two units.
    public static func / (left: UnitOfMeasure, right: UnitOfMeasure) -> UnitOfMeasure {
        left * right.raised(to: -1)
    }

    /// The unit to an integer power.
    public func raised(to power: Int) -> UnitOfMeasure {
        var factor = 1.0
        for _ in 0..<Swift.abs(power) { factor *= self.factor }
        if power < 0 { factor = 1 / factor }
        let terms = power == 0 ? [] : self.terms.map { term -> UnitTerm in
            var copy = term
            copy.exponent *= power
            return copy
        }
        return UnitOfMeasure(factor: factor, dimension: dimension.raised(to: power), terms: terms)
    }

    /// How the unit is written: `shells/container` (plural) or `shell/container`, `m^3`, `km/h`.
    public func symbol(plural: Bool) -> String {
        let numerator = terms.filter { $0.exponent > 0 }
        let denominator = terms.filter { $0.exponent < 0 }
        func text(_ term: UnitTerm, _ exponent: Int, plural: Bool) -> String {
            let name = plural ? term.plural : term.symbol
            return exponent == 1 ? name : "\(name)^\(exponent)"
        }
        var result = numerator.map { text($0, $0.exponent, plural: plural) }.joined(separator: "·")
        if result.isEmpty && !denominator.isEmpty { result = "1" }
        for term in denominator { result += "/" + text(term, -term.exponent, plural: false) }
        return result
    }

    /// The largest power, in magnitude, of any term or base dimension (`m^3/s` gives 3).
    public var largestExponent: Int {
        let termPowers = terms.map { Swift.abs($0.exponent) }
        let dimensionPowers = dimension.exponents.values.map { Swift.abs($0) }
        return (termPowers + dimensionPowers).max() ?? 0
    }

    /// The most a power may raise any exponent of a unit to: `(m^99)^99` is refused, not
    /// computed until an integer overflows.
    public static let maximumExponent = 99

    /// Whether raising to `power` keeps every exponent within `maximumExponent` (powers of
    /// ±1 and 0 always do).
    public func canBeRaised(to power: Int) -> Bool {
        Swift.abs(power) <= 1 || largestExponent <= Self.maximumExponent / Swift.abs(power)
    }

    /// The singular symbol.
    public var description: String { symbol(plural: false) }
}

/// One named unit to a power, as written in a unit: `km`, `shell`, `s^-2`.
public struct UnitTerm: Hashable, Sendable {
    /// The symbol or name shown (`km`, `shell`).
    public var symbol: String
    /// The plural shown after a count other than one (`shells`); the symbol for non-count units.
    public var plural: String
    /// The power.
    public var exponent: Int
    /// Whether this is a counted noun.
    public var isCounted: Bool

    /// A term.
    public init(symbol: String, plural: String? = nil, exponent: Int = 1, isCounted: Bool = false) {
        self.symbol = symbol
        self.plural = plural ?? symbol
        self.exponent = exponent
        self.isCounted = isCounted
    }
}
