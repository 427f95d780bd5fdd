import Foundation
import Testing

@testable import ReckonCLI
import TextCore

/// `reckon run` in the machine formats: one table of results, a row per print, sample and
/// check statement, on standard output.
@Suite struct RunResultsTests {
    static let monteCarlo = CLIFixtures.packageRoot + "/Examples/monte-carlo.rk"

    struct Row: Decodable {
        struct Range: Decodable {
            var low: Double
            var nominal: Double?
            var high: Double
        }

        var line: Int
        var kind: String
        var statement: String
        var value: Range?
        var unit: String?
        var bound: Range?
        var result: String?
        var mean: Double?
        var sd: Double?
        var draws: Int?
        var seed: Int?
    }

    @Test func jsonHoldsEveryStatementInScriptOrder() throws {
        let outcome = CLIFixtures.run(["run", "--format", "json", Self.monteCarlo])
        #expect(outcome.status == 0)
        let rows = try JSONDecoder().decode([Row].self, from: Data(outcome.output.utf8))
        #expect(rows.map(\.kind) == ["print", "sample", "check", "sample", "sample"])
        #expect(rows.map(\.line) == rows.map(\.line).sorted())
        let check = rows[2]
        #expect(check.statement == "per_container within 300 to 600 shells/container" && check.result == "consistent")
        #expect(check.bound?.low == 300 && check.bound?.high == 600 && check.unit == "shells/container")
        // The sample rows agree with the line the aligned form prints for the same statement.
        let table = CLIFixtures.run(["run", Self.monteCarlo]).output
        let sample = rows[1]
        let line = try #require(table.split(separator: "\n").first { $0.hasPrefix("per_container ≈ ") })
        let mean = try #require(sample.mean), sd = try #require(sample.sd), range = try #require(sample.value)
        #expect(line.hasPrefix("per_container ≈ \(NumberFormatting.display(mean, significantDigits: 4)) shells/container (sd \(NumberFormatting.display(sd, significantDigits: 4)); p5 \(NumberFormatting.display(range.low, significantDigits: 4)), p50 \(NumberFormatting.display(range.nominal ?? 0, significantDigits: 4)), p95 \(NumberFormatting.display(range.high, significantDigits: 4)); 100,000 draws, seed 1)"))
        #expect(sample.draws == 100_000 && sample.seed == 1)
        #expect(range.low < mean && mean < range.high)
    }

    @Test func markdownShowsTheReadingsAndCSVSendsThemToStandardError() {
        let seed = CLIFixtures.packageRoot + "/Examples/seed-report.rk"
        let markdown = CLIFixtures.run(["run", "--format", "markdown", seed])
        #expect(markdown.status == 0 && markdown.errors.isEmpty)
        #expect(markdown.output.contains("| line | kind  | statement"))
        #expect(markdown.output.contains("- “about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)"))
        let csv = CLIFixtures.run(["run", "--format", "csv", seed])
        #expect(csv.errors.hasPrefix("Readings:\n"))
        #expect(!csv.errors.contains("per_container_152 = "))
    }

    @Test func theAlignedFormGoesWhole() throws {
        let folder = NSTemporaryDirectory() + "reckon-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = CLIFixtures.run(["run", "-o", folder + "/run.txt", Self.monteCarlo])
        #expect(saved.status == 0 && saved.output.isEmpty)
        #expect(try String(contentsOfFile: folder + "/run.txt", encoding: .utf8) == CLIFixtures.run(["run", Self.monteCarlo]).output)
    }
}
