import Foundation
import Munitions
import TextCore
import Tables

/// The news corpus of `Tests/Fixtures/news-corpus/`: short verbatim excerpts of real
/// articles, each with its address and date in `manifest.csv` and its claims annotated by
/// hand in `NNN-slug.expected.csv`, split once at random into a development half and a
/// blind half (see the folder's README).
///
/// ```swift
/// let blind = try NewsCorpus.excerpts().filter { $0.half == .blind }
/// blind[0].claims[0].stated   // "1000"
/// ```
enum NewsCorpus {
    static let folder = ExtractionFixtures.root.appendingPathComponent("Tests/Fixtures/news-corpus")

    /// The columns every `*.expected.csv` has: those of the written evaluation set, then
    /// `stated`, `reading`, `caliber` and `speaker`.
    static let claimColumns = [
        "text", "occurrence", "kind", "low", "nominal", "high", "what", "unit", "hedge", "group", "check", "stated", "reading",
        "caliber", "speaker",
    ]
    static let manifestColumns = ["file", "url", "outlet", "published", "date_source", "accessed", "subject", "split", "notes"]

    /// The development half (tune against it) or the blind half (score only).
    enum Half: String, CaseIterable, Sendable {
        case dev
        case blind
    }

    /// One excerpt with its manifest row and its claims.
    struct Excerpt: Sendable, CustomStringConvertible {
        var file: String
        var url: String
        var outlet: String
        var published: CalendarDate?
        var dateSource: String
        var accessed: String
        var subject: String
        var half: Half
        var text: String
        var claims: [Claim]
        var manifestLine: Int
        var description: String { file }
    }

    /// One claim as annotated.
    struct Claim: Sendable {
        var text: String
        var occurrence: Int
        var kind: String
        var low: String
        var nominal: String
        var high: String
        var what: String
        var unit: String
        var hedge: String
        var group: String
        var check: String
        var stated: String
        var reading: String
        var caliber: String
        var speaker: String
        var line: Int

        /// The same claim in the written set's form, for `ExtractionScore.sameValue`.
        var fixtureForm: ExtractionFixtures.Expected {
            ExtractionFixtures.Expected(
                text: text, occurrence: occurrence, kind: kind, low: low, nominal: nominal, high: high, what: what, unit: unit,
                hedge: hedge, group: group, check: check, line: line)
        }
    }

    /// Every excerpt listed in `manifest.csv`, in its order.
    static func excerpts() throws -> [Excerpt] {
        let manifest = try CSVReader().read(read("manifest.csv"), origin: "news-corpus/manifest.csv")
        try manifest.requireColumns(manifestColumns)
        return try manifest.records.map { record in
            let file = try record.text("file", required: true)
            let splitText = try record.text("split", required: true)
            guard let half = Half(rawValue: splitText) else {
                throw FixtureError("news-corpus/manifest.csv:\(record.line): split '\(splitText)' is neither dev nor blind")
            }
            let publishedText = try record.text("published")
            let stem = file.replacingOccurrences(of: ".txt", with: "")
            return Excerpt(
                file: file, url: try record.text("url", required: true), outlet: try record.text("outlet", required: true),
                published: publishedText.isEmpty ? nil : try CalendarDate(iso: publishedText),
                dateSource: try record.text("date_source", required: true), accessed: try record.text("accessed", required: true),
                subject: try record.text("subject", required: true), half: half, text: try read(file),
                claims: try claims(read(stem + ".expected.csv"), origin: "news-corpus/\(stem).expected.csv"),
                manifestLine: record.line)
        }
    }

    static func claims(_ text: String, origin: String) throws -> [Claim] {
        let document = try CSVReader().read(text, origin: origin)
        try document.requireColumns(claimColumns)
        return try document.records.map { record in
            let occurrenceText = try record.text("occurrence", required: true)
            guard let occurrence = Int(occurrenceText), occurrence >= 1 else {
                throw FixtureError("\(origin):\(record.line): occurrence '\(occurrenceText)' is not a positive whole number")
            }
            return Claim(
                text: try record.text("text", required: true), occurrence: occurrence, kind: try record.text("kind", required: true),
                low: try record.text("low"), nominal: try record.text("nominal"), high: try record.text("high"),
                what: try record.text("what"), unit: try record.text("unit"), hedge: try record.text("hedge"),
                group: try record.text("group"), check: try record.text("check"), stated: try record.text("stated"),
                reading: try record.text("reading"), caliber: try record.text("caliber"), speaker: try record.text("speaker"),
                line: record.line)
        }
    }

    static func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
