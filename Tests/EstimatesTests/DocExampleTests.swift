import Estimates
import Testing

/// The examples of Estimates' documentation (the `///` comments of its public API and the
/// articles of Estimates.docc), run as written there with the library alone: no counted
/// noun is known unless the example defines it. Each expectation is the value the comment
/// states.
@Suite struct DocExampleTests {
    static func definingDosesAndVials() throws -> UnitRegistry {
        var registry = UnitRegistry.standard
        try registry.addCountedNoun("dose")
        try registry.addCountedNoun("vial")
        return registry
    }

    @Test func calculator() throws {
        let calculator = Calculator()
        let speed = try calculator.evaluate("about 1,200 km / 3 h in km/h")
        #expect(speed.formatted() == "400 km/h (333–467, 90% range)")
        let run = try calculator.run(
            """
            unit dose
            unit vial
            let perVial = about 5,000 doses / 500 vials
            check perVial within 5 to 15 doses/vial
            """, origin: "doses.rk")
        #expect(run.checks[0].consistency == .consistent)
    }

    @Test func theLibraryKnowsNoCountedNounsUntilTheyAreDefined() throws {
        #expect(throws: EstimateError.self) { try Calculator().evaluate("5 shells") }
        let perVial = try Calculator().evaluate("unit dose; unit vial; about 5,000 doses / 500 vials")
        #expect(perVial.formatted() == "10 doses/vial (6–14, 90% range)")
        #expect(perVial.notes == ["“about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)"])
    }

    @Test func estimateFromParsedFigures() throws {
        let parser = EstimateParser(registry: try Self.definingDosesAndVials(), hedges: .standard)
        let doses = try parser.parse("about 5,000 doses").estimate
        let vials = try parser.parse("500 vials").estimate
        let perVial = try doses / vials
        #expect(perVial.formatted() == "10 doses/vial (6–14, 90% range)")
    }

    @Test func estimateParser() throws {
        var registry = UnitRegistry.standard
        try registry.addCountedNoun("container")
        let parsed = try EstimateParser(registry: registry, hedges: .standard).parse("about 5,000 weapons containers")
        #expect(parsed.estimate.low == 3000)
        #expect(parsed.label == "weapons")
        #expect(try EstimateParser.standard.parse("100 to 180 km").estimate.formatted() == "100–180 km (bounds)")
    }

    @Test func measureLabel() throws {
        var registry = UnitRegistry.standard
        try registry.addCountedNoun("container")
        let parsed = try EstimateParser(registry: registry, hedges: .standard).parse("5,000 20-ft containers")
        #expect(parsed.measureLabel?.text == "20-ft")
        #expect(parsed.measureLabel?.value == 20)
        #expect(parsed.measureLabel?.unit.symbol(plural: false) == "ft")
    }

    @Test func consistency() throws {
        let perVial = try Calculator().evaluate("unit dose; unit vial; about 5,000 doses / 500 vials")
        #expect(perVial.low == 6 && perVial.high == 14)
        #expect(try perVial.consistency(with: "within 5 to 15 doses/vial") == .consistent)
        #expect(try perVial.consistency(with: "≈ 10 doses/vial ± 5%") == .possibly)
        #expect(try perVial.consistency(with: "> 20 doses/vial") == .inconsistent)
    }

    @Test func checksInYourOwnTests() throws {
        let perVial = try Calculator().evaluate("unit dose; unit vial; about 5,000 doses / 500 vials")
        #expect(try perVial.isConsistent(with: "within 5 to 15 doses/vial"))
        #expect(try perVial.consistency(with: "10 doses/vial ± 1%") == .possibly)
        #expect(try !perVial.isInconsistent(with: "< 12 doses/vial"))
    }

    @Test func checkAgainstAnEstimate() throws {
        let mass = try Calculator().evaluate("about 460 * 43.56 kg in t")
        #expect(mass.formatted() == "20 t (19.1–21, 90% range)")
        #expect(try mass.check(.less, Calculator().evaluate("20 t")).consistency == .possibly)
    }

    @Test func scriptSampling() throws {
        var calculator = Calculator()
        calculator.sampling = ScriptSampling(count: 1_000_000, seed: 7)
        let run = try calculator.run("let x = 1 to 3\nsample x * 2")
        #expect(run.sampled[0].summary.percentiles.map(\.level) == [5, 50, 95])
    }

