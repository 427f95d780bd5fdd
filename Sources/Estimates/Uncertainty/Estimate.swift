/// An uncertain quantity: a range `[low, high]` in a unit, an optional nominal value, what
/// the range means, and notes that say how it was read (hedge interpretations).
///
/// Arithmetic propagates everything: ranges by interval arithmetic, nominal values when
/// every input has one, meanings by `EstimateMeaning.combining`, notes by union.
///
/// ```swift
/// var registry = UnitRegistry.standard
/// try registry.addCountedNoun("dose")
/// try registry.addCountedNoun("vial")
/// let parser = EstimateParser(registry: registry, hedges: .standard)
/// let doses = try parser.parse("about 5,000 doses").estimate
/// let vials = try parser.parse("500 vials").estimate
/// let perVial = try doses / vials
/// perVial.formatted()  // "10 doses/vial (6–14, 90% range)"
/// ```
public struct Estimate: Sendable, Equatable {
    /// The low end of the range, in `unit`.
    public internal(set) var low: Double
    /// The high end of the range, in `unit`.
    public internal(set) var high: Double
    /// The stated or central value, when there is one.
    public internal(set) var nominal: Double?
    /// The unit of all three values.
    public internal(set) var unit: UnitOfMeasure
    /// What the range means.
    public internal(set) var meaning: EstimateMeaning
    /// The significant digits the nominal value is shown with (those of the least precise
    /// input); `nil` for exact values.
    public internal(set) var significantDigits: Int?
    /// How the inputs were read, for example the interpretation of a hedge word.
    public internal(set) var notes: [String]

    /// An estimate; `low` must not exceed `high`, and `nominal` must lie between them. Every
    /// value must be zero or a normal finite number (`NumericRange`): NaN and infinities are
    /// errors, and so are subnormal numbers (below about 2.2e-308).
    public init(
        low: Double, high: Double, nominal: Double? = nil, unit: UnitOfMeasure = .one,
        meaning: EstimateMeaning = .bounds, significantDigits: Int? = nil, notes: [String] = []
    ) throws(EstimateError) {
        if low.isNaN || high.isNaN || nominal?.isNaN == true {
            throw EstimateError(.nonFinite(operation: "this estimate"))
        }
        guard low.isFinite, high.isFinite, nominal?.isFinite ?? true else {
            throw EstimateError(.overflow(operation: "this estimate"))
        }
        guard NumericRange.holds(low), NumericRange.holds(high), nominal.map(NumericRange.holds) ?? true else {
            throw EstimateError(.underflow(operation: "this estimate"))
        }
        guard low <= high else { throw EstimateError(.invertedRange(low: low, high: high)) }
        self.low = low
        self.high = high
        if let nominal, nominal < low || nominal > high {
            // A nominal outside its own range would be a contradiction; keep it, widen nothing,
            // and say so.
            self.notes = notes + ["the nominal value \(nominal.shortDescription) lies outside the range"]
        } else {
            self.notes = notes
        }
        self.nominal = nominal
        self.unit = unit
        self.meaning = meaning
        self.significantDigits = significantDigits
    }

    /// An exact value.
    public init(exactly value: Double, unit: UnitOfMeasure = .one, significantDigits: Int? = nil) {
        precondition(value.isFinite)
        self.low = value
        self.high = value
        self.nominal = value
        self.unit = unit
        self.meaning = .point
        self.significantDigits = significantDigits
        self.notes = []
    }

    /// The range as an interval.
    public var interval: Interval { Interval(low, high) }

    /// Whether the range is a single value.
    public var isPoint: Bool { low == high }

    /// The same estimate in `target`, which must have the same dimension. A value that the
    /// conversion takes beyond the numbers held (`1e300 Qm in m`, `1e-300 qm in m`) is an
    /// overflow or underflow error.
    public func converted(to target: UnitOfMeasure) throws(EstimateError) -> Estimate {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(
                    operation: "convert", left: unit.dimension, right: target.dimension))
        }
        if target == unit { return self }
        let operation = "conversion"
        let scale = try NumericRange.quotient(unit.factor, target.factor, operation: operation)
        var copy = self
        copy.low = try NumericRange.product(low, scale, operation: operation)
        copy.high = try NumericRange.product(high, scale, operation: operation)
        copy.nominal = try nominal.map { value throws(EstimateError) in try NumericRange.product(value, scale, operation: operation) }
        copy.unit = target
        return copy
    }
}
