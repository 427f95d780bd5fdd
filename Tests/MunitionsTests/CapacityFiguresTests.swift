import Estimates
import Munitions
import TextCore
import Testing

/// The capacity report for figures as a report writes them, checked against hand-derived values.
@Suite struct CapacityFiguresTests {
    static let february = ["over 6,700 containers", "more than 3 million 152-mm shells", "or 500,000 122-mm shells"]

    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func theFebruary2024EstimateGivesHandDerivedFigures() throws {
        let report = try CapacityReport(figures: Self.february)
        #expect(report.rows.count == 2)
        let heavy = report.rows[0], light = report.rows[1]
        // "more than 3 million": 3,000,001–4,000,000 (x + u, u = 1,000,000); "over 6,700": 6,701–6,800 (u = 100).
        #expect(heavy.total.estimate?.low == 3_000_001 && heavy.total.estimate?.high == 4_000_000)
        #expect(heavy.containers.estimate?.low == 6_701 && heavy.containers.estimate?.high == 6_800)
        #expect(Self.close(heavy.perContainer.low, 3_000_001.0 / 6_800))
        #expect(Self.close(heavy.perContainer.high, 4_000_000.0 / 6_701))
        #expect(heavy.alternative.munitionID == "152mm-he-frag" && light.alternative.munitionID == "122mm-he-frag")
        // 500,000 exactly over 6,701–6,800.
        #expect(Self.close(light.perContainer.low, 500_000.0 / 6_800) && Self.close(light.perContainer.high, 500_000.0 / 6_701))
        // Projectile level: × 43.56 kg, in tonnes.
        #expect(Self.close(heavy.massPerContainer.high, 4_000_000.0 / 6_701 * 43.56 / 1000))
        #expect(heavy.massCheck.verdict == .pass)
        // Complete round: × (43.56 + 8.185) kg at the full charge; 30.9 t is past 28.2 t.
        #expect(Self.close(heavy.roundMassPerContainer.high, 4_000_000.0 / 6_701 * (43.56 + 8.185) / 1000))
        #expect(heavy.roundMassCheck.verdict == .warn)
        #expect(heavy.roundMassCheck.detail.hasSuffix("(complete round: projectile_mass + charge_mass; a lower bound: no cited fuze_mass, case_mass for 152mm-he-frag; crate not counted)"))
        #expect(heavy.massCheck.detail.contains("projectile only: a lower bound of the shipped mass"))
        #expect(heavy.packedMassCheck.verdict == .notChecked)
    }

