import Foundation
import Testing

@testable import ReckonCLI

/// `reckon table FILE`: strict reading, every format, errors with locations, atomic output.
@Suite struct TableCommandTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ words: [String], input: String? = nil) -> Run {
        var console = Console()
        if let input { console.input = Array(input.utf8) }
        let status = Reckon.run(words, console: &console)
        return Run(status: status, output: console.output, errors: console.errors)
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "reckon-table-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let sample = "id,place,range,count\r\n\"007\",Zürich,100–180 km,5\r\n\"8\",北朝鮮,about 2.3 million shells,6\r\n"

    @Test func readsFiguresAndPrintsCSVWithEstimateColumns() {
        let result = Self.run(["table", "-", "--estimate", "range", "--format", "csv"], input: Self.sample)
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(
            result.output
                == "id,place,range_low,range_nominal,range_high,range_unit,count\r\n\"'007\",Zürich,100,,180,km,5\r\n\"'8\",北朝鮮,2100000,2300000,2500000,shells,6\r\n"
        )
    }

    @Test func aColumnOfFiguresInOneUnitPutsTheUnitInTheHeader() {
        let result = Self.run(["table", "-", "--estimate", "range", "--format", "csv", "--line-ending", "lf"], input: "range\n100–180 km\n2 to 3 km\n")
        #expect(result.output == "range_km_low,range_km_nominal,range_km_high\n100,,180\n2,,3\n")
    }

    @Test(arguments: ["table", "markdown", "csv", "tsv", "json"])
    func everyFormatPrintsTheSameRows(format: String) throws {
        let result = Self.run(["table", "-", "--estimate", "range", "--format", format], input: Self.sample)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Zürich") && result.output.contains("北朝鮮"))
        switch format {
        case "json":
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
            #expect(rows.count == 2)
            #expect(rows[0]["id"] as? String == "007")
            #expect((rows[0]["range"] as? [String: Any])?["high"] as? Double == 180)
        case "markdown":
            #expect(result.output.hasPrefix("| id  | place  |"))
        case "tsv":
            #expect(result.output.hasPrefix("id\tplace\trange_low\trange_nominal\trange_high\trange_unit\tcount\n"))
        case "table":
            #expect(result.output.contains("100–180"))
        default:
            #expect(result.output.hasPrefix("id,place,range_low"))
        }
    }

    @Test func readingBackItsOwnCSVGivesTheSameCSV() {
        let first = Self.run(["table", "-", "--estimate", "range", "--format", "csv"], input: Self.sample)
        let second = Self.run(["table", "-", "--format", "csv"], input: first.output)
        #expect(second.status == 0)
        #expect(second.output == first.output)
    }

    @Test func anUnknownUnitInAFigureIsReportedInsideTheField() {
        let result = Self.run(["table", "-", "--estimate", "range"], input: "id,range\n1,100 km\n2,100–180 furlongz\n")
        #expect(result.status == 2)
        #expect(result.errors == "<stdin>:3:11: error: unknown unit 'furlongz' in column 'range' (not in Datasets/units.txt)\n")
        #expect(result.output == "")
    }

