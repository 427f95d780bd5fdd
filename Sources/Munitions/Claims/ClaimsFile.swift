import Estimates
import Tables
import TextCore

/// Reads a claims file (`Datasets/claims.csv` or a user's own) strictly: every problem is
/// reported with file:line:column, and nothing from a file that failed is used.
///
/// ```swift
/// let claims = try ClaimsFile.read(text, origin: "mine.csv")
/// ```
public enum ClaimsFile {
    /// The columns, in the order the writer uses.
    public static let columns = [
        "id", "subject", "kind", "as_written", "low", "nominal", "high", "unit", "hedge", "meaning",
        "alternative_group", "quote", "speaker", "outlet", "article", "url", "published", "as_of", "notes",
    ]

    /// The meanings a stated figure may have.
    static let meanings = ["point"] + EstimateMeaning.allCases.map(\.rawValue).filter { $0 != "point" }

    /// Reads every claim in `text`; every subject must be in `subjects`.
    public static func read(
        _ text: String, origin: String, subjects: SubjectVocabulary, parser: EstimateParser = .munitions
    ) throws(DatasetError) -> [Claim] {
        try claims(in: try CSVDocument.readDataset(text, origin: origin, columns: columns), subjects: subjects, parser: parser)
    }

    /// Reads every claim in UTF-8 `bytes` (invalid UTF-8 is an error at its line and column).
    public static func read(
        bytes: [UInt8], origin: String, subjects: SubjectVocabulary, parser: EstimateParser = .munitions
    ) throws(DatasetError) -> [Claim] {
        try claims(in: try CSVDocument.readDataset(bytes: bytes, origin: origin, columns: columns), subjects: subjects, parser: parser)
    }

    private static func claims(
        in document: CSVDocument, subjects: SubjectVocabulary, parser: EstimateParser
    ) throws(DatasetError) -> [Claim] {
        let origin = document.origin
        var claims: [Claim] = []
        var seen: [String: SourceLocation] = [:]
        for record in document.records {
            let claim = try claim(record, origin: origin, subjects: subjects, parser: parser)
            if let first = seen[claim.id] {
                throw DatasetError("duplicate claim id '\(claim.id)' (first at \(first))", at: record.location(of: "id"))
            }
            seen[claim.id] = record.location(of: "id")
            claims.append(claim)
        }
        return claims
    }

