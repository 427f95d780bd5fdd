import Munitions
import TextCore
import Testing

/// Where the sources disagree: every conflict of the embedded ledger, and the rules.
@Suite struct ConflictDetectorTests {
    static let overlapDates = "dates do not overlap"
    static let overlapRanges = "ranges do not overlap"
    static let dates = "different dates"
    static let things = "different things counted"

    /// Every conflict in the embedded ledger: the two claim ids and the reason, in order.
    static let expected: [(String, String, String)] = [
        ("liga-20240111-kim-visit-date", "kyivind-20240111-kim-visit-date", overlapDates),
        ("liga-20240111-kim-visit-date", "smh-20240111-kim-visit-dates", overlapDates),
        ("kyivind-20240111-kim-visit-date", "yonhap-20240111-kim-visit-date", overlapDates),
        ("kyivind-20240111-kim-visit-date", "smh-20240111-kim-visit-dates", overlapDates),
        ("state-20240223-containers", "politico-20240227-containers", overlapRanges),
        ("state-20240223-containers", "rbc-20240227-containers", overlapRanges),
        ("state-20240223-containers", "cnn-20240227-containers", overlapRanges),
        ("politico-20240227-152mm-capacity", "rbc-20240227-152mm-capacity", overlapRanges),
        ("politico-20240227-152mm-capacity", "cnn-20240227-152mm-capacity", overlapRanges),
        ("politico-20240227-122mm-capacity", "cnn-20240227-122mm-capacity", things),
        ("rbc-20240227-122mm-capacity", "cnn-20240227-122mm-capacity", things),
        ("liga-20240111-wh-confirmation-date", "kyivind-20240111-wh-confirmation-date", overlapDates),
        ("liga-20240111-attack-dates", "kyivind-20240111-attack-dates", dates),
        ("liga-20240111-attack-dates", "kuna-20240104-attack-dates", dates),
        ("liga-20240111-attack-dates", "govuk-20240112-attack-dates", dates),
        ("liga-20240111-attack-dates", "yonhap-20240223-attack-dates", dates),
        ("kyivind-20240111-attack-dates", "kuna-20240104-attack-dates", dates),
        ("kyivind-20240111-attack-dates", "govuk-20240112-attack-dates", dates),
        ("kyivind-20240111-attack-dates", "yonhap-20240223-attack-dates", dates),
        ("govuk-20240112-attack-dates", "yonhap-20240223-attack-dates", dates),
        ("kyivind-20240111-ballistic-missiles", "yonhap-20240111-ballistic-missiles", overlapRanges),
        ("hani-20231102-deliveries-start", "state-20240223-deliveries-start", overlapDates),
        ("hani-20231102-deliveries-start", "kyivind-20240827-deliveries-start", overlapDates),
        ("state-20240223-deliveries-start", "cnn-20240227-deliveries-start", overlapDates),
        ("state-20240223-deliveries-start", "kyivind-20240827-deliveries-start", overlapDates),
        ("cnn-20240227-deliveries-start", "kyivind-20240827-deliveries-start", overlapDates),
    ]

    @Test func theEmbeddedLedgerHasExactlyTheseConflicts() throws {
        let conflicts = try ClaimLedger.standard().conflicts()
        let found = conflicts.map { ($0.first.id, $0.second.id, $0.reasonText) }
        #expect(found.count == Self.expected.count)
        for (index, want) in Self.expected.enumerated() where index < found.count {
            #expect(found[index] == want)
        }
        for conflict in conflicts {
            #expect(conflict.first.subject == conflict.subject && conflict.second.subject == conflict.subject)
            #expect(conflict.first.source.reportKey != conflict.second.source.reportKey)
        }
    }

