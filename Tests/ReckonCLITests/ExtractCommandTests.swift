import Foundation
import Munitions
import Tables
import TextCore
import Testing

@testable import ReckonCLI

/// `reckon extract`, run in-process.
@Suite struct ExtractCommandTests {
    static let article = """
        SEOUL, Jan. 11 — North Korea has provided Russia with about 5,000 weapons containers that can hold \
        about 2.3 million 152-mm shells or about 400,000 122-mm artillery shells, the minister said on Wednesday, \
        referring to KN-23 missiles.

        """

    func run(_ words: [String], input: [UInt8]? = nil) -> (status: Int32, output: String, errors: String) {
        var console = Console()
        console.input = input
        let status = Reckon.run(words, console: &console)
        return (status, console.output, console.errors)
    }

    func file(_ bytes: [UInt8], name: String = "article.txt") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func csvHasOneRowPerClaimWithTheHedgeReadingInThreeColumns() throws {
        let path = try file(Array(Self.article.utf8))
        let result = run(["extract", path, "--published", "2024-01-11", "--format", "csv", "--line-ending", "lf"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "n,line,start,end,kind,as_written,stated,value_low,value_nominal,value_high,"
                + "unit,counted,hedge,reading,caliber,group,date,date_note,check,speaker,quote,notes"
        )
        #expect(lines.count == 6)
        // Date-like text is kept as text ('Jan. 11); the date column holds bare ISO days.
        #expect(
            lines[1] == "1,1,7,14,date,\"'Jan. 11\",,,,,,,,,,,2024-01-11,year inferred from the publication date 2024-01-11,,,\"'Jan. 11\",")
        // The stated figure (5,000), then its reading (3,000–7,000).
        #expect(lines[2].hasPrefix("2,1,54,84,quantity,\"about 5,000\",5000,3000,5000,7000,container,weapons containers,about,"))
        #expect(lines[3].contains(",shell,152-mm shells,about,") && lines[3].contains(",152-mm,alt1,,,,the minister,"))
        #expect(lines[4].contains(",shell,122-mm artillery shells,about,") && lines[4].contains(",122-mm,alt1,"))
        #expect(lines[5].contains(",date,Wednesday,") && lines[5].contains(",2024-01-10,"))
        #expect(!result.output.contains("KN-23,"))
    }

    @Test func standardInputIsReadWithADash() {
        let result = run(["extract", "-"], input: Array("Nearly 50 allies and last week.".utf8))
        #expect(result.status == 0)
        #expect(result.output.contains("Claims in <stdin>"))
        #expect(result.output.contains("allies"))
        #expect(result.output.contains("unresolved"))
        #expect(result.output.contains("give --published"))
    }

