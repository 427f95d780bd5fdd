import Estimates
import Munitions
import Testing

/// Numbers written as other locales write them, in articles: thousands grouped by spaces are
/// one number; a point before exactly three digits is read by what follows, and the claim
/// says the other reading (the calculator refuses such a number; an article cannot be asked).
@Suite struct LocaleDigitsExtractionTests {
    func claims(_ text: String) throws -> [ExtractedClaim] {
        ClaimExtractor.standard.extract(try ArticleText(text, origin: "test"))
    }

    @Test(arguments: [
        ("Officials said 5 000 containers were shipped.", "5 000", 5_000.0, "container"),
        ("Officials said 5\u{00A0}000 containers were shipped.", "5\u{00A0}000", 5_000.0, "container"),
        ("Officials said 5\u{202F}000 containers were shipped.", "5\u{202F}000", 5_000.0, "container"),
        ("They sent 1 500 000 shells.", "1 500 000", 1_500_000.0, "shell"),
        ("Some 12 500 000 rounds were sent.", "Some 12 500 000", 12_500_000.0, "round"),
    ])
    func spaceGroupedThousandsAreOneNumber(text: String, asWritten: String, value: Double, unit: String) throws {
        let found = try claims(text)
        #expect(found.count == 1)
        let claim = try #require(found.first)
        #expect(claim.asWritten == asWritten)
        #expect(claim.stated.nominal == value)
        #expect(claim.unit == unit)
    }

    @Test func aRangeOfSpaceGroupedNumbersIsOneRange() throws {
        let claim = try #require(try claims("between 5 000 and 7 000 rounds").first)
        #expect(claim.estimate?.low == 5_000 && claim.estimate?.high == 7_000)
    }

    @Test func aCaliberAfterASpaceIsNotAGroup() throws {
        // "2 152 mm guns": two guns of 152 mm, not 2,152 guns.
        let claim = try #require(try claims("They moved 2 152 mm guns.").first)
        #expect(claim.stated.nominal == 2)
        #expect(claim.caliber == "152 mm")
    }

    @Test func phoneNumbersStayNoise() throws {
        #expect(try claims("Call 020 7946 0958 now.").isEmpty)
        #expect(try claims("Call 555 123 456 now.").isEmpty)
    }

    @Test func aPointBeforeThreeDigitsBeforeACountIsAThousandsPointAndSaysSo() throws {
        let claim = try #require(try claims("Officials said 5.000 containers were shipped.").first)
        #expect(claim.stated.nominal == 5_000)
        #expect(claim.unit == "container")
        #expect(
            claim.notes.contains(
                "“5.000” read as 5,000 (a decimal comma locale's thousands point, before a count); with a decimal point it is 5"))
        let rockets = try #require(try claims("They fired 3.250 rockets.").first)
        #expect(rockets.stated.nominal == 3_250)
    }

    @Test func aPointBeforeThreeDigitsBeforeAMeasureIsADecimalPointAndSaysSo() throws {
        let claim = try #require(try claims("The charge weighs 1.500 kg.").first)
        #expect(claim.stated.nominal == 1.5)
        #expect(claim.notes.contains("“1.500” read as 1.5 (a decimal point); in a decimal comma locale it is 1,500"))
    }
}
