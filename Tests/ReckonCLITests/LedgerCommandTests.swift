#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import Munitions
import TextCore
import Testing

@testable import ReckonCLI

/// `reckon claims`, `conflicts`, `sources` and `report` run in-process, end to end.
@Suite struct LedgerCommandTests {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ words: String..., input: String? = nil) -> Result {
        var console = Console()
        if let input { console.input = Array(input.utf8) }
        let status = Reckon.run(words, console: &console)
        return Result(status: status, output: console.output, errors: console.errors)
    }

    /// A file in a fresh temporary folder, removed by the caller's `defer`.
    static func temporaryFile(_ name: String, _ text: String) throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "reckon-ledger-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appending(path: name)
        try Data(text.utf8).write(to: url)
        return (url.path, folder)
    }

    static let header =
        "id,subject,kind,as_written,low,nominal,high,unit,hedge,meaning,alternative_group,quote,speaker,outlet,article,url,published,as_of,notes"
    /// A newsroom's own claims: the attack dates as the 2024-01-04 briefing gave them, and a
    /// container count a week after the end of December.
    static let mine = header + "\n"
        + "desk-attacks,nk-missile-attacks-dates,dateset,Dec. 30 and Jan. 2,2023-12-30,2023-12-30;2024-01-02,2024-01-02,date,,point,,on Dec. 30 and Jan. 2,Desk,Our desk,,,2024-01-05,,\n"
        + "desk-containers,nk-containers-to-russia,quantity,about 9000,,9000,,container,about,point,,about 9000 containers,Desk,Our desk,,,2024-01-05,,\n"

    static func csvLines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n", omittingEmptySubsequences: true)
    }

    @Test func claimsListsEveryClaimOfTheLedger() {
        let result = Self.run("claims", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let lines = Self.csvLines(result.output)
        #expect(
            lines.first
                == "id,subject,as_written,value_low,value_nominal,value_high,unit,dates,hedge,meaning,speaker,outlet,published,as_of,quote")
        #expect(lines.count == 1 + (try! ClaimLedger.standard()).claims.count)
        #expect(lines.contains { $0.hasPrefix("liga-20240111-attack-dates,nk-missile-attacks-dates,December 29 and January 2,,,,date,2023-12-29;2024-01-02,,point,") })
    }

    @Test func claimsFiltersBySubjectSourceAndDate() {
        let range = Self.run("claims", "--subject", "crbm-range", "--format", "csv")
        #expect(range.status == 0)
        let lines = Self.csvLines(range.output)
        #expect(lines.count == 5)
        #expect(
            lines[1]
                == "liga-20240111-crbm-range,crbm-range,100-180 kilometers,100,,180,km,,estimated,variants,Shin Won-sik (South Korean Defense Minister),LIGA.net (English edition),2024-01-11,,a new type of weapon with an estimated range of 100-180 kilometers"
        )
        let kyiv = Self.run("claims", "--source", "kyiv independent", "--date", "2024-01-11", "--format", "csv")
        #expect(Self.csvLines(kyiv.output).count == 11)
        let text = Self.run("claims", "--subject", "nk-122mm-munitions-to-russia")
        #expect(text.output.hasPrefix("Claims (5)\n"))
        #expect(text.output.contains("more than 500,000 rounds of 122 mm multiple rocket launchers"))
        #expect(text.output.contains("- “about 400,000” read as 200,000–600,000 (x ± 2u; each side at most x/2; u = 100,000)"))
    }

    @Test func conflictsShowTheAttackDatesWithBothQuotesAndOutlets() {
        let result = Self.run("conflicts", "--subject", "nk-missile-attacks-dates")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Conflicts between sources (8)\n"))
        let lines = result.output.split(separator: "\n")
        let first = lines.first { $0.contains("liga-20240111-attack-dates") } ?? ""
        #expect(first.contains("LIGA.net (English edition)"))
        #expect(first.contains("used them during attacks on Ukraine on December 29 and January 2"))
        let second = lines.first { $0.contains("kyivind-20240111-attack-dates") } ?? ""
        #expect(second.contains("The Kyiv Independent"))
        #expect(second.contains("at least three times — on Dec. 30, Jan. 4, and Jan. 6"))
        #expect(result.output.contains("1. nk-missile-attacks-dates: different dates: only in the first: 2023-12-29, 2024-01-02; only in the second: 2023-12-30, 2024-01-04, 2024-01-06 (days up to 2024-01-11 compared)"))
    }

    @Test func conflictsInCSVHaveTwoRowsPerConflict() {
        let result = Self.run("conflicts", "--format", "csv", "--line-ending", "lf")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "conflict,subject,reason,claim,outlet,published,as_of,value_low,value_nominal,value_high,unit,dates,quote")
        #expect(lines.count == 1 + 2 * (try! ClaimLedger.standard()).conflicts().count)
        // Counted from the subject: conflict numbers follow the ledger's order.
        let cnn =
            "nk-122mm-munitions-to-russia,different things counted,cnn-20240227-122mm-capacity,CNN (via hackertalks.com repost),,2024-02-26,500001,,600000,rocket,,\"more than 500,000 rounds of 122 mm multiple rocket launchers\""
        #expect(lines.contains { $0.drop { $0 != "," }.dropFirst() == cnn })
    }

    @Test func aUsersFileThatContradictsTheLedgerShowsUpInConflicts() throws {
        let file = try Self.temporaryFile("mine.csv", Self.mine)
        defer { try? FileManager.default.removeItem(at: file.folder) }
        let result = Self.run("conflicts", "--claims", file.path, "--source", "our desk", "--format", "csv", "--line-ending", "lf")
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let claims = result.output.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[3] }
        // The dates differ from LIGA's (Dec 29) and the Kyiv Independent's (Jan 4, Jan 6).
        // "about 9000" reads 7,000–11,000 and meets "about 5,000" (3,000–7,000) at 7,000:
        // no conflict on the containers.
        #expect(claims == ["liga-20240111-attack-dates", "desk-attacks", "kyivind-20240111-attack-dates", "desk-attacks"])
        let all = Self.run("conflicts", "--claims", file.path, "--exit-code")
        #expect(all.status == 1)
        // The user's dates conflict with LIGA's and the Kyiv Independent's: two more than the ledger's own.
        #expect(all.output.hasPrefix("Conflicts between sources (\((try! ClaimLedger.standard()).conflicts().count + 2))\n"))
    }

    @Test func aUsersFileCanComeFromStandardInput() {
        let result = Self.run("claims", "--claims", "-", "--source", "our desk", "--format", "csv", input: Self.mine)
        #expect(result.status == 0)
        #expect(Self.csvLines(result.output).map { $0.prefix { $0 != "," } } == ["id", "desk-attacks", "desk-containers"])
    }

    @Test func aMalformedClaimsFileStopsTheCommandWithItsLineAndColumn() throws {
        let bad = Self.mine.replacing("9000,,container,about", with: "9000,,kontainer,about")
        let file = try Self.temporaryFile("bad.csv", bad)
        defer { try? FileManager.default.removeItem(at: file.folder) }
        for command in ["claims", "conflicts", "sources", "report", "timeline"] {
            // The report reads claims files for --as-of (or a scenario that names them).
            let result = command == "report" ? Self.run(command, "--as-of", "2024-02-28", "--claims", file.path) : Self.run(command, "--claims", file.path)
            #expect(result.status == 2, "\(command)")
            #expect(result.output.isEmpty, "\(command)")
            // Line 3; the unit field starts after "desk-containers,nk-containers-to-russia,quantity,about 9000,,9000,,"
            // (15 + 1 + 23 + 1 + 8 + 1 + 10 + 1 + 0 + 1 + 4 + 1 + 0 + 1 = 67 characters).
            let expected = "\(file.path):3:68: error: unknown unit 'kontainer'"
            #expect(result.errors.hasPrefix(expected), "\(result.errors)")
        }
    }

    @Test func aMissingFileAnUnknownSubjectAndABadDateAreUsageOrInputErrors() {
        let missing = Self.run("claims", "--claims", "/nonexistent/mine.csv")
        #expect(missing.status == 2)
        #expect(missing.errors == "reckon: error: cannot read '/nonexistent/mine.csv': No such file or directory\n")
        let subject = Self.run("conflicts", "--subject", "attack-dates")
        #expect(subject.status == 2)
        #expect(subject.errors == "reckon: error: unknown subject 'attack-dates' (see 'reckon help conflicts')\n")
        let date = Self.run("claims", "--date", "January")
        #expect(date.status == 2)
        #expect(date.errors.hasPrefix("reckon: error: bad date 'January' (expected YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO)"))
        #expect(Self.run("sources", "extra").status == 2)
    }

    @Test func sourcesListsReportsAndReferencesWithTheirDates() throws {
        let result = Self.run("sources", "--format", "csv", "--line-ending", "lf")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "dataset,source,title,published,accessed,figures,url,ids")
        #expect(lines.contains { $0.hasPrefix("Datasets/claims.csv,LIGA.net (English edition),") && $0.contains(",2024-01-11,,13,") })
        #expect(lines.contains { $0.hasPrefix("Datasets/containers.csv,\"Röhlig Logistics, Sea freight Infocenter\",,,2026-11-22,6,") })
        let file = try Self.temporaryFile("mine.csv", Self.mine)
        defer { try? FileManager.default.removeItem(at: file.folder) }
        let withMine = Self.run("sources", "--claims", file.path, "--format", "csv")
        #expect(withMine.output.contains("\(file.path),Our desk,,2024-01-05,,2,,desk-attacks; desk-containers"))
    }

    @Test func reportExplainsEveryFigureAndWritesCSVAtomically() throws {
        let explained = Self.run("report", "--explain")
        #expect(explained.status == 0)
        #expect(explained.output.contains("Sources (audit trail):"))
        #expect(explained.output.contains("    liga-20240111-containers: “about 5,000 weapons containers”"))
        #expect(explained.output.contains("[Datasets/containers.csv:6:1]"))
        let folder = try Self.temporaryFile("placeholder", "")
        defer { try? FileManager.default.removeItem(at: folder.folder) }
        let path = folder.folder.appending(path: "report.csv").path
        let saved = Self.run("report", "--format", "csv", "--output", path)
        #expect(saved.status == 0)
        #expect(saved.output.isEmpty)
        let text = String(decoding: try Data(contentsOf: URL(filePath: path)), as: UTF8.self)
        #expect(text.hasPrefix("alternative,claimed_shells_low,claimed_shells_nominal,claimed_shells_high,"))
        #expect(text.contains("152-mm shells,2100000,2300000,2500000,"))
    }

    @Test func reportRunsOnAUsersClaimsAndScenarioAndFailsOnAnImpossibleFigure() throws {
        let claims = try Self.temporaryFile(
            "mine.csv",
            Self.header + "\n"
                + "desk-shells,nk-152mm-shells-to-russia,quantity,10000000,,10000000,,shell,,point,,ten million shells,Desk,Our desk,,,2024-01-05,,\n")
        defer { try? FileManager.default.removeItem(at: claims.folder) }
        let scenario = claims.folder.appending(path: "scenario.csv")
        try Data(
            "alternative,total_claim,containers_claim,munition_id,container_id,notes\nten million,desk-shells,liga-20240111-containers,152mm-he-frag,iso-20ft-gp,\n"
                .utf8
        ).write(to: scenario)
        let result = Self.run("report", "--claims", claims.path, "--scenario", scenario.path)
        #expect(result.status == 1)
        #expect(result.output.contains("ten million"))
        #expect(result.output.contains("- ten million: mass per container ≤ payload: fail:"))
        let missing = Self.run("report", "--scenario", scenario.path)
        #expect(missing.status == 2)
        #expect(missing.errors == "\(scenario.path):2:1: error: no claim with id 'desk-shells'\n")
    }

    @Test func helpDescribesTheLedgerCommands() {
        let overview = Self.run("--help")
        for name in ["claims", "conflicts", "sources"] { #expect(overview.output.contains("  \(name) ")) }
        let help = Self.run("help", "conflicts")
        #expect(help.output.hasPrefix("Usage: reckon conflicts [--subject SUBJECT]"))
        #expect(help.output.contains("-c, --claims FILE "))
        #expect(help.output.contains("--exit-code"))
    }
}
