import Foundation
import Munitions
import Testing

@testable import ReckonCLI

/// `reckon capacity`, `reckon report --as-of` and `reckon timeline` through the command line.
@Suite struct CapacityCommandTests {
    static let february = ["over 6,700 containers", "more than 3 million 152-mm shells", "or 500,000 122-mm shells"]

    @Test func capacityPrintsEveryAlternativeAndItsChecks() {
        let outcome = CLIFixtures.run(["capacity"] + Self.february)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("Per-container capacity of the figures given\n"))
        #expect(outcome.output.contains("152-mm shells  3,000,000–4,000,000  6,700–6,800           441–597"))
        #expect(outcome.output.contains("- “more than 3 million” read as 3,000,001–4,000,000"))
        #expect(outcome.output.contains("- “over 6,700” read as 6,701–6,800"))
        #expect(outcome.output.contains("The figures do not say which container: checked against iso-20ft-gp"))
        #expect(outcome.output.contains("- 152-mm shells: packed mass per container ≤ payload: not checked: no cited crate"))
    }

    @Test func capacityInCSVKeepsTheExactEnds() {
        let outcome = CLIFixtures.run(["capacity", "-f", "csv", "--line-ending", "lf"] + Self.february)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 3)
        // 3,000,001 / 6,800 = 441.1766176470588… and 4,000,000 / 6,701 = 596.9258319653783…,
        // rounded outward to 15 digits.
        #expect(lines[1].hasPrefix("152-mm shells,3000001,,4000000,6701,,6800,441.176617647058,,596.925831965379,bounds of 90% ranges,"))
    }

    @Test func aUsersMunitionsFileIsUsedAndAMissingCaliberIsExplained() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "reckon-capacity-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "mine.csv")
        try Data(
            """
            munition_id,caliber_mm,kind,designation,property,low,nominal,high,unit,source,url,accessed,notes
            test-130mm,130,shell,test shell,projectile_mass,,33,,kg,test,https://example.org,2026-12-04,test figure

            """.utf8
        ).write(to: file)
        let found = CLIFixtures.run(["capacity", "--munitions", file.path, "500 containers", "200,000 130-mm shells"])
        #expect(found.status == 0, "\(found.errors)")
        #expect(found.output.contains("130-mm shells"))
        let missing = CLIFixtures.run(["capacity", "500 containers", "200,000 130-mm shells"])
        #expect(missing.status == 2 && missing.output.isEmpty)
        #expect(missing.errors.hasPrefix("figure 2:1:1: error: no munition in Datasets/munitions.csv for 130-mm shells"))
        #expect(missing.errors.contains("or add one with --munitions FILE"))
    }

    @Test(arguments: [
        (["capacity", "5,000 containers"], "give the containers and at least one alternative, each as one figure (see 'reckon help capacity')"),
        (["report", "--claims", "Datasets/claims.csv"], "--claims changes the report only with --scenario FILE (which names its claims) or --as-of DATE (see 'reckon help report')"),
        (["report", "--as-of", "2024-02-28", "--scenario", "Datasets/scenario.csv"], "give --as-of or --scenario, not both (see 'reckon help report')"),
        (["report", "--container", "iso-40ft-gp"], "--container applies with --as-of (a scenario names the container of each row) (see 'reckon help report')"),
        (["report", "--as-of", "2023-01-01"], "no container estimate with a stated caliber was known on 2023-01-01 (the first is of 2023-12-29)"),
    ])
    func misuseIsRefusedNotIgnored(words: [String], message: String) {
        let outcome = CLIFixtures.run(words)
        #expect(outcome.status == 2 && outcome.output.isEmpty)
        #expect(outcome.errors == "reckon: error: \(message)\n")
    }

    @Test func theReportAsOfADayNamesTheEstimateItUses() {
        let outcome = CLIFixtures.run(["report", "--as-of", "2024-02-28"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("Per-container capacity as known on 2024-02-28: RBC-Ukraine, 2024-02-27\n"))
        #expect(outcome.output.contains("Estimate: rbc-20240227-containers and rbc-20240227-152mm-capacity, rbc-20240227-122mm-capacity"))
        let forty = CLIFixtures.run(["report", "--as-of", "2024-02-28", "--container", "iso-40ft-gp"])
        // The 40-ft box's payload, 26.7 t (26,700–26,730 kg in Datasets/containers.csv), in every row.
        #expect(forty.output.components(separatedBy: "26.7 (26.7–26.73)").count - 1 == 2)
        #expect(!forty.output.contains("The figures do not say which container"))
    }

    @Test func theTimelineHasARowPerDatedAlternative() throws {
        let outcome = CLIFixtures.run(["timeline", "-f", "csv", "--line-ending", "lf"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let lines = outcome.output.split(separator: "\n")
        let timeline = try CapacityTimeline(ledger: .standard())
        #expect(lines.count == 1 + timeline.entries.reduce(0) { $0 + $1.contents.count })
        #expect(lines[0].hasPrefix("date,containers_claim,containers_low,containers_nominal,containers_high,alternative_claim,"))
        #expect(lines.contains { $0.hasPrefix("2024-01-11,liga-20240111-containers,3000,5000,7000,liga-20240111-152mm-capacity,2100000,2300000,2500000,shells,") })
    }
}
