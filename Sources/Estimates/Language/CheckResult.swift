import TextCore

/// A tolerance around a check's target: relative (`± 5%`) or absolute (`± 20 kg`).
public enum Tolerance: Sendable, Equatable {
    /// A fraction of the target (0.05 for `± 5%`).
    case relative(Double)
    /// An amount in the target's dimension.
    case absolute(Estimate)
}

/// What a check found: the value, the range it was compared with, and the verdict.
///
/// Its description is the verdict in words, so a test that expects a verdict shows the
/// figures when it fails (see <doc:TestingFigures>):
///
/// ```swift
/// let perContainer = try calculator.evaluate("about 2.3 million shells / about 5,000 containers")
/// let check = try perContainer.checked(against: "within 900 to 1000 shells/container", calculator: calculator)
/// #expect(check.isConsistent)
/// // Expectation failed: (check → 460 shells/container (300–834, 90% range) is not within
/// //   900–1,000 shells/container).isConsistent → false
/// ```
public struct CheckResult: Sendable, Equatable, CustomStringConvertible {
    /// The check as written (`per_container within 400 to 520 shells/container`).
    public var text: String
    /// Where the check is, when it comes from a script.
    public var location: SourceLocation?
    /// The relation checked.
    public var relation: CheckRelation
    /// The checked value.
    public var value: Estimate
    /// The target range after the tolerance, in the value's unit.
    public var bound: Estimate
    /// The verdict.
    public var consistency: Consistency

    /// A result.
    public init(
        text: String, location: SourceLocation?, relation: CheckRelation, value: Estimate, bound: Estimate,
        consistency: Consistency
    ) {
        self.text = text
        self.location = location
        self.relation = relation
        self.value = value
        self.bound = bound
        self.consistency = consistency
    }

    /// Whether every value in the range satisfies the check (`.consistent`).
    public var isConsistent: Bool { consistency == .consistent }

    /// Whether at least part of the range satisfies it (`.consistent` or `.possibly`).
    public var isPossiblyConsistent: Bool { consistency != .inconsistent }

    /// Whether no value in the range satisfies it (`.inconsistent`).
    public var isInconsistent: Bool { consistency == .inconsistent }

    /// The verdict in words (`summary`), which test frameworks print for a failed expectation.
    public var description: String { summary }

    /// The verdict in words: `4,600 shells/container is not within 457–463 shells/container`.
    public var summary: String {
        let boundText = bound.isPoint ? bound.rangeText.low : "\(bound.rangeText.low)–\(bound.rangeText.high)"
        let unit = bound.unit.symbol(plural: true)
        let target = unit.isEmpty ? boundText : boundText + " " + unit
        let phrase: String
        switch relation {
        case .within, .approximately: phrase = "within"
        case .less: phrase = "below"
        case .lessOrEqual: phrase = "at most"
        case .greater: phrase = "above"
        case .greaterOrEqual: phrase = "at least"
        }
        switch consistency {
        case .consistent: return "\(value.formatted()) is \(phrase) \(target)"
        case .possibly: return "only part of \(value.formatted()) is \(phrase) \(target)"
        case .inconsistent: return "\(value.formatted()) is not \(phrase) \(target)"
        }
    }
}

extension Estimate {
    /// Checks this estimate against `target`: whether every value in its range satisfies
    /// `relation`, some do, or none do. The target is widened by `tolerance` first and
    /// converted to this estimate's unit (the dimensions must match).
    ///
    /// ```swift
    /// let mass = try Calculator().evaluate("about 460 * 43.56 kg in t")  // 20 t (19.1–21, 90% range)
    /// try mass.check(.less, Calculator().evaluate("20 t")).consistency  // .possibly
    /// ```
    public func check(
        _ relation: CheckRelation, _ target: Estimate, tolerance: Tolerance? = nil, text: String? = nil,
        location: SourceLocation? = nil
    ) throws(EstimateError) -> CheckResult {
        guard target.unit.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(operation: "compare", left: unit.dimension, right: target.unit.dimension))
        }
        var bound = try target.converted(to: unit)
        switch tolerance {
        case nil: break
        case .relative(let fraction):
            guard fraction >= 0, fraction.isFinite else {
                throw EstimateError(.domain("a tolerance cannot be negative"))
            }
            bound = try Estimate(
                low: bound.low - Swift.abs(bound.low) * fraction, high: bound.high + Swift.abs(bound.high) * fraction,
                nominal: bound.nominal, unit: bound.unit, meaning: bound.meaning, significantDigits: bound.significantDigits,
                notes: bound.notes)
        case .absolute(let amount):
            guard amount.unit.dimension == unit.dimension else {
                throw EstimateError(
                    .dimensionMismatch(
                        operation: "widen", left: unit.dimension, right: amount.unit.dimension))
            }
            let widening = try amount.converted(to: unit).high
            guard widening >= 0 else { throw EstimateError(.domain("a tolerance cannot be negative")) }
            bound = try Estimate(
                low: bound.low - widening, high: bound.high + widening, nominal: bound.nominal, unit: bound.unit,
                meaning: bound.meaning, significantDigits: bound.significantDigits, notes: bound.notes)
        }
        guard bound.low.isFinite, bound.high.isFinite else { throw EstimateError(.nonFinite(operation: "the comparison")) }
        let consistency = relation.compare(interval, with: bound.interval)
        let written = text ?? "\(relation.rawValue) \(target.formatted())"
        return CheckResult(
            text: written, location: location, relation: relation, value: self, bound: bound, consistency: consistency)
    }
}
