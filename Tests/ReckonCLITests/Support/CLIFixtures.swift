import Foundation
import Testing

@testable import ReckonCLI

/// Files and helpers for running `reckon` in tests: in-process through `Reckon.run`, or as
/// the built binary.
enum CLIFixtures {
    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/ReckonCLITests/Support/CLIFixtures.swift
        return parts.joined(separator: "/")
    }()

    /// The text of a file under the package root.
    static func text(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: packageRoot + "/" + relativePath).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What one run of `reckon` produced.
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `reckon` in-process.
    static func run(_ words: [String], input: [UInt8]? = nil) -> Outcome {
        var console = Console()
        console.input = input
        let status = Reckon.run(words, console: &console)
        return Outcome(status: status, output: console.output, errors: console.errors)
    }

    /// The built `reckon` binary: next to the test bundle in the build folder.
    static var binary: String? {
        var folder = Bundle.main.executablePath ?? CommandLine.arguments[0]
        while !folder.isEmpty {
            folder = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
            let candidate = folder + "/reckon"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            if folder.hasSuffix("/.build") { break }
        }
        return nil
    }

    /// Runs the built binary as a separate process.
    static func runBinary(_ words: [String], input: [UInt8] = []) throws -> Outcome {
        let path = try #require(binary, "the reckon binary is not built next to the tests (run 'swift build --build-tests')")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = words
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input))
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A temporary file with `bytes`, removed by the caller.
    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let folder = NSTemporaryDirectory() + "reckon-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// One bad input with the error it must produce.
    struct BadExpression: Sendable, CustomTestStringConvertible {
        var file: String
        var position: String
        var message: String
        var testDescription: String { file }
        var path: String { "Tests/Fixtures/bad/expressions/" + file }
    }

    /// `Tests/Fixtures/bad/expressions/expected.tsv`.
    static let badExpressions: [BadExpression] = {
        guard let text = text("Tests/Fixtures/bad/expressions/expected.tsv") else { return [] }
        return text.split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return BadExpression(file: fields[0], position: fields[1], message: fields[2])
        }
    }()

    /// One case of a bad-input corpus folder (`Tests/Fixtures/bad/KIND/expected.tsv`): the
    /// file (`-` for none), the arguments (a JSON array; `{content}` is the file's text,
    /// `{tmp}` a fresh folder), the exit code, the position (`line:column`, or `-` for an
    /// error without one) and the message.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var kind: String
        var file: String
        var arguments: String
        var exit: Int32
        var position: String
        var message: String
        var testDescription: String { "\(kind)/\(file == "-" ? arguments : file)" }
        var path: String { "Tests/Fixtures/bad/\(kind)/\(file)" }

        /// The words of the `reckon` command and its standard input.
        func command(temporaryFolder: String) throws -> ([String], [UInt8]?) {
            let data = Data(arguments.utf8)
            let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String], "arguments of \(testDescription)")
            let content = file == "-" || kind != "eval" ? Data() : try #require(FileManager.default.contents(atPath: packageRoot + "/" + path), "missing \(path)")
            var words = parsed.map { $0.replacingOccurrences(of: "{tmp}", with: temporaryFolder) }
            var input: [UInt8]?
            switch kind {
            case "csv": words = ["table", path] + words
            case "scripts": words = ["run", path] + words
            case "claims": words = ["claims", "--claims", path] + words
            case "extract": words = ["extract", path] + words
            case "eval":
                words = ["eval"] + words.map { $0 == "{content}" ? String(decoding: content, as: UTF8.self) : $0 }
                if parsed.contains("-") { input = Array(content) }
            default: break
            }
            return (words, input)
        }

        /// The first line of standard error.
        func firstErrorLine(temporaryFolder: String) -> String {
            let text = message.replacingOccurrences(of: "{tmp}", with: temporaryFolder)
            guard position != "-" else { return "reckon: error: \(text)" }
            let origin: String
            switch kind {
            case "eval", "arguments": origin = arguments.contains("\"-\"") ? "<stdin>" : "<expression>"
            default: origin = path
            }
            return "\(origin):\(position): error: \(text)"
        }
    }

    /// The cases of `Tests/Fixtures/bad/KIND/expected.tsv`.
    static func badInputs(_ kind: String) -> [BadInput] {
        guard let text = text("Tests/Fixtures/bad/\(kind)/expected.tsv") else { return [] }
        return text.split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return BadInput(
                kind: kind, file: fields[0], arguments: fields[1], exit: Int32(fields[2]) ?? -1, position: fields[3],
                message: fields[4])
        }
    }
}
