import Estimates
import TextCore
import Testing

@Suite struct SampleSetTests {
    let registry = TestNouns.registry

    func draws(_ distribution: Distribution, _ unit: String, count: Int = 10_000, seed: UInt64 = 1) throws -> SampleSet {
        var generator = Xoshiro256StarStar(seed: seed)
        return SampleSet(drawing: distribution, count: count, unit: try registry.unit(unit), using: &generator)
    }

    @Test func aVariableUsedTwiceIsOneDrawSoXMinusXIsExactlyZero() throws {
        let x = try draws(try .ninetyPercentRange(low: 1, high: 3), "km")
        let difference = try x - x
        #expect(difference.values.allSatisfy { $0 == 0 })
        let ratio = try x / x
        #expect(ratio.values.allSatisfy { $0 == 1 })
        #expect(ratio.unit.isOne)
    }

    @Test func twoIndependentDrawsOfTheSameRangeDoNotCancel() throws {
        let x = try draws(try .ninetyPercentRange(low: 1, high: 3), "km", seed: 1)
        let y = try draws(try .ninetyPercentRange(low: 1, high: 3), "km", seed: 2)
        let difference = try x - y
        #expect(difference.values.filter { $0 == 0 }.count == 0)
    }

    @Test func sumsConvertTheRightSideToTheLeftUnit() throws {
        let kilometres = SampleSet(values: [1, 2, 3], unit: try registry.unit("km"))
        let metres = SampleSet(values: [500, 250, 0], unit: try registry.unit("m"))
        let sum = try kilometres + metres
        #expect(sum.values == [1.5, 2.25, 3])
        #expect(sum.unit.symbol(plural: true) == "km")
    }

    @Test func addingDifferentDimensionsIsAnError() throws {
        let length = SampleSet(values: [1], unit: try registry.unit("km"))
        let mass = SampleSet(values: [1], unit: try registry.unit("kg"))
        #expect(throws: EstimateError(.dimensionMismatch(operation: "add", left: .base("length"), right: .base("mass")))) { try length + mass }
    }

    @Test func quotientsCombineUnitsDrawByDraw() throws {
        let shells = SampleSet(values: [2.0e6, 2.6e6], unit: try registry.unit("shells"))
        let containers = SampleSet(values: [5000, 4000], unit: try registry.unit("containers"))
        let perContainer = try shells / containers
        #expect(perContainer.values == [400, 650])
        #expect(perContainer.unit.symbol(plural: true) == "shells/container")
        let back = try perContainer * containers
        #expect(back.values == [2.0e6, 2.6e6])
        #expect(back.unit.symbol(plural: true) == "shells")
    }

    @Test func dimensionlessRatiosFoldTheirFactor() throws {
        let kilometres = SampleSet(values: [1, 2], unit: try registry.unit("km"))
        let metres = SampleSet(values: [500, 500], unit: try registry.unit("m"))
        let ratio = try kilometres / metres
        #expect(ratio.unit.isOne)
        #expect(ratio.values == [2, 4])
    }

    @Test func divisionByZeroInSomeDrawsSaysHowMany() throws {
        let top = SampleSet(values: [1, 2, 3, 4])
        let bottom = SampleSet(values: [1, 0, 2, 0])
        #expect {
            try top / bottom
        } throws: { error in
            (error as? EstimateError)?.message == "division gives a value that is not a finite number in 2 of 4 samples (a divisor that reaches zero?)"
        }
    }

    @Test func powersSquareRootsAndConversions() throws {
        let side = SampleSet(values: [2, 3], unit: try registry.unit("m"))
        let area = try side.raised(to: 2)
        #expect(area.values == [4, 9])
        #expect(area.unit.dimension == (try registry.unit("m^2")).dimension)
        let root = try area.squareRoot()
        #expect(root.values == [2, 3])
        #expect(root.unit.dimension == side.unit.dimension)
        let inverse = try side.raised(to: -1)
        #expect(inverse.values == [0.5, 1.0 / 3])
        let centimetres = try side.converted(to: try registry.unit("cm"))
        #expect(centimetres.values == [200, 300])
        #expect(throws: EstimateError.self) { try side.converted(to: try registry.unit("kg")) }
        #expect(throws: EstimateError.self) { try side.squareRoot() }
        #expect(throws: EstimateError.self) { try SampleSet(values: [4, -1]).squareRoot() }
    }

    @Test func squareRootOfAreaInSquareKilometresGivesKilometres() throws {
        let area = SampleSet(values: [4, 9], unit: try registry.unit("km^2"))
        let side = try area.squareRoot()
        #expect(side.unit.symbol(plural: true) == "km")
        #expect(side.values == [2, 3])
    }

    @Test func sampledPowersNeedPureNumbers() throws {
        let base = SampleSet(values: [2, 10])
        let exponent = SampleSet(values: [3, 0.5])
        let power = try base.raised(to: exponent)
        #expect(power.values[0] == 8)
        #expect(abs(power.values[1] - 10.0.squareRoot()) < 1e-15)
        let length = SampleSet(values: [2, 10], unit: try registry.unit("m"))
        #expect(throws: EstimateError.self) { try length.raised(to: exponent) }
    }

    @Test func minimumMaximumAndRoundWorkDrawByDraw() throws {
        let a = SampleSet(values: [1, 5, 3.5], unit: try registry.unit("t"))
        let b = SampleSet(values: [2000, 4000, 3000], unit: try registry.unit("kg"))
        #expect(try SampleSet.minimum(a, b).values == [1, 4, 3])
        #expect(try SampleSet.maximum(a, b).values == [2, 5, 3.5])
        #expect(a.rounded().values == [1, 5, 4])
        #expect((-a).values == [-1, -5, -3.5])
        let length = SampleSet(values: [1, 1, 1], unit: try registry.unit("m"))
        #expect(throws: EstimateError.self) { try SampleSet.minimum(a, length) }
    }
}