    @Test func oneSidedHedgesKeepTheOrderingCheckWithRoundedNumbers() throws {
        let checks = try CapacityReport(figures: Self.february).orderingChecks
        #expect(checks.count == 1)
        // The 152-mm range has no nominal: its geometric middle is √(441.18 × 596.93) = 513.2.
        let middle = (3_000_001.0 / 6_800 * 4_000_000.0 / 6_701).squareRoot()
        #expect(abs(middle - 513.2) < 0.05)
        #expect(checks[0].verdict == .warn)
        #expect(
            checks[0].detail
                == "152-mm shells (43.6 kg each) fit more per container (513) than 122-mm shells (21.8 kg each, 74.1): the lighter figure likely counts something else")
    }

    @Test func aChosenMunitionReplacesTheOneFound() throws {
        let report = try CapacityReport(figures: ["about 5,000 containers", "about 400,000 122-mm shells"], choosing: ["122mm-grad-rocket"])
        #expect(report.rows[0].alternative.munitionID == "122mm-grad-rocket")
        #expect(report.rows[0].notes.contains("the claim counts shells; this row reads each as one rocket (122mm-grad-rocket)"))
    }

    @Test func aFortyFootContainerIsCheckedAgainstItsOwnPayload() throws {
        let twenty = try CapacityReport(figures: Self.february)
        let forty = try CapacityReport(figures: Self.february, container: "iso-40ft-gp")
        #expect(forty.rows[0].payload.itemID == "iso-40ft-gp")
        #expect(forty.rows[0].payload.estimate.nominal != twenty.rows[0].payload.estimate.nominal)
    }

    @Test(arguments: [
        (["about 5,000 containers", "about 2 million shells"], "names no caliber: choose the munition with --munition ID (known: "),
        (["about 5,000 containers", "about 2 million 130-mm shells"], "no munition in Datasets/munitions.csv for 130-mm shells"),
        (["about 5,000 containers", "about 2 million 152-mm shells", "6,000 containers"], "a second count of containers"),
        (["about 2 million 152-mm shells", "or 400,000 122-mm shells"], "no figure counts containers"),
        (["about 5,000 containers", "lots of shells"], "holds no counted figure"),
        (["about 5,000 containers", "2 million 152-mm shells and 3 million 122-mm shells"], "holds 2 figures"),
    ])
    func badFiguresAreRefusedWithTheReason(figures: [String], message: String) {
        #expect {
            _ = try CapacityReport(figures: figures)
        } throws: { error in
            (error as? DatasetError)?.message.contains(message) == true
        }
    }

    @Test func anUnknownChosenMunitionListsTheKnownOnes() {
        #expect {
            _ = try CapacityReport(figures: ["5,000 containers", "2 million 152-mm shells"], choosing: ["nope"])
        } throws: { error in
            let message = (error as? DatasetError)?.message ?? ""
            return message.hasPrefix("no munition 'nope' in Datasets/munitions.csv (known: ") && message.contains("152mm-he-frag (152 mm shell)")
        }
    }

    /// A user's munitions file with a crate: the packed level is the complete round plus the
    /// crate's share. Made-up test figures: 20 kg crate, 2 shells a crate → +10 kg a shell.
    @Test func aCitedCrateGivesThePackedLevel() throws {
        let rows = """
            munition_id,caliber_mm,kind,designation,property,low,nominal,high,unit,source,url,accessed,notes
            test-130mm,130,shell,test shell,projectile_mass,,33,,kg,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,charge_mass,,7,,kg,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,fuze_mass,,0.5,,kg,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,case_mass,,4.5,,kg,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,crate_empty_mass,,20,,kg,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,rounds_per_crate,,2,,shell/crate,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,crate_length,,0.9,,m,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,crate_width,,0.45,,m,test,https://example.org,2026-12-04,test figure
            test-130mm,130,shell,test shell,crate_height,,0.35,,m,test,https://example.org,2026-12-04,test figure

            """
        let catalog = try ReferenceCatalog.munitions(adding: [(Array(rows.utf8), "mine.csv")])
        let report = try CapacityReport(figures: ["500 containers", "200,000 130-mm shells"], catalog: catalog)
        let row = report.rows[0]
        #expect(row.alternative.munitionID == "test-130mm")
        // 400 shells a container: round 33 + 7 + 0.5 + 4.5 = 45 kg → 18 t; packed 55 kg → 22 t.
        #expect(Self.close(row.roundMassPerContainer.nominal, 18))
        #expect(row.roundMass.missing.isEmpty)
        #expect(Self.close(row.packedMassPerContainer?.nominal, 22))
        #expect(row.packedMassCheck.verdict == .pass)
        #expect(row.packedMassCheck.detail.hasSuffix("(packed: projectile_mass + charge_mass + fuze_mass + case_mass + crate_empty_mass ÷ rounds_per_crate)"))
        // The 20-ft container at its smallest cited inside, 5.896 × 2.35 × 2.39 m: 0.9-m crates
        // lengthwise 6 × 5 = 30 a layer (crosswise 13 × 2 = 26), 6 layers of 0.35 m: 180 crates,
        // 360 shells. 400 a container do not fit: fail.
        let stowage = try #require(row.stowage)
        #expect(stowage.perLayer == 30 && stowage.layers == 6 && stowage.crates == 180 && stowage.roundsCapacity == 360)
        #expect(stowage.passesDoor)
        #expect(row.stowageCheck.verdict == .fail)
        #expect(row.stowageCheck.detail.hasSuffix("(30 crates a layer × 6 layers × 2 a crate)"))
        #expect(report.hasFailedCheck)
    }

    @Test func withoutCrateDimensionsTheCrateCountIsNotCheckedAndSaysWhy() throws {
        let row = try CapacityReport(figures: Self.february).rows[0]
        #expect(row.stowage == nil)
        #expect(row.stowageCheck.verdict == .notChecked)
        #expect(row.stowageCheck.detail == "no cited crate dimensions (crate_length, crate_width, crate_height, rounds_per_crate) for 152mm-he-frag")
    }
}
