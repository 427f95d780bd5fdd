import Estimates
import Tables
import TextCore

/// Which subject of the claim vocabulary (`Datasets/subjects.csv`) an extracted claim
/// proposes, from `Datasets/subject-cues.csv`: rows in order, the first that fits wins. A row
/// fits a claim when its subject has the claim's kind and unit, its caliber (if any) is the
/// claim's, and one of its cues (if any) is near the claim (its sentence, within 60
/// characters each side), ignoring case; `a+b` means both `a` and `b`. A claim no row fits gets no subject: an analyst has to add one.
///
/// ```swift
/// let cues = try SubjectCues.standard()
/// cues.subject(for: claim, sentence: "North Korea sent about 5,000 containers")  // "nk-containers-to-russia"
/// ```
public struct SubjectCues: Sendable {
    /// One row.
    public struct Rule: Sendable, Equatable {
        /// The subject it proposes.
        public var subject: Subject
        /// The caliber a claim must have, in millimetres.
        public var caliber: Double?
        /// Alternatives, each a list of words that must all be in the sentence (lower case).
        public var cues: [[String]]
        /// Why.
        public var note: String
    }

    /// The rows, in file order.
    public private(set) var rules: [Rule] = []

    /// The columns of a cues file.
    public static let columns = ["subject", "caliber_mm", "cues", "note"]

    /// The embedded cues over the embedded vocabulary.
    public static func standard() throws(DatasetError) -> SubjectCues {
        try SubjectCues(csv: EmbeddedDatasets.subjectCues, origin: "Datasets/subject-cues.csv", subjects: .standard())
    }

    /// Reads cues; every subject must be in `subjects`.
    public init(csv text: String, origin: String, subjects: SubjectVocabulary) throws(DatasetError) {
        let document = try CSVDocument.readDataset(text, origin: origin, columns: Self.columns)
        for record in document.records {
            let name = try record.string("subject", required: true)
            guard let subject = subjects.subject(name) else {
                throw DatasetError("unknown subject '\(name)' (not in the subject vocabulary)", at: record.location(of: "subject"))
            }
            let caliber = try record.decimal("caliber_mm")
            let cues = try record.string("cues").lowercased().split(separator: ";").map {
                $0.split(separator: "+").map { String($0).trimmingSpaces() }
            }
            rules.append(Rule(subject: subject, caliber: caliber, cues: cues, note: try record.string("note")))
        }
    }

    /// The subject `claim` proposes, given the sentence that holds it; `nil` when no row fits.
    public func subject(for claim: ExtractedClaim, sentence: String) -> Subject? {
        let unit = claim.kind == .quantity ? (claim.unit ?? "") : "date"
        let caliber = claim.caliber.flatMap(Self.millimetres)
        let text = sentence.lowercased()
        return rules.first { rule in
            rule.subject.kind == claim.kind && rule.subject.units.contains(unit)
                && (rule.caliber == nil || rule.caliber == caliber)
                && (rule.cues.isEmpty || rule.cues.contains { words in words.allSatisfy { text.contains($0) } })
        }?.subject
    }

    /// The millimetres of a caliber label ("152-mm" → 152).
    static func millimetres(_ label: String) -> Double? {
        Double(String(label.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }))
    }
}
