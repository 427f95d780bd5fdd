import Estimates
import TextCore
import Munitions
import Testing

/// What the extractor reads, and what it must not read, one phenomenon at a time.
@Suite struct ClaimExtractorTests {
    static let published = try! CalendarDate(iso: "2024-01-11")

    func extract(_ text: String, published: CalendarDate? = ClaimExtractorTests.published) throws -> [ExtractedClaim] {
        let article = try ArticleText(text, origin: "test")
        let claims = ClaimExtractor.standard.extract(article, published: published)
        #expect(zip(claims, claims.dropFirst()).allSatisfy { $0.start <= $1.start }, "claims come in text order")
        for claim in claims {
            // Every quote is exactly the text between its offsets.
            #expect(article.text(claim.start, claim.end) == claim.quote)
        }
        return claims
    }

    @Test func theSeedSentenceGivesThreeClaimsWithHedgesCalibersAndAlternatives() throws {
        let claims = try extract(
            "about 5,000 weapons containers that can hold about 2.3 million 152-mm shells or about 400,000 122-mm artillery shells")
        #expect(claims.count == 3)
        let containers = try #require(claims.first)
        #expect(containers.quote == "about 5,000 weapons containers")
        #expect(containers.asWritten == "about 5,000")
        #expect(containers.stated == .init(nominal: 5000))
        #expect(containers.estimate?.low == 3000 && containers.estimate?.high == 7000 && containers.estimate?.nominal == 5000)
        #expect(containers.counted == "weapons containers" && containers.unit == "container" && containers.hedge == "about")
        #expect(containers.reading?.contains("u = 1,000") == true)
        #expect(containers.alternativeGroup == nil)
        let shells152 = claims[1]
        #expect(shells152.counted == "152-mm shells" && shells152.caliber == "152-mm" && shells152.unit == "shell")
        #expect(shells152.estimate?.low == 2_100_000 && shells152.estimate?.high == 2_500_000)
        let shells122 = claims[2]
        #expect(shells122.counted == "122-mm artillery shells" && shells122.caliber == "122-mm")
        #expect(shells122.estimate?.low == 200_000 && shells122.estimate?.high == 600_000)
        #expect(shells152.alternativeGroup != nil && shells152.alternativeGroup == shells122.alternativeGroup)
    }

    @Test(arguments: [
        "KN-23", "Hwasong-11", "BM-21", "S-300", "Su-25", "9M22U", "2S19", "T-72B3", "M777", "F-16s", "COVID-19", "Shahed-136",
        "PAC-3", "MH17", "G7", "Kh-101", "MiG-31K", "Shahed-136/131",
    ])
    func designatorsAreNotQuantities(designator: String) throws {
        #expect(try extract("Officials said the \(designator) was seen again.").isEmpty)
        let counted = try extract("They fired 24 \(designator) missiles.")
        #expect(counted.count == 1)
        #expect(counted.first?.stated.nominal == 24)
        #expect(counted.first?.counted == "\(designator) missiles")
    }

    @Test(arguments: ["a 152-mm gun", "155mm ammunition", "the 122-mm howitzer", "152 mm artillery", "a 152-millimeter cannon"])
    func aCaliberOnItsOwnIsNotACount(phrase: String) throws {
        #expect(try extract("The brigade uses \(phrase) near the front.").isEmpty)
    }

    @Test(arguments: ["Vision 2030", "the Euro 2024 final", "the 2024 edition", "a 2023 assessment", "our 2022 explainer", "the 1990s"])
    func yearsUsedAsNamesAreNotClaims(phrase: String) throws {
        #expect(try extract("The report mentions \(phrase) twice.").isEmpty)
    }

    @Test(arguments: [
        "the 47th brigade", "the 3rd Assault Brigade", "the first test", "a second briefing", "page 12", "p. 7", "chapter 7",
        "Article 5", "Resolution 2231", "No. 4417", "#5", "sections 7.1 to 7.4", "at 06:45", "at 9 a.m.", "at 14:30",
        "+1 202-555-0143", "(202) 555-0143", "0800 123 4567", "+44 20 7219 3000", "one of the officials", "the two countries",
        "[2]", "https://example.org/2022/10/17/story-2",
    ])
    func labelsOrdinalsTimesAndPhoneNumbersAreNotClaims(phrase: String) throws {
        #expect(try extract("Officials pointed to \(phrase) now.").isEmpty)
    }

    @Test func oneIsACountOnlyBeforeACountedNoun() throws {
        #expect(try extract("One official said so.").isEmpty)
        let missile = try extract("Only one missile got through.")
        #expect(missile.map(\.counted) == ["missile"])
        #expect(missile.first?.unit == "missile")
    }

