import Foundation
import Munitions
import Tables
import TextCore

/// The evaluation set of `Tests/Fixtures/extraction/`: news-style texts written for this
/// project, each with a hand-made list of the claims it holds (`*.expected.csv`), and the two
/// seed articles, read from `../shared/seeds/` when that folder is present.
enum ExtractionFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Tests/Fixtures/extraction")
    static let seedsFolder = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Whether `../shared/seeds/` holds the seed articles.
    static var seedsArePresent: Bool {
        FileManager.default.fileExists(atPath: seedsFolder.appendingPathComponent("000_4ea81016a40d719d.txt").path)
            && FileManager.default.fileExists(atPath: seedsFolder.appendingPathComponent("001_70e8a123e31309b4.txt").path)
    }

    /// One text with its expected claims.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var published: CalendarDate?
        var expected: [Expected]
        var isSeed: Bool
        var description: String { name }
    }

    /// One expected claim, as written by hand.
    struct Expected: Sendable {
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
        var line: Int
    }

    /// The cases listed in `manifest.csv`: the written texts, then the seeds when present.
    static func cases(seeds: Bool) throws -> [Case] {
        let manifest = try CSVReader().read(
            String(contentsOf: folder.appendingPathComponent("manifest.csv"), encoding: .utf8), origin: "manifest.csv")
        var result: [Case] = []
        for record in manifest.records {
            let file = try record.text("file", required: true)
            let isSeed = file.hasPrefix("seeds/")
            guard isSeed == seeds else { continue }
            let textURL =
                isSeed ? seedsFolder.appendingPathComponent(String(file.dropFirst("seeds/".count))) : folder.appendingPathComponent(file)
            let stem = file.replacingOccurrences(of: ".txt", with: "").replacingOccurrences(of: ".md", with: "")
            let expectedURL = folder.appendingPathComponent(stem + ".expected.csv")
            let publishedText = try record.text("published")
            result.append(
                Case(
                    name: file, text: try String(contentsOf: textURL, encoding: .utf8),
                    published: publishedText.isEmpty ? nil : try CalendarDate(iso: publishedText),
                    expected: try expected(String(contentsOf: expectedURL, encoding: .utf8), origin: expectedURL.lastPathComponent),
                    isSeed: isSeed))
        }
        return result
    }

    static func expected(_ text: String, origin: String) throws -> [Expected] {
        let document = try CSVReader().read(text, origin: origin)
        return try document.records.map { record in
            Expected(
                text: try record.text("text", required: true), occurrence: Int(try record.text("occurrence")) ?? 1,
                kind: try record.text("kind", required: true), low: try record.text("low"), nominal: try record.text("nominal"),
                high: try record.text("high"), what: try record.text("what"), unit: try record.text("unit"),
                hedge: try record.text("hedge"), group: try record.text("group"), check: try record.text("check"), line: record.line)
        }
    }

    /// The scalar offsets of the `occurrence`-th `needle` in `scalars`.
    static func span(of needle: String, occurrence: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        var seen = 0
        for start in 0...(scalars.count - pattern.count) where scalars[start] == pattern[0] {
            if Array(scalars[start..<start + pattern.count]) == pattern {
                seen += 1
                if seen == occurrence { return start..<start + pattern.count }
            }
        }
        return nil
    }
}