    private static func claim(
        _ record: CSVRecord, origin: String, subjects: SubjectVocabulary, parser: EstimateParser
    ) throws(DatasetError) -> Claim {
        let id = try record.string("id", required: true)
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
            throw DatasetError("bad claim id '\(id)' (use letters, digits, '-', '_' and '.')", at: record.location(of: "id"))
        }
        let subject = try subject(record, in: subjects)
        let kind = try kind(record, of: subject)
        let meaningText = try record.string("meaning", required: true)
        guard let meaning = EstimateMeaning(rawValue: meaningText) else {
            throw DatasetError(
                "bad meaning '\(meaningText)' (expected \(meanings.joined(separator: ", ")))", at: record.location(of: "meaning"))
        }
        let hedgeText = try record.string("hedge")
        let value: Claim.Value
        switch kind {
        case .quantity: value = .quantity(try quantity(record, hedge: hedgeText, meaning: meaning, parser: parser))
        case .date: value = .dates(try dates(record))
        case .dateset: value = .dateSet(try dateSet(record))
        }
        let unitName = try unitName(record, value: value, subject: subject)
        let source = Source(
            speaker: try record.string("speaker", required: true),
            outlet: try record.string("outlet", required: true),
            article: try record.string("article"),
            url: try record.string("url"),
            published: try optionalDate(record, "published"))
        let group = try record.string("alternative_group")
        return Claim(
            id: id, subject: subject.name,
            asWritten: try record.string("as_written", required: true), value: value,
            unitName: unitName, hedge: hedgeText.isEmpty ? nil : hedgeText, statedMeaning: meaning,
            alternativeGroup: group.isEmpty ? nil : group, quote: try record.string("quote", required: true),
            source: source, asOf: try optionalDate(record, "as_of"), notes: try record.string("notes"),
            location: SourceLocation(origin: origin, line: record.line, column: 1))
    }

    /// The subject the record names, which must be one of `subjects`.
    private static func subject(_ record: CSVRecord, in subjects: SubjectVocabulary) throws(DatasetError) -> Subject {
        let subjectName = try record.string("subject", required: true)
        guard let subject = subjects.subject(subjectName) else {
            let close = subjects.suggestions(for: subjectName).map { "'\($0)'" }
            let hint = close.isEmpty ? "" : "did you mean \(close.joined(separator: " or "))? "
            throw DatasetError(
                "unknown subject '\(subjectName)' (\(hint)the subjects are listed in Datasets/subjects.csv)",
                at: record.location(of: "subject"))
        }
        return subject
    }

    /// The kind of claim the record states, which must be the kind its subject holds.
    private static func kind(_ record: CSVRecord, of subject: Subject) throws(DatasetError) -> Claim.Kind {
        let kindText = try record.string("kind", required: true)
        guard let kind = Claim.Kind(rawValue: kindText) else {
            throw DatasetError(
                "bad kind '\(kindText)' (expected \(Claim.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: record.location(of: "kind"))
        }
        guard kind == subject.kind else {
            throw DatasetError(
                "subject '\(subject.name)' holds kind '\(subject.kind.rawValue)', not '\(kind.rawValue)'", at: record.location(of: "kind"))
        }
        return kind
    }

    /// The record's unit as the registry shows it ('rockets' → 'rocket', 'kilometers' → 'km'),
    /// which must be one of its subject's units.
    private static func unitName(_ record: CSVRecord, value: Claim.Value, subject: Subject) throws(DatasetError) -> String {
        let writtenUnit = try record.string("unit")
        var unitName = writtenUnit
        if case .quantity(let estimate) = value { unitName = estimate.unit.symbol(plural: false) }
        guard subject.units.contains(unitName) else {
            let shown = unitName == writtenUnit ? "'\(writtenUnit)'" : "'\(writtenUnit)' (\(unitName))"
            throw DatasetError(
                "unit \(shown) does not fit subject '\(subject.name)' (expected \(subject.units.joined(separator: ", ")))",
                at: record.location(of: "unit"))
        }
        return unitName
    }

    private static func dates(_ record: CSVRecord) throws(DatasetError) -> DateSpan {
        let nominal = try optionalDate(record, "nominal")
        let low = try optionalDate(record, "low")
        let high = try optionalDate(record, "high")
        if let low, let high {
            guard low <= high else { throw DatasetError("low \(low) is after high \(high)", at: record.location(of: "low")) }
            if let nominal, nominal < low || nominal > high {
                throw DatasetError("nominal \(nominal) lies outside \(low) to \(high)", at: record.location(of: "nominal"))
            }
            return DateSpan(start: low, end: high)
        }
        guard low == nil, high == nil, let nominal else {
            throw DatasetError("a date needs a nominal day, or both low and high", at: record.location(of: "nominal"))
        }
        return DateSpan(start: nominal, end: nominal)
    }

    private static func dateSet(_ record: CSVRecord) throws(DatasetError) -> [CalendarDate] {
        let field = try record.datasetField("nominal")
        var dates: [CalendarDate] = []
        for part in field.text.split(separator: ";") {
            do { dates.append(try CalendarDate(iso: String(part).trimmingSpaces())) } catch {
                throw DatasetError(error.message, at: field.location)
            }
        }
        guard !dates.isEmpty else { throw DatasetError("a date set needs dates separated by ';'", at: field.location) }
        dates.sort()
        for (column, expected) in [("low", dates[0]), ("high", dates[dates.count - 1])] {
            if let given = try optionalDate(record, column), given != expected {
                throw DatasetError(
                    "\(column) \(given) is not the \(column == "low" ? "first" : "last") date of the set (\(expected))",
                    at: record.location(of: column))
            }
        }
        return dates
    }

    static func optionalDate(_ record: CSVRecord, _ column: String) throws(DatasetError) -> CalendarDate? {
        let text = try record.string(column)
        if text.isEmpty { return nil }
        do { return try CalendarDate(iso: text) } catch { throw DatasetError(error.message, at: record.location(of: column)) }
    }
}
