import Foundation
import Munitions
import TextCore
import Testing

/// Extraction measured against hand-made expected lists (`Tests/Fixtures/extraction/`):
/// precision and recall per field must not fall below the figures last recorded in
/// `Tests/Fixtures/extraction/scores.csv` (a ratchet: raise a figure there when extraction
/// gets better; a drop fails and the failure lists every claim that was missed or misread).
@Suite struct ExtractionQualityTests {
    static func score(seeds: Bool) throws -> ExtractionScore {
        var total = ExtractionScore()
        for testCase in try ExtractionFixtures.cases(seeds: seeds) { total = total + (try ExtractionScore(testCase)) }
        return total
    }

    /// The recorded floors of one set (`written` or `seeds`): figure → (precision, recall).
    static func recorded(_ set: String) throws -> [String: (precision: Double, recall: Double)] {
        let file = ExtractionFixtures.folder.appendingPathComponent("scores.csv")
        let document = try CSVReader().read(String(contentsOf: file, encoding: .utf8), origin: "scores.csv")
        var floors: [String: (precision: Double, recall: Double)] = [:]
        for record in document.records where try record.text("set", required: true) == set {
            floors[try record.text("figure", required: true)] = (
                try #require(Double(try record.text("precision"))), try #require(Double(try record.text("recall")))
            )
        }
        return floors
    }

    static func check(_ score: ExtractionScore, set: String, title: String) throws {
        print(score.report(title: title))
        let floors = try recorded(set)
        let figures: [(String, ExtractionScore.Tally)] = [
            ("claims found", score.detection), ("value", score.value), ("unit/noun", score.unit), ("hedge", score.hedge),
            ("date", score.date), ("registry unit", score.registryUnit), ("alternatives", score.groupPairs),
        ]
        #expect(Set(floors.keys) == Set(figures.map(\.0)), "scores.csv names every figure of \(set) once")
        let lost = score.problems.map { "  - \($0)" }.joined(separator: "\n")
        for (name, tally) in figures {
            guard let floor = floors[name] else { continue }
            // Rounded as recorded (three decimals), so a recorded 0.947 is met by 0.9466.
            let precision = (tally.precision * 1000).rounded() / 1000
            let recall = (tally.recall * 1000).rounded() / 1000
            #expect(precision >= floor.precision, "\(title): \(name) precision \(precision) < recorded \(floor.precision); problems:\n\(lost)")
            #expect(recall >= floor.recall, "\(title): \(name) recall \(recall) < recorded \(floor.recall); problems:\n\(lost)")
        }
        #expect(score.unitChecks.correctOfExpected == score.unitChecks.expected, "\(title): unit checks \(score.unitChecks)")
    }

    @Test func theWrittenEvaluationSetKeepsItsRecordedScores() throws {
        let cases = try ExtractionFixtures.cases(seeds: false)
        try Self.check(try Self.score(seeds: false), set: "written", title: "Evaluation set (\(cases.count) texts written for Reckon)")
    }

    @Test(
        .enabled(if: ExtractionFixtures.seedsArePresent, "the seed articles are not in ../shared/seeds/: the seed evaluation did not run"))
    func theSeedArticlesKeepTheirRecordedScores() throws {
        try Self.check(try Self.score(seeds: true), set: "seeds", title: "Seed articles (../shared/seeds/)")
    }

    @Test func theSeedFolderIsReportedWhenAbsent() {
        // Visible in every run: say whether the seed evaluation ran.
        if ExtractionFixtures.seedsArePresent {
            print("seed articles found at \(ExtractionFixtures.seedsFolder.path): the seed evaluation runs")
        } else {
            print("warning: seed articles not found at \(ExtractionFixtures.seedsFolder.path): the seed evaluation is skipped")
        }
        #expect(FileManager.default.fileExists(atPath: ExtractionFixtures.folder.appendingPathComponent("manifest.csv").path))
    }
}