    @Test func aFigureInTwoUnitsIsOneClaimAndIsChecked() throws {
        let consistent = try #require(try extract("a range of 7,500 kilometers (4,600 miles)").first)
        #expect(consistent.stated.nominal == 7500 && consistent.unit == "km")
        #expect(consistent.quote == "7,500 kilometers (4,600 miles)")
        #expect(consistent.unitCheck?.isConsistent == true)
        #expect(consistent.unitCheck?.detail == "consistent: 7,500 km = 4,660 mi, written 4,600 mi")
        let wrong = try extract("a range of 690 km (530 miles)")
        #expect(wrong.count == 1)
        #expect(wrong.first?.unitCheck?.isConsistent == false)
        let words = try #require(try extract("Training takes 35 days, or five weeks, in all.").first)
        #expect(words.unitCheck?.isConsistent == true)
    }

    @Test(arguments: ["100–180 kilometers", "100-180 km", "between 100 and 180 km", "100 to 180 km", "from 100 to 180 km"])
    func rangesInEveryForm(text: String) throws {
        let claim = try #require(try extract("The missile flies \(text) at most.").first)
        #expect(claim.stated == .init(low: 100, high: 180))
        #expect(claim.unit == "km")
        #expect(claim.estimate?.meaning == .bounds)
    }

    @Test func hedgesAreReadWithTheTable() throws {
        let more = try #require(try extract("more than 3 million shells").first)
        #expect(more.hedge == "more than" && more.estimate?.low == 3_000_001 && more.estimate?.high == 4_000_000)
        let upTo = try #require(try extract("up to 4.8 million shells").first)
        #expect(upTo.estimate?.low == 0 && upTo.estimate?.high == 4_800_000)
        let nearly = try #require(try extract("nearly 50 countries").first)
        #expect(nearly.estimate?.low == 40 && nearly.estimate?.high == 49 && nearly.unit == "country")
        let stacked = try #require(try extract("up to approximately 3 million rounds").first)
        #expect(stacked.hedge == "up to")
        #expect(stacked.notes.contains { $0.contains("approximately") })
        let estimated = try #require(try extract("an estimated range of 100-180 kilometers").first)
        #expect(estimated.hedge == "estimated")
        let vague = try #require(try extract("“several dozen ballistic missiles”").first)
        #expect(vague.hedge == "several dozen" && vague.estimate?.low == 36 && vague.estimate?.high == 84)
        #expect(vague.stated == .init())
        #expect(try extract("dozens of trucks").first?.counted == "trucks")
        #expect(try extract("Moscow received “several dozen” missiles.").first?.counted == "missiles")
        #expect(try extract("Several said so.").isEmpty)
    }

    @Test func wordFractionsAndPercentagesAreShares() throws {
        let half = try #require(try extract("about half of the shells").first)
        #expect(half.unit == "%" && half.stated.nominal == 50 && half.estimate?.low == 40 && half.estimate?.high == 60)
        let thirds = try #require(try extract("nearly two-thirds expected it").first)
        #expect(abs((thirds.stated.nominal ?? 0) - 200.0 / 3) < 1e-9)
        #expect(try extract("the second half of the year").isEmpty)
        for text in ["12%", "12 percent", "12 per cent"] {
            let claim = try #require(try extract("Prices rose \(text) in a year.").first)
            #expect(claim.stated.nominal == 12 && claim.unit == "%" && claim.counted == "%")
        }
        let ratio = try #require(try extract("fewer than one in five recruits").first)
        #expect(ratio.stated.nominal == 20 && ratio.hedge == "fewer than")
    }

    @Test func spelledNumbersScaleWordsAndCurrencies() throws {
        #expect(try extract("two million shells").first?.stated.nominal == 2_000_000)
        #expect(try extract("six thousand troops").first?.unit == "person")
        #expect(try extract("twenty-five regions").first?.stated.nominal == 25)
        #expect(try extract("400k shells").first?.stated.nominal == 400_000)
        #expect(try extract("a £245m package").first?.stated.nominal == 245_000_000)
        #expect(try extract("nearly 2m people").first?.unit == "person")
        let money = try #require(try extract("costs about $48 million each").first)
        #expect(money.counted == "USD" && money.stated.nominal == 48_000_000 && money.hedge == "about")
    }

    @Test func whatIsCountedIncludesWhatHappenedToIt() throws {
        let killed = try #require(try extract("At least 12 people were killed in the strike.").first)
        #expect(killed.counted == "people killed" && killed.unit == "person" && killed.hedge == "at least")
        let times = try #require(try extract("Russia attacked Ukraine with them at least three times.").first)
        #expect(times.counted == "times" && times.unit == "attack")
        let allies = try #require(try extract("The U.S. and nearly 50 allies published a statement.").first)
        #expect(allies.counted == "allies" && allies.unit == "country")
    }

    @Test func decadesAreYearsAndAChangeIsNotARange() throws {
        let decade = try #require(try extract("Demand will stay high for at least a decade.").first)
        #expect(decade.stated.nominal == 10 && decade.unit == "yr" && decade.hedge == "at least")
        #expect(try extract("It took two decades.").first?.stated.nominal == 20)
        let change = try extract("Shares rose 4.6% to 386 euros.")
        #expect(change.map(\.counted) == ["%", "euros"])
        #expect(try extract("Shares rose 4% to 5%.").first?.stated == .init(low: 4, high: 5))
    }

