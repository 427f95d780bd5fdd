import Foundation
import Testing

/// The progress line through the built binary: on a pseudo-terminal (`script`) a long run
/// draws it and erases it; with standard error on a pipe, nothing is written.
@Suite(.serialized) struct ProgressTerminalTests {
    static var scriptInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    /// Runs `words` with standard output and error on a pseudo-terminal; what the terminal got.
    static func onTerminal(_ words: [String]) throws -> (status: Int32, screen: String) {
        let command = ([Binary.url.path] + words).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: CLIFixtures.packageRoot)
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let longSample = ["sample", "uniform(0, 1)", "--n", "10000001", "--seed", "1", "--threads", "2", "--format", "csv"]

    @Test(.enabled(if: scriptInstalled || CompletionTests.required, "needs script(1) from util-linux"))
    func aLongSampleShowsItsProgressOnATerminalAndErasesIt() throws {
        let (status, screen) = try Self.onTerminal(Self.longSample)
        #expect(status == 0)
        #expect(screen.hasPrefix("\rsampling: 0% (65,536 of 10,000,001 draws)\u{1B}[K\rsampling: 1% (131,072 of 10,000,001 draws)\u{1B}[K"))
        #expect(screen.contains("\rsampling: 100% (10,000,001 of 10,000,001 draws)\u{1B}[K\r\u{1B}[K"))
        // 0% to 100%, each once, then the data on a clean line.
        #expect(screen.components(separatedBy: "\rsampling: ").count == 102)
        #expect(screen.contains("\u{1B}[K\r\u{1B}[Kn,seed,mean,sd,"))
    }

    @Test func aLongSampleIsSilentWhenStandardErrorIsAPipe() throws {
        let result = try Binary.run(Self.longSample)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.hasPrefix("n,seed,mean,sd,") && !result.output.contains("sampling"))
    }

    @Test(.enabled(if: scriptInstalled || CompletionTests.required, "needs script(1) from util-linux"))
    func aLongArticleShowsItsExtractionProgress() throws {
        let paragraph = "Officials said about 5,000 containers arrived on 11 January 2024.\n\n"
        let count = (1 << 20) / paragraph.unicodeScalars.count + 1
        let article = try CLIFixtures.temporaryFile(Array(String(repeating: paragraph, count: count).utf8), name: "long.txt")
        let folder = (article as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (status, screen) = try Self.onTerminal(["extract", article, "--format", "csv", "--output", folder + "/claims.csv"])
        #expect(status == 0)
        #expect(screen.hasPrefix("\rextracting: 0%\u{1B}[K\rextracting: 1%\u{1B}[K"))
        #expect(screen.hasSuffix("\rextracting: 100%\u{1B}[K\r\u{1B}[K"))
        // The same article through a pipe: no progress, and the same claims.
        let piped = try Binary.run(["extract", article, "--format", "csv"])
        #expect(piped.errors.isEmpty)
        #expect(piped.output == (try String(contentsOfFile: folder + "/claims.csv", encoding: .utf8)))
    }
}
