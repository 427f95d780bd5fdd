import Foundation
import Munitions
import TextCore
import Testing

/// Extraction measured against hand-made expected lists (`Tests/Fixtures/extraction/`):
/// precision and recall per field must reach the targets of issue 8 (0.9 on values, units
/// and hedges). The figures are printed; the README quotes them.
@Suite struct ExtractionQualityTests {
    static let target = 0.9

    static func score(seeds: Bool) throws -> ExtractionScore {
        var total = ExtractionScore()
        for testCase in try ExtractionFixtures.cases(seeds: seeds) { total = total + (try ExtractionScore(testCase)) }
        return total
    }

    static func check(_ score: ExtractionScore, title: String) {
        print(score.report(title: title))
        for problem in score.problems { print("  - \(problem)") }
        for (name, tally) in [("value", score.value), ("unit", score.unit), ("hedge", score.hedge)] {
            #expect(tally.precision >= target, "\(title): \(name) precision \(tally.precision) is under \(target)")
            #expect(tally.recall >= target, "\(title): \(name) recall \(tally.recall) is under \(target)")
        }
        #expect(score.date.precision >= target && score.date.recall >= target, "\(title): date \(score.date)")
        #expect(score.groupPairs.recall == 1 && score.groupPairs.precision == 1, "\(title): alternatives \(score.groupPairs)")
        #expect(score.unitChecks.correctOfExpected == score.unitChecks.expected, "\(title): unit checks \(score.unitChecks)")
    }

    @Test func theWrittenEvaluationSetMeetsTheTargets() throws {
        let cases = try ExtractionFixtures.cases(seeds: false)
        #expect(cases.count >= 10)
        let score = try Self.score(seeds: false)
        #expect(score.detection.expected >= 150, "the evaluation set holds \(score.detection.expected) expected claims")
        Self.check(score, title: "Evaluation set (\(cases.count) texts written for Reckon)")
    }

    @Test(
        .enabled(if: ExtractionFixtures.seedsArePresent, "the seed articles are not in ../shared/seeds/: the seed evaluation did not run"))
    func theSeedArticlesMeetTheTargets() throws {
        let score = try Self.score(seeds: true)
        #expect(score.detection.expected >= 20)
        Self.check(score, title: "Seed articles (../shared/seeds/)")
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