    @Test func theSeedsDisagreeOnTheAttackDatesWithBothQuotesAndOutlets() throws {
        let ledger = try ClaimLedger.standard()
        let conflict = try #require(
            ledger.conflicts(subject: "nk-missile-attacks-dates").first {
                $0.involves("liga-20240111-attack-dates") && $0.involves("kyivind-20240111-attack-dates")
            })
        #expect(conflict.first.source.outlet == "LIGA.net (English edition)")
        #expect(conflict.first.quote == "used them during attacks on Ukraine on December 29 and January 2")
        #expect(conflict.second.source.outlet == "The Kyiv Independent")
        #expect(conflict.second.quote == "at least three times — on Dec. 30, Jan. 4, and Jan. 6")
        let first = [try CalendarDate(iso: "2023-12-29"), try CalendarDate(iso: "2024-01-02")]
        let second = [try CalendarDate(iso: "2023-12-30"), try CalendarDate(iso: "2024-01-04"), try CalendarDate(iso: "2024-01-06")]
        #expect(conflict.reasons == [.differentDates(onlyFirst: first, onlySecond: second)])
        #expect(
            conflict.detail
                == "only in the first: 2023-12-29, 2024-01-02; only in the second: 2023-12-30, 2024-01-04, 2024-01-06 (days up to 2024-01-11 compared)"
        )
    }

    @Test func anAttackAddedAfterAnEarlierReportIsNotAContradiction() throws {
        let ledger = try ClaimLedger.standard()
        let detector = ConflictDetector(subjects: ledger.subjects)
        // The 2024-01-04 briefing named Dec 30 and Jan 2; the February report adds Jan 6.
        let early = try ledger.claim(id: "kuna-20240104-attack-dates")
        let later = try ledger.claim(id: "yonhap-20240223-attack-dates")
        #expect(detector.conflict(between: early, and: later) == nil)
    }

    @Test func runningTotalsMonthsApartAreNotCompared() throws {
        let ledger = try ClaimLedger.standard()
        let detector = ConflictDetector(subjects: ledger.subjects)
        let october = try ledger.claim(id: "dw-20231013-containers")
        let june = try ledger.claim(id: "bloomberg-20240614-containers")
        let a = try #require(october.estimate)
        let b = try #require(june.estimate)
        #expect(!a.interval.overlaps(b.interval))  // 1,001–1,500 vs 10,000–15,000
        #expect(detector.conflict(between: october, and: june) == nil)
    }

    @Test(arguments: [("2024-01-08", true), ("2024-01-09", false)])
    func runningTotalsAreComparedUpToSevenDaysApart(other: String, compared: Bool) throws {
        let base = ClaimRow().with("subject", "nk-containers-to-russia").with("unit", "container").with("meaning", "point")
            .with("low", "").with("high", "").with("as_written", "1,000").with("quote", "1000 containers")
        let rows = [
            base.with("id", "a").with("nominal", "1000").with("as_written", "1000").with("published", "2024-01-01"),
            base.with("id", "b").with("nominal", "9000").with("as_written", "9000").with("published", other)
                .with("outlet", "Other desk"),
        ]
        let claims = try ClaimRow.claims(rows)
        let detector = ConflictDetector(subjects: try .standard())
        #expect(ConflictDetector.sameTimeWindowDays == 7)
        #expect((detector.conflict(between: claims[0], and: claims[1]) != nil) == compared)
    }

    @Test func shellsAndRoundsAreOneThingButRocketsAreAnother() throws {
        let ledger = try ClaimLedger.standard()
        let detector = ConflictDetector(subjects: ledger.subjects)
        let shells = try ledger.claim(id: "liga-20240111-122mm-capacity")  // about 400,000 shells
        let rounds = try ledger.claim(id: "efe-20231229-122mm-capacity")  // more than 400,000 rounds
        #expect(detector.conflict(between: shells, and: rounds) == nil)
        let politico = try ledger.claim(id: "politico-20240227-122mm-capacity")
        let cnn = try ledger.claim(id: "cnn-20240227-122mm-capacity")
        let conflict = try #require(detector.conflict(between: politico, and: cnn))
        #expect(conflict.reasons == [.differentThings(first: "shell", second: "rocket")])
        #expect(conflict.detail == "the first counts shells, the second rockets; reference dates 2024-02-27 and 2024-02-26")
    }

    @Test func roundsWhoseRangesMissShellsConflictOnTheirRanges() throws {
        let base = ClaimRow().with("subject", "nk-152mm-shells-to-russia").with("meaning", "point").with("low", "")
            .with("high", "").with("published", "2024-01-11")
        let claims = try ClaimRow.claims([
            base.with("id", "a").with("unit", "shell").with("nominal", "1000").with("as_written", "1000").with("quote", "1000"),
            base.with("id", "b").with("unit", "round").with("nominal", "2000").with("as_written", "2000").with("quote", "2000")
                .with("outlet", "Other desk"),
        ])
        let conflict = try #require(ConflictDetector(subjects: try .standard()).conflict(between: claims[0], and: claims[1]))
        #expect(conflict.reasons == [.disjointRanges])
        #expect(conflict.detail == "1,000 shells vs 2,000 rounds: no value in common")
    }

    @Test func claimsOfOneReportNeverConflict() throws {
        let base = ClaimRow().with("low", "").with("high", "").with("meaning", "point")
        let claims = try ClaimRow.claims([
            base.with("id", "a").with("nominal", "100").with("as_written", "100 km").with("quote", "100 km"),
            base.with("id", "b").with("nominal", "900").with("as_written", "900 km").with("quote", "900 km"),
        ])
        let detector = ConflictDetector(subjects: try .standard())
        #expect(detector.conflict(between: claims[0], and: claims[1]) == nil)
        let other = try ClaimRow.claims([
            base.with("id", "c").with("nominal", "900").with("as_written", "900 km").with("quote", "900 km")
                .with("outlet", "Other desk"),
        ])
        #expect(detector.conflict(between: claims[0], and: other[0])?.reasons == [.disjointRanges])
    }

    @Test func eachSourcesOwnAsOfDayIsNeverCompared() throws {
        let base = ClaimRow().with("subject", "nk-deliveries-as-of").with("kind", "date").with("unit", "date")
            .with("low", "").with("high", "").with("meaning", "point")
        let claims = try ClaimRow.claims([
            base.with("id", "a").with("nominal", "2023-12-31").with("as_written", "end of December").with("quote", "q"),
            base.with("id", "b").with("nominal", "2024-07-15").with("as_written", "July 15").with("quote", "q")
                .with("outlet", "Other desk"),
        ])
        #expect(ConflictDetector(subjects: try .standard()).conflict(between: claims[0], and: claims[1]) == nil)
    }

    @Test func aUsersFileThatContradictsTheLedgerShowsUp() throws {
        var ledger = try ClaimLedger.standard()
        let row = ClaimRow().with("id", "mine-attacks").with("subject", "nk-missile-attacks-dates").with("kind", "dateset")
            .with("unit", "date").with("meaning", "point").with("as_written", "Dec. 30 and Jan. 2").with("low", "2023-12-30")
            .with("nominal", "2023-12-30;2024-01-02").with("high", "2024-01-02").with("quote", "on Dec. 30 and Jan. 2")
            .with("published", "2024-01-11")
        try ledger.addFile(Array(ClaimRow.file([row]).utf8), origin: "mine.csv")
        let mine = ledger.conflicts().filter { $0.involves("mine-attacks") }
        // It misses the Jan 6 attack, which came before its date; it agrees with the
        // 2024-01-04 briefing and with the joint statement of 2024-01-09.
        #expect(mine.map { $0.first.id } == ["liga-20240111-attack-dates", "kyivind-20240111-attack-dates", "yonhap-20240223-attack-dates"])
        #expect(mine.allSatisfy { $0.second.location.description == "mine.csv:2:1" })
    }

    @Test func conflictsAreQueriedBySubjectSourceAndDate() throws {
        let ledger = try ClaimLedger.standard()
        #expect(ledger.conflicts(subject: "nk-missile-attacks-dates").count == 8)
        // State vs Politico (containers), Politico vs RBC and CNN (152-mm), Politico vs CNN (122-mm).
        #expect(ledger.conflicts(source: "politico").count == 4)
        let february = try DateSpan(parsing: "2024-02")
        #expect(ledger.conflicts(subject: "nk-containers-to-russia", referringTo: february).count == 3)
        #expect(ledger.conflicts(referringTo: try DateSpan(parsing: "2019")).isEmpty)
    }
}
