import TextCore

/// Reads a figure as a news report states it into an `Estimate`:
/// `[hedge] number [to|–|- number] [measure label] [unit or noun phrase]`.
///
/// - "about 2.3 million 152-mm shells": hedge `about`, the label `152-mm`, counted noun `shell`;
/// - "100–180 kilometers", "100 to 180 km", "between 100 and 180 km": a stated range;
/// - "several dozen ballistic missiles": a vague quantity, the label "ballistic";
/// - "43.6 kg/shell": a unit expression.
///
/// ```swift
/// var registry = UnitRegistry.standard
/// try registry.addCountedNoun("container")
/// let parsed = try EstimateParser(registry: registry, hedges: .standard).parse("about 5,000 weapons containers")
/// parsed.estimate.low    // 3000
/// parsed.label           // "weapons"
/// ```
///
/// `EstimateParser.standard` knows the physical units only (`about 120 km`); counted nouns
/// come from the registry you give it (the `Munitions` library's `EstimateParser.munitions`
/// knows shells, rockets and containers).
///
/// ```swift
/// try EstimateParser.standard.parse("100 to 180 km").estimate.formatted()  // "100–180 km (bounds)"
/// ```
public struct EstimateParser: Sendable {
    /// The units names resolve in.
    public var registry: UnitRegistry
    /// The hedge words and their rules.
    public var hedges: HedgeTable

    /// A parser over the embedded units and hedges.
    public static let standard = EstimateParser(registry: .standard, hedges: .standard)

    /// A parser.
    public init(registry: UnitRegistry, hedges: HedgeTable) {
        self.registry = registry
        self.hedges = hedges
    }

    /// A figure read from text, with what it was read from.
    public struct Parsed: Sendable, Equatable {
        /// The estimate.
        public var estimate: Estimate
        /// The number as written (the first one of a range).
        public var number: NewsNumber?
        /// The hedge rule applied, if any.
        public var hedge: HedgeRule?
        /// A measure written before the noun (`152-mm` in "2.3 million 152-mm shells").
        public var measureLabel: MeasureLabel?
        /// Words before the counted noun that describe it ("weapons", "ballistic").
        public var label: String?
    }

    /// Parses `text`; errors carry the column within `text` (origin `<figure>`).
    public func parse(_ text: String) throws(EstimateError) -> Parsed {
        let scalars = Array(text.unicodeScalars)
        var index = skipSpaces(scalars, 0)
        guard index < scalars.count else { throw Self.figureError("expected a figure", at: index) }
        // "between A and B"
        var between = false
        if let end = matchWord("between", in: scalars, at: index) {
            between = true
            index = skipSpaces(scalars, end)
        }
        var hedge: HedgeRule?
        var inner: HedgeRule?
        if !between {
            if let (rule, end) = hedges.match(scalars, at: index) {
                hedge = rule
                index = skipSpaces(scalars, end)
                (inner, index) = innerHedge(after: rule, scalars, at: index)
            }
        }
        var number: NewsNumber?
        var secondNumber: NewsNumber?
        var vagueScale: (Double, String)?
        let numberStart = index
        var secondStart = index
        if let rule = hedge, rule.isVague {
            (vagueScale, index) = vagueScaleWord(scalars, from: index)
        } else {
            let (first, second, end) = try numbers(scalars, from: index, hedge: hedge, between: between)
            number = first
            secondNumber = second
            index = end
            secondStart = end - (second?.text.unicodeScalars.count ?? 0)
        }
        index = skipSpaces(scalars, index)
        var measureLabel: MeasureLabel?
        if number != nil, let (found, end) = MeasureLabel.scan(scalars, from: index, registry: registry, joint: .afterCount) {
            measureLabel = found
            index = skipSpaces(scalars, end)
        }
        let (unit, label) = try unitPhrase(scalars, from: index)
        for (ambiguous, position) in [(number, numberStart), (secondNumber, secondStart)] {
            if let ambiguous, let message = Parser.ambiguousPointMessage(ambiguous, unit: unit) {
                throw Self.figureError(message, at: position)
            }
        }
        var estimate = try Self.makeEstimate(
            number: number, second: secondNumber, hedge: hedge, vagueScale: vagueScale, unit: unit)
        if let hedge, let inner { estimate.notes.append(Self.stackedHedgeNote(outer: hedge, inner: inner)) }
        return Parsed(estimate: estimate, number: number, hedge: hedge, measureLabel: measureLabel, label: label)
    }

