import Estimates
import Tables
import TextCore

/// Words that name a registry unit without being one of its names (`Datasets/nouns.csv`):
/// counted nouns ("allies" are counted as countries, "troops" as persons) and verbs that
/// say what "N times" counts ("attacked … three times" counts attacks).
///
/// ```swift
/// let nouns = NounTable.standard
/// nouns.unit(forNoun: "allies")     // "country"
/// nouns.unit(forVerb: "attacked")   // "attack"
/// ```
public struct NounTable: Sendable {
    /// One row.
    public struct Entry: Sendable, Equatable {
        /// The word, as matched (case-insensitive).
        public var word: String
        /// Whether it is a noun or a verb.
        public var isVerb: Bool
        /// The registry unit it names.
        public var unit: String
        /// Why.
        public var note: String
    }

    /// The rows, in file order.
    public private(set) var entries: [Entry] = []
    private var nouns: [String: Int] = [:]
    private var verbs: [String: Int] = [:]

    /// The columns a noun file must have.
    public static let columns = ["word", "kind", "unit", "note"]

    /// The embedded table.
    public static let standard: NounTable = {
        do { return try NounTable(csv: EmbeddedDatasets.nouns, origin: "Datasets/nouns.csv", registry: .munitions) } catch {
            preconditionFailure("the embedded noun table is invalid: \(error)")
        }
    }()

    /// Reads a noun table; every unit must be a counted noun of `registry`.
    public init(csv text: String, origin: String, registry: UnitRegistry) throws(DatasetError) {
        let document = try CSVDocument.readDataset(text, origin: origin, columns: Self.columns)
        for record in document.records {
            let word = try record.string("word", required: true).lowercased()
            let kind = try record.string("kind", required: true)
            guard kind == "noun" || kind == "verb" else {
                throw DatasetError("bad kind '\(kind)' (expected noun or verb)", at: record.location(of: "kind"))
            }
            let unit = try record.string("unit", required: true)
            guard registry.isCountedNoun(unit) else {
                throw DatasetError("'\(unit)' is not a counted noun of the unit registry", at: record.location(of: "unit"))
            }
            let entry = Entry(word: word, isVerb: kind == "verb", unit: unit, note: try record.string("note"))
            if entry.isVerb {
                guard verbs[word] == nil else { throw DatasetError("'\(word)' is listed twice", at: record.location(of: "word")) }
                verbs[word] = entries.count
            } else {
                guard nouns[word] == nil else { throw DatasetError("'\(word)' is listed twice", at: record.location(of: "word")) }
                nouns[word] = entries.count
            }
            entries.append(entry)
        }
    }

    /// The unit a counted noun names.
    public func unit(forNoun word: String) -> String? {
        nouns[word.lowercased()].map { entries[$0].unit }
    }

    /// The entry of a counted noun.
    public func entry(forNoun word: String) -> Entry? {
        nouns[word.lowercased()].map { entries[$0] }
    }

    /// The unit a verb's occurrences count ("attacked" → "attack").
    public func unit(forVerb word: String) -> String? {
        verbs[word.lowercased()].map { entries[$0].unit }
    }
}
