import Foundation
import Testing

/// Runs the built `reckon` binary as a user would, from a folder outside the package.
struct Binary {
    static var url: URL {
        // The test runner lives in the same build folder as the `reckon` executable.
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("reckon")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/reckon")
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String], in folder: String = NSTemporaryDirectory()) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }
}

@Suite(.serialized) struct BinaryTests {
    @Test func theBinaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Binary.url.path), "build reckon first: \(Binary.url.path)")
    }

    @Test func reckonWithoutArgumentsPrintsTheReportFromAnyFolder() throws {
        let result = try Binary.run([], in: "/")
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("152-mm shells"))
        #expect(result.output.contains("460 (300–834)"))
        #expect(result.output.contains("80 (28.5–200)"))
        #expect(result.output == (try Binary.run(["report"])).output)
    }

    @Test func theReportAsCSVKeepsLowNominalAndHighInSeparateNumericColumns() throws {
        let result = try Binary.run(["report", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.output.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("alternative,claimed_shells_low,claimed_shells_nominal,claimed_shells_high,containers_low"))
        #expect(lines[0].contains("per_container_low,per_container_nominal,per_container_high,per_container_unit"))
        #expect(lines[1].hasPrefix("152-mm shells,2100000,2300000,2500000,3000,5000,7000,300,460,833.333333333334,"))
        #expect(!result.output.contains("–"))
    }

    @Test func helpAndVersion() throws {
        let help = try Binary.run(["--help"])
        #expect(help.status == 0 && help.output.contains("Usage: reckon"))
        let reportHelp = try Binary.run(["help", "report"])
        #expect(reportHelp.status == 0 && reportHelp.output.hasPrefix("Usage: reckon report"))
        #expect(try Binary.run(["report", "--help"]).output == reportHelp.output)
        let version = try Binary.run(["--version"])
        #expect(version.status == 0 && version.output.hasPrefix("reckon "))
    }

    @Test(arguments: [
        (["frobnicate"], "reckon: error: unknown command 'frobnicate'"),
        (["report", "--format", "pdf"], "reckon: error: unknown format 'pdf'"),
        (["report", "--bogus"], "reckon: error: unknown option '--bogus'"),
        (["report", "--format"], "reckon: error: option '--format' needs a value"),
        (["report", "extra"], "reckon: error: unexpected argument 'extra'"),
    ])
    func badUsageExitsWithTwoAndOneMessageOnStandardError(arguments: [String], message: String) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix(message), "\(result.errors)")
    }
}