    @Test func asClaimsWritesAFileTheClaimsReaderTakes() throws {
        let path = try file(Array(Self.article.utf8), name: "seoul.md")
        let output = (path as NSString).deletingLastPathComponent + "/mine.csv"
        let result = run([
            "extract", path, "--as-claims", "--published", "2024-01-11", "--outlet", "Example Wire", "--speaker", "Shin Won-sik",
            "--output", output,
        ])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let subjects = try SubjectVocabulary.standard()
        let claims = try ClaimsFile.read(String(contentsOfFile: output, encoding: .utf8), origin: output, subjects: subjects)
        #expect(claims.map(\.id) == ["x-seoul-001", "x-seoul-002", "x-seoul-003"])
        #expect(claims.map(\.subject) == ["nk-containers-to-russia", "nk-152mm-shells-to-russia", "nk-122mm-munitions-to-russia"])
        #expect(claims.allSatisfy { $0.source.outlet == "Example Wire" && $0.source.speaker == "Shin Won-sik" })
        #expect(claims[0].estimate?.low == 3000 && claims[0].unitName == "container" && claims[0].hedge == "about")
        #expect(claims[1].alternativeGroup == "x-seoul-alt1" && claims[2].alternativeGroup == "x-seoul-alt1")
        // The dates no subject fits are named on standard error.
        #expect(result.errors.contains("“Jan. 11” left out: no subject of Datasets/subjects.csv fits a date here"))
        // The ledger commands take the file as it is, next to the embedded ledger.
        let listed = run(["claims", "--claims", output, "--source", "Example Wire", "--format", "csv"])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.contains("x-seoul-001") && listed.output.contains("x-seoul-003"))
        let conflicts = run(["conflicts", "--claims", output])
        #expect(conflicts.status == 0, "\(conflicts.errors)")
        #expect(conflicts.errors.isEmpty)
    }

    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds/000_4ea81016a40d719d.txt")

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: seed.path), "the seed articles are not in ../shared/seeds/: this check did not run"))
    func theSeedArticleThroughExtractAndConflicts() throws {
        let seed = Self.seed
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("mine-\(UUID().uuidString).csv").path
        let extracted = run(["extract", seed.path, "--published", "2024-01-11", "--as-claims", "--outlet", "Mine", "--output", output])
        #expect(extracted.status == 0)
        #expect(extracted.errors.isEmpty, "every claim of the seed gets a subject: \(extracted.errors)")
        let conflicts = run(["conflicts", "--claims", output, "--format", "csv"])
        #expect(conflicts.status == 0, "\(conflicts.errors)")
        // The extracted attack dates stand against the Kyiv Independent's, as the ledger's do.
        let lines = conflicts.output.split(separator: "\n").filter { $0.contains("nk-missile-attacks-dates") }
        #expect(lines.contains { $0.contains("x-000_4ea81016a40d719d-011") })
    }

    @Test func asClaimsWithoutAPublicationDateLeavesOutRelativeDatesAndSaysSo() throws {
        let path = try file(Array(Self.article.utf8))
        let result = run(["extract", path, "--as-claims"])
        #expect(result.status == 0)
        let claims = try ClaimsFile.read(result.output, origin: "stdout", subjects: try SubjectVocabulary.standard())
        #expect(claims.count == 3)
        // Without --speaker, each claim's speaker is the one its sentence names ("…, the minister said").
        #expect(claims.map(\.source.speaker) == ["the minister", "the minister", "the minister"])
        #expect(result.errors.contains("article.txt:1:8: warning: “Jan. 11” left out: no year written: give --published to infer it"))
        #expect(result.errors.contains("“Wednesday” left out: relative to the publication date"))
    }

    @Test(arguments: [
        (["extract"], "give the article to read"),
        (["extract", "a", "b"], "give one article"),
        (["extract", "-", "--published", "2024-13-01"], "--published: '2024-13-01' is not a date"),
        (["extract", "-", "--as-claims", "--format", "table"], "--as-claims writes CSV"),
        (["extract", "-", "--outlet", "X"], "--outlet is for --as-claims"),
        (["extract", "-", "--as-claims", "--id-prefix", "Bad Prefix"], "--id-prefix takes"),
        (["extract", "-", "--format", "xml"], "unknown format 'xml'"),
    ])
    func usageErrorsExitWithTwo(words: [String], message: String) {
        let result = run(words, input: [])
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    @Test func badInputIsAClearErrorWithNoOutput() throws {
        let missing = run(["extract", "/nonexistent/article.txt"])
        #expect(missing.status == 2 && missing.errors.contains("cannot read '/nonexistent/article.txt'"))
        let invalid = try file(Array("ab\nc".utf8) + [0xFF, 0x41])
        let result = run(["extract", invalid])
        #expect(result.status == 2)
        #expect(result.errors == "\(invalid):2:2: error: the input is not valid UTF-8\n")
        #expect(result.output.isEmpty)
        let binary = try file([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])
        #expect(run(["extract", binary]).errors.contains("error: binary data"))
        let folder = (binary as NSString).deletingLastPathComponent
        #expect(run(["extract", folder]).errors.contains("it is a folder"))
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let path = try file([])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 << 20)  // a sparse 100 MB file
        try handle.close()
        let result = run(["extract", path, "--output", path + ".csv"])
        #expect(result.status == 2)
        #expect(result.errors == "reckon: error: '\(path)' is larger than 16777216 bytes (16 MiB)\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".csv"), "no partial output file")
        let stdin = run(["extract", "-"], input: [UInt8](repeating: 0x41, count: (16 << 20) + 1))
        #expect(stdin.status == 2)
        // In process the input is handed over whole, so the article's own limit answers.
        #expect(stdin.errors == "<stdin>:1:1: error: the input is 16777217 bytes; the limit is 16777216 bytes (16 MiB) per article\n")
    }

    @Test func emptyInputGivesAnEmptyTable() {
        let csv = run(["extract", "-", "--format", "csv"], input: [])
        #expect(csv.status == 0)
        #expect(csv.output.split(separator: "\r\n").count == 1, "the header only")
        let table = run(["extract", "-"], input: [])
        #expect(table.output.contains("no figures or dates found"))
    }

    @Test func helpDescribesTheCommand() {
        let help = run(["help", "extract"])
        #expect(help.status == 0)
        #expect(help.output.contains("Usage: reckon extract FILE|-"))
        #expect(help.output.contains("--as-claims"))
        #expect(run(["--help"]).output.contains("extract"))
    }

    @Test func theBuiltBinaryExtractsFromAnyFolder() throws {
        let path = try file(Array(Self.article.utf8))
        let result = try Binary.run(["extract", path, "--published", "2024-01-11", "--format", "csv"], in: "/")
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.split(separator: "\r\n").count == 6)
        let invalid = try file([0x41, 0xC3])
        let failed = try Binary.run(["extract", invalid])
        #expect(failed.status == 2 && failed.errors == "\(invalid):1:2: error: the input is not valid UTF-8\n" && failed.output.isEmpty)
    }

    @Test func csvWrittenInChunksIsTheCSVOfTheWholeTable() throws {
        // More claims than one chunk, with a byte-order mark and LF endings.
        let text = String(repeating: "about 5,000 containers, “several dozen” missiles and 12% on Dec. 30.\n", count: 1200)
        let article = try ArticleText(text, origin: "many.txt")
        let claims = ClaimExtractor.standard.extract(article, published: try CalendarDate(iso: "2024-01-11"))
        #expect(claims.count > 4096)
        let options = CSVOptions(lineEnding: .lf, byteOrderMark: true)
        let whole = CSVWriter(options: options).bytes(ExtractedClaim.table(claims, origin: "many.txt"))
        #expect(ExtractCommand.csvBytes(claims, origin: "many.txt", options: options) == whole)
        #expect(
            ExtractCommand.csvBytes([], origin: "none.txt", options: CSVOptions())
                == CSVWriter().bytes(ExtractedClaim.table([], origin: "none.txt")))
    }
}
