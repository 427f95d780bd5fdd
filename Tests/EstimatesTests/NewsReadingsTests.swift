import Testing
import TextCore

@testable import Estimates

/// Figures as news in other locales and styles writes them (issue 16, item 6): read where
/// one reading is possible, refused with both readings where two are.
@Suite struct NewsReadingsTests {
    let calculator = TestNouns.calculator

    func refusal(_ text: String) -> (message: String, column: Int)? {
        do {
            _ = try calculator.evaluate(text)
            return nil
        } catch {
            return (error.message, error.location?.column ?? 0)
        }
    }

    @Test func aPointBeforeExactlyThreeDigitsIsRefusedForCountsAndBareNumbers() {
        let expected = "5.000 could be 5 (decimal point) or 5,000 (a decimal comma locale's thousands separator): write 5 or 5,000"
        #expect(refusal("5.000 containers")?.message == expected)
        #expect(refusal("about 5.000 containers")?.column == 7)
        #expect(refusal("5.000")?.message == expected)
        #expect(
            refusal("4,500 to 1.250 shells")?.message
                == "1.250 could be 1.25 (decimal point) or 1,250 (a decimal comma locale's thousands separator): write 1.25 or 1,250")
        #expect(refusal("4,500 to 1.250 shells")?.column == 10)
        #expect(
            refusal("1.234 shells")?.message
                == "1.234 could be 1.2340 (decimal point) or 1,234 (a decimal comma locale's thousands separator): write 1.2340 or 1,234")
    }

    @Test(arguments: [("2.5 shells", 2.5), ("5.0", 5), ("1.25", 1.25), ("3.1415", 3.1415), ("0.125", 0.125), ("1.609 km", 1.609)])
    func otherPointsAndMeasuresAreDecimals(text: String, expected: Double) throws {
        #expect(try calculator.evaluate(text).nominal == expected)
    }

    @Test func pointsAsThousandsSeparatorsAreRefused() {
        let refused = refusal("about 1.234.567 shells")
        #expect(refused?.message == "'1.234.567' writes points as thousands separators (a decimal comma locale's): write 1,234,567")
        #expect(refused?.column == 7)
    }

    @Test(arguments: [
        "about 5 000 containers", "about 5\u{00A0}000 containers", "about 5\u{2009}000 containers", "about 5\u{202F}000 containers",
    ])
    func spacesGroupThousands(text: String) throws {
        let containers = try calculator.evaluate(text)
        // "about" with u = 1,000: 5,000 ± 2,000.
        #expect(containers.nominal == 5000 && containers.low == 3000 && containers.high == 7000)
        #expect(containers.unit.symbol(plural: true) == "containers")
    }

    @Test func spaceGroupsAreExactlyThreeDigitsAfterALeadOfOneToThree() throws {
        #expect(try calculator.evaluate("12 500 000 shells").nominal == 12_500_000)
        let range = try calculator.evaluate("5 000 to 6 000 shells")
        #expect(range.low == 5000 && range.high == 6000)
        #expect(try calculator.evaluate("-5 000 + 1").nominal == -4999)
        #expect(refusal("5 0000")?.message == "unexpected number '0000': join values with an operator (+ - * / ^)")
        #expect(refusal("1234 567")?.message == "unexpected number '567': join values with an operator (+ - * / ^)")
        #expect(try calculator.evaluate("max(5, 000)").nominal == 5)
        // A group that is the number of a measure before a noun stays the measure.
        #expect(try calculator.evaluate("2 152 mm shells").nominal == 2)
    }

    @Test func aMeasureJoinedByASpaceIsNotACount() throws {
        #expect(
            refusal("152 mm shells")?.message
                == "'152 mm' describes what is counted, it is not a count: write the count first ('2.3 million 152 mm shells')")
        #expect(
            refusal("152-mm shells")?.message
                == "'152-mm' describes what is counted, it is not a count: write the count first ('2.3 million 152-mm shells')")
        let shells = try calculator.evaluate("about 5,000 152 mm shells")
        #expect(shells.nominal == 5000 && shells.unit.symbol(plural: true) == "shells")
        #expect(abs((try calculator.evaluate("152 mm in cm").nominal ?? 0) - 15.2) < 1e-12)
    }

    @Test func stackedHedgesReadTheOuterAndNoteTheInner() throws {
        let stacked = try calculator.evaluate("up to approximately 3 million rounds")
        // "up to 3 million": from 0 up to 3,000,000.
        #expect(stacked.low == 0 && stacked.high == 3_000_000)
        #expect(stacked.notes.contains("“up to approximately”: the outer hedge is read; “approximately” is noted"))
        #expect(
            refusal("up to approximately")?.message
                == "'approximately' must be followed by a number as written (a hedge reads a stated figure), found the end of the input")
    }

    @Test func theFigureParserReadsStackedHedgesAndRefusesAPointBeforeThreeDigits() throws {
        let parser = EstimateParser(registry: TestNouns.registry, hedges: .standard)
        let stacked = try parser.parse("up to approximately 3 million rounds")
        #expect(stacked.estimate.low == 0 && stacked.estimate.high == 3_000_000 && stacked.hedge?.phrase == "up to")
        #expect(stacked.estimate.notes.contains("“up to approximately”: the outer hedge is read; “approximately” is noted"))
        #expect(
            throws: EstimateError(
                .badNumber(
                    "1.250 could be 1.25 (decimal point) or 1,250 (a decimal comma locale's thousands separator): write 1.25 or 1,250"),
                at: SourceLocation(origin: "<figure>", line: 1, column: 10))
        ) {
            try parser.parse("4,500 to 1.250 shells")
        }
        #expect(try parser.parse("1.609 km").estimate.nominal == 1.609)
    }
}
