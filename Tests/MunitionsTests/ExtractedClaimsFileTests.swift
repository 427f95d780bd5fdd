import Estimates
import Munitions
import Tables
import TextCore
import Testing

/// `--as-claims` output is a claims file that `ClaimsFile.read` (and so `reckon claims
/// --claims` and `reckon conflicts --claims`) takes as it is: every row has a subject of the
/// vocabulary, proposed by `Datasets/subject-cues.csv`.
@Suite struct ExtractedClaimsFileTests {
    static let text = """
        SEOUL, Jan. 11 — North Korea sent about 5,000 weapons containers that can hold about 2.3 million \
        152-mm shells or about 400,000 122-mm artillery shells, the minister said on Wednesday. The KN-23 \
        has a range of 7,500 kilometers (4,600 miles). The U.S. and nearly 50 allies signed a joint statement on Jan. 9. \
        "Within two or three years", nearly two-thirds of it; a new type of weapon with an estimated range of 100-180 kilometers; \
        Moscow received several dozen ballistic missiles; Russia attacked Ukraine with them on Dec. 30, Jan. 4, and Jan. 6; \
        Pavlo Klimkin, Minister of Foreign Affairs in 2014-2019. The committee met last week.
        """

    struct Round {
        var extracted: [ExtractedClaim]
        var written: [ExtractedClaim]
        var claims: [Claim]
        var skipped: [(claim: ExtractedClaim, reason: String)]
    }

    func round(published: CalendarDate?) throws -> Round {
        let article = try ArticleText(Self.text, origin: "articles/seoul-briefing.txt")
        let extracted = ClaimExtractor.standard.extract(article, published: published)
        let source = ExtractionSource(origin: "articles/seoul-briefing.txt", outlet: "Example Wire", published: published)
        let (table, skipped) = ExtractedClaim.claimsTable(extracted, article: article, source: source, cues: try SubjectCues.standard())
        let csv = CSVWriter().render(table)
        #expect(csv.hasPrefix(ClaimsFile.columns.joined(separator: ",") + "\r\n"))
        let claims = try ClaimsFile.read(csv, origin: "mine.csv", subjects: try SubjectVocabulary.standard())
        let written = extracted.filter { claim in !skipped.contains { $0.claim.start == claim.start } }
        return Round(extracted: extracted, written: written, claims: claims, skipped: skipped)
    }

    @Test func everyWrittenClaimLoadsWithItsSubjectAndTheSameReading() throws {
        let published = try CalendarDate(iso: "2024-01-11")
        let result = try round(published: published)
        #expect(result.claims.count == result.written.count)
        #expect(result.claims.count + result.skipped.count == result.extracted.count)
        #expect(result.claims.first?.id == "x-seoul-briefing-001")
        #expect(Set(result.claims.map(\.id)).count == result.claims.count)
        #expect(
            result.claims.map(\.subject) == [
                "nk-containers-to-russia", "nk-152mm-shells-to-russia", "nk-122mm-munitions-to-russia", "kn23-range",
                "joint-statement-signatories-besides-us", "joint-statement-date", "crbm-range", "nk-ballistic-missiles-to-russia",
                "nk-missile-attacks-dates", "klimkin-term-foreign-minister",
            ])
        for (claim, found) in zip(result.claims, result.written) {
            #expect(claim.kind == found.kind)
            #expect(claim.hedge == found.hedge)
            #expect(claim.source.outlet == "Example Wire" && claim.source.published == published)
            #expect(Self.text.contains(claim.quote), "the quote is an exact part of the article")
            #expect(claim.quote.contains(found.quote))
            if let estimate = found.estimate {
                // The claims reader reads the hedge again from the same table: the same range
                // (to 15 significant digits, as the claims file writes numbers).
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
        let shells = result.claims.filter { $0.unitName == "shell" }
        #expect(shells.count == 2 && shells[0].alternativeGroup == "x-seoul-briefing-alt1")
        #expect(shells[1].alternativeGroup == shells[0].alternativeGroup)
        // What no subject fits is left out, with the reason.
        let left = result.skipped.map(\.claim.quote)
        #expect(left.contains("Jan. 11") && left.contains("Wednesday") && left.contains("two") && left.contains("last week"))
        #expect(result.skipped.allSatisfy { $0.reason.contains("no subject of Datasets/subjects.csv fits") })
    }

    @Test func datesThatCannotBeResolvedAreLeftOutWithTheReason() throws {
        let result = try round(published: nil)
        let reasons = Dictionary(result.skipped.map { ($0.claim.quote, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["Wednesday"]?.contains("give --published") == true)
        #expect(reasons["Jan. 9"]?.contains("no year written") == true)
        #expect(result.claims.contains { $0.asWritten == "2014-2019" }, "a date with its years is kept")
        #expect(!result.claims.contains { $0.subject == "joint-statement-date" })
    }

    @Test func theCuesFileNamesOnlyVocabularySubjects() throws {
        let subjects = try SubjectVocabulary.standard()
        let cues = try SubjectCues.standard()
        #expect(!cues.rules.isEmpty)
        #expect(cues.rules.allSatisfy { subjects.subject($0.subject.name) != nil })
        #expect(throws: DatasetError.self) {
            try SubjectCues(csv: "subject,caliber_mm,cues,note\nno-such-subject,,,x\n", origin: "cues.csv", subjects: subjects)
        }
    }

    @Test(arguments: [("articles/Seoul Briefing.v2.txt", "x-seoul-briefing"), ("<stdin>", "x-stdin"), ("-", "x-x")])
    func idPrefixesComeFromTheFileName(origin: String, prefix: String) {
        #expect(ExtractionSource(origin: origin).idPrefix == prefix)
    }
}
