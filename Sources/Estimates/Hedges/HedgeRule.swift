import TextCore

/// How a hedge word turns a stated number into a range, as one row of `Datasets/hedges.csv`.
///
/// A numeric hedge ("about", "nearly", "more than") maps the number `x` as written, with
/// `u` the place value of its last significant digit (1,000 for "5,000", 100,000 for
/// "2.3 million"), to `low = lowX·x + lowU·u` and `high = highX·x + highU·u`, each side
/// moving at most `capX·x` away from `x`. A vague quantity word ("several", "dozens") has
/// a fixed range instead. Counts stay whole and non-negative: an excluded end moves to the
/// next whole number, so "nearly 50 countries" never includes 50; bare numbers and measures
/// keep the place value as written.
///
/// ```swift
/// let about = HedgeTable.standard.rule(for: "about")!
/// let number = try NewsNumber.parse("5,000")
/// try about.interpret(number, isCount: true).low   // 3000
/// ```
public struct HedgeRule: Sendable, Equatable {
    /// The phrase, lower case (`about`, `more than`, `several dozen`).
    public let phrase: String
    /// Coefficients of the low end: `lowX·x + lowU·u`.
    public let lowX: Double?
    /// See `lowX`.
    public let lowU: Double?
    /// Whether the low end itself is included.
    public let lowInclusive: Bool
    /// Coefficients of the high end: `highX·x + highU·u`.
    public let highX: Double?
    /// See `highX`.
    public let highU: Double?
    /// Whether the high end itself is included.
    public let highInclusive: Bool
    /// The furthest either end moves from `x`, as a fraction of `x`.
    public let capX: Double?
    /// For a vague word, its fixed range.
    public let vagueLow: Double?
    /// See `vagueLow`.
    public let vagueHigh: Double?
    /// Whether the stated number stays the nominal value.
    public let keepsNominal: Bool
    /// What the resulting range means.
    public let meaning: EstimateMeaning
    /// What the rule rests on.
    public let source: String

    /// The rule in words, derived from the numbers above, so that the note printed with
    /// every reading says exactly what was computed (written when asked: a table of 44
    /// rules is read at every start, and most runs print one or two of them).
    public var rule: String {
        Self.words(
            lowX: lowX ?? 1, lowU: lowU ?? 0, lowInclusive: lowInclusive, highX: highX ?? 1, highU: highU ?? 0,
            highInclusive: highInclusive, capX: capX, vague: vagueLow.flatMap { low in vagueHigh.map { (low, $0) } })
    }

    /// A rule from one row of a hedge table.
    init(
        phrase: String, lowX: Double?, lowU: Double?, lowInclusive: Bool, highX: Double?, highU: Double?, highInclusive: Bool,
        capX: Double?, vagueLow: Double?, vagueHigh: Double?, keepsNominal: Bool, meaning: EstimateMeaning, source: String
    ) {
        self.phrase = phrase
        self.lowX = lowX
        self.lowU = lowU
        self.lowInclusive = lowInclusive
        self.highX = highX
        self.highU = highU
        self.highInclusive = highInclusive
        self.capX = capX
        self.vagueLow = vagueLow
        self.vagueHigh = vagueHigh
        self.keepsNominal = keepsNominal
        self.meaning = meaning
        self.source = source
    }

    /// Whether this is a vague quantity word used without a number.
    public var isVague: Bool { vagueLow != nil }

    /// The result of reading a hedged number.
    public struct Reading: Sendable, Equatable {
        /// The low end.
        public var low: Double
        /// The high end.
        public var high: Double
        /// The nominal value, when the hedge keeps one.
        public var nominal: Double?
        /// A note for people: what was read and how.
        public var note: String
    }

    /// Reads `number` under this hedge. `isCount` says that the figure counts things (a
    /// counted noun: shells, containers); a count written as a whole number keeps whole,
    /// non-negative ends, so "nearly 50 countries" is 40–49. A bare number or a measure
    /// keeps the place value as written ("about 1.0" is 0.8–1.2). A reading that leaves no
    /// value ("nearly 1 missile": from 0.5 up to but not including 1, in whole missiles) is
    /// an error that says so.
    public func interpret(_ number: NewsNumber, isCount: Bool) throws(EstimateError) -> Reading {
        let x = number.value
        let u = number.resolution
        var low = (lowX ?? 1) * x + (lowU ?? 0) * u
        var high = (highX ?? 1) * x + (highU ?? 0) * u
        if let capX {
            let reach = capX * Swift.abs(x)
            low = Swift.max(low, x - reach)
            high = Swift.min(high, x + reach)
        }
        let exact = (low: low, high: high)
        let whole = isCount && u >= 1 && number.isWhole
        if whole {
            low = Swift.max(0, lowInclusive ? low.rounded(.up) : low.rounded(.down) + 1)
            high = highInclusive ? high.rounded(.down) : high.rounded(.up) - 1
        }
        let excludesAnEnd = !whole && (!lowInclusive || !highInclusive)
        if low > high || (excludesAnEnd && low == high && exact.low == exact.high) {
            throw EstimateError(.domain(
                "“\(phrase) \(number.text)” leaves no \(whole ? "whole number" : "value"): its rule (\(rule); u = \(Self.show(u))) "
                    + "reads it as \(lowInclusive ? "from" : "above") \(Self.show(exact.low)) up to \(highInclusive ? "" : "but not including ")"
                    + "\(Self.show(exact.high))\(whole ? ", where no whole count lies" : "")"))
        }
        let range = "\(Self.show(low))–\(Self.show(high))"
        var note = "“\(phrase) \(number.text)” read as \(range) (\(rule); u = \(Self.show(u)))"
        if excludesAnEnd && low != high {
            note += "; \(lowInclusive ? "" : "low end excluded")\(!lowInclusive && !highInclusive ? ", " : "")\(highInclusive ? "" : "high end excluded")"
        }
        if whole && low == high && exact.low != exact.high {
            note += "; in whole numbers only \(Self.show(low))"
        }
        return Reading(low: low, high: high, nominal: keepsNominal ? x : nil, note: note)
    }

    private static func show(_ value: Double) -> String { NumberFormatting.display(value, significantDigits: 15) }

    /// The range of a vague word, multiplied by `scale` ("several hundred" is several × 100).
    public func interpretVague(scale: Double = 1, scaleWord: String? = nil) -> Reading {
        let low = (vagueLow ?? 0) * scale
        let high = (vagueHigh ?? 0) * scale
        let words = scaleWord.map { "\(phrase) \($0)" } ?? phrase
        let note = "“\(words)” read as \(NumberFormatting.display(low, significantDigits: 15))–\(NumberFormatting.display(high, significantDigits: 15)) (\(rule)\(scaleWord == nil ? "" : " × \(NumberFormatting.display(scale))"))"
        return Reading(low: low, high: high, nominal: nil, note: note)
    }
}