    @Test func anUnknownUnitInAUnitColumnIsReportedAtItsField() {
        let result = Self.run(["table", "-"], input: "r_low,r_nominal,r_high,r_unit\n1,,2,km\n3,,4,kmz\n")
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("<stdin>:3:6: error: unknown unit 'kmz' in column 'r_unit'"))
    }

    @Test func aBadNumberInADeclaredNumberColumnIsReported() {
        let result = Self.run(["table", "-", "--number", "count"], input: "name,count\na,1\nb,\"1,200\"\n")
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("<stdin>:3:3: error: bad number '1,200' in column 'count'"))
    }

    @Test func anEmptyRequiredFieldIsReported() {
        let result = Self.run(["table", "-", "--require", "name"], input: "name,count\na,1\n,2\n")
        #expect(result.status == 2)
        #expect(result.errors == "<stdin>:3:1: error: empty value in required column 'name'\n")
    }

    @Test func anUnterminatedQuoteAndAWrongFieldCountAreReported() {
        #expect(Self.run(["table", "-"], input: "a,b\n1,\"2\n").errors == "<stdin>:2:3: error: unterminated quoted field (no closing '\"')\n")
        #expect(Self.run(["table", "-"], input: "a,b\n1,2,3\n").errors == "<stdin>:2:5: error: expected 2 fields, found 3\n")
    }

    @Test func aMissingFileIsAClearError() {
        let result = Self.run(["table", "/nonexistent/file.csv"])
        #expect(result.status == 2)
        #expect(result.errors == "reckon: error: cannot read '/nonexistent/file.csv': No such file or directory\n")
    }

    @Test func aDeclaredColumnThatIsNotThereIsReported() {
        let result = Self.run(["table", "-", "--number", "nope"], input: "a\n1\n")
        #expect(result.errors == "<stdin>:1:1: error: the header has no column 'nope'\n")
    }

    @Test func inputDelimiterAndTSVFilesAreRead() throws {
        #expect(Self.run(["table", "-", "--input-delimiter", ";", "--format", "csv"], input: "a;b\n1,5;x\n").output == "a,b\r\n\"'1,5\",x\r\n")
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "a\tb\n1\tx\n".write(toFile: folder + "/in.tsv", atomically: true, encoding: .utf8)
        #expect(Self.run(["table", folder + "/in.tsv", "--format", "csv"]).output == "a,b\r\n1,x\r\n")
    }

    @Test(arguments: [
        (["--format", "xml"], "reckon: error: unknown format 'xml' (expected table|markdown|csv|tsv|json)"),
        (["--format", "json", "--delimiter", ";"], "reckon: error: --delimiter applies to --format csv or tsv, not json"),
        (["--format", "markdown", "--excel"], "reckon: error: --excel applies to --format csv or tsv, not markdown"),
        (["--format", "tsv", "--delimiter", ";"], "reckon: error: --delimiter applies to --format csv (tsv always uses a tab)"),
        (["--format", "csv", "--delimiter", "."], "reckon: error: unknown delimiter '.' (expected ',', ';', '|' or 'tab')"),
        (["--format", "csv", "--line-ending", "cr"], "reckon: error: unknown line ending 'cr' (expected crlf or lf)"),
    ])
    func badOutputOptionsAreUsageErrors(options: [String], message: String) {
        let result = Self.run(["table", "-"] + options, input: "a\n1\n")
        #expect(result.status == 2)
        #expect(result.errors == message + " (see 'reckon help table')\n")
    }

    @Test func outputIsWrittenToAFileAndReplacedWhole() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        #expect(Self.run(["table", "-", "--format", "csv", "--output", path], input: "a\n1\n").status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\r\n1\r\n")
        #expect(Self.run(["table", "-", "--format", "json", "--output", path], input: "a\n2\n").status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "[\n  {\"a\": 2}\n]\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
    }

    @Test func aFailingCommandLeavesThePreviousOutputUntouched() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        try "previous\r\n".write(toFile: path, atomically: false, encoding: .utf8)
        let failures: [([String], String)] = [
            (["table", "-", "--format", "csv", "--output", path], "a,b\n1,\"2\n"),
            (["table", "-", "--format", "csv", "--output", path, "--require", "a"], "a\n\n"),
            (["table", "-", "--format", "nope", "--output", path], "a\n1\n"),
            (["table", "-", "--format", "csv", "--output", folder], "a\n1\n"),
        ]
        for (words, input) in failures {
            let result = Self.run(words, input: input)
            #expect(result.status == 2, "\(words)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous\r\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
        }
    }

    @Test(arguments: ["table", "markdown", "csv", "tsv", "json"])
    func theReportTakesEveryFormat(format: String) {
        let result = Self.run(["report", "--format", format])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("152-mm shells"))
    }

    @Test func theReportCSVKeepsItsColumns() {
        let header = Self.run(["report", "--format", "csv"]).output.split(separator: "\r\n").first.map(String.init)
        #expect(header?.hasPrefix("alternative,claimed_shells_low,claimed_shells_nominal,claimed_shells_high,containers_containers_low") == true)
        #expect(header?.contains("per_container_shells_per_container_low,per_container_shells_per_container_nominal,per_container_shells_per_container_high") == true)
        #expect(header?.contains("_unit") == false)
    }
}
