import Foundation
import Testing

@testable import ReckonCLI
@testable import Tables
import TextCore

/// `--format xlsx` and the CSV modes through the commands: every command writes a workbook,
/// to a file or to standard output that is not a terminal; no header of any command in any
/// format starts with an apostrophe; `--csv plain|spreadsheet` with each command's default.
@Suite struct SpreadsheetOutputTests {
    /// Every command that prints a table, with arguments that give it rows (from the package
    /// root).
    static let commands: [[String]] = [
        ["report"],
        ["report", "--explain"],
        ["claims"],
        ["conflicts"],
        ["sources"],
        ["extract", "Tests/Fixtures/extraction/01-shell-shipments.txt", "--published", "2024-03-14"],
        ["table", "Tests/Fixtures/news-corpus/manifest.csv"],
        ["run", "Examples/seed-report.rk"],
        ["eval", "about 2.3 million shells / about 5,000 containers"],
        ["sample", "mixture([0, 1], [0.5, 0.5])", "--n", "1000", "--seed", "1"],
        ["sample", "about 2.3 million shells / about 5,000 containers", "--n", "1000", "--seed", "1", "--histogram", "--bins", "5"],
    ]

    static func absolute(_ words: [String]) -> [String] {
        words.map { $0.hasPrefix("Tests/") || $0.hasPrefix("Examples/") ? CLIFixtures.packageRoot + "/" + $0 : $0 }
    }

    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "reckon-xlsx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The header fields `format` shows for `words`.
    static func headers(_ words: [String], format: TableFormat, folder: String) throws -> [String] {
        let path = folder + "/out." + format.rawValue
        let outcome = CLIFixtures.run(absolute(words) + ["--format", format.rawValue, "--output", path])
        try #require(outcome.status == 0, "\(words) \(format): \(outcome.errors)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let text = String(decoding: bytes, as: UTF8.self)
        let firstLine = String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        switch format {
        case .xlsx:
            return WorkbookReading.headerRow(try WorkbookReading.parts(bytes))
        case .csv, .tsv:
            let document = try CSVReader(delimiter: format == .csv ? "," : "\t").read(text, origin: path)
            return document.header.map(\.text)
        case .json:
            let value = try JSONSerialization.jsonObject(with: Data(bytes))
            if let object = value as? [String: Any] { return Array(object.keys) }  // sample's summary
            return (value as? [[String: Any]] ?? []).flatMap { $0.keys }
        case .markdown:
            let line = text.split(separator: "\n").first { $0.hasPrefix("|") } ?? ""
            return line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        case .table:
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // The header is the line above the unit line or the dashes.
            guard let dashes = lines.firstIndex(where: { $0.hasPrefix("---") }) else { return [firstLine] }
            return lines[max(0, dashes - 2)..<dashes].flatMap { $0.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) } }
        }
    }

    @Test(arguments: commands)
    func noHeaderStartsWithAnApostropheInAnyFormat(_ words: [String]) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in TableFormat.allCases {
            let headers = try Self.headers(words, format: format, folder: folder)
            #expect(!headers.isEmpty, "\(words) \(format)")
            for header in headers where header.hasPrefix("'") {
                Issue.record("\(words) \(format): header \(header.debugDescription)")
            }
        }
    }

    @Test(arguments: commands)
    func everyCommandWritesAWorkbookWithTheCSVHeader(_ words: [String]) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let xlsx = try Self.headers(words, format: .xlsx, folder: folder)
        let csv = try Self.headers(words, format: .csv, folder: folder)
        #expect(xlsx == csv, "\(words)")
        #expect(Set(csv).count == csv.count, "\(words): \(csv)")
    }

    @Test func theWorkbookOnStandardOutputIsTheFileByteForByte() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["claims", "--format", "xlsx"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let piped = Array(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let file = try Binary.run(["claims", "--format", "xlsx", "--output", folder + "/claims.xlsx"])
        #expect(file.status == 0 && file.output.isEmpty)
        #expect(piped == Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/claims.xlsx"))))
        #expect(Array(piped.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let parts = try WorkbookReading.parts(piped)
        #expect(parts["xl/workbook.xml"]?.contains(#"<sheet name="claims" sheetId="1""#) == true)
        #expect(WorkbookReading.headerRow(parts, sheet: 2) == ["note"])
    }

    @Test func aWorkbookIsRefusedOnATerminalUnlessOutputNamesAFile() throws {
        var console = Console()
        console.outputIsTerminal = true
        let status = Reckon.run(["report", "--format", "xlsx"], console: &console)
        #expect(status == 2)
        #expect(console.binaryOutput.isEmpty && console.output.isEmpty)
        #expect(
            console.errors
                == "reckon: error: --format xlsx writes a binary file: give --output FILE.xlsx, or redirect standard output (> FILE.xlsx) (see 'reckon help report')\n")
        var sampled = Console()
        sampled.outputIsTerminal = true
        #expect(Reckon.run(["sample", "1 to 2", "--n", "1e9", "--format", "xlsx"], console: &sampled) == 2)
        #expect(sampled.errors.contains("writes a binary file"))
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var saved = Console()
        saved.outputIsTerminal = true
        #expect(Reckon.run(["report", "--format", "xlsx", "--output", folder + "/r.xlsx"], console: &saved) == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/r.xlsx"))
    }

    @Test func aTableBeyondASheetIsRefusedAndNothingIsWritten() throws {
        var table = Table(columns: [Column(name: "n", kind: .number)])
        for _ in 0..<XlsxWriter.maximumRows { table.append([.empty]) }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = try Arguments(["--format", "xlsx", "--output", folder + "/big.xlsx"], options: TableOutput.options, command: "test")
        var console = Console()
        #expect(
            throws: CLIError.input(
                "the table has 1048577 rows with its header; an xlsx sheet holds at most 1048576 (write csv or tsv instead, or filter the rows); nothing was written")
        ) { try TableOutput.emit(table, arguments, console: &console) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func eachCommandHasItsCSVModeByDefault() throws {
        for command in ["sample", "run", "eval"] {
            let arguments = try Arguments([], options: TableOutput.options, command: command)
            #expect(try TableOutput.mode(arguments) == .plain, "\(command)")
        }
        for command in ["report", "claims", "conflicts", "sources", "extract", "table"] {
            let arguments = try Arguments([], options: TableOutput.options, command: command)
            #expect(try TableOutput.mode(arguments) == .spreadsheet, "\(command)")
        }
    }

    @Test func evalAndRunWritePlainCSVByDefaultAndSpreadsheetCSVOnRequest() {
        // "007" is text a spreadsheet would turn into 7: plain keeps it, spreadsheet guards it.
        let eval = CLIFixtures.run(["eval", "-f", "csv", "--line-ending", "lf", "007"])
        #expect(eval.output == "expression,value_low,value_nominal,value_high,unit,meaning,range90_low,range90_nominal,range90_high,range90_method\n007,7,7,7,,point,,,,\n")
        let guarded = CLIFixtures.run(["eval", "-f", "csv", "--line-ending", "lf", "--csv", "spreadsheet", "007"])
        #expect(guarded.output.hasSuffix("\n\"'007\",7,7,7,,point,,,,\n"))
        let run = CLIFixtures.run(["run", "-f", "tsv", "-"], input: Array("print 007\n".utf8))
        #expect(run.output.split(separator: "\n").last?.hasPrefix("1\tprint\t007\t7\t7\t7\t") == true, "\(run.output)")
        let guardedRun = CLIFixtures.run(["run", "-f", "tsv", "--csv", "spreadsheet", "-"], input: Array("print 007\n".utf8))
        #expect(guardedRun.output.split(separator: "\n").last?.hasPrefix("1\tprint\t\"'007\"\t7\t7\t7\t") == true, "\(guardedRun.output)")
    }

    @Test func evalAndRunKeepTheirReadingsOnTheNotesSheet() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let eval = CLIFixtures.run(["eval", "-f", "xlsx", "-o", folder + "/eval.xlsx", "about 5,000 containers"])
        #expect(eval.status == 0 && eval.output.isEmpty && eval.errors.isEmpty, "\(eval.errors)")
        let evalParts = try WorkbookReading.parts(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/eval.xlsx"))))
        #expect(evalParts["xl/workbook.xml"]?.contains(#"<sheet name="eval" sheetId="1""#) == true)
        #expect(
            WorkbookReading.headerRow(evalParts) == [
                "expression", "value_low", "value_nominal", "value_high", "unit", "meaning", "range90_low", "range90_nominal",
                "range90_high", "range90_method",
            ])
        #expect(
            WorkbookReading.sharedStrings(evalParts).contains(
                "note: “about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)"))
        let run = CLIFixtures.run(["run", "-f", "xlsx", "-o", folder + "/run.xlsx", "-"], input: Array("print about 5,000 containers\n".utf8))
        #expect(run.status == 0 && run.output.isEmpty && run.errors.isEmpty, "\(run.errors)")
        let runParts = try WorkbookReading.parts(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/run.xlsx"))))
        #expect(WorkbookReading.headerRow(runParts, sheet: 2) == ["note"])
        #expect(
            WorkbookReading.sharedStrings(runParts).contains(
                "- “about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)"))
    }

    @Test func claimsInPlainModeHaveTheTextAsWritten() {
        let guarded = CLIFixtures.run(["claims", "--subject", "crbm-first-test", "--format", "csv", "--line-ending", "lf"])
        let plain = CLIFixtures.run(["claims", "--subject", "crbm-first-test", "--format", "csv", "--line-ending", "lf", "--csv", "plain"])
        #expect(guarded.output.contains(",\"'April 2022\","))
        #expect(plain.output.contains(",April 2022,"))
        #expect(!plain.output.contains("'"))
        // The header is the same in both.
        #expect(guarded.output.prefix { $0 != "\n" } == plain.output.prefix { $0 != "\n" })
    }

    @Test(arguments: [
        (["claims", "--format", "json", "--csv", "plain"], "reckon: error: --csv applies to --format csv or tsv, not json"),
        (["claims", "--format", "xlsx", "--csv", "plain", "--output", "/tmp/x.xlsx"], "reckon: error: --csv applies to --format csv or tsv, not xlsx"),
        (["claims", "--format", "csv", "--csv", "excel"], "reckon: error: unknown CSV mode 'excel' (expected plain or spreadsheet)"),
    ])
    func badCSVModeChoicesAreUsageErrors(_ words: [String], _ message: String) {
        let outcome = CLIFixtures.run(words)
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix(message), "\(outcome.errors)")
    }

    @Test func aPercentileGivenTwiceIsOneColumn() {
        let outcome = CLIFixtures.run(["sample", "1 to 3 km", "--n", "1000", "--seed", "1", "--percentiles", "50,5,50,50.0", "--format", "csv", "--line-ending", "lf"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("n,seed,mean_km,sd_km,p50_km,p5_km\n"))
    }

    @Test func aColumnNameThatBeginsLikeAFormulaIsRefused() throws {
        let path = try CLIFixtures.temporaryFile(Array("name,=cmd\na,1\n".utf8), name: "formula-header.csv")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let outcome = CLIFixtures.run(["table", path, "--format", "csv"])
        #expect(outcome.status == 2)
        #expect(
            outcome.errors
                == "reckon: error: the column name '=cmd' begins like a spreadsheet formula (=, +, -, @, tab, CR, LF); rename the column; nothing was written\n")
        #expect(outcome.output.isEmpty)
    }

    @Test func theReportCountsRocketsWhereItReadsRockets() {
        let outcome = CLIFixtures.run(["report", "--format", "csv", "--line-ending", "lf"])
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("alternative,claimed_shells_low,claimed_shells_nominal,claimed_shells_high,containers_low,containers_nominal,containers_high,per_container_low,per_container_nominal,per_container_high,per_container_unit,"))
        #expect(lines[1].contains(",300,460,833.333333333334,shells/container,"))
        #expect(lines[3].hasPrefix("122-mm Grad rockets (alternative reading),200000,400000,600000,3000,5000,7000,28.5714285714285,80,200,rockets/container,"))
    }
}
