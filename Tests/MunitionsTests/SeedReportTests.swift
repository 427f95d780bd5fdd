import Estimates
import TextCore
import Munitions
import Testing

@Suite struct SeedReportTests {
    let report: CapacityReport

    init() throws {
        report = try CapacityReport.standard()
    }

    func row(_ label: String) throws -> CapacityReport.Row {
        try #require(report.rows.first { $0.alternative.alternative == label })
    }

    @Test func theAlternativesAreTheSeedFiguresNeverASum() throws {
        #expect(report.rows.map(\.alternative.alternative) == [
            "152-mm shells", "122-mm shells (as written)", "122-mm Grad rockets (alternative reading)",
        ])
        let shells = try row("152-mm shells")
        #expect(shells.total.estimate?.nominal == 2_300_000)
        #expect(shells.containers.estimate?.nominal == 5000)
        #expect(shells.total.alternativeGroup == (try row("122-mm shells (as written)")).total.alternativeGroup)
    }

    @Test func a152mmContainerHolds460ShellsWithTheHedgeRange() throws {
        let perContainer = try row("152-mm shells").perContainer
        #expect(perContainer.nominal == 460)
        #expect(perContainer.low == 2_100_000.0 / 7000)
        #expect(perContainer.high == 2_500_000.0 / 3000)
        #expect(perContainer.unit.symbol(plural: true) == "shells/container")
        #expect(perContainer.meaning == .ci90Bounds)
    }

    @Test func a122mmContainerHolds80() throws {
        let perContainer = try row("122-mm shells (as written)").perContainer
        #expect(perContainer.nominal == 80)
        #expect(perContainer.low == 200_000.0 / 7000)
        #expect(perContainer.high == 600_000.0 / 3000)
        #expect(perContainer.unit.symbol(plural: true) == "shells/container")
    }

    @Test func theGradReadingCountsRocketsPerContainer() throws {
        // The claim counts shells; the row reads each as one rocket, so it counts rockets.
        let grad = try row("122-mm Grad rockets (alternative reading)")
        #expect(grad.total.estimate?.unit.symbol(plural: true) == "shells")
        #expect(grad.perContainer.unit.symbol(plural: true) == "rockets/container")
        #expect(grad.perContainer.nominal == 80)
    }

    @Test func massPerContainerUsesTheCitedProjectileMass() throws {
        let shells = try row("152-mm shells")
        #expect(shells.itemMass.estimate.nominal == 43.56)
        let mass = shells.massPerContainer
        #expect(mass.unit.symbol(plural: true) == "t/container")
        #expect(abs(try #require(mass.nominal) - 460 * 43.56 / 1000) < 1e-9)
        #expect(abs(mass.low - 300 * 43.56 / 1000) < 1e-9)
        #expect(abs(mass.high - 2_500_000.0 / 3000 * 43.56 / 1000) < 1e-9)
        let rockets = try row("122-mm Grad rockets (alternative reading)")
        #expect(rockets.itemMass.estimate.low == 65 && rockets.itemMass.estimate.high == 67)
        #expect(rockets.itemMass.estimate.meaning == .disagreement)
        #expect(abs(try #require(rockets.massPerContainer.nominal) - 80 * 66 / 1000) < 1e-9)
    }

    @Test func verdictsAgainstA20FootContainer() throws {
        let shells = try row("152-mm shells")
        #expect(shells.payload.estimate.low == 28_180 && shells.payload.estimate.high == 28_230)
        // 13.1 t to 36.3 t straddles the 28.2 t payload.
        #expect(shells.massCheck.verdict == .warn)
        #expect(shells.volumeCheck.verdict == .notChecked)
        #expect(try row("122-mm shells (as written)").massCheck.verdict == .pass)
        let rockets = try row("122-mm Grad rockets (alternative reading)")
        #expect(rockets.massCheck.verdict == .pass)
        #expect(rockets.volumeCheck.verdict == .pass)
        let volume = try #require(rockets.volumePerContainer)
        #expect(abs(try #require(volume.nominal) - 80 * 0.122 * 0.122 * 2.643) < 1e-9)
    }

    @Test func theHeavier152mmShellFittingMoreThanThe122mmShellIsFlagged() throws {
        let checks = report.orderingChecks
        #expect(checks.count == 2)
        #expect(checks[0].verdict == .warn)
        #expect(checks[0].detail.contains("152-mm shells (43.6 kg each) fit more per container (460)"))
        #expect(checks[1].verdict == .pass)
    }

    @Test func theTableKeepsLowNominalAndHighApart() throws {
        let table = report.table()
        #expect(table.rows.count == 3)
        #expect(table.footnotes.contains { $0.contains("“about 5,000” read as 3,000–7,000") })
    }
}
