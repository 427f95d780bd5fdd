import Estimates
import Tables
import TextCore

/// One subject of the claim vocabulary (`Datasets/subjects.csv`): what a claim counts or
/// measures, the kind of value and the units it may have, and how claims about it compare.
///
/// One subject means one thing, whichever source states it: the ledger only compares
/// claims that share a subject.
///
/// ```swift
/// let subjects = try SubjectVocabulary.standard()
/// let subject = subjects.subject("nk-122mm-munitions-to-russia")!
/// subject.thing(countedBy: "round")   // "shell": a round and a shell are one kind of thing
/// subject.thing(countedBy: "rocket")  // "rocket": another kind
/// ```
public struct Subject: Sendable, Equatable {
    /// How claims about a subject are compared.
    public enum Comparison: String, Sendable, CaseIterable {
        /// A running total or a growing list: quantities are compared only when their
        /// reference dates are close (`ConflictDetector.sameTimeWindowDays`); date sets only
        /// on the days up to the earlier reference date.
        case cumulative
        /// A fact that does not change over time (a range, the date of an event): every
        /// pair is compared.
        case fixed
        /// Each source's own value (the day its count runs to): listed, never compared.
        case perSource = "per-source"
    }

    /// The name (`nk-containers-to-russia`).
    public var name: String
    /// The kind of value its claims hold.
    public var kind: Claim.Kind
    /// The units a claim may use (`date` for dates).
    public var units: [String]
    /// Groups of units that count the same kind of thing (`shell=round`).
    public var sameThing: [[String]]
    /// How its claims are compared.
    public var comparison: Comparison
    /// What it is, for people.
    public var description: String
    /// Where its row is.
    public var location: SourceLocation

    /// The kind of thing `unit` counts: the first unit of its `sameThing` group, or itself.
    public func thing(countedBy unit: String) -> String {
        sameThing.first { $0.contains(unit) }?.first ?? unit
    }
}

/// The subjects claims may have, read from `Datasets/subjects.csv` (embedded in the binary).
///
/// ```swift
/// let subjects = try SubjectVocabulary.standard()
/// subjects.subject("kn23-range")?.units   // ["km"]
/// ```
public struct SubjectVocabulary: Sendable {
    /// Every subject, in file order.
    public private(set) var subjects: [Subject] = []
    private var byName: [String: Int] = [:]

    /// The columns of a subjects file.
    public static let columns = ["subject", "kind", "units", "same_thing", "compare", "description"]

    /// The embedded vocabulary.
    public static func standard() throws(DatasetError) -> SubjectVocabulary {
        try SubjectVocabulary(csv: EmbeddedDatasets.subjects, origin: "Datasets/subjects.csv")
    }

    /// Reads a vocabulary; units must be known to `registry` (or be `date`).
    public init(csv text: String, origin: String, registry: UnitRegistry = .munitions) throws(DatasetError) {
        let document = try CSVDocument.readDataset(text, origin: origin, columns: Self.columns)
        for record in document.records {
            let name = try record.string("subject", required: true)
            guard byName[name] == nil else {
                throw DatasetError("subject '\(name)' is listed twice", at: record.location(of: "subject"))
            }
            let kindText = try record.string("kind", required: true)
            guard let kind = Claim.Kind(rawValue: kindText) else {
                throw DatasetError(
                    "bad kind '\(kindText)' (expected \(Claim.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: record.location(of: "kind"))
            }
            let units = try record.string("units", required: true).split(separator: ";").map { String($0).trimmingSpaces() }
            for unit in units {
                let fits = kind == .quantity ? unit != "date" && registry.knows(unit) : unit == "date"
                guard fits else {
                    throw DatasetError(
                        "unit '\(unit)' does not fit a \(kind.rawValue) subject (\(kind == .quantity ? "a unit of Datasets/units.txt" : "date"))",
                        at: record.location(of: "units"))
                }
            }
            let groupsText = try record.string("same_thing")
            let groups = groupsText.isEmpty ? [] : groupsText.split(separator: ";").map {
                $0.split(separator: "=").map { String($0).trimmingSpaces() }
            }
            for group in groups where group.count < 2 || !group.allSatisfy(units.contains) {
                throw DatasetError(
                    "bad same_thing group '\(group.joined(separator: "="))' (expected two or more of its units joined by '=')",
                    at: record.location(of: "same_thing"))
            }
            let compareText = try record.string("compare", required: true)
            guard let comparison = Subject.Comparison(rawValue: compareText) else {
                throw DatasetError(
                    "bad compare '\(compareText)' (expected \(Subject.Comparison.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: record.location(of: "compare"))
            }
            byName[name] = subjects.count
            subjects.append(
                Subject(
                    name: name, kind: kind, units: units, sameThing: groups, comparison: comparison,
                    description: try record.string("description", required: true),
                    location: SourceLocation(origin: origin, line: record.line, column: 1)))
        }
    }

    /// The subject called `name`.
    public func subject(_ name: String) -> Subject? {
        byName[name].map { subjects[$0] }
    }

    /// Up to three known names close to `name` (for "did you mean" messages).
    public func suggestions(for name: String) -> [String] {
        var scored: [(name: String, distance: Int)] = []
        let limit = max(2, name.count / 4)
        for subject in subjects {
            let distance = subject.name.hasPrefix(name) ? 0 : editDistance(subject.name, name)
            if distance <= limit { scored.append((subject.name, distance)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(3).map { $0.name }
    }
}