    @Test func alternativesShareAGroupAndANoun() throws {
        let claims = try extract("Crews fire 10 or 12 rounds per gun per day.")
        #expect(claims.count == 2)
        #expect(claims[0].alternativeGroup != nil && claims[0].alternativeGroup == claims[1].alternativeGroup)
        #expect(claims[0].counted == "rounds" && claims[0].unit == "round")
        #expect(try extract("They sent 5 tanks and 3 drones.").allSatisfy { $0.alternativeGroup == nil })
    }

    @Test func writtenDatesWithAndWithoutYears() throws {
        let claims = try extract(
            "They met on Dec. 30; again on January 2, 2024; in April 2022, in mid-2022, in 2014-2019 and as early as January.")
        let values = claims.map { $0.date?.value?.description ?? "?" }
        #expect(
            values == [
                "2023-12-30", "2024-01-02", "2022-04-01/2022-04-30", "2022-05-01/2022-08-31", "2014-01-01/2019-12-31",
                "2024-01-01/2024-01-31",
            ])
        #expect(claims[0].date?.yearInferred == true)
        #expect(claims[5].hedge == "as early as")
        let set = try #require(try extract("at least three times — on Dec. 30, Jan. 4, and Jan. 6").last)
        #expect(set.kind == .dateset)
        #expect(
            set.date?.value
                == .set([try CalendarDate(iso: "2023-12-30"), try CalendarDate(iso: "2024-01-04"), try CalendarDate(iso: "2024-01-06")]))
        let unresolved = try #require(try extract("It happened on Dec. 30.", published: nil).first)
        #expect(unresolved.date?.value == nil && unresolved.date?.note.contains("--published") == true)
    }

    /// Found by fuzzing (Tests/Fixtures/fuzz-regressions/extract): a list of days that do not
    /// exist gave an empty date set, and `--as-claims` indexed its first day.
    @Test func daysThatDoNotExistAreLeftOutOfADateListAndNoted() throws {
        let none = try #require(try extract("after the attacks of September 31, 31, 2001.").first)
        #expect(none.kind == .date && none.date?.value == nil)
        #expect(none.date?.note.hasSuffix("no such day") == true)
        let some = try #require(try extract("on September 31, October 2, 2001.").first)
        #expect(some.date?.value == .set([try CalendarDate(iso: "2001-10-02")]))
        #expect(some.date?.note.hasSuffix("no such day") == true)
        // The claims-file rows (`--as-claims`) leave the date out and say why.
        let article = try ArticleText("Missiles hit Kyiv on September 31, 31, 2001.", origin: "x.txt")
        let claims = ClaimExtractor.standard.extract(article, published: Self.published)
        let source = ExtractionSource(origin: "x.txt", published: Self.published)
        let (table, skipped) = ExtractedClaim.claimsTable(claims, article: article, source: source, cues: try SubjectCues.standard())
        #expect(table.rows.isEmpty)
        #expect(skipped.count == 1 && skipped[0].reason.hasSuffix("no such day"))
    }

    @Test func relativeDatesResolveAgainstThePublicationDate() throws {
        // 2024-01-11 was a Thursday.
        let cases: [(String, String)] = [
            ("on Wednesday", "2024-01-10"), ("last week", "2024-01-01/2024-01-07"), ("this month", "2024-01-01/2024-01-31"),
            ("yesterday", "2024-01-10"), ("three days ago", "2024-01-08"), ("earlier this week", "2024-01-08/2024-01-10"),
            ("next month", "2024-02-01/2024-02-29"), ("by the end of the year", "2024-12-31"),
            ("in the past month", "2023-12-11/2024-01-10"), ("a year ago", "2023-01-11"),
        ]
        for (text, expected) in cases {
            let claim = try #require(try extract("They met \(text), officials said.").first, "\(text)")
            #expect(claim.date?.value?.description == expected, "\(text)")
            #expect(claim.date?.isRelative == true)
        }
        let future = try #require(try extract("They will meet again on Monday.").first)
        #expect(future.date?.value?.description == "2024-01-15")
        let chained = try extract("On January 4, 2024, it was reported. On the same day, it was confirmed; the next day, denied.")
        #expect(chained.map { $0.date?.value?.description ?? "?" } == ["2024-01-04", "2024-01-04", "2024-01-05"])
        let flagged = try #require(try extract("They met last week.", published: nil).first)
        #expect(flagged.date?.isRelative == true && flagged.date?.value == nil)
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let text = "Ü “about 5,000” containers — 😀 and 7 km"
        let claims = try extract(text)
        #expect(claims.count == 2)
        let scalars = Array(text.unicodeScalars)
        #expect(claims[1].start == scalars.count - 4 && claims[1].end == scalars.count)
        #expect(claims[1].line == 1 && claims[1].column == scalars.count - 3)
    }

    @Test func emptyAndNumberFreeTextsHaveNoClaims() throws {
        #expect(try extract("").isEmpty)
        #expect(try extract("No figures here, only words.\n\n\n").isEmpty)
    }
}
