import Foundation
import Testing

@testable import ReckonCLI

/// The documentation's transcripts are the built binary's output. A transcript is a
/// ```text block with lines that start with `$ `: each such line is a command, and the lines
/// under it, up to the next command, are what it prints (standard output, then standard
/// error). A line `…` stands for any number of lines (a transcript shortened on purpose).
///
/// Every transcript in the README, the other markdown files at the top of the package and
/// of `Benchmarks/`, the DocC catalogs (`Sources/*/*.docc`) and `docs/` is run from the
/// package root. A command is `reckon ARGUMENTS` (words separated by spaces, double quotes
/// group), optionally followed by `| head -N`, or `cat FILE`; anything else fails the test,
/// so that no transcript goes unchecked.
@Suite struct DocsTranscriptTests {
    struct Transcript: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var command: String
        var expected: [String]
        var testDescription: String { "\(file):\(line): $ \(command)" }
    }

    /// The markdown files searched for transcripts, relative to the package root.
    static let documents: [String] = {
        let root = CLIFixtures.packageRoot
        let manager = FileManager.default
        var files: [String] = []
        let top = (try? manager.contentsOfDirectory(atPath: root)) ?? []
        files += top.filter { $0.hasSuffix(".md") }
        let benchmarks = (try? manager.contentsOfDirectory(atPath: root + "/Benchmarks")) ?? []
        files += benchmarks.filter { $0.hasSuffix(".md") }.map { "Benchmarks/" + $0 }
        var folders = ["docs"]
        let sources = (try? manager.contentsOfDirectory(atPath: root + "/Sources")) ?? []
        for module in sources {
            let catalogs = (try? manager.contentsOfDirectory(atPath: root + "/Sources/" + module)) ?? []
            folders += catalogs.filter { $0.hasSuffix(".docc") }.map { "Sources/\(module)/\($0)" }
        }
        for folder in folders {
            guard let enumerator = manager.enumerator(atPath: root + "/" + folder) else { continue }
            for case let path as String in enumerator where path.hasSuffix(".md") { files.append(folder + "/" + path) }
        }
        return files.sorted()
    }()

    /// The transcripts of one markdown text.
    static func transcripts(in text: String, file: String) -> [Transcript] {
        var result: [Transcript] = []
        var fence: String?
        var current: Int?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated() {
            guard let open = fence else {
                if line.hasPrefix("```") {
                    fence = String(line.dropFirst(3))
                    current = nil
                }
                continue
            }
            if line == "```" {
                fence = nil
            } else if open == "text" && line.hasPrefix("$ ") {
                result.append(Transcript(file: file, line: index + 1, command: String(line.dropFirst(2)), expected: []))
                current = result.count - 1
            } else if let current {
                result[current].expected.append(line)
            }
        }
        return result
    }

    /// Every transcript of every document.
    static let all: [Transcript] = documents.flatMap { file in
        transcripts(in: CLIFixtures.text(file) ?? "", file: file)
    }

    /// Lines that look like a transcript outside a ```text block: they would not be run.
    static func strayCommands(in text: String) -> [Int] {
        var fence: String?
        var stray: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if fence != nil {
                if line == "```" { fence = nil } else if fence != "text" && line.hasPrefix("$ reckon") { stray.append(index + 1) }
            } else if line.hasPrefix("```") {
                fence = String(line.dropFirst(3))
            }
        }
        return stray
    }

    /// The words of a command line: spaces separate, double quotes group.
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in command {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    /// Whether `actual` matches `expected`, where a line `…` matches any run of lines.
    static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first == "…" {
            return (actual.startIndex...actual.endIndex).contains { matches(expected.dropFirst(), actual[$0...]) }
        }
        return actual.first == first && matches(expected.dropFirst(), actual.dropFirst())
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// What the command prints, as lines; an error when the command is not one the test runs.
    static func run(_ command: String) throws -> [String] {
        var line = command
        var head: Int?
        if let bar = line.range(of: " | head -", options: .backwards), let count = Int(line[bar.upperBound...]) {
            head = count
            line = String(line[..<bar.lowerBound])
        }
        let words = Self.words(line)
        if words.first == "cat", words.count == 2, head == nil {
            return lines(try #require(CLIFixtures.text(words[1]), "no file \(words[1])"))
        }
        // Shell operators outside quotes: the test runs no shell, so they would be read as words.
        let unquoted = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        guard words.first == "reckon", !unquoted.contains(where: { "|<>;&".contains($0) }) else {
            throw TranscriptError(
                "a transcript runs 'reckon ARGUMENTS [| head -N]' or 'cat FILE'; show other commands in a ```sh block without '$ '")
        }
        let outcome = try CLIFixtures.runBinary(Array(words.dropFirst()))
        var output = lines(outcome.output)
        if let head { output = Array(output.prefix(head)) }
        return output + lines(outcome.errors)
    }

    struct TranscriptError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func transcriptsAreFoundInTheDocumentsTheyStandIn() {
        let text = "Intro\n```text\n$ reckon eval \"1 kg\"\n1 kg\n```\n```sh\nswift test\n```\n```text\nno command\n```\n"
        let found = Self.transcripts(in: text, file: "x.md")
        #expect(found.map(\.line) == [3])
        #expect(found.first?.expected == ["1 kg"])
        #expect(Self.strayCommands(in: "```\n$ reckon eval 1\n```\n```text\n$ reckon eval 2\n```\n") == [2])
        #expect(Self.documents.contains("README.md"))
        #expect(Self.documents.contains("Sources/Estimates/Estimates.docc/CalculatorLanguage.md"))
    }

    @Test(arguments: documents) func noTranscriptHidesOutsideATextBlock(_ file: String) {
        let stray = Self.strayCommands(in: CLIFixtures.text(file) ?? "")
        #expect(stray.isEmpty, "\(file): lines \(stray) show '$ reckon' outside a ```text block, where no test runs them")
    }

    /// What is counted: every command of `reckon` (but `help`, which prints the help of the
    /// others) is shown by at least one transcript that the tests run.
    @Test func everyCommandHasATranscript() {
        let shown = Set(
            Self.all.compactMap { transcript -> String? in
                let words = Self.words(transcript.command)
                guard words.first == "reckon" else { return nil }
                return words.dropFirst().first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "report"
            })
        for command in Reckon.commands where command.name != "help" {
            #expect(shown.contains(command.name), "no transcript in the docs shows 'reckon \(command.name)'")
        }
    }

    @Test(arguments: all) func eachTranscriptIsWhatTheBinaryPrints(_ transcript: Transcript) throws {
        let printed = try Self.run(transcript.command)
        var expected = transcript.expected
        while expected.last == "" { expected.removeLast() }
        #expect(
            Self.matches(expected[...], printed[...]),
            "\(transcript.file):\(transcript.line): `\(transcript.command)` now prints:\n\(printed.joined(separator: "\n"))")
    }
}
