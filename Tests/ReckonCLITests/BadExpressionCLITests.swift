import Foundation
import Testing

@testable import ReckonCLI

/// The bad-expression corpus through the command line: every input exits with 2 and prints
/// `file:line:column: error: message`, the line, and a caret; nothing crashes.
@Suite struct BadExpressionCLITests {
    @Test(arguments: CLIFixtures.badExpressions)
    func eachBadInputExitsWithTwoAndPointsAtItsPosition(_ expected: CLIFixtures.BadExpression) {
        let outcome = CLIFixtures.run(["run", expected.path], input: [])
        #expect(outcome.status == 2)
        #expect(outcome.output.isEmpty)
        let lines = outcome.errors.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "\(expected.path):\(expected.position): error: \(expected.message)"[...])
        #expect(lines.count == 4)  // message, source line, caret, final empty string
        #expect(lines.count > 2 && lines[2].hasSuffix("^"))
    }

    /// A subset through the built binary, as a separate process.
    static let throughTheBinary = [
        "01-unknown-unit.rk", "03-dimension-mismatch-add.rk", "06-unbalanced-open.rk", "09-ambiguous-ton.rk",
        "11-metres-not-millions.rk", "12-empty.rk", "14-ten-thousand-parentheses.rk", "36-nul-byte.rk",
        "56-invalid-utf8.rk", "61-401-digits.rk", "62-error-on-third-line.rk",
    ]

    @Test(arguments: throughTheBinary)
    func theBuiltBinaryGivesTheSameErrors(_ file: String) throws {
        let expected = try #require(CLIFixtures.badExpressions.first { $0.file == file })
        let outcome = try CLIFixtures.runBinary(["run", expected.path])
        #expect(outcome.status == 2)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors.hasPrefix("\(expected.path):\(expected.position): error: \(expected.message)\n"))
    }

    @Test func aMegabyteOfDigitsThroughTheBinary() throws {
        let outcome = try CLIFixtures.runBinary(["eval", "-"], input: Array(repeating: UInt8(ascii: "4"), count: 1_000_000))
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix("<stdin>:1:1: error: a number with more than 400 digits\n"))
        // The excerpt is cut to a window, not a megabyte of digits.
        #expect(outcome.errors.utf8.count < 400)
    }

    @Test func tenThousandParenthesesThroughEval() throws {
        let text = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let outcome = try CLIFixtures.runBinary(["eval", text])
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix("<expression>:1:101: error: nested more than 100 levels deep"))
    }

    @Test func theBinaryEvaluatesAndPrintsJSON() throws {
        let outcome = try CLIFixtures.runBinary(["eval", "--format", "json", "5000 lb in kg"])
        #expect(outcome.status == 0)
        #expect(outcome.output == #"{"low":2267.96185,"nominal":2267.96185,"high":2267.96185,"unit":"kg","meaning":"point","range90":null,"notes":[]}"# + "\n")
    }
}
