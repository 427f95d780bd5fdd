import TextCore

/// The hedge words Reckon reads, with their rules: data, not code (`Datasets/hedges.csv`,
/// embedded in the binary; a user's own table can replace it).
///
/// ```swift
/// let table = HedgeTable.standard
/// table.rule(for: "nearly")?.rule   // "from x − u (soft; at least x/2) up to but not including x"
/// ```
public struct HedgeTable: Sendable {
    /// Every rule, in file order.
    public private(set) var rules: [HedgeRule]
    private var byPhrase: [String: Int]

    /// The columns a hedge file must have.
    public static let columns = [
        "phrase", "low_x", "low_u", "low_inclusive", "high_x", "high_u", "high_inclusive", "cap_x",
        "vague_low", "vague_high", "nominal", "meaning", "source",
    ]

    /// The embedded table (a copy of `Datasets/hedges.csv`).
    public static let standard: HedgeTable = {
        do {
            return try HedgeTable(csv: EmbeddedData.hedges, origin: "Datasets/hedges.csv")
        } catch {
            preconditionFailure("the embedded hedge table is invalid: \(error)")
        }
    }()

    /// Reads a hedge table from CSV text; errors name the file, line and column.
    public init(csv text: String, origin: String) throws(CSVError) {
        let document = try CSVReader().read(text, origin: origin)
        try document.requireColumns(Self.columns)
        rules = []
        byPhrase = [:]
        for record in document.records {
            let phrase = try record.text("phrase", required: true).trimmingSpaces().lowercased()
            let meaningText = try record.text("meaning", required: true)
            guard let meaning = EstimateMeaning(rawValue: meaningText) else {
                throw CSVError(
                    .badValue(
                        column: "meaning", text: meaningText,
                        expected: EstimateMeaning.allCases.map(\.rawValue).joined(separator: ", ")),
                    at: record.location(of: "meaning"))
            }
            let rule = HedgeRule(
                phrase: phrase,
                lowX: try record.number("low_x"), lowU: try record.number("low_u"),
                lowInclusive: try Self.flag(record, "low_inclusive"),
                highX: try record.number("high_x"), highU: try record.number("high_u"),
                highInclusive: try Self.flag(record, "high_inclusive"),
                capX: try record.number("cap_x"),
                vagueLow: try record.number("vague_low"), vagueHigh: try record.number("vague_high"),
                keepsNominal: try Self.nominal(record),
                meaning: meaning,
                source: try record.text("source", required: true))
            let numeric = rule.lowX != nil && rule.highX != nil
            if numeric == rule.isVague || (rule.vagueLow == nil) != (rule.vagueHigh == nil) {
                throw CSVError(
                    .badValue(
                        column: "phrase", text: phrase,
                        expected: "either low_x and high_x (a numeric hedge) or vague_low and vague_high (a vague word)"),
                    at: record.location(of: "phrase"))
            }
            if let low = rule.vagueLow, let high = rule.vagueHigh, low > high {
                throw CSVError(
                    .badValue(column: "vague_high", text: try record.field("vague_high").text, expected: "a value not below vague_low"),
                    at: record.location(of: "vague_high"))
            }
            if byPhrase[phrase] != nil {
                throw CSVError(.badValue(column: "phrase", text: phrase, expected: "a phrase not listed before"), at: record.location(of: "phrase"))
            }
            byPhrase[phrase] = rules.count
            rules.append(rule)
        }
        phrasesLongestFirst = rules.map { ($0.phrase, $0.phrase.unicodeScalars.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .map(\.0)
        phraseWords = phrasesLongestFirst.map { $0.split(separator: " ").map { Array($0.unicodeScalars) } }
    }

    /// The longest hedge phrase at `index`: its rule and the index after it.
    public func match(_ scalars: [Unicode.Scalar], at index: Int) -> (HedgeRule, Int)? {
        guard index < scalars.count, scalars[index].properties.isAlphabetic else { return nil }
        for (offset, words) in phraseWords.enumerated() {
            if let end = matchPhrase(words, in: scalars, at: index) {
                return (rules[byPhrase[phrasesLongestFirst[offset]]!], end)
            }
        }
        return nil
    }

    /// The rule for `phrase` (case-insensitive), if there is one.
    public func rule(for phrase: String) -> HedgeRule? {
        byPhrase[phrase.lowercased()].map { rules[$0] }
    }

    /// The phrases sorted longest first, for matching the longest phrase at a position.
    public private(set) var phrasesLongestFirst: [String] = []
    /// The same phrases as lists of words of scalars, for matching without allocating.
    private(set) var phraseWords: [[[Unicode.Scalar]]] = []

    private static func flag(_ record: CSVRecord, _ column: String) throws(CSVError) -> Bool {
        let text = try record.text(column).trimmingSpaces()
        switch text {
        case "", "true": return text == "true"
        case "false": return false
        default:
            throw CSVError(.badValue(column: column, text: text, expected: "true, false or empty"), at: record.location(of: column))
        }
    }

    private static func nominal(_ record: CSVRecord) throws(CSVError) -> Bool {
        let text = try record.text("nominal").trimmingSpaces()
        guard text.isEmpty || text == "x" else {
            throw CSVError(.badValue(column: "nominal", text: text, expected: "x or empty"), at: record.location(of: "nominal"))
        }
        return text == "x"
    }
}
