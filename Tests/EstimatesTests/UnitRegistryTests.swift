import Estimates
import TextCore
import Testing

@Suite struct UnitRegistryTests {
    let registry = TestNouns.registry

    @Test func everyRegistryNameParsesAndRoundTripsThroughItsBaseUnit() throws {
        for definition in registry.definitions {
            for name in [definition.name] + definition.aliases + (definition.symbol.map { [$0] } ?? []) {
                let unit = try registry.lookup(name)
                #expect(unit.dimension == definition.unit.dimension, "\(name)")
                let value = 7.25
                let base = Quantity(value, unit).baseValue
                let back = base / unit.factor
                #expect(abs(back - value) <= 1e-12 * value, "\(name) round-trips: \(back)")
            }
        }
    }

    @Test(arguments: [
        ("lb", 0.45359237), ("in", 0.0254), ("ft", 0.3048), ("yd", 0.9144), ("mi", 1609.344),
        ("nmi", 1852.0), ("short_ton", 907.18474), ("long_ton", 1016.0469088), ("t", 1000.0), ("g", 0.001),
        ("km", 1000.0), ("mm", 0.001), ("cm", 0.01), ("L", 0.001), ("min", 60.0), ("h", 3600.0),
        ("day", 86400.0), ("week", 604800.0), ("year", 31_557_600.0), ("mg", 1e-6),
    ])
    func factorsAreTheDefinedExactValues(name: String, factor: Double) throws {
        let unit = try registry.lookup(name)
        #expect(abs(unit.factor - factor) <= 1e-15 * factor, "\(name): \(unit.factor)")
    }

    @Test func cubicFeetAndCubicMetresAreVolumes() throws {
        let cubicFeet = try registry.unit("ft^3")
        #expect(abs(cubicFeet.factor - 0.028316846592) < 1e-15)
        #expect(cubicFeet.dimension == (try registry.unit("m^3")).dimension)
        #expect((try registry.unit("L")).dimension == cubicFeet.dimension)
        #expect((try registry.unit("ft³")).factor == cubicFeet.factor)
    }

    @Test(arguments: ["shell", "shells", "round", "rounds", "rocket", "rockets", "missile", "missiles",
        "container", "containers", "launcher", "launchers", "country", "countries", "person", "people"])
    func countedNounsAreBaseDimensionsInSingularAndPlural(name: String) throws {
        let unit = try registry.lookup(name)
        #expect(unit.isCount)
        #expect(unit.dimension.exponents.count == 1)
        #expect(registry.isCountedNoun(name))
    }

    @Test func bareTonIsRefusedListingTheChoices() {
        for name in ["ton", "tons"] {
            #expect(throws: EstimateError(.ambiguousUnit(name, choices: ["short_ton", "long_ton", "tonne"]))) {
                try registry.lookup(name)
            }
        }
        #expect(!registry.knows("ton"))
    }

    /// News writes "mt" for the metric ton; by the prefix rule it would be a millitonne.
    @Test func mtIsRefusedBeforeThePrefixRuleReadsIt() throws {
        #expect(throws: EstimateError(.ambiguousUnit("mt", choices: ["t", "millitonne"]))) {
            try registry.lookup("mt")
        }
        #expect(!registry.knows("mt"))
        #expect(try registry.lookup("millitonne").factor == 1)  // 1e-3 × 1000 kg
        // Shown by name, so that the printed unit reads back.
        #expect(try registry.lookup("millitonne").symbol(plural: false) == "millitonne")
        #expect(try registry.lookup("millitonne").symbol(plural: true) == "millitonne")
        #expect(try registry.lookup("kt").symbol(plural: false) == "kt")
    }

    @Test func unknownUnitsSuggestCloseNames() throws {
        do {
            _ = try registry.unit("tonn")
            Issue.record("'tonn' should be unknown")
        } catch {
            #expect(error.message == "unknown unit 'tonn' (did you mean 'tonne' or 'tonnes'?)")
            #expect(error.location?.column == 1)
        }
        do {
            _ = try registry.unit("shells/contaner")
            Issue.record("'contaner' should be unknown")
        } catch {
            #expect(error.message.hasPrefix("unknown unit 'contaner' (did you mean 'container'"))
            #expect(error.location?.column == 8)
        }
    }

    @Test func juxtaposedUnitsAreRefusedNotMultiplied() {
        #expect(throws: EstimateError.self) { try registry.unit("m shells") }
    }
}
