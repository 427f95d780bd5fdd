import Estimates
import TextCore
import Testing

@Suite struct EstimateTests {
    let parser = TestNouns.parser

    func estimate(_ text: String) throws -> Estimate { try parser.parse(text).estimate }

    @Test func perContainerCapacityPropagatesTheHedgeRanges() throws {
        let perContainer = try estimate("about 2.3 million shells") / estimate("about 5,000 containers")
        #expect(perContainer.nominal == 460)
        #expect(perContainer.low == 300)  // 2.1M / 7,000
        #expect(abs(perContainer.high - 2.5e6 / 3000) < 1e-9)
        #expect(perContainer.meaning == .ci90Bounds)
        #expect(perContainer.unit.symbol(plural: true) == "shells/container")
        #expect(perContainer.notes.count == 2)
        #expect(perContainer.formatted() == "460 shells/container (300–834, bounds of 90% ranges)")
    }

    @Test func theAlternativeIsEightyPerContainer() throws {
        let perContainer = try estimate("about 400,000 shells") / estimate("about 5,000 containers")
        #expect(perContainer.nominal == 80)
        #expect(abs(perContainer.low - 200_000.0 / 7000) < 1e-9)
        #expect(perContainer.high == 200)
        #expect(perContainer.formatted() == "80 shells/container (28.5–200, bounds of 90% ranges)")
    }

    @Test func displayRoundsTheLowEndDownAndTheHighEndUp() throws {
        let value = try Estimate(low: 409.0909, high: 522.2222, nominal: 460, meaning: .ci90, significantDigits: 2)
        #expect(value.rangeText.low == "409")
        #expect(value.rangeText.high == "523")
        #expect(value.nominalText == "460")
        let narrow = try Estimate(low: 1000.1, high: 1000.4)
        #expect(narrow.rangeText == ("1,000.1", "1,000.4"))
    }

    @Test func nominalKeepsTheSignificantDigitsOfTheLeastPreciseInput() throws {
        let mass = try estimate("460 shells/container") * estimate("43.56 kg/shell")
        #expect(mass.significantDigits == 3)
        #expect(mass.nominalText == "20,000")
        let precise = try estimate("2,300,000 shells") / estimate("5,000 containers")
        #expect(precise.nominalText == "460")
    }

    @Test func meaningsCombineToTheLeastCertain() throws {
        let bounds = try estimate("100 to 180 km")
        let point = try estimate("2 km")
        #expect(try (bounds + point).meaning == .bounds)
        #expect(try (point + point).meaning == .point)
        let hedged = try estimate("about 5 km")
        #expect(try (bounds + hedged).meaning == .ci90Bounds)  // outer bounds, not a 90% range
        #expect(try (hedged.scaled(by: 2)).meaning == .ci90)
        #expect(EstimateMeaning.combining(.variants, .disagreement) == .disagreement)
    }

    @Test func rangesWithoutNominalStayWithoutNominal() throws {
        let doubled = try estimate("100 to 180 km").scaled(by: 2)
        #expect(doubled.nominal == nil)
        #expect(doubled.low == 200 && doubled.high == 360)
        #expect(doubled.formatted() == "200–360 km (bounds)")
    }

    @Test func divisionByARangeThroughZeroIsAnError() throws {
        let divisor = try Estimate(low: -1, high: 2, unit: .one)
        #expect(throws: EstimateError(.divisionByRangeContainingZero(low: -1, high: 2))) {
            try estimate("5 km") / divisor
        }
    }

    @Test func conversionScalesEveryValue() throws {
        let range = try estimate("100 to 180 km").converted(to: UnitRegistry.standard.unit("mi"))
        #expect(abs(range.low - 62.137_119_223_733_4) < 1e-9)
        #expect(throws: EstimateError.self) { try estimate("5 km").converted(to: UnitRegistry.standard.unit("kg")) }
    }

    @Test func invertedOrNonFiniteEstimatesAreRefused() {
        #expect(throws: EstimateError(.invertedRange(low: 5, high: 1))) { try Estimate(low: 5, high: 1) }
        #expect(throws: EstimateError.self) { try Estimate(low: 0, high: .infinity) }
        #expect(throws: EstimateError.self) { try Estimate(low: .nan, high: 1) }
    }
}