    @Test func sampleProgram() throws {
        let program = try SampleProgram("unit dose; unit vial; (4,000 to 6,000 doses) / (450 to 550 vials)")
        let summary = try ScriptSampling(count: 100_000, seed: 7).summary(of: program)
        #expect(summary.unit.symbol(plural: true) == "doses/vial")
        #expect(summary.percentiles.map(\.level) == [5, 50, 95])
    }

    @Test func sampleSummary() throws {
        let program = try SampleProgram("uniform(0 km, 10 km)")
        let summary = try ScriptSampling(count: 100_000, seed: 7).summary(of: program)
        // The median of 100,000 uniform draws: within 5 standard errors (sd of the median of
        // U(0, 10) is 10 / (2·sqrt(n)) ≈ 0.016) of 5.
        #expect(abs(summary.percentiles[1].value - 5) < 0.08)
        #expect(summary.method == .exact)
        #expect(summary.unit.symbol(plural: true) == "km")
    }

    @Test func vocabulary() throws {
        var registry = UnitRegistry.standard
        try registry.load(definitions: "@count\ndose = doses\nvial = vials\n@end", origin: "vaccines.txt")
        let calculator = Calculator(vocabulary: Vocabulary(registry: registry, hedges: .standard))
        #expect(try calculator.evaluate("5,000 doses / 500 vials").formatted() == "10 doses/vial")
    }

    @Test func histogram() {
        let draws: [Double] = [0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 3.5, 9]
        let histogram = draws.withUnsafeBufferPointer { Histogram(values: $0, low: 0, high: 4, binCount: 4) }
        #expect(histogram.bins.map(\.low) == [0, 1, 2, 3, 4])
        #expect(histogram.bins.map(\.count) == [1, 2, 3, 1, 0])
        #expect(histogram.above == 1)
    }

    @Test func unitRegistryDefinitions() throws {
        var registry = UnitRegistry.standard
        try registry.load(definitions: "@count\ndose = doses\nvial = vials\n@end", origin: "vaccines.txt")
        #expect(try registry.unit("doses/vial").symbol(plural: true) == "doses/vial")
        var trains = UnitRegistry.standard
        try trains.addCountedNoun("wagon")
        try trains.addUnit("trainload", definedAs: "50 wagons", aliases: ["trainloads"])
        #expect(try trains.unit("trainloads").factor == 50)
        #expect(try UnitRegistry.standard.unit("lb").factor == 0.45359237)
    }

    @Test func hedgesAndNewsNumbers() throws {
        let about = try #require(HedgeTable.standard.rule(for: "about"))
        let number = try NewsNumber.parse("5,000")
        #expect(try about.interpret(number, isCount: true).low == 3000)
        #expect(HedgeTable.standard.rule(for: "nearly")?.rule == "from x − u (soft; at least x/2) up to but not including x")
        let million = try NewsNumber.parse("2.3 million")
        #expect(million.value == 2_300_000)
        #expect(million.resolution == 100_000)
    }

    /// GettingStartedWithEstimates.md.
    @Test func gettingStarted() throws {
        let calculator = Calculator()
        let speed = try calculator.evaluate("about 1,200 km / 3 h in km/h")
        #expect(speed.formatted() == "400 km/h (333–467, 90% range)")
        #expect(abs(speed.low - 1000.0 / 3) < 1e-9)
        #expect(speed.nominal == 400)
        #expect(speed.meaning == .ci90)
        #expect(speed.notes == ["“about 1,200” read as 1,000–1,400 (x ± 2u; each side at most x/2; u = 100)"])
        #expect(throws: EstimateError.self) { try calculator.evaluate("5 ton in kg") }
        do {
            _ = try calculator.evaluate("5 ton in kg")
        } catch {
            #expect(error.description == "<expression>:1:3: error: ambiguous unit 'ton': write short_ton, long_ton or tonne")
        }
    }

    /// MonteCarlo.md: the numbers `reckon sample … --seed 7` prints for the same program.
    @Test func monteCarloInSwift() throws {
        let program = try SampleProgram("unit dose; unit vial; (4,000 to 6,000 doses) / (450 to 550 vials)")
        let summary = try ScriptSampling(count: 1_000_000, seed: 7).summary(of: program)
        #expect(summary.unit.symbol(plural: true) == "doses/vial")
        let percentiles = summary.percentiles.map(\.value)
        #expect(percentiles.count == 3)
        #expect(zip(percentiles, [7.8555, 9.8465, 12.35]).allSatisfy { abs($0 - $1) < 0.005 })
        #expect(abs(summary.mean - 9.9411) < 0.0001)
    }
}
