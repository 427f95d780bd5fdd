import Estimates
import Munitions
import Tables
import Testing

/// `--as-claims` output is a claims file that `ClaimsFile.read` (and so `reckon claims
/// --claims` and `reckon conflicts --claims`) takes as it is.
@Suite struct ExtractedClaimsFileTests {
    static let text = """
        SEOUL, Jan. 11 — North Korea sent about 5,000 weapons containers that can hold about 2.3 million \
        152-mm shells or about 400,000 122-mm artillery shells, the minister said on Wednesday. The missile \
        has a range of 7,500 kilometers (4,600 miles). Nearly two-thirds of the 48 countries signed \
        "within two or three years"; an estimated range of 100-180 kilometers; several dozen ballistic missiles; \
        attacks on Dec. 30, Jan. 4, and Jan. 6; served in 2014-2019; met last week and -5 times.
        """

    func round(published: CalendarDate?) throws -> ([ExtractedClaim], [Claim], [ExtractedClaim]) {
        let article = try ArticleText(Self.text, origin: "articles/seoul-briefing.txt")
        let extracted = ClaimExtractor.standard.extract(article, published: published)
        let source = ExtractionSource(origin: "articles/seoul-briefing.txt", outlet: "Example Wire", published: published)
        let (table, skipped) = ExtractedClaim.claimsTable(extracted, article: article, source: source)
        let csv = CSVWriter().render(table)
        #expect(csv.hasPrefix(ClaimsFile.columns.joined(separator: ",") + "\r\n"))
        return (extracted, try ClaimsFile.read(csv, origin: "mine.csv"), skipped)
    }

    @Test func everyExtractedClaimLoadsAsAClaimWithTheSameReading() throws {
        let published = try CalendarDate(iso: "2024-01-11")
        let (extracted, claims, skipped) = try round(published: published)
        #expect(skipped.isEmpty)
        #expect(claims.count == extracted.count)
        #expect(Set(claims.map(\.id)).count == claims.count)
        #expect(claims.first?.id == "x-seoul-briefing-001")
        for (claim, found) in zip(claims, extracted) {
            #expect(claim.kind == found.kind)
            #expect(claim.hedge == found.hedge)
            #expect(claim.source.outlet == "Example Wire" && claim.source.published == published)
            #expect(Self.text.contains(claim.quote), "the quote is an exact part of the article")
            #expect(claim.quote.contains(found.quote))
            if let estimate = found.estimate {
                // The claims reader reads the hedge again from the same table: the same range.
                // (to 15 significant digits, as the claims file writes numbers)
                let low = try #require(claim.estimate?.low)
                let high = try #require(claim.estimate?.high)
                #expect(abs(low - estimate.low) <= 1e-12 * max(1, abs(estimate.low)), "\(found.quote)")
                #expect(abs(high - estimate.high) <= 1e-12 * max(1, abs(estimate.high)), "\(found.quote)")
                #expect(claim.unitName == (found.unit ?? ""))
            }
            switch (claim.value, found.date?.value) {
            case (.dates(let span), .day(let day)?): #expect(span.start == day && span.end == day)
            case (.dates(let span), .span(let expected)?): #expect(span == expected)
            case (.dateSet(let days), .set(let expected)?): #expect(days == expected)
            case (.quantity, nil): break
            default: Issue.record("\(found.quote): \(claim.value) does not match \(String(describing: found.date?.value))")
            }
        }
        let shells = claims.filter { $0.unitName == "shell" }
        #expect(shells.count == 2 && shells[0].alternativeGroup != nil && shells[0].alternativeGroup == shells[1].alternativeGroup)
        #expect(shells[0].alternativeGroup?.hasPrefix("x-seoul-briefing-alt") == true)
        let years = try #require(claims.first { $0.asWritten == "two" })
        #expect(years.unitName == "yr" && years.alternativeGroup != nil)
        let share = try #require(claims.first { $0.unitName == "%" })
        #expect(share.estimate.map { abs($0.high - 200.0 / 3) < 1e-9 } == true, "a word fraction keeps its range")
    }

    @Test func datesThatCannotBeResolvedAreLeftOutAndListed() throws {
        let (extracted, claims, skipped) = try round(published: nil)
        #expect(claims.count + skipped.count == extracted.count)
        #expect(skipped.map(\.quote).contains("Wednesday"))
        #expect(skipped.map(\.quote).contains("last week"))
        #expect(skipped.allSatisfy { $0.date?.value == nil })
        #expect(claims.contains { $0.asWritten == "2014-2019" }, "a date with its years is kept")
    }

    @Test(arguments: [("articles/Seoul Briefing.v2.txt", "x-seoul-briefing"), ("<stdin>", "x-stdin"), ("-", "x-x")])
    func idPrefixesComeFromTheFileName(origin: String, prefix: String) {
        #expect(ExtractionSource(origin: origin).idPrefix == prefix)
    }
}
