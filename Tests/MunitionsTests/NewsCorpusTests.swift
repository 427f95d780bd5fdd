import Foundation
import Munitions
import TextCore
import Testing

/// The news corpus (`Tests/Fixtures/news-corpus/`, issue 19): real articles, annotated by
/// hand, split into a development half and a blind half. The corpus is checked for what it
/// promises (real pages with addresses and dates, short excerpts, well-formed annotations);
/// the extractor is scored on both halves and must not fall below the recorded floor.
///
/// `Scripts/score-extraction.sh` runs this suite and prints the tables.
@Suite struct NewsCorpusTests {
    static let recording = ProcessInfo.processInfo.environment["RECKON_RECORD_NEWS_SCORES"] == "1"
    static let longestExcerpt = 1_200
    static let readings: Set<String> = ["point", "range", "approx", "above", "atleast", "below", "atmost", "vague"]

    @Test func theManifestListsRealDatedArticlesFromManyOutlets() throws {
        let excerpts = try NewsCorpus.excerpts()
        #expect(excerpts.count >= 40, "the corpus holds \(excerpts.count) excerpts")
        let outlets = Set(excerpts.map(\.outlet))
        #expect(outlets.count >= 15, "the corpus draws on \(outlets.count) outlets")
        let subjects = Set(excerpts.map(\.subject))
        #expect(subjects.count >= 4, "the corpus covers \(subjects.count) subjects")
        #expect(subjects.contains { $0 != "arms-transfers" })
        let blind = excerpts.filter { $0.half == .blind }.count
        let dev = excerpts.count - blind
        #expect(blind > 0 && dev > 0 && abs(blind - dev) <= 1, "halves of \(dev) and \(blind) excerpts")
        #expect(Set(excerpts.map(\.file)).count == excerpts.count, "an excerpt is listed twice")
        for excerpt in excerpts {
            let at = "manifest.csv:\(excerpt.manifestLine) (\(excerpt.file))"
            #expect(excerpt.url.hasPrefix("http://") || excerpt.url.hasPrefix("https://"), "\(at): url '\(excerpt.url)'")
            #expect(["page", "text", "url", "none"].contains(excerpt.dateSource), "\(at): date_source '\(excerpt.dateSource)'")
            #expect((excerpt.published == nil) == (excerpt.dateSource == "none"), "\(at): a date needs a source, 'none' no date")
            #expect((try? CalendarDate(iso: excerpt.accessed)) != nil, "\(at): accessed '\(excerpt.accessed)'")
            #expect(!excerpt.claims.isEmpty, "\(at): no claims annotated")
        }
    }

    @Test func excerptsAreShortAndNeverWholeArticles() throws {
        for excerpt in try NewsCorpus.excerpts() {
            let length = excerpt.text.count
            #expect(length <= Self.longestExcerpt, "\(excerpt.file) has \(length) characters (at most \(Self.longestExcerpt))")
            #expect(length >= 60, "\(excerpt.file) has \(length) characters: not a sentence")
        }
    }