    /// A second hedge after `outer` ("up to approximately 3 million"), when neither is vague,
    /// and the index after it: the outer one is read, the inner one noted.
    private func innerHedge(
        after outer: HedgeRule, _ scalars: [Unicode.Scalar], at index: Int
    ) -> (HedgeRule?, Int) {
        guard !outer.isVague, let (rule, end) = hedges.match(scalars, at: index), !rule.isVague else { return (nil, index) }
        return (rule, skipSpaces(scalars, end))
    }

    /// The note of stacked hedges, as the calculator and extraction write it.
    static func stackedHedgeNote(outer: HedgeRule, inner: HedgeRule) -> String {
        "“\(outer.phrase) \(inner.phrase)”: the outer hedge is read; “\(inner.phrase)” is noted"
    }

    /// An error in a figure at scalar `position` (origin `<figure>`).
    private static func figureError(_ detail: String, at position: Int) -> EstimateError {
        EstimateError(.badNumber(detail), at: SourceLocation(origin: "<figure>", line: 1, column: position + 1))
    }

    /// After a vague hedge: a scale word ("several dozen") and an "of" ("dozens of"), if
    /// written; the scale and the index after them.
    private func vagueScaleWord(_ scalars: [Unicode.Scalar], from start: Int) -> ((Double, String)?, Int) {
        var index = start
        var vagueScale: (Double, String)?
        if let (factor, end) = NewsNumberScanner.scaleWord(scalars, from: index > 0 ? index - 1 : index) {
            vagueScale = (factor, wordText(scalars, from: skipSpaces(scalars, index), to: end))
            index = skipSpaces(scalars, end)
        }
        if let end = matchWord("of", in: scalars, at: index) { index = skipSpaces(scalars, end) }
        return (vagueScale, index)
    }

    /// The number at `start`, the second end of a range after it ("100–180", "100 - 180",
    /// "100 to 180", "between 100 and 180"), and the index after them.
    private func numbers(
        _ scalars: [Unicode.Scalar], from start: Int, hedge: HedgeRule?, between: Bool
    ) throws(EstimateError) -> (NewsNumber, NewsNumber?, Int) {
        try refuseNonCount(scalars, at: start)
        guard let (first, end) = NewsNumberScanner().scan(scalars, from: start) else {
            throw Self.missingNumber(scalars, at: start, hedge: hedge)
        }
        var index = end
        var secondNumber: NewsNumber?
        if let (second, secondEnd) = rangeEnd(scalars, after: index, between: between) {
            secondNumber = second
            index = secondEnd
        }
        if between && secondNumber == nil { throw Self.figureError("expected 'between A and B'", at: index) }
        return (first, secondNumber, index)
    }

    /// Refuses what is not a count at `start`: a measure label where the count should be
    /// ("152-mm shells", "152mm shells"), a number with too many digits.
    private func refuseNonCount(_ scalars: [Unicode.Scalar], at start: Int) throws(EstimateError) {
        if let (label, end) = MeasureLabel.scan(scalars, from: start, registry: registry, joint: .afterCount) {
            let next = skipSpaces(scalars, end)
            let nounFollows = next < scalars.count && scalars[next].properties.isAlphabetic
            if label.isHyphenated || nounFollows { throw Self.figureError(label.notACountMessage(scalars, end: end), at: start) }
        }
        if NewsNumberScanner.digitCount(scalars, from: start) > NewsNumberScanner.maximumDigits {
            throw EstimateError(
                .tooLarge("a number with more than \(NewsNumberScanner.maximumDigits) digits"),
                at: SourceLocation(origin: "<figure>", line: 1, column: start + 1))
        }
    }

