import Estimates
import Munitions
import Testing

/// The indexed conflict search (issue 18) finds exactly what comparing every pair finds, in
/// the same order, on the embedded ledger and on generated ledgers full of edge cases:
/// touching ranges, units that convert (km, m, mi), things counted under two names, running
/// totals 7 and 8 days apart, claims without a date, pairs from one report, spans and sets
/// of days that overlap by one day or differ after a cutoff.
@Suite struct IndexedConflictTests {
    /// A vocabulary with every kind of comparison and units that convert.
    static let vocabulary = """
        subject,kind,units,same_thing,compare,description
        distance,quantity,km;m;mi,,fixed,A distance in three units.
        total,quantity,shell;round;rocket,shell=round,cumulative,A running total of two things.
        count,quantity,missile,,fixed,A plain count.
        per-source,quantity,km,,per-source,Never compared.
        when,date,date,,fixed,A span of days.
        when-total,date,date,,cumulative,A span compared near in time.
        days,dateset,date,,cumulative,A running list of days.
        fixed-days,dateset,date,,fixed,A list of days.

        """

    /// A small deterministic generator (64-bit LCG).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func day(_ offset: Int) -> String {
        // 2024-01-01 plus offset days, for offsets 0…59.
        offset < 31 ? "2024-01-\(offset + 1 < 10 ? "0" : "")\(offset + 1)" : "2024-02-\(offset - 30 < 10 ? "0" : "")\(offset - 30)"
    }

    /// `count` claims from a seeded generator, with few distinct values so that ties, touching
    /// ranges and repeated reports are common.
    static func ledgerText(count: Int, seed: UInt64) -> String {
        var random = Generator(state: seed)
        var rows = ["id,subject,kind,as_written,low,nominal,high,unit,hedge,meaning,alternative_group,quote,speaker,outlet,article,url,published,as_of,notes"]
        for index in 0..<count {
            let report = "https://example.org/\(random.next(count / 3 + 1))"
            let published = random.next(6) == 0 ? "" : day(random.next(60))
            let asOf = random.next(5) == 0 ? day(random.next(60)) : ""
            let tail = ",q,S,Outlet,Article,\(report),\(published),\(asOf),"
            let id = "g-\(index)"
            switch random.next(8) {
            case 0, 1:
                let unit = ["km", "m", "mi"][random.next(3)]
                let scale = unit == "m" ? 1000 : 1
                let low = (random.next(6) * 10) * scale
                let high = low + random.next(3) * 10 * scale
                rows.append("\(id),distance,quantity,\(low) to \(high),\(low),,\(high),\(unit),,bounds" + ",," + tail.dropFirst())
            case 2, 3:
                let unit = ["shell", "round", "rocket"][random.next(random.next(4) == 0 ? 3 : 2)]
                let low = random.next(5) * 100
                let high = low + random.next(3) * 100
                rows.append("\(id),total,quantity,\(low) to \(high),\(low),,\(high),\(unit),,bounds" + ",," + tail.dropFirst())
            case 4:
                let value = random.next(4)
                let subject = random.next(4) == 0 ? "per-source" : "count"
                let unit = subject == "count" ? "missile" : "km"
                rows.append("\(id),\(subject),quantity,\(value),,\(value),,\(unit),,point" + ",," + tail.dropFirst())
            case 5:
                let start = random.next(50)
                let end = start + random.next(4)
                let subject = random.next(2) == 0 ? "when" : "when-total"
                rows.append("\(id),\(subject),date,days,\(day(start)),,\(day(end)),date,,bounds" + ",," + tail.dropFirst())
            default:
                let days = Set((0..<(1 + random.next(3))).map { _ in 20 + random.next(12) }).sorted().map(day)
                let subject = random.next(3) == 0 ? "fixed-days" : "days"
                let list = days.joined(separator: ";")
                rows.append("\(id),\(subject),dateset,days,\(days.first!),\(list),\(days.last!),date,,point" + ",," + tail.dropFirst())
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static func signature(_ conflicts: [Conflict]) -> [String] {
        conflicts.map { "\($0.first.id)|\($0.second.id)|\($0.reasonText)|\($0.detail)" }
    }

    @Test func theEmbeddedLedgerGivesTheSameConflictsBothWays() throws {
        let ledger = try ClaimLedger.standard()
        let detector = ConflictDetector(subjects: ledger.subjects)
        let indexed = detector.conflicts(in: ledger.claims)
        #expect(!indexed.isEmpty)
        #expect(Self.signature(indexed) == Self.signature(detector.pairwiseConflicts(in: ledger.claims)))
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func generatedLedgersGiveTheSameConflictsBothWays(_ seed: UInt64) throws {
        let subjects = try SubjectVocabulary(csv: Self.vocabulary, origin: "subjects.csv")
        let claims = try ClaimsFile.read(Self.ledgerText(count: 600, seed: seed), origin: "generated.csv", subjects: subjects)
        let detector = ConflictDetector(subjects: subjects)
        let indexed = Self.signature(detector.conflicts(in: claims))
        let pairwise = Self.signature(detector.pairwiseConflicts(in: claims))
        #expect(indexed == pairwise)
        // Each generated ledger has conflicts of every kind, or the comparison proves little.
        for reason in ["ranges do not overlap", "different things counted", "dates do not overlap", "different dates"] {
            #expect(pairwise.contains { $0.contains("|\(reason)|") }, "seed \(seed): no '\(reason)'")
        }
    }
}