    @Test func everyAnnotationIsWellFormed() throws {
        for excerpt in try NewsCorpus.excerpts() {
            let scalars = Array(excerpt.text.unicodeScalars)
            for claim in excerpt.claims {
                let at = "\(excerpt.file.replacingOccurrences(of: ".txt", with: ".expected.csv")):\(claim.line)"
                #expect(
                    ExtractionFixtures.span(of: claim.text, occurrence: claim.occurrence, in: scalars) != nil,
                    "\(at): '\(claim.text)' (occurrence \(claim.occurrence)) is not in the excerpt")
                switch claim.kind {
                case "quantity":
                    #expect(!claim.unit.isEmpty, "\(at): a quantity needs a unit key")
                    #expect(Self.readings.contains(claim.reading), "\(at): reading '\(claim.reading)'")
                    let range = claim.low.isEmpty ? "" : "\(claim.low)–\(claim.high)"
                    #expect(claim.stated == (claim.nominal.isEmpty ? range : claim.nominal), "\(at): stated '\(claim.stated)'")
                    #expect((claim.reading == "vague") == claim.stated.isEmpty, "\(at): only a vague quantity has no figure")
                    #expect(
                        (claim.reading == "point" || claim.reading == "range") == (claim.hedge.isEmpty || claim.hedge == "estimated"),
                        "\(at): reading '\(claim.reading)' with hedge '\(claim.hedge)'")
                    for number in [claim.low, claim.nominal, claim.high] where !number.isEmpty {
                        #expect(Double(number) != nil, "\(at): '\(number)' is not a plain number")
                    }
                case "date":
                    #expect(
                        claim.unit.isEmpty && claim.stated.isEmpty && claim.reading.isEmpty && claim.speaker.isEmpty,
                        "\(at): a date has no unit, stated figure, reading or speaker")
                    for day in [claim.low, claim.nominal, claim.high] where !day.isEmpty {
                        #expect((try? CalendarDate(iso: day)) != nil, "\(at): '\(day)' is not a day")
                    }
                    #expect(
                        excerpt.published != nil || (claim.low + claim.nominal + claim.high).isEmpty
                            || claim.text.contains(where: \.isNumber),
                        "\(at): a relative date cannot be resolved without a publication date")
                default:
                    Issue.record("\(at): kind '\(claim.kind)' is neither quantity nor date")
                }
                if !claim.caliber.isEmpty {
                    #expect(NewsCorpusScore.caliberKey(claim.caliber) == claim.caliber, "\(at): caliber '\(claim.caliber)' is not N-mm")
                }
            }
        }
    }

    @Test func theScorerReadsTheExtractorsFieldsAsTheAnnotationsDo() {
        #expect(NewsCorpusScore.caliberKey("152-millimeter") == "152-mm")
        #expect(NewsCorpusScore.caliberKey("155mm") == "155-mm")
        #expect(NewsCorpusScore.caliberKey("122 mm") == "122-mm")
        #expect(NewsCorpusScore.caliberKey("6-inch") == "6-in")
        #expect(NewsCorpusScore.caliberKey("KN") == "")
        #expect(NewsCorpusScore.singular("countries") == "country")
        #expect(NewsCorpusScore.singular("vessels") == "vessel")
        #expect(NewsCorpusScore.singular("ammunition") == "ammunition")
        #expect(NewsCorpusScore.speakerMatches("Ukraine’s air force", "the air force"))
        #expect(NewsCorpusScore.speakerMatches("South Korean Defense Minister Shin Won-sik", "Shin Won-sik"))
        #expect(!NewsCorpusScore.speakerMatches("the State Department", "the Pentagon"))
        #expect(!NewsCorpusScore.speakerMatches("", "the Pentagon"))
    }

    /// Scores both halves, prints their tables (the development half with every miss, the
    /// blind half in aggregate only) and holds each ratcheted figure to its recorded floor.
    @Test func theScoresDoNotFallBelowTheRecordedFloor() throws {
        let excerpts = try NewsCorpus.excerpts()
        var scores: [NewsCorpus.Half: NewsCorpusScore] = [:]
        for half in NewsCorpus.Half.allCases {
            let score = try NewsCorpusScore.score(half, of: excerpts)
            scores[half] = score
            let count = excerpts.filter { $0.half == half }.count
            print(score.report(title: "News corpus, \(half.rawValue) half (\(count) excerpts, \(score.core.expected) claims):"))
            if half == .dev {
                for problem in score.problems { print("  - \(problem)") }
            }
        }
        if Self.recording {
            try NewsCorpusRatchet.record(scores)
            print("news corpus: recorded the scores of both halves in Tests/Fixtures/news-corpus/scores.csv")
            return
        }
        let floors = try NewsCorpusRatchet.recorded()
        let recordedClaims = try NewsCorpusRatchet.recordedClaims()
        for half in NewsCorpus.Half.allCases {
            guard let score = scores[half], let floor = floors[half] else {
                Issue.record("scores.csv has no floor for the \(half.rawValue) half")
                continue
            }
            let lost = (recordedClaims[half] ?? []).subtracting(score.coreCorrect).sorted()
            let gained = score.coreCorrect.subtracting(recordedClaims[half] ?? []).count
            if !lost.isEmpty || gained > 0 {
                print("news corpus, \(half.rawValue) half: \(gained) claims right that were not, \(lost.count) lost")
            }
            for figure in score.ratcheted {
                guard let recorded = floor[figure.name] else {
                    Issue.record("scores.csv has no '\(figure.name)' for the \(half.rawValue) half")
                    continue
                }
                let now = NewsCorpusRatchet.Figure(correct: figure.correct, total: figure.total)
                if now.ratio + 1e-12 < recorded.ratio {
                    Issue.record(
                        """
                        news corpus, \(half.rawValue) half: \(figure.name) fell to \(String(format: "%.3f", now.ratio)) \
                        (\(now.correct)/\(now.total)) from the recorded \(String(format: "%.3f", recorded.ratio)) \
                        (\(recorded.correct)/\(recorded.total)); claims lost: \
                        \(lost.isEmpty ? "none (other claims changed)" : lost.map(\.description).joined(separator: "; "))
                        """)
                } else if now.ratio > recorded.ratio + 1e-12 {
                    print(
                        "news corpus, \(half.rawValue) half: \(figure.name) rose above its floor; record it (Scripts/score-extraction.sh --record)"
                    )
                }
            }
        }
    }
}
