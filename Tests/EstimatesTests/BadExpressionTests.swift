import TextCore
import Testing

@testable import Estimates

/// The bad-expression corpus (`Tests/Fixtures/bad/expressions`), replayed through the library:
/// every input gets its error with the expected message, line and column; nothing crashes.
@Suite struct BadExpressionTests {
    @Test(arguments: Fixtures.badExpressions)
    func eachBadInputGetsItsMessageAndPosition(_ expected: Fixtures.BadExpression) throws {
        let path = "Tests/Fixtures/bad/expressions/" + expected.file
        let bytes = try #require(Fixtures.bytes(path), "missing fixture \(path)")
        let text: String
        do {
            text = try UTF8Validation.decode(bytes, origin: path)
        } catch {
            #expect(error.message == expected.message)
            #expect(error.location == SourceLocation(origin: path, line: expected.line, column: expected.column))
            return
        }
        do {
            let run = try TestNouns.calculator.run(text, origin: path)
            Issue.record("no error; \(run.events.count) events")
        } catch {
            #expect(error.message == expected.message)
            #expect(error.location == SourceLocation(origin: path, line: expected.line, column: expected.column))
        }
    }

    @Test func aMegabyteOfDigitsIsRefusedAtItsFirstDigit() {
        let digits = String(repeating: "7", count: 1_000_000)
        #expect(throws: EstimateError(.tooLarge("a number with more than 400 digits"), at: .init(origin: "<expression>", line: 1, column: 5))) {
            try TestNouns.calculator.evaluate("2 * \(digits)")
        }
    }

    @Test func aNumberOfExactlyTheMaximumDigitsIsReadAndOneMoreIsNot() throws {
        let digits = String(repeating: "0", count: NewsNumberScanner.maximumDigits - 2) + "12"
        #expect(try TestNouns.calculator.evaluate(digits + " kg").nominal == 12)
        #expect(throws: EstimateError(.tooLarge("a number with more than 400 digits"), at: .init(origin: "<expression>", line: 1, column: 1))) {
            try TestNouns.calculator.evaluate("0" + digits)
        }
    }

    @Test func inputOverOneMebibyteIsRefusedBeforeParsing() {
        let text = String(repeating: "1+", count: LanguageLimits.maximumInputBytes / 2) + "1"
        #expect(throws: EstimateError(.tooLarge("the input is larger than 1048576 bytes (1 MiB)"), at: .init(origin: "big.rk", line: 1, column: 1))) {
            try TestNouns.calculator.run(text, origin: "big.rk")
        }
    }

    @Test func nestingUpToTheLimitStillEvaluates() throws {
        let depth = LanguageLimits.maximumNesting
        let text = String(repeating: "(", count: depth) + "2 kg" + String(repeating: ")", count: depth)
        #expect(try TestNouns.calculator.evaluate(text).nominal == 2)
        let signs = String(repeating: "-", count: depth) + "3"
        #expect(try TestNouns.calculator.evaluate(signs).nominal == 3)
    }
}

/// The same refusal where figures are read outside the calculator.
@Suite struct LongNumberTests {
    @Test func newsNumberParseSaysTheNumberIsTooLong() {
        #expect(throws: EstimateError(.tooLarge("a number with more than 400 digits"))) {
            try NewsNumber.parse(String(repeating: "9", count: 1_000_000))
        }
    }

    @Test func theEstimateParserSaysWhereTheLongNumberIs() {
        #expect(
            throws: EstimateError(
                .tooLarge("a number with more than 400 digits"), at: .init(origin: "<figure>", line: 1, column: 7))
        ) {
            try TestNouns.parser.parse("about " + String(repeating: "1", count: 401) + " shells")
        }
    }

    @Test func digitsAreCountedAcrossGroupingAndTheDecimalPoint() {
        #expect(NewsNumberScanner.digitCount(Array("2,300,000.25 kg".unicodeScalars), from: 0) == 9)
        #expect(NewsNumberScanner.digitCount(Array(String(repeating: "1", count: 5_000).unicodeScalars), from: 0) == 401)
    }
}
