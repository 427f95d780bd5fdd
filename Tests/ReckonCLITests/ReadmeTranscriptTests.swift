import Foundation
import Testing

/// The README's transcripts are the built binary's output: every ```text block that starts
/// with `$ reckon` is run, command by command, from the package root, and its standard output
/// followed by its standard error must equal the lines under the command. A line `…` stands
/// for any number of lines (a transcript shortened on purpose). Blocks with a shell operator
/// or a command other than `reckon` (they need files made on the spot) are left to the
/// illustrative ``` blocks and not counted.
@Suite struct ReadmeTranscriptTests {
    struct Transcript: CustomTestStringConvertible, Sendable {
        var line: Int
        var command: String
        var expected: [String]
        var testDescription: String { "README.md:\(line): $ \(command)" }
    }

    static let transcripts: [Transcript] = {
        guard let readme = CLIFixtures.text("README.md") else { return [] }
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [Transcript] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index] == "```text", index + 1 < lines.count, lines[index + 1].hasPrefix("$ reckon") else { continue }
            var block: [Transcript] = []
            var selfContained = true
            index += 1
            while index < lines.count, lines[index] != "```" {
                let line = lines[index]
                if line.hasPrefix("$ ") {
                    let command = String(line.dropFirst(2))
                    let unquoted = command.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }
                    if !command.hasPrefix("reckon") || unquoted.contains(where: { $0.element.contains(where: { "|<>;&".contains($0) }) }) {
                        selfContained = false
                    }
                    block.append(Transcript(line: index + 1, command: command, expected: []))
                } else if !block.isEmpty {
                    block[block.count - 1].expected.append(line)
                }
                index += 1
            }
            if selfContained { result += block }
        }
        return result
    }()

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

    @Test func theReadmeShowsTranscriptsOfTheMainCommands() {
        let commands = Set(Self.transcripts.map { Self.words($0.command).dropFirst().first ?? "report" })
        #expect(Self.transcripts.count >= 12)
        #expect(commands.isSuperset(of: ["report", "eval", "run", "sample", "conflicts", "claims"]))
    }

    @Test(arguments: transcripts) func eachTranscriptIsWhatTheBinaryPrints(_ transcript: Transcript) throws {
        let outcome = try CLIFixtures.runBinary(Array(Self.words(transcript.command).dropFirst()))
        var printed = (outcome.output + outcome.errors).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var expected = transcript.expected
        while printed.last == "" { printed.removeLast() }
        while expected.last == "" { expected.removeLast() }
        let matching = Self.matches(expected[...], printed[...])
        #expect(
            matching,
            "README.md:\(transcript.line): `\(transcript.command)` now prints:\n\(printed.joined(separator: "\n"))")
    }
}
