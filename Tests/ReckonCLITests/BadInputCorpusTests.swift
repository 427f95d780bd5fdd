import Foundation
import Testing

@testable import ReckonCLI

/// The bad-input corpus (`Tests/Fixtures/bad/KIND/expected.tsv`) through the command line:
/// every case exits with its code (2), prints `file:line:column: error: message` (or
/// `reckon: error: message` where there is no position) as the first line of standard
/// error (and nothing more when there is no position), prints nothing on standard output,
/// and writes no `--output` file.
@Suite struct BadInputCorpusTests {
    /// The kinds replayed through `reckon` (units are library input: `BadUnitRegistryTests`).
    static let kinds = ["csv", "scripts", "eval", "claims", "extract", "arguments"]

    static var cases: [CLIFixtures.BadInput] { kinds.flatMap(CLIFixtures.badInputs) }

    /// Each corpus folder's `expected.tsv` has rows, and every input file in the folder is
    /// named by a row: no case is lost by a file without its expectation (or an unreadable
    /// table replaying nothing).
    @Test(arguments: kinds + ["units", "expressions"])
    func everyFileOfTheCorpusHasItsExpectation(kind: String) throws {
        let folder = CLIFixtures.packageRoot + "/Tests/Fixtures/bad/" + kind
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "expected.tsv" }
        let rows = kind == "expressions" ? CLIFixtures.badExpressions.map(\.file) : CLIFixtures.badInputs(kind).map(\.file)
        #expect(!rows.isEmpty, "\(kind)/expected.tsv has no rows")
        #expect(Set(rows).count == rows.count, "\(kind)/expected.tsv names a case twice")
        for file in files { #expect(rows.contains(file), "\(kind)/\(file) has no row in expected.tsv") }
    }

    @Test(arguments: cases)
    func eachBadInputExitsWithItsCodeAndSaysWhatAndWhere(_ expected: CLIFixtures.BadInput) throws {
        let folder = NSTemporaryDirectory() + "reckon-bad-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (words, input) = try expected.command(temporaryFolder: folder)
        let outcome = CLIFixtures.run(words, input: input)
        #expect(outcome.status == expected.exit)
        #expect(outcome.output.isEmpty)
        let first = outcome.errors.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
        #expect(first == expected.firstErrorLine(temporaryFolder: folder))
        // An error without a position is that one line and nothing else.
        if expected.position == "-" {
            #expect(outcome.errors == expected.firstErrorLine(temporaryFolder: folder) + "\n")
        }
        // A located error in calculator input shows the line and a caret under the column.
        if expected.position != "-" && (expected.kind == "scripts" || expected.kind == "eval") {
            #expect(outcome.errors.hasSuffix("^\n"), "\(outcome.errors)")
        }
        // Nothing is written where --output points.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty)
    }

    /// A subset through the built binary, as a separate process: the same first line and code.
    static let throughTheBinary = [
        ("csv", "01-unterminated-quote.csv"), ("csv", "09-invalid-utf8-in-row.csv"), ("csv", "24-number-overflow.csv"),
        ("csv", "44-1001-columns.csv"), ("csv", "51-bad-row-with-output.csv"), ("scripts", "01-multiplication-underflow.rk"),
        ("scripts", "16-crlf-line-endings.rk"), ("scripts", "17-byte-order-mark.rk"), ("scripts", "29-invalid-utf8-in-comment.rk"),
        ("eval", "05-overflow.txt"), ("eval", "26-stdin-invalid-utf8.txt"), ("eval", "27-stdin-nul.txt"),
        ("extract", "01-nul-byte.txt"), ("extract", "10-bom-then-invalid.txt"), ("extract", "16-output-untouched.txt"),
        ("claims", "08-duplicate-id.csv"), ("claims", "24-invalid-utf8.csv"), ("claims", "38-hedge-reading-overflows.csv"),
        ("arguments", "01-unknown-command"), ("arguments", "15-run-missing-file"), ("arguments", "35-long-unknown-command"),
        ("arguments", "54-escape-sequence-in-command"), ("arguments", "55-newline-in-option"),
        ("arguments", "58-bidi-override-in-command"), ("arguments", "64-samples-csv-a-folder"),
    ]

    @Test(arguments: throughTheBinary)
    func theBuiltBinaryGivesTheSameErrors(_ kind: String, _ file: String) throws {
        let expected = try #require(CLIFixtures.badInputs(kind).first { $0.file == file })
        let folder = NSTemporaryDirectory() + "reckon-bad-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (words, input) = try expected.command(temporaryFolder: folder)
        let outcome = try CLIFixtures.runBinary(words, input: input ?? [])
        #expect(outcome.status == expected.exit)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors.hasPrefix(expected.firstErrorLine(temporaryFolder: folder) + "\n"), "\(outcome.errors)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty)
    }
}
