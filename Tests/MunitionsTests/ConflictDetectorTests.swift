import Estimates
import Munitions
import TextCore
import Testing

/// Where the sources disagree: properties every conflict of the embedded ledger must have
/// (so that a true claim added to the ledger never breaks a test), the known disagreements
/// of the seed articles, and the rules.
@Suite struct ConflictDetectorTests {
    @Test func everyFlaggedPairHasAReasonThatHoldsForItsTwoClaims() throws {
        let ledger = try ClaimLedger.standard()
        let conflicts = ledger.conflicts()
        #expect(!conflicts.isEmpty)
        for conflict in conflicts {
            let (first, second) = (conflict.first, conflict.second)
            let subject = try #require(ledger.subjects.subject(conflict.subject))
            #expect(first.subject == conflict.subject && second.subject == conflict.subject)
            #expect(first.source.reportKey != second.source.reportKey, "\(first.id) and \(second.id) are one report")
            #expect(subject.comparison != .perSource)
            #expect(!conflict.reasons.isEmpty)
            if subject.comparison == .cumulative, first.kind != .dateset {
                let days = try #require(Self.daysApart(first, second))
                #expect(days <= ConflictDetector.sameTimeWindowDays, "\(first.id), \(second.id): running totals \(days) days apart")
            }
            for reason in conflict.reasons {
                #expect(Self.holds(reason, for: first, second, subject: subject), "\(first.id) vs \(second.id): \(reason)")
            }
        }
    }

    @Test func everyComparablePairWithoutACommonValueIsFlagged() throws {
        let ledger = try ClaimLedger.standard()
        let flagged = Set(ledger.conflicts().map { [$0.first.id, $0.second.id] })
        for subject in ledger.subjects.subjects where subject.comparison == .fixed {
            let claims = ledger.claims(subject: subject.name)
            for (index, first) in claims.enumerated() {
                for second in claims[(index + 1)...] where first.source.reportKey != second.source.reportKey {
                    let disagree: Bool
                    switch (first.value, second.value) {
                    case (.quantity(let a), .quantity(let b)):
                        let differentThings = subject.thing(countedBy: first.unitName) != subject.thing(countedBy: second.unitName)
                        let inA = Self.inUnit(of: a, b)
                        disagree = differentThings || (inA.map { !a.interval.overlaps($0.interval) } ?? false)
                    case (.dates(let a), .dates(let b)): disagree = !a.overlaps(b)
                    case (.dateSet(let a), .dateSet(let b)): disagree = Set(a) != Set(b)
                    default: disagree = false
                    }
                    #expect(flagged.contains([first.id, second.id]) == disagree, "\(first.id) vs \(second.id)")
                }
            }
        }
    }

    @Test func theSeedArticlesKnownDisagreementsAreAmongTheConflicts() throws {
        let conflicts = try ClaimLedger.standard().conflicts()
        func flagged(_ a: String, _ b: String) -> [Conflict.Reason] {
            conflicts.first { $0.involves(a) && $0.involves(b) }?.reasons ?? []
        }
        // The two seed articles name different attack days and different dates of Kim's visit.
        #expect(flagged("liga-20240111-attack-dates", "kyivind-20240111-attack-dates").first?.label == "different dates")
        #expect(flagged("liga-20240111-kim-visit-date", "kyivind-20240111-kim-visit-date") == [.disjointDates])
        // Reports of 2024-02-27 read the 122-mm figure as shells and as rockets.
        #expect(flagged("politico-20240227-122mm-capacity", "cnn-20240227-122mm-capacity") == [.differentThings(first: "shell", second: "rocket")])
    }

    /// Whether `reason` is true of the two claims, worked out from their values alone.
    static func holds(_ reason: Conflict.Reason, for first: Claim, _ second: Claim, subject: Subject) -> Bool {
        switch (reason, first.value, second.value) {
        case (.differentThings(let a, let b), .quantity, .quantity):
            return a != b && a == subject.thing(countedBy: first.unitName) && b == subject.thing(countedBy: second.unitName)
        case (.disjointRanges, .quantity(let a), .quantity(let b)):
            guard let inA = inUnit(of: a, b) else { return false }
            return subject.thing(countedBy: first.unitName) == subject.thing(countedBy: second.unitName)
                && !a.interval.overlaps(inA.interval)
        case (.disjointDates, .dates(let a), .dates(let b)):
            return !a.overlaps(b)
        case (.differentDates(let onlyFirst, let onlySecond), .dateSet(let a), .dateSet(let b)):
            return !(onlyFirst.isEmpty && onlySecond.isEmpty)
                && onlyFirst.allSatisfy { a.contains($0) && !b.contains($0) }
                && onlySecond.allSatisfy { b.contains($0) && !a.contains($0) }
        default:
            return false
        }
    }

    /// `b` in `a`'s unit; two counts of one kind of thing under two names (shells, rounds)
    /// compare as they are.
    static func inUnit(of a: Estimate, _ b: Estimate) -> Estimate? {
        if let converted = try? b.converted(to: a.unit) { return converted }
        return a.unit.isCount && b.unit.isCount ? b : nil
    }

    static func daysApart(_ first: Claim, _ second: Claim) -> Int? {
        guard let a = first.referenceDate, let b = second.referenceDate else { return nil }
        return abs(a.daysSinceEpoch - b.daysSinceEpoch)
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
        let all = ledger.conflicts()
        for subject in Set(all.map(\.subject)) {
            #expect(ledger.conflicts(subject: subject).map(\.detail) == all.filter { $0.subject == subject }.map(\.detail))
        }
        let bySource = ledger.conflicts(source: "politico")
        #expect(!bySource.isEmpty)
        #expect(bySource.allSatisfy { $0.first.source.matches("politico") || $0.second.source.matches("politico") })
        #expect(all.filter { $0.first.source.matches("politico") || $0.second.source.matches("politico") }.count == bySource.count)
        let february = try DateSpan(parsing: "2024-02")
        let inFebruary = ledger.conflicts(subject: "nk-containers-to-russia", referringTo: february)
        #expect(!inFebruary.isEmpty)
        #expect(inFebruary.allSatisfy { conflict in
            [conflict.first, conflict.second].contains { $0.referenceDate.map { february.start <= $0 && $0 <= february.end } ?? false }
        })
        #expect(ledger.conflicts(referringTo: try DateSpan(parsing: "2019")).isEmpty)
    }
}
