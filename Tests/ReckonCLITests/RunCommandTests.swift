import Foundation
import Testing

@testable import ReckonCLI

/// `reckon run`: the example scripts reproduce the seed report; a changed figure fails.
@Suite struct RunCommandTests {
    static let examples: [String] = {
        let folder = CLIFixtures.packageRoot + "/Examples"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".rk") }.sorted().map { "Examples/" + $0 }
    }()

    @Test func thereAreExamples() {
        #expect(Self.examples.contains("Examples/seed-report.rk"))
    }

    @Test(arguments: examples)
    func everyExampleRunsWithoutAnInconsistentCheck(_ path: String) {
        let outcome = CLIFixtures.run(["run", CLIFixtures.packageRoot + "/" + path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(!outcome.output.contains("  inconsistent\n"))
    }

    @Test func theSeedScriptReproducesTheReportFigures() throws {
        let outcome = CLIFixtures.run(["run", "--format", "csv", "--line-ending", "lf", CLIFixtures.packageRoot + "/Examples/seed-report.rk"])
        #expect(outcome.status == 0)
        let rows = outcome.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(
            rows.first == [
                "line", "kind", "statement", "value_low", "value_nominal", "value_high", "unit", "meaning", "bound_low",
                "bound_nominal", "bound_high", "result", "mean", "sd", "draws", "seed",
            ])
        let checks = rows.dropFirst().filter { $0[1] == "check" }
        let byCheck = Dictionary(uniqueKeysWithValues: checks.map { ($0[2], $0) })
        // The report: 152-mm 460 (300–834) shells/container, 20 (13–36.3) t/container, a mass check that may fail.
        let perContainer = try #require(byCheck["per_container_152 within 300 to 834 shells/container"])
        #expect(Array(perContainer[3...7]) == ["300", "460", "833.333333333334", "shells/container", "ci90_bounds"])
        #expect(Array(perContainer[8...11]) == ["300", "", "834", "consistent"])
        let mass = try #require(byCheck["mass_152 <= payload"])
        #expect(Array(mass[3...6]) == ["13.068", "20.0376", "36.3", "t/container"])
        #expect(mass[11] == "possibly")
        let grad = try #require(byCheck["volume_grad <= volume"])
        #expect(grad[4] == "3.14707296")
        #expect(grad[11] == "consistent")
        #expect(checks.count == 14)
        // The printed values are rows of their own, in script order, on standard output.
        let prints = rows.dropFirst().filter { $0[1] == "print" }
        #expect(prints.map { $0[2] } == ["per_container_152", "mass_152", "per_container_122", "mass_122", "mass_grad", "volume_grad"])
        #expect(Array(prints[0][0...7]) == ["26", "print", "per_container_152", "300", "460", "833.333333333334", "shells/container", "ci90_bounds"])
        #expect(rows.count == 21)
        // Standard error holds only the readings.
        #expect(outcome.errors.hasPrefix("Readings:\n- “about 2.3 million” read as"))
    }

    @Test func theTableFormShowsPrintsThenChecks() {
        let outcome = CLIFixtures.run(["run", CLIFixtures.packageRoot + "/Examples/seed-report.rk"])
        #expect(outcome.output.hasPrefix("per_container_152 = 460 shells/container (300–834, bounds of 90% ranges)\n"))
        #expect(outcome.output.contains("\nChecks in \(CLIFixtures.packageRoot)/Examples/seed-report.rk\n"))
        #expect(outcome.output.contains("14 checks: 13 consistent, 1 possibly, 0 inconsistent\n"))
        #expect(outcome.output.contains("- “about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)\n"))
        #expect(outcome.errors.isEmpty)
    }

    @Test(arguments: [
        ("let projectile_152 = 43.56 kg/shell", "let projectile_152 = 435.6 kg/shell", 30),
        ("let containers = about 5,000 containers", "let containers = about 50,000 containers", 28),
        ("let shells_122 = about 400,000 122-mm shells", "let shells_122 = about 4 million 122-mm shells", 40),
    ])
    func changingOneFigureFailsTheRunAndNamesTheCheck(original: String, changed: String, firstFailingLine: Int) throws {
        let script = try #require(CLIFixtures.text("Examples/seed-report.rk"))
        #expect(script.contains(original))
        let path = try CLIFixtures.temporaryFile(Array(script.replacingOccurrences(of: original, with: changed).utf8), name: "changed.rk")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let outcome = CLIFixtures.run(["run", path])
        #expect(outcome.status == 1)
        let failures = outcome.errors.split(separator: "\n").filter { $0.contains(": check inconsistent: ") }
        #expect(failures.first?.hasPrefix("\(path):\(firstFailingLine):1: check inconsistent: ") == true, "\(outcome.errors)")
        #expect(outcome.output.contains("  inconsistent\n"))
    }

    @Test func aScriptCanComeFromStandardInput() {
        let outcome = CLIFixtures.run(["run", "-"], input: Array("let x = about 5,000 containers\ncheck x > 1000 containers\n".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("Checks in <stdin>"))
        #expect(outcome.output.contains("1 check: 1 consistent, 0 possibly, 0 inconsistent"))
    }

    @Test func aScriptWithoutChecksPrintsItsValuesAndReadings() {
        let outcome = CLIFixtures.run(["run", "-"], input: Array("about 5,000 containers * 2\n".utf8))
        #expect(outcome.status == 0)
        #expect(
            outcome.output == """
                about 5,000 containers * 2 = 10,000 containers (6,000–14,000, 90% range)

                Readings:
                - “about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)

                """)
    }

    @Test func csvOfAScriptWithoutChecksHoldsItsPrintedValues() {
        let outcome = CLIFixtures.run(["run", "--format", "csv", "-"], input: Array("print 5 kg\n".utf8))
        #expect(outcome.status == 0)
        #expect(
            outcome.output
                == "line,kind,statement,value_low,value_nominal,value_high,unit,meaning,bound_low,bound_nominal,bound_high,result,mean,sd,draws,seed\r\n"
                + "1,print,5 kg,5,5,5,kg,point,,,,,,,,\r\n")
        #expect(outcome.errors.isEmpty)
    }

    @Test func aMissingFileIsAnInputError() {
        let outcome = CLIFixtures.run(["run", "/nonexistent/script.rk"])
        #expect(outcome.status == 2)
        #expect(outcome.errors == "reckon: error: cannot read '/nonexistent/script.rk': No such file or directory\n")
    }

    @Test func aFileOverOneMebibyteIsRefused() throws {
        let path = try CLIFixtures.temporaryFile(Array(repeating: UInt8(ascii: "1"), count: (1 << 20) + 10), name: "big.rk")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let outcome = CLIFixtures.run(["run", path])
        #expect(outcome.status == 2)
        #expect(outcome.errors == "reckon: error: '\(path)' is larger than 1048576 bytes (1 MiB)\n")
    }

    @Test(arguments: [["run"], ["run", "a.rk", "b.rk"], ["run", "--format", "xml", "a.rk"]])
    func usageErrorsExitWithTwo(_ words: [String]) {
        #expect(CLIFixtures.run(words).status == 2)
    }
}
