import Estimates
import TextCore
import Munitions
import Testing

/// Every verdict of the seed report, with the numbers it used. The expected values are
/// computed here from the claims and the cited reference rows, by plain interval
/// arithmetic, and checked against numbers worked out by hand.
@Suite struct PlausibilityTests {
    /// Relative closeness for values computed two ways in floating point.
    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1)
    }

    /// The values every citation of a reference figure gives, in the figure's unit.
    static func cited(_ catalog: ReferenceCatalog, _ item: String, _ property: String) throws -> [Double] {
        try catalog.figure(item, property).citations.map { try #require($0.estimate.nominal) }
    }

    struct Expected {
        var perContainer: (low: Double, nominal: Double, high: Double)
        var massTonnes: (low: Double, nominal: Double, high: Double)
        var massVerdict: Verdict
        var volume: (low: Double, nominal: Double, high: Double)?
        var volumeVerdict: Verdict
    }

    /// The report's figures for `row`, computed independently of `CapacityReport`.
    static func expected(for row: CapacityReport.Row) throws -> Expected {
        let ledger = try ClaimLedger.standard()
        let munitions = try ReferenceCatalog.munitions()
        let containers = try ReferenceCatalog.containers()
        let total = try #require(try ledger.claim(id: row.alternative.totalClaimID).estimate)
        let count = try #require(try ledger.claim(id: row.alternative.containersClaimID).estimate)
        let per = (
            low: total.low / count.high, nominal: try #require(total.nominal) / (try #require(count.nominal)),
            high: total.high / count.low
        )
        let masses = try cited(munitions, row.alternative.munitionID, "projectile_mass").sorted()
        let middle = masses.count % 2 == 1 ? masses[masses.count / 2] : (masses[masses.count / 2 - 1] + masses[masses.count / 2]) / 2
        let mass = (
            low: per.low * masses[0] / 1000, nominal: per.nominal * middle / 1000, high: per.high * masses[masses.count - 1] / 1000
        )
        let payloads = try cited(containers, row.alternative.containerID, "max_payload").map { $0 / 1000 }
        func verdict(_ low: Double, _ high: Double, limits: [Double]) -> Verdict {
            guard let lowest = limits.min(), let highest = limits.max() else { return .notChecked }
            if high <= lowest { return .pass }
            if low > highest { return .fail }
            return .warn
        }
        var volume: (low: Double, nominal: Double, high: Double)?
        var volumeVerdict = Verdict.notChecked
        if let lengths = try? cited(munitions, row.alternative.munitionID, "length"),
            let caliber = munitions.attributes[row.alternative.munitionID]?["caliber_mm"].flatMap(Double.init)
        {
            let side = caliber / 1000
            let envelope = lengths.map { side * side * $0 }
            let smallest = try #require(envelope.min())
            let largest = try #require(envelope.max())
            let v = (low: per.low * smallest, nominal: per.nominal * envelope[0], high: per.high * largest)
            volume = v
            volumeVerdict = verdict(v.low, v.high, limits: try cited(containers, row.alternative.containerID, "internal_volume"))
        }
        return Expected(
            perContainer: per, massTonnes: mass, massVerdict: verdict(mass.low, mass.high, limits: payloads), volume: volume,
            volumeVerdict: volumeVerdict)
    }

    @Test func everyRowOfTheSeedReportMatchesTheIndependentComputation() throws {
        let report = try CapacityReport.standard()
        #expect(report.rows.count == 3)
        for row in report.rows {
            let want = try Self.expected(for: row)
            #expect(Self.close(row.perContainer.low, want.perContainer.low), "\(row.alternative.alternative)")
            #expect(Self.close(row.perContainer.nominal, want.perContainer.nominal))
            #expect(Self.close(row.perContainer.high, want.perContainer.high))
            #expect(row.massPerContainer.unit.symbol(plural: false) == "t/container")
            #expect(Self.close(row.massPerContainer.low, want.massTonnes.low), "\(row.alternative.alternative)")
            #expect(Self.close(row.massPerContainer.nominal, want.massTonnes.nominal), "\(row.alternative.alternative)")
            #expect(Self.close(row.massPerContainer.high, want.massTonnes.high), "\(row.alternative.alternative)")
            #expect(row.massCheck.verdict == want.massVerdict, "\(row.alternative.alternative)")
            #expect(row.volumeCheck.verdict == want.volumeVerdict, "\(row.alternative.alternative)")
            #expect(Self.close(row.volumePerContainer?.low, want.volume?.low))
            #expect(Self.close(row.volumePerContainer?.nominal, want.volume?.nominal))
            #expect(Self.close(row.volumePerContainer?.high, want.volume?.high))
        }
    }

    @Test func the152mmReadingMayExceedTheContainerPayload() throws {
        let row = try CapacityReport.standard().rows[0]
        #expect(row.alternative.alternative == "152-mm shells")
        // 2.1–2.5 million shells in 3,000–7,000 containers: 300–833.3 per container, 460 as stated.
        #expect(Self.close(row.perContainer.low, 300))
        #expect(Self.close(row.perContainer.nominal, 460))
        #expect(Self.close(row.perContainer.high, 2_500_000.0 / 3_000))
        // × 43.56 kg (both sources): 13.068 t to 36.3 t, 20.04 t nominal,
        // against payloads of 28.18–28.23 t: part of the range is beyond, so warn.
        #expect(Self.close(row.massPerContainer.low, 13.068))
        #expect(Self.close(row.massPerContainer.nominal, 20.0376))
        #expect(Self.close(row.massPerContainer.high, 36.3))
        #expect(row.massCheck.verdict == .warn)
        #expect(Self.close(row.massCheck.limit?.low, 28.18))
        #expect(Self.close(row.massCheck.limit?.high, 28.23))
        #expect(row.massCheck.detail.contains("may exceed the limit of 28.2 t/container"))
        #expect(row.volumeCheck.verdict == .notChecked)
        #expect(row.volumeCheck.detail == "no cited length for 152mm-he-frag")
    }

    @Test func the122mmShellReadingFitsEasily() throws {
        let row = try CapacityReport.standard().rows[1]
        #expect(row.alternative.alternative == "122-mm shells (as written)")
        // 200,000–600,000 in 3,000–7,000 containers: 28.57–200, 80 as stated; × 21.76 kg.
        #expect(Self.close(row.perContainer.nominal, 80))
        #expect(Self.close(row.massPerContainer.nominal, 1.7408))
        #expect(Self.close(row.massPerContainer.low, 200_000.0 / 7_000 * 21.76 / 1000))
        #expect(Self.close(row.massPerContainer.high, 4.352))
        #expect(row.massCheck.verdict == .pass)
        #expect(row.massCheck.detail.hasPrefix("1.741 t/container"))
        #expect(row.volumeCheck.verdict == .notChecked)
    }

    @Test func theGradReadingFitsByMassAndByVolume() throws {
        let row = try CapacityReport.standard().rows[2]
        #expect(row.alternative.alternative == "122-mm Grad rockets (alternative reading)")
        // 80 per container × 66 kg (median of 65 and 67) = 5.28 t; 200 × 67 kg = 13.4 t at most.
        #expect(Self.close(row.massPerContainer.nominal, 5.28))
        #expect(Self.close(row.massPerContainer.high, 13.4))
        #expect(row.massCheck.verdict == .pass)
        // Envelope 0.122 m × 0.122 m × 2.643 m = 0.03933877 m³ per rocket; 200 of them = 7.87 m³ < 33 m³.
        let envelope = 0.122 * 0.122 * 2.643
        #expect(Self.close(row.volumePerContainer?.nominal, 80 * envelope))
        #expect(Self.close(row.volumePerContainer?.high, 200 * envelope))
        #expect(row.volumeCheck.verdict == .pass)
        #expect(Self.close(row.volumeCheck.limit?.low, 33))
        #expect(Self.close(row.volumeCheck.limit?.high, 33.2))
        #expect(row.notes.contains("the claim counts shells; this row reads each as one rocket (122mm-grad-rocket)"))
    }

    @Test func heavierShellsFittingMorePerContainerIsAWarning() throws {
        let checks = try CapacityReport.standard().orderingChecks
        #expect(checks.count == 2)
        #expect(checks[0].verdict == .warn)
        #expect(
            checks[0].detail
                == "152-mm shells (43.6 kg each) fit more per container (460) than 122-mm shells (as written) (21.8 kg each, 80): the lighter figure likely counts something else"
        )
        #expect(checks[1].verdict == .pass)
        #expect(checks[1].detail.hasPrefix("122-mm Grad rockets (alternative reading) (66 kg each) fit fewer per container (80)"))
    }

    @Test func aCapacityBeyondThePayloadFails() throws {
        var ledger = try ClaimLedger.standard()
        let base = ClaimRow().with("meaning", "point").with("low", "").with("high", "").with("published", "2024-01-11")
        try ledger.addFile(
            Array(
                ClaimRow.file([
                    base.with("id", "mine-shells").with("subject", "nk-152mm-shells-to-russia").with("unit", "shell")
                        .with("nominal", "10000000").with("as_written", "10000000").with("quote", "ten million shells"),
                    base.with("id", "mine-containers").with("subject", "nk-containers-to-russia").with("unit", "container")
                        .with("nominal", "1000").with("as_written", "1000").with("quote", "1000 containers"),
                ]).utf8), origin: "mine.csv")
        let scenario = try ScenarioAlternative.read(
            "alternative,total_claim,containers_claim,munition_id,container_id,notes\nmine,mine-shells,mine-containers,152mm-he-frag,iso-20ft-gp,\n",
            origin: "mine-scenario.csv")
        let report = try CapacityReport(ledger: ledger, munitions: .munitions(), containers: .containers(), scenario: scenario)
        // 10,000 per container × 43.56 kg = 435.6 t, far beyond 28.23 t.
        #expect(Self.close(report.rows[0].massPerContainer.low, 435.6))
        #expect(report.rows[0].massCheck.verdict == .fail)
        #expect(report.rows[0].massCheck.detail.contains("exceeds the limit"))
    }

    @Test(arguments: [(10.0, 20.0, Verdict.pass), (10.0, 20.1, .warn), (20.0, 30.0, .warn), (20.1, 30.0, .fail)])
    func atMostComparesTheWholeRangeWithTheLimit(low: Double, high: Double, verdict: Verdict) throws {
        let tonnes = try UnitRegistry.standard.unit("t")
        let value = try Estimate(low: low, high: high, unit: tonnes)
        let limit = try Estimate(low: 20, high: 20, unit: tonnes)
        #expect(try PlausibilityCheck.atMost("mass", value: value, limit: limit).verdict == verdict)
    }

    /// A limit the sources give as a range (payloads of 28.18–28.23 t): a value passes only
    /// when it fits under the LOWEST cited limit, fails only when it exceeds the HIGHEST.
    @Test(arguments: [
        (20.0, 28.0, Verdict.pass),  // wholly below the band
        (20.0, 28.18, .pass),  // up to the lowest limit
        (20.0, 28.2, .warn),  // high end inside the band
        (20.0, 28.3, .warn),  // high end above the band
        (28.19, 28.22, .warn),  // wholly inside the band
        (28.2, 30.0, .warn),  // low end inside the band
        (28.23, 30.0, .warn),  // low end at the highest limit
        (28.24, 30.0, .fail),  // wholly above the band
    ])
    func aRangedLimitPassesBelowItsLowEndAndFailsAboveItsHighEnd(low: Double, high: Double, verdict: Verdict) throws {
        let tonnes = try UnitRegistry.standard.unit("t")
        let value = try Estimate(low: low, high: high, unit: tonnes)
        let limit = try Estimate(low: 28.18, high: 28.23, unit: tonnes, meaning: .disagreement)
        #expect(try PlausibilityCheck.atMost("mass", value: value, limit: limit).verdict == verdict)
    }
}
