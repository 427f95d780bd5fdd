import Estimates
import TextCore
import Testing

@Suite struct HedgeTableTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var phrase: String
        var figure: String
        var low: Double
        var high: Double
        var nominal: Double?
        var testDescription: String { "\(phrase) \(figure)" }
    }

    /// One expectation per row of Datasets/hedges.csv, worked out by hand from each rule.
    static let expectations: [Expectation] = [
        Expectation(phrase: "about", figure: "5,000 containers", low: 3000, high: 7000, nominal: 5000),
        Expectation(phrase: "around", figure: "5,000 containers", low: 3000, high: 7000, nominal: 5000),
        Expectation(phrase: "roughly", figure: "2.3 million shells", low: 2_100_000, high: 2_500_000, nominal: 2_300_000),
        Expectation(phrase: "approximately", figure: "400,000 shells", low: 200_000, high: 600_000, nominal: 400_000),
        Expectation(phrase: "some", figure: "5.2 million shells", low: 5_000_000, high: 5_400_000, nominal: 5_200_000),
        Expectation(phrase: "estimated", figure: "6,700 containers", low: 6700, high: 6700, nominal: 6700),
        Expectation(phrase: "exactly", figure: "5,000 containers", low: 4900, high: 5100, nominal: 5000),
        Expectation(phrase: "precisely", figure: "12.5 km", low: 12.49, high: 12.51, nominal: 12.5),
        Expectation(phrase: "nearly", figure: "50 countries", low: 40, high: 49, nominal: nil),
        Expectation(phrase: "almost", figure: "50 countries", low: 40, high: 49, nominal: nil),
        Expectation(phrase: "more than", figure: "1,000 containers", low: 1001, high: 1500, nominal: nil),
        Expectation(phrase: "over", figure: "1 million shells", low: 1_000_001, high: 1_500_000, nominal: nil),
        Expectation(phrase: "above", figure: "3 million shells", low: 3_000_001, high: 4_000_000, nominal: nil),
        Expectation(phrase: "at least", figure: "24 missiles", low: 24, high: 25, nominal: nil),
        Expectation(phrase: "less than", figure: "50 countries", low: 40, high: 49, nominal: nil),
        Expectation(phrase: "below", figure: "300 km", low: 200, high: 300, nominal: nil),
        Expectation(phrase: "under", figure: "300 km", low: 200, high: 300, nominal: nil),
        Expectation(phrase: "fewer than", figure: "30 launchers", low: 20, high: 29, nominal: nil),
        Expectation(phrase: "at most", figure: "50 countries", low: 40, high: 50, nominal: nil),
        Expectation(phrase: "no more than", figure: "50 countries", low: 40, high: 50, nominal: nil),
        Expectation(phrase: "up to", figure: "4.8 million shells", low: 0, high: 4_800_000, nominal: nil),
        Expectation(phrase: "as many as", figure: "4.8 million shells", low: 0, high: 4_800_000, nominal: nil),
        Expectation(phrase: "order of", figure: "100 km", low: 50, high: 500, nominal: 100),
        Expectation(phrase: "a couple", figure: "missiles", low: 2, high: 3, nominal: nil),
        Expectation(phrase: "a few", figure: "missiles", low: 2, high: 5, nominal: nil),
        Expectation(phrase: "several", figure: "missiles", low: 3, high: 7, nominal: nil),
        Expectation(phrase: "dozens", figure: "missiles", low: 24, high: 99, nominal: nil),
        Expectation(phrase: "several dozen", figure: "ballistic missiles", low: 36, high: 84, nominal: nil),
        Expectation(phrase: "scores", figure: "of missiles", low: 40, high: 99, nominal: nil),
        Expectation(phrase: "hundreds", figure: "of people", low: 200, high: 999, nominal: nil),
        Expectation(phrase: "several hundred", figure: "shells", low: 300, high: 700, nominal: nil),
        Expectation(phrase: "thousands", figure: "of shells", low: 2000, high: 9999, nominal: nil),
        Expectation(phrase: "several thousand", figure: "shells", low: 3000, high: 7000, nominal: nil),
        Expectation(phrase: "tens of thousands", figure: "of shells", low: 20_000, high: 99_999, nominal: nil),
        Expectation(phrase: "hundreds of thousands", figure: "of shells", low: 200_000, high: 999_999, nominal: nil),
        Expectation(phrase: "millions", figure: "of shells", low: 2_000_000, high: 999_999_999, nominal: nil),
        Expectation(phrase: "as much as", figure: "9 trillion", low: 0, high: 9e12, nominal: nil),
        Expectation(phrase: "close to", figure: "50 countries", low: 40, high: 49, nominal: nil),
        Expectation(phrase: "just over", figure: "1,000 containers", low: 1001, high: 1500, nominal: nil),
        Expectation(phrase: "just under", figure: "300 km", low: 200, high: 300, nominal: nil),
        Expectation(phrase: "upwards of", figure: "2 million shells", low: 2_000_001, high: 3_000_000, nominal: nil),
        Expectation(phrase: "in excess of", figure: "6,700 containers", low: 6701, high: 6800, nominal: nil),
        Expectation(phrase: "no fewer than", figure: "24 missiles", low: 24, high: 25, nominal: nil),
        Expectation(phrase: "no less than", figure: "5.2 million shells", low: 5_200_000, high: 5_300_000, nominal: nil),
    ]

    @Test func everyRowOfTheHedgeTableHasAnExpectation() {
        let phrases = Set(HedgeTable.standard.rules.map(\.phrase))
        let covered = Set(Self.expectations.map(\.phrase))
        #expect(phrases == covered, "rows without a test: \(phrases.subtracting(covered)); tests without a row: \(covered.subtracting(phrases))")
    }

    @Test(arguments: expectations)
    func eachHedgeReadsItsFigureAsDocumented(_ expectation: Expectation) throws {
        let parsed = try TestNouns.parser.parse("\(expectation.phrase) \(expectation.figure)")
        #expect(parsed.hedge?.phrase == expectation.phrase)
        #expect(abs(parsed.estimate.low - expectation.low) <= 1e-9 * max(1, expectation.low))
        #expect(abs(parsed.estimate.high - expectation.high) <= 1e-9 * max(1, expectation.high))
        #expect(parsed.estimate.nominal == expectation.nominal)
        #expect(parsed.estimate.notes.count == 1, "the interpretation is always shown")
        #expect(parsed.estimate.notes.first?.contains(expectation.phrase) == true)
    }

    @Test func countsNeverIncludeAnExcludedEndOrGoNegative() throws {
        let nearly = try TestNouns.parser.parse("nearly 50 countries").estimate
        #expect(nearly.high == 49)
        #expect(nearly.low.rounded() == nearly.low && nearly.high.rounded() == nearly.high)
        let aboutOne = try TestNouns.parser.parse("about 1 launcher").estimate
        #expect(aboutOne.low >= 0)
        #expect(aboutOne.low == 1 && aboutOne.high == 1, "the x/2 cap keeps 'about 1' whole: [0.5, 1.5] → 1")
        let continuous = try TestNouns.parser.parse("nearly 50 km").estimate
        #expect(continuous.high == 50, "a length keeps the excluded end as a value")
        #expect(continuous.notes.first?.contains("high end excluded") == true)
    }

    @Test func aMalformedHedgeTableFailsWithItsPosition() {
        let header = HedgeTable.columns.joined(separator: ",")
        let cases: [(String, Int, Int, String)] = [
            ("about,1,-2,true,1,2,maybe,0.5,,,x,ci90,s", 2, 21, "bad value 'maybe' in column 'high_inclusive' (expected true, false or empty)"),
            ("about,1,-2,true,1,2,true,0.5,,,x,ci99,s", 2, 34, "bad value 'ci99' in column 'meaning' (expected point, bounds, ci90, ci90_bounds, variants, disagreement)"),
            ("about,one,-2,true,1,2,true,0.5,,,x,ci90,s", 2, 7, "bad number 'one' in column 'low_x' (expected digits with '.' as the decimal point, no thousands separators)"),
            ("several,,,,,,,,7,3,,ci90,s", 2, 18, "bad value '3' in column 'vague_high' (expected a value not below vague_low)"),
            ("about,1,-2,true,1,2,true,0.5,,,x,ci90,", 2, 39, "empty value in required column 'source'"),
        ]
        for (row, line, column, message) in cases {
            do {
                _ = try HedgeTable(csv: header + "\n" + row + "\n", origin: "hedges.csv")
                Issue.record("expected an error for \(row)")
            } catch {
                #expect(error.location == SourceLocation(origin: "hedges.csv", line: line, column: column), "\(row)")
                #expect(error.message == message)
            }
        }
    }
}
