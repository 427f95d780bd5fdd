import Estimates
import Foundation
import Testing

/// Readings that depend on what a figure counts and how it is written (issue 16): whole
/// ends only for counted nouns written as whole numbers, place value kept for bare numbers
/// and decimals, an empty reading refused, and the rule printed derived from the numbers.
@Suite struct HedgeReadingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var low: Double
        var high: Double
        var testDescription: String { text }
    }

    /// Each worked out by hand: x, u = place value of the last digit written, the row's
    /// coefficients, the cap x/2, then whole ends only for counted nouns.
    static let cases: [Case] = [
        Case(text: "about 1.0", low: 0.8, high: 1.2),  // u = 0.1: 1 ± 0.2
        Case(text: "about 2.0", low: 1.8, high: 2.2),
        Case(text: "about 1.0 kg", low: 0.8, high: 1.2),
        Case(text: "exactly 5", low: 4.9, high: 5.1),  // a bare number is not a count
        Case(text: "exactly 5 kg", low: 4.9, high: 5.1),
        Case(text: "exactly 5 missiles", low: 5, high: 5),  // 4.9–5.1 in whole missiles
        Case(text: "about 3", low: 1.5, high: 4.5),  // 3 ± 2, each side at most 1.5
        Case(text: "about 3 kg", low: 1.5, high: 4.5),
        Case(text: "about 3 missiles", low: 2, high: 4),  // [1.5, 4.5] in whole missiles
        Case(text: "more than 1", low: 1, high: 1.5),  // above 1, up to 2 capped at 1.5
        Case(text: "at least 1 missile", low: 1, high: 1),  // [1, 1.5] in whole missiles
        Case(text: "nearly 2 missiles", low: 1, high: 1),  // [1, 2) in whole missiles
        Case(text: "about 1.5 shells", low: 1.3, high: 1.7),  // written with a decimal: not whole
    ]

    @Test(arguments: cases)
    func eachFigureReadsAsWorkedOutByHand(_ expected: Case) throws {
        let estimate = try TestNouns.parser.parse(expected.text).estimate
        #expect(abs(estimate.low - expected.low) <= 1e-12, "low of \(expected.text): \(estimate.low)")
        #expect(abs(estimate.high - expected.high) <= 1e-12, "high of \(expected.text): \(estimate.high)")
    }

    @Test(arguments: [
        ("nearly 1 missile", "“nearly 1” leaves no whole number: its rule (from x − u (soft; at least x/2) up to but not including x; u = 1) reads it as from 0.5 up to but not including 1, where no whole count lies"),
        ("more than 1 missile", "“more than 1” leaves no whole number: its rule (above x up to x + u (soft; at most 1.5x); u = 1) reads it as above 1 up to 1.5, where no whole count lies"),
        ("more than 0", "“more than 0” leaves no value: its rule (above x up to x + u (soft; at most 1.5x); u = 1) reads it as above 0 up to 0"),
    ])
    func anEmptyReadingIsAnErrorThatSaysSo(_ text: String, _ message: String) {
        #expect {
            _ = try TestNouns.parser.parse(text)
        } throws: { error in
            (error as? EstimateError)?.message == message
        }
    }

    @Test func aPointLeftByWholeNumbersIsSaidInTheNote() throws {
        let estimate = try TestNouns.parser.parse("at least 1 missile").estimate
        #expect(estimate.notes == ["“at least 1” read as 1–1 (from x up to x + u (soft; at most 1.5x); u = 1); in whole numbers only 1"])
    }

    /// The rule printed is derived from the row's numbers; these are the words for each
    /// shape of row in Datasets/hedges.csv.
    @Test(arguments: [
        ("about", "x ± 2u; each side at most x/2"),
        ("exactly", "x ± 0.1u"),
        ("estimated", "the stated value"),
        ("nearly", "from x − u (soft; at least x/2) up to but not including x"),
        ("more than", "above x up to x + u (soft; at most 1.5x)"),
        ("at least", "from x up to x + u (soft; at most 1.5x)"),
        ("at most", "from x − u (soft; at least x/2) up to x"),
        ("up to", "from 0 up to x"),
        ("order of", "from x/2 up to 5x"),
        ("several dozen", "36 to 84, a fixed range"),
        ("millions", "2,000,000 to 999,999,999, a fixed range"),
    ])
    func theRuleInWordsFollowsTheNumbers(_ phrase: String, _ words: String) throws {
        let rule = try #require(HedgeTable.standard.rule(for: phrase))
        #expect(rule.rule == words)
    }

    /// The table of phrases in the hedge file article is the rendering of the embedded table.
    @Test func theDocumentedTableIsTheData() throws {
        let bytes = try #require(Fixtures.bytes("Sources/Estimates/Estimates.docc/HedgeFile.md"))
        let article = String(decoding: bytes, as: UTF8.self)
        let start = try #require(article.range(of: "<!-- hedge table: rendered from Datasets/hedges.csv -->\n"))
        let end = try #require(article.range(of: "<!-- end of hedge table -->", range: start.upperBound..<article.endIndex))
        #expect(String(article[start.upperBound..<end.lowerBound]) == Self.rendered(HedgeTable.standard))
    }

    /// The table as the article shows it: phrase, rule, meaning.
    static func rendered(_ table: HedgeTable) -> String {
        var text = "| phrase | reading | meaning |\n|---|---|---|\n"
        for rule in table.rules { text += "| \(rule.phrase) | \(rule.rule) | \(rule.meaning.rawValue) |\n" }
        return text
    }
}