    /// Why no number could be read at `start`: digits beyond the numbers Reckon holds, or no
    /// number at all.
    private static func missingNumber(_ scalars: [Unicode.Scalar], at start: Int, hedge: HedgeRule?) -> EstimateError {
        if start < scalars.count, scalars[start].asciiDigit != nil {
            var numberEnd = start
            while numberEnd < scalars.count, scalars[numberEnd].asciiDigit != nil || ".,eE+-".unicodeScalars.contains(scalars[numberEnd]) {
                numberEnd += 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<numberEnd])
            return figureError(
                "'\(String(view))' is beyond the range of numbers Reckon holds (zero, and magnitudes from 2.2e-308 to 1.8e308)",
                at: start)
        }
        return figureError(hedge.map { "expected a number after '\($0.phrase)'" } ?? "expected a number", at: start)
    }

    /// The second end of a range after a number that ends at `start`, and the index after it;
    /// `nil` when there is none ("152-mm" after a number is a label, not a range end).
    private func rangeEnd(_ scalars: [Unicode.Scalar], after start: Int, between: Bool) -> (NewsNumber, Int)? {
        let afterSpaces = skipSpaces(scalars, start)
        var separatorEnd: Int?
        if afterSpaces < scalars.count, ["–", "—", "-"].contains(scalars[afterSpaces]) {
            separatorEnd = afterSpaces + 1
        } else if let end = matchWord(between ? "and" : "to", in: scalars, at: afterSpaces) {
            separatorEnd = end
        }
        guard let separatorEnd, let (second, end) = NewsNumberScanner().scan(scalars, from: skipSpaces(scalars, separatorEnd)),
            MeasureLabel.scan(scalars, from: skipSpaces(scalars, separatorEnd), registry: registry, joint: .hyphen) == nil
        else { return nil }
        return (second, end)
    }

    /// The estimate a figure's parts make: a vague word's range, a stated range, a hedged
    /// number's reading, or an exact number. Shared with the calculator.
    static func makeEstimate(
        number: NewsNumber?, second: NewsNumber?, hedge: HedgeRule?, vagueScale: (Double, String)?,
        unit: UnitOfMeasure
    ) throws(EstimateError) -> Estimate {
        if let rule = hedge, rule.isVague {
            let reading = rule.interpretVague(scale: vagueScale?.0 ?? 1, scaleWord: vagueScale?.1)
            return try Estimate(low: reading.low, high: reading.high, unit: unit, meaning: rule.meaning, notes: [reading.note])
        }
        guard let number else { preconditionFailure("a non-vague figure has a number") }
        if let second {
            var first = number
            // "2 to 3 million": the scale word of the second end applies to the first.
            if first.scale == 1, second.scale > 1, first.value * second.scale <= second.value {
                first.value *= second.scale
                first.resolution *= second.scale
                first.scale = second.scale
            }
            if second.value < first.value {
                throw EstimateError(.invertedRange(low: first.value, high: second.value))
            }
            var notes: [String] = []
            if let rule = hedge { notes.append("hedge “\(rule.phrase)” noted; a stated range is kept as stated") }
            return try Estimate(low: first.value, high: second.value, unit: unit, meaning: .bounds, notes: notes)
        }
        guard let rule = hedge else {
            return Estimate(exactly: number.value, unit: unit, significantDigits: number.significantDigits)
        }
        let reading = try rule.interpret(number, isCount: unit.isCountedNoun)
        return try Estimate(
            low: reading.low, high: reading.high, nominal: reading.nominal, unit: unit, meaning: rule.meaning,
            significantDigits: number.significantDigits, notes: [reading.note])
    }

    /// The unit after the number: a unit expression, or words ending in a counted noun or
    /// unit ("weapons containers", "artillery shells") whose leading words become the label.
    private func unitPhrase(_ scalars: [Unicode.Scalar], from start: Int) throws(EstimateError) -> (UnitOfMeasure, String?) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...])
        let text = String(view).trimmingSpaces()
        if text.isEmpty { return (.one, nil) }
        do {
            return (try registry.unit(text), nil)
        } catch let whole {
            let words = text.split(separator: " ").map(String.init)
            if words.count > 1, let unit = try? registry.unit(words.last!),
                words.dropLast().allSatisfy({ $0.first?.isLetter == true && $0.allSatisfy { $0.isLetter || $0 == "-" } })
            {
                return (unit, words.dropLast().joined(separator: " "))
            }
            var shifted = whole
            if let column = whole.location?.column {
                shifted.location = SourceLocation(origin: "<figure>", line: 1, column: start + column)
            }
            throw shifted
        }
    }

    private func skipSpaces(_ scalars: [Unicode.Scalar], _ index: Int) -> Int {
        var position = index
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\u{00A0}" { position += 1 }
        return position
    }

    private func wordText(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}

/// The index after a phrase (lower-case words, separated by spaces in the text) at `index`,
/// case-insensitive.
func matchPhrase(_ words: [[Unicode.Scalar]], in scalars: [Unicode.Scalar], at index: Int) -> Int? {
    var position = index
    for (offset, word) in words.enumerated() {
        if offset > 0 {
            guard position < scalars.count, scalars[position] == " " else { return nil }
            while position < scalars.count, scalars[position] == " " { position += 1 }
        }
        guard let end = matchWord(word, in: scalars, at: position) else { return nil }
        position = end
    }
    return position
}
