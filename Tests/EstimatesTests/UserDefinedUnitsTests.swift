import Estimates
import TextCore
import Testing

/// Estimating outside munitions: the library knows physical units only, and a user adds the
/// nouns they count, in a script, from a definitions file or through the API.
@Suite struct UserDefinedUnitsTests {
    @Test func dosesPerVialFromAScriptThatDefinesItsNouns() throws {
        let run = try Calculator().run(
            """
            unit dose
            unit vial
            let doses = about 2.4 million doses
            let vials = 240,000 vials
            print doses / vials
            check doses / vials within 9 to 11 doses/vial
            """, origin: "vaccines.rk")
        let printed = try #require(run.printed.first)
        #expect(printed.value.nominal == 10)
        // "about 2.4 million" is 2.2–2.6 million (u = 100,000), over exactly 240,000 vials.
        #expect(printed.value.low == 2_200_000.0 / 240_000)
        #expect(printed.value.high == 2_600_000.0 / 240_000)
        #expect(printed.value.unit.symbol(plural: true) == "doses/vial")
        #expect(run.checks.first?.consistency == .consistent)
    }

    @Test func aUnitOfCountedNounsConvertsByItsFactor() throws {
        let value = try Calculator().evaluate("unit truck; unit convoy = 40 trucks; 3 convoys in trucks")
        #expect(value.nominal == 120)
        #expect(value.unit.symbol(plural: true) == "trucks")
    }

    @Test func definedNounsAreDimensionsOfTheirOwn() {
        #expect(throws: EstimateError.self) { try Calculator().evaluate("unit dose; unit vial; 5 doses + 2 vials") }
    }

    @Test func irregularPluralsAreGivenAfterTheSingular() throws {
        let value = try Calculator().evaluate("unit child, children; 30 children / 2")
        #expect(value.nominal == 15)
        #expect(value.unit.symbol(plural: true) == "children")
    }

    @Test func aDefinitionsFileExtendsTheRegistry() throws {
        var registry = UnitRegistry.standard
        try registry.load(definitions: "@count\ndose = doses\nvial = vials\n@end\nbox = 10 vial = _ = boxes\n", origin: "vaccines.txt")
        let calculator = Calculator(vocabulary: Vocabulary(registry: registry, hedges: .standard))
        let perBox = try calculator.evaluate("3,000 doses / 30 boxes")
        #expect(perBox.nominal == 100)
        #expect(perBox.unit.symbol(plural: true) == "doses/box")
    }

    @Test func theAPIAddsNounsAndUnits() throws {
        var registry = UnitRegistry.standard
        try registry.addCountedNoun("battery", aliases: ["cells"])
        try registry.addUnit("pack", definedAs: "12 batteries", aliases: ["packs"])
        #expect(try registry.unit("batteries").symbol(plural: true) == "batteries")
        #expect(try registry.unit("packs").factor == 12)
        #expect(registry.isCountedNoun("cells"))
    }

    @Test(arguments: [
        ("unit kg", "unit name 'kg' is defined twice", 1, 6),
        ("unit wagon; unit trainload = 50 wagonz", "unknown unit 'wagonz' (did you mean 'wagon' or 'wagons'?)", 1, 30),
        ("unit trainload =", "expected a definition after '=' (a number and known units: 'unit trainload = 50 wagons')", 1, 17),
        ("unit 5", "expected a name for the unit after 'unit', found the number '5'", 1, 6),
        ("let x = 1; unit x", "'x' is a variable and cannot name a unit", 1, 17),
    ])
    func badDefinitionsSayWhatAndWhere(script: String, message: String, line: Int, column: Int) throws {
        let error = try #require(Self.error { () throws(EstimateError) in _ = try Calculator().run(script, origin: "d.rk") })
        #expect(error.message == message)
        #expect(error.location == SourceLocation(origin: "d.rk", line: line, column: column))
    }

    @Test func anUnknownWordSaysHowToDefineIt() throws {
        let error = try #require(Self.error { () throws(EstimateError) in _ = try Calculator().evaluate("5 widgets") })
        #expect(error.message == "unknown unit 'widgets': to count widgets, define the noun first ('unit widget')")
    }

    static func error(_ body: () throws(EstimateError) -> Void) -> EstimateError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func aCheckKnowsTheNounsOfItsValue() throws {
        let calculator = Calculator()
        let value = try calculator.evaluate("unit dose; unit vial; 1,000 doses / 100 vials")
        #expect(try value.isConsistent(with: "within 9 to 11 doses/vial"))
    }
}
