import Estimates
import TextCore
import Testing

@Suite struct SelectionTests {
    /// numpy.percentile's default (linear) definition, from a full sort.
    func sortedPercentile(_ values: [Double], _ level: Double) -> Double {
        sortedPercentile(sorted: values.sorted(), level)
    }

    func sortedPercentile(sorted: [Double], _ level: Double) -> Double {
        let position = level / 100 * Double(sorted.count - 1)
        let rank = Int(position.rounded(.down))
        let fraction = position - Double(rank)
        guard rank + 1 < sorted.count else { return sorted[rank] }
        return sorted[rank] + fraction * (sorted[rank + 1] - sorted[rank])
    }

    @Test(arguments: [1, 2, 7, 100, 10_001])
    func selectionAgreesWithSortingForRandomValues(count: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(count))
        let values = (0..<count).map { _ in generator.nextUnit() * 100 - 30 }
        let levels = [0, 5, 25, 50, 75, 95, 99.9, 100]
        var copy = values
        let selected = copy.withUnsafeMutableBufferPointer { Selection.percentiles(levels, in: $0) }
        #expect(selected == levels.map { sortedPercentile(values, $0) })
        #expect(copy.sorted() == values.sorted())
    }

    @Test func selectionHandlesRunsOfEqualValuesAndSortedInput() {
        var generator = Xoshiro256StarStar(seed: 5)
        let mostlyZero = (0..<50_000).map { _ in generator.nextUnit() < 0.6 ? 0 : generator.nextUnit() }
        let ascending = (0..<50_000).map(Double.init)
        let descending = Array(ascending.reversed())
        let constant = [Double](repeating: 4, count: 1000)
        for values in [mostlyZero, ascending, descending, constant] {
            var copy = values
            let levels = [5.0, 50, 95]
            let selected = copy.withUnsafeMutableBufferPointer { Selection.percentiles(levels, in: $0) }
            #expect(selected == levels.map { sortedPercentile(values, $0) })
        }
    }

    @Test func largeInputsUseBracketsAndStillGiveExactOrderStatistics() {
        var generator = Xoshiro256StarStar(seed: 17)
        let n = 300_000
        let random = (0..<n).map { _ in generator.nextUnit() < 0.6 ? 0 : 1 / generator.nextOpenUnit() }
        // Every value the stride sample can see is huge, so its brackets miss and the
        // fallback must answer.
        let stride = Double(n) / Double(1 << 15)
        var adversarial = (0..<n).map { Double($0 % 1000) }
        for index in 0..<(1 << 15) { adversarial[min(n - 1, Int(Double(index) * stride + stride / 2))] = 1e9 + Double(index) }
        // A spike at the top: 40% of the values are exactly one, the rest below it.
        let topSpike = (0..<n).map { _ in generator.nextUnit() < 0.4 ? 1 : generator.nextUnit() }
        let levels = [0, 0.1, 5, 50, 59.99, 60, 60.01, 95, 99.9, 100]
        for values in [random, adversarial, topSpike, (0..<n).map(Double.init)] {
            var copy = values
            let selected = copy.withUnsafeMutableBufferPointer { Selection.percentiles(levels, in: $0) }
            let sorted = values.sorted()
            #expect(selected == levels.map { sortedPercentile(sorted: sorted, $0) })
        }
    }

    @Test func levelsComeBackInTheOrderAsked() {
        var values = (1...101).map(Double.init)
        let selected = values.withUnsafeMutableBufferPointer { Selection.percentiles([95, 5, 50], in: $0) }
        #expect(selected == [96, 6, 51])
    }

    @Test func selectPlacesTheKthSmallest() {
        var values = [5.0, 1, 4, 2, 3]
        values.withUnsafeMutableBufferPointer { Selection.select(2, in: $0) }
        #expect(values[2] == 3)
        #expect(values[..<2].allSatisfy { $0 <= 3 })
        #expect(values[3...].allSatisfy { $0 >= 3 })
    }
}
