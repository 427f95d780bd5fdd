import Testing

@testable import ReckonCLI

/// Did-you-mean suggestions, the escaping of echoed text, and one-line usage errors.
@Suite struct MessageTests {
    @Test(arguments: [
        ("evall", ["eval"]), ("sampel", ["sample"]), ("rep", ["report"]), ("claim", ["claims"]),
        ("compl", ["completions"]), ("xyzzy", []), ("e", []),
    ])
    func commandsSuggestTheClosestNames(word: String, expected: [String]) {
        #expect(Suggestions.closest(to: word, among: Reckon.commands.map { $0.name }) == expected)
    }

    @Test func optionsSuggestTheClosestOfTheCommand() {
        let names = ReportCommand.acceptedOptions.map(\.longName)
        #expect(Suggestions.hint(for: "--formt", among: names) == "; did you mean '--format'?")
        #expect(Suggestions.hint(for: "--explian", among: names) == "; did you mean '--explain'?")
        #expect(Suggestions.hint(for: "--seed", among: names) == "")
    }

    @Test(arguments: [
        ("plain words, ünïcödé and 152-mm", "plain words, ünïcödé and 152-mm"),
        ("a\u{1B}[31mred", "a\\x1B[31mred"),
        ("one\ntwo\r\tthree", "one\\ntwo\\r\\tthree"),
        ("\u{07}\u{00}\u{7F}\u{9B}", "\\x07\\x00\\x7F\\x9B"),
        ("\u{202E}txt.exe", "\\u{202E}txt.exe"),
        ("a\u{2028}b\u{2066}c", "a\\u{2028}b\\u{2066}c"),
    ])
    func controlCharactersAreEscaped(text: String, escaped: String) {
        #expect(text.escapedForTerminal == escaped)
    }

    @Test func aVeryLongWordIsCutInTheMiddle() {
        let escaped = ("'" + String(repeating: "x", count: 5_000) + "'").escapedForTerminal
        #expect(escaped.count == 101)
        #expect(escaped.contains("…"))
    }

    @Test(arguments: [
        CLIError.usage("unknown option '--a\nb'", command: "report"),
        CLIError.usage("unknown command '\u{1B}[2J'", command: nil),
        CLIError.input("cannot read 'a\r\nb.csv': No such file or directory"),
    ])
    func usageAndInputErrorsAreOneLine(error: CLIError) {
        #expect(!error.message.contains("\n") && !error.message.contains("\r") && !error.message.contains("\u{1B}"))
        #expect(error.message.hasPrefix("reckon: error: "))
    }

    @Test func theHintIsOnTheSameLine() {
        #expect(CLIError.usage("unknown option '--bogus'", command: "report").message
            == "reckon: error: unknown option '--bogus' (see 'reckon help report')")
        #expect(CLIError.usage("unknown command 'x'", command: nil).message == "reckon: error: unknown command 'x' (see 'reckon --help')")
    }
}
