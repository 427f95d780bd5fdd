import Foundation
import Testing

@testable import ReckonCLI
@testable import Tables
@testable import TextCore

#if canImport(Glibc)
    import Glibc
#endif

/// Every documented limit (README, "Limits"), hit from the command line where the input is
/// affordable in a test, and its message checked. Limits on language input (nesting, digits,
/// exponents) are hit in `BadExpressionTests` and the bad-input corpus.
@Suite(.serialized) struct LimitsTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "reckon-limits-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A sparse file of `size` bytes (zeros, taking no disk space).
    static func sparseFile(_ path: String, size: Int) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(ftruncate(descriptor, off_t(size)) == 0)
    }

    @Test func anExpressionArgumentOverOneMebibyteIsRefused() {
        let outcome = CLIFixtures.run(["eval", String(repeating: "1+", count: 1 << 19) + "1"])
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix("<expression>:1:1: error: the input is larger than 1048576 bytes (1 MiB)\n"))
    }

    @Test func standardInputOverOneMebibyteIsRefused() throws {
        let outcome = try CLIFixtures.runBinary(["eval", "-"], input: Array(repeating: UInt8(ascii: " "), count: (1 << 20) + 1))
        #expect(outcome.status == 2)
        #expect(outcome.errors == "reckon: error: standard input is larger than 1048576 bytes (1 MiB)\n")
    }

    @Test func aCSVFileOver256MebibytesIsRefusedBeforeItIsRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.sparseFile(folder + "/huge.csv", size: (256 << 20) + 1)
        let outcome = CLIFixtures.run(["table", folder + "/huge.csv"])
        #expect(outcome.status == 2)
        #expect(outcome.errors == "reckon: error: '\(folder)/huge.csv' is larger than 268435456 bytes (256 MiB)\n")
    }

    @Test func aClaimsFileOver64MebibytesIsRefusedBeforeItIsRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.sparseFile(folder + "/huge.csv", size: (64 << 20) + 1)
        let outcome = CLIFixtures.run(["claims", "--claims", folder + "/huge.csv"])
        #expect(outcome.status == 2)
        #expect(outcome.errors == "reckon: error: '\(folder)/huge.csv' is larger than 67108864 bytes (64 MiB)\n")
    }

    @Test func aMillionRecordsAreReadAndOneMoreIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bytes = Array("n\n".utf8)
        bytes.reserveCapacity(2_000_010)
        for _ in 0..<1_000_000 { bytes += [UInt8(ascii: "7"), UInt8(ascii: "\n")] }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/million.csv"))
        let accepted = CLIFixtures.run(["table", folder + "/million.csv", "--format", "csv", "--output", folder + "/out.csv"])
        #expect(accepted.status == 0, "\(accepted.errors)")
        bytes += Array("7\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/more.csv"))
        let refused = CLIFixtures.run(["table", folder + "/more.csv"])
        #expect(refused.status == 2)
        #expect(refused.errors == "\(folder)/more.csv:1000002:1: error: more than 1,000,000 records after the header (the reader's limit)\n")
    }

    @Test func aThousandColumnsAreReadAndOneMoreIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let header = (1...1_000).map { "c\($0)" }.joined(separator: ",")
        try (header + "\n" + String(repeating: "1,", count: 999) + "1\n").write(toFile: folder + "/wide.csv", atomically: true, encoding: .utf8)
        #expect(CLIFixtures.run(["table", folder + "/wide.csv", "--format", "json"]).status == 0)
        try (header + ",c1001\n").write(toFile: folder + "/wider.csv", atomically: true, encoding: .utf8)
        let refused = CLIFixtures.run(["table", folder + "/wider.csv"])
        #expect(refused.status == 2)
        #expect(refused.errors == "\(folder)/wider.csv:1:4894: error: more than 1,000 fields in one record (the reader's limit)\n")
    }

    /// Ten million fields take 20 MB of input and about 1.3 GB while read; the limit is hit
    /// here with the same reader set to a small one, and the defaults are checked.
    @Test func theFieldLimitCountsEveryFieldOfTheFile() throws {
        #expect(CSVReader().maximumFields == 10_000_000)
        #expect(CSVReader().maximumRecords == 1_000_000)
        #expect(CSVReader().maximumColumns == 1_000)
        #expect(CSVReader().maximumBytes == 256 << 20)
        let reader = CSVReader(maximumFields: 12)
        #expect(try reader.read("a,b,c\n1,2,3\n4,5,6\n7,8,9\n", origin: "x.csv").records.count == 3)
        #expect(throws: CSVError(.tooManyFields(limit: 12), at: .init(origin: "x.csv", line: 5, column: 1))) {
            try reader.read("a,b,c\n1,2,3\n4,5,6\n7,8,9\n0,0,0\n", origin: "x.csv")
        }
        #expect(CSVError(.tooManyFields(limit: 10_000_000), at: nil).message == "more than 10,000,000 fields in the file (the reader's limit)")
    }

    @Test func tenBillionDrawsAreTheMostASampleTakes() {
        for words in [["sample", "1 to 2", "--n", "10000000001"], ["sample", "1 to 2", "--n", "1e11"]] {
            let outcome = CLIFixtures.run(words)
            #expect(outcome.status == 2)
            #expect(outcome.errors.hasPrefix("reckon: error: --n must be a whole number of draws from 1 to 1e10, got '\(words[3])' (see 'reckon help sample')\n"))
        }
        let script = CLIFixtures.run(["run", "Examples/monte-carlo.rk", "--n", "2e10"])
        #expect(script.status == 2)
        #expect(script.errors.hasPrefix("reckon: error: --n must be a whole number of draws from 1 to 1e10, got '2e10' (see 'reckon help run')\n"), "\(script.errors)")
    }

    @Test func aWordOfInputLongerThan200CharactersIsCutInMessages() {
        let name = String(repeating: "q", count: 100_000)
        let outcome = CLIFixtures.run(["eval", "5 " + name])
        #expect(outcome.status == 2)
        let first = outcome.errors.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first == "<expression>:1:3: error: unknown unit '\(String(repeating: "q", count: 59))…\(String(repeating: "q", count: 39))'")
        #expect(outcome.errors.utf8.count < 400)
    }
}
