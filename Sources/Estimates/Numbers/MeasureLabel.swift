/// A measure written as an adjective before a noun: `152-mm` in "2.3 million 152-mm shells",
/// `20-ft` in "5,000 20-ft containers", `500-lb` in "40 500-lb bombs". It describes what is
/// counted; it is never a count itself, so "152-mm shells" alone is an error, not 152 shells.
///
/// A label is a number and a unit the registry knows, joined by a hyphen (`152-mm`,
/// `152-millimeter`), glued (`152mm`) or, after a count, by a space (`152 mm`).
/// What a label means is for the domain to say: a length before a munition is its caliber.
///
/// ```swift
/// var registry = UnitRegistry.standard
/// try registry.addCountedNoun("container")
/// let parsed = try EstimateParser(registry: registry, hedges: .standard)
///     .parse("5,000 20-ft containers")
/// parsed.measureLabel?.text             // "20-ft"
/// parsed.measureLabel?.value            // 20
/// parsed.measureLabel?.unit.symbol(plural: false)   // "ft"
/// ```
public struct MeasureLabel: Sendable, Equatable {
    /// The number as written.
    public let value: Double
    /// The unit it is written in.
    public let unit: UnitOfMeasure
    /// The label as written (`152-mm`).
    public let text: String

    /// How the number and the unit may be joined.
    enum Joint {
        /// A hyphen: `152-mm` (a label wherever it stands, even where a count should be).
        case hyphen
        /// A hyphen, nothing or one space: `152mm` and `152 mm` too (a label after a count).
        case afterCount
    }

    /// The label at `start`, and the index after it, when one stands there.
    static func scan(
        _ scalars: [Unicode.Scalar], from start: Int, registry: UnitRegistry, joint: Joint
    ) -> (MeasureLabel, Int)? {
        var index = start
        while index < scalars.count, scalars[index].asciiDigit != nil, index - start <= maximumDigits { index += 1 }
        if index < scalars.count - 1, scalars[index] == ".", scalars[index + 1].asciiDigit != nil {
            index += 1
            while index < scalars.count, scalars[index].asciiDigit != nil, index - start <= maximumDigits { index += 1 }
        }
        guard index > start, index - start <= maximumDigits, index < scalars.count,
            let value = Double(String(String.UnicodeScalarView(scalars[start..<index])))
        else { return nil }
        if scalars[index] == "-" {
            index += 1
        } else if joint == .hyphen {
            return nil
        } else if scalars[index] == " " {
            index += 1
        }
        let wordStart = index
        while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
        guard index > wordStart else { return nil }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index]))
        // `knows` first: a failed lookup builds suggestions ("2.3 million" is no label).
        guard registry.knows(word), let unit = try? registry.lookup(word), !unit.dimension.isDimensionless else { return nil }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        return (MeasureLabel(value: value, unit: unit, text: text), index)
    }

    /// The most digits a label's number has (`152`, `4.8`, `20`).
    static let maximumDigits = 6

    /// Whether the number and the unit are joined by a hyphen (`152-mm`).
    var isHyphenated: Bool { text.unicodeScalars.contains("-") }

    /// The error for a label standing where a count should be; `scalars` and `end` (where
    /// the label ends) give the noun after it for the example.
    func notACountMessage(_ scalars: [Unicode.Scalar], end: Int) -> String {
        var start = end
        while start < scalars.count, scalars[start] == " " { start += 1 }
        var wordEnd = start
        while wordEnd < scalars.count, scalars[wordEnd].properties.isAlphabetic { wordEnd += 1 }
        let noun = wordEnd > start ? String(String.UnicodeScalarView(scalars[start..<wordEnd])) : "items"
        return "'\(text)' describes what is counted, it is not a count: write the count first ('2.3 million \(text) \(noun)')"
    }
}
