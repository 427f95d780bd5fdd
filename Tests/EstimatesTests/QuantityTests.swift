import Estimates
import TextCore
import Testing

@Suite struct QuantityTests {
    let registry = TestNouns.registry

    @Test func shellsPerContainersIsShellsPerContainer() throws {
        let shells = Quantity(2.3e6, try registry.unit("shells"))
        let containers = Quantity(5000, try registry.unit("containers"))
        let perContainer = try shells / containers
        #expect(perContainer.value == 460)
        #expect(perContainer.unit.symbol(plural: true) == "shells/container")
        #expect(perContainer.description == "460 shells/container")
        #expect(perContainer.unit.dimension == (try registry.unit("shell/container")).dimension)
    }

    @Test func addingShellsToContainersNamesBothDimensions() throws {
        let shells = Quantity(1, try registry.unit("shells"))
        let containers = Quantity(1, try registry.unit("containers"))
        #expect(throws: EstimateError(.dimensionMismatch(operation: "add", left: .base("shell"), right: .base("container")))) {
            try shells + containers
        }
        #expect(throws: EstimateError(.dimensionMismatch(operation: "subtract", left: .base("shell"), right: .base("container")))) {
            try shells - containers
        }
    }

    @Test func sumsConvertToTheLeftUnit() throws {
        let sum = try Quantity(1, try registry.unit("km")) + Quantity(500, try registry.unit("m"))
        #expect(sum.value == 1.5)
        #expect(sum.description == "1.5 km")
    }

    @Test func massPerShellTimesShellsPerContainerIsMassPerContainer() throws {
        let perShell = Quantity(43.56, try registry.unit("kg/shell"))
        let perContainer = Quantity(460, try registry.unit("shells/container"))
        let mass = try perShell * perContainer
        #expect(mass.unit.symbol(plural: true) == "kg/container")
        #expect(abs(mass.value - 20_037.6) < 1e-9)
        let tonnes = try mass.converted(to: try registry.unit("t/container"))
        #expect(abs(tonnes.value - 20.0376) < 1e-12)
    }

    @Test func integerPowersCombineDimensions() throws {
        let side = Quantity(2, try registry.unit("m"))
        let area = try side * side
        #expect(area.unit.dimension == (try registry.unit("m^2")).dimension)
        let cubic = try registry.unit("m").raised(to: 3)
        #expect(cubic.dimension == (try registry.unit("L")).dimension)
    }

    @Test func dimensionlessRatiosBecomePlainNumbers() throws {
        let ratio = try Quantity(3, try registry.unit("km")) / Quantity(500, try registry.unit("m"))
        #expect(ratio.value == 6)
        #expect(ratio.unit.isOne)
    }

    @Test func overflowIsAnErrorNotInfinity() throws {
        let huge = Quantity(1e308, .one)
        #expect(throws: EstimateError(.overflow(operation: "multiplication"))) { try huge * Quantity(10, .one) }
        #expect(throws: EstimateError.self) { try huge / Quantity(0, .one) }
    }
}
