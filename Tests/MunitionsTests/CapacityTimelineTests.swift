import Munitions
import TextCore
import Testing

/// The container estimates over time, and the one known on a day.
@Suite struct CapacityTimelineTests {
    let ledger = try! ClaimLedger.standard()
    var timeline: CapacityTimeline { try! CapacityTimeline(ledger: ledger) }

    @Test func entriesAreDatedInOrderAndEachHasContainersAndContents() {
        let entries = timeline.entries
        #expect(!entries.isEmpty)
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.date <= $1.date })
        for entry in entries {
            #expect(entry.containers.unitName == "container")
            #expect(!entry.contents.isEmpty && entry.contents.count == entry.munitions.count)
            // Every claim of an entry comes from the same report.
            #expect(entry.contents.allSatisfy { $0.source.reportKey == entry.containers.source.reportKey })
        }
    }

    @Test func theEstimateKnownAtTheEndOfFebruary2024IsTheMinistersOfThe27th() throws {
        let entry = try #require(timeline.latest(knownOn: try CalendarDate(iso: "2024-02-28")))
        #expect(entry.date.description == "2024-02-27")
        #expect(entry.containers.source.speaker.hasPrefix("Shin Won-sik"))
        let report = try entry.report(ledger: ledger)
        #expect(report.rows.map(\.alternative.munitionID) == ["152mm-he-frag", "122mm-he-frag"])
        // 6,700 containers: 3,000,001–4,000,000 ("over 3 million") / 6,700 = 447.8–597.0 shells a container.
        #expect(abs(report.rows[0].perContainer.low - 3_000_001.0 / 6_700) < 1e-9)
        #expect(abs(report.rows[0].perContainer.high - 4_000_000.0 / 6_700) < 1e-9)
    }

    @Test func nothingIsKnownBeforeTheFirstEstimate() throws {
        let first = try #require(timeline.entries.first)
        #expect(timeline.latest(knownOn: try CalendarDate(iso: "2023-01-01")) == nil)
        #expect(timeline.latest(knownOn: first.date)?.date == first.date)
    }

    @Test func reportsWithoutACaliberHaveNoMunitionAndUndatedOnesAreLeftOut() throws {
        let unstated = timeline.entries.flatMap { entry in zip(entry.contents, entry.munitions).filter { $0.1 == nil }.map(\.0) }
        #expect(!unstated.isEmpty)
        #expect(unstated.allSatisfy { $0.subject == "nk-shells-to-russia" })
        for id in timeline.leftOut { #expect(try ledger.claim(id: id).source.published == nil && ledger.claim(id: id).asOf == nil) }
    }

    @Test func theTableHasARowPerDatedAlternative() throws {
        let table = try timeline.table(ledger: ledger)
        #expect(table.rows.count == timeline.entries.reduce(0) { $0 + $1.contents.count })
        #expect(table.columns.map(\.name).prefix(3) == ["date", "containers_claim", "containers"])
    }
}
