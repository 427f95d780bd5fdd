import Testing

@testable import ReckonCLI
import Tables

/// The parser by the POSIX and GNU conventions, on declarations made for the test.
@Suite struct ArgumentsTests {
    static let format = Option<TableFormat>("format", short: "f", "FORMAT", choosing: TableFormat.allCases, help: "format")
    static let output = Option<String>("output", short: "o", "FILE", help: "file")
    static let source = Option<String>("source", "TEXT", help: "text")
    static let count = Option<Int>("n", short: "n", "N", help: "count", read: SampleSettings.draws)
    static let claims = Option<String>("claims", short: "c", "FILE", repeatable: true, help: "files")
    static let explain = Flag("explain", short: "x", help: "flag")
    static let quiet = Flag("quiet", short: "q", help: "flag")
    static let options = [format.spec, output.spec, source.spec, count.spec, claims.spec, explain.spec, quiet.spec]

    func parse(_ words: [String]) throws(CLIError) -> Arguments {
        try Arguments(words, options: Self.options, command: "test")
    }

    func usageMessage(_ words: [String]) -> String? {
        do {
            _ = try parse(words)
            return nil
        } catch {
            guard case .usage(let text, let command) = error, command == "test" else { return "\(error)" }
            return text
        }
    }

    @Test func longShortAttachedAndInlineValuesAllRead() throws {
        for words in [["--format", "csv"], ["--format=csv"], ["-f", "csv"], ["-fcsv"]] {
            #expect(try parse(words).value(Self.format) == .csv, "\(words)")
        }
        #expect(try parse(["-n1e6"]).value(Self.count) == 1_000_000)
        #expect(try parse([]).value(Self.format) == nil)
    }

    @Test func aValueTakesTheNextWordEvenWhenItStartsWithADash() throws {
        let arguments = try parse(["--source", "--help", "-o", "-"])
        #expect(try arguments.value(Self.source) == "--help")
        #expect(try arguments.value(Self.output) == "-")
        #expect(!arguments.wantsHelp)
        #expect(try parse(["--source", "-f"]).value(Self.source) == "-f")
        #expect(try parse(["--source="]).value(Self.source) == "")
    }

    @Test func doubleDashEndsTheOptions() throws {
        let arguments = try parse(["-x", "--", "-h", "--format", "-q"])
        #expect(arguments.positional == ["-h", "--format", "-q"])
        #expect(arguments.isSet(Self.explain))
        #expect(!arguments.isSet(Self.quiet))
        #expect(!arguments.wantsHelp)
        #expect(try parse(["--", "--"]).positional == ["--"])
    }

    @Test func aLoneDashAndNegativeNumbersAreOperands() throws {
        #expect(try parse(["-", "-5", "-.5", "-(1 to 2)", "kg"]).positional == ["-", "-5", "-.5", "-(1 to 2)", "kg"])
    }

    @Test func flagsShareOneDashAndAValueEndsTheCluster() throws {
        let arguments = try parse(["-xqfcsv"])
        #expect(arguments.isSet(Self.explain) && arguments.isSet(Self.quiet))
        #expect(try arguments.value(Self.format) == .csv)
        #expect(try parse(["-xo", "out.csv"]).value(Self.output) == "out.csv")
    }

    @Test func helpAsAnOptionAsksForHelpAndStopsReading() throws {
        #expect(try parse(["--help"]).wantsHelp)
        #expect(try parse(["-h", "--bogus"]).wantsHelp)
        #expect(try parse(["-xh"]).wantsHelp)
        // A bad value before --help is not checked: the help is what was asked for.
        #expect(try parse(["--format", "pdf", "--help"]).wantsHelp)
        #expect(try !parse(["--", "--help"]).wantsHelp)
    }

    @Test func repeatableOptionsKeepEveryValueInOrder() throws {
        #expect(try parse(["-c", "a.csv", "--claims", "b.csv", "-cc.csv"]).values(Self.claims) == ["a.csv", "b.csv", "c.csv"])
    }

    @Test(arguments: [
        (["--bogus"], "unknown option '--bogus'"),
        (["--formt", "csv"], "unknown option '--formt'; did you mean '--format'?"),
        (["--sourc=x"], "unknown option '--sourc'; did you mean '--source'?"),
        (["-z"], "unknown option '-z'"),
        (["--format"], "option '--format' needs a value"),
        (["-f"], "option '-f' needs a value"),
        (["-f", "csv", "--format", "json"], "option '--format' given twice"),
        (["--explain=yes"], "option '--explain' takes no value"),
        (["--format", "pdf"], "unknown format 'pdf' (expected table|markdown|csv|tsv|json)"),
        (["-n", "0"], "--n must be a whole number of draws from 1 to 1e10, got '0'"),
        (["-n", "-5"], "--n must be a whole number of draws from 1 to 1e10, got '-5'"),
    ])
    func badArgumentsAreUsageErrorsOfTheCommand(words: [String], message: String) {
        #expect(usageMessage(words) == message)
    }

    @Test func valuesAreCheckedWhenTheWordsAreRead() {
        // The first bad value in command-line order is the one reported.
        #expect(usageMessage(["-n", "x", "--format", "pdf"]) == "--n must be a whole number of draws from 1 to 1e10, got 'x'")
        #expect(usageMessage(["--format", "pdf", "-n", "x"]) == "unknown format 'pdf' (expected table|markdown|csv|tsv|json)")
    }

    @Test func isGivenTellsWhetherAnOptionWasGivenAtAll() throws {
        let arguments = try parse(["--source", "", "-x"])
        #expect(arguments.isGiven(Self.source.spec) && arguments.isGiven(Self.explain.spec))
        #expect(!arguments.isGiven(Self.output.spec) && !arguments.isGiven(Self.quiet.spec))
    }

    @Test func theSynopsisShowsShortFormAndPlaceholder() {
        #expect(Self.format.spec.synopsis == "-f, --format FORMAT")
        #expect(Self.source.spec.synopsis == "    --source TEXT")
        #expect(Self.explain.spec.synopsis == "-x, --explain")
    }
}
