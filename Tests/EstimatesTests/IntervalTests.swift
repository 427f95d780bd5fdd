import Estimates
import TextCore
import Testing

@Suite struct IntervalTests {
    @Test func sumsAndDifferencesTakeTheWorstCombinations() {
        let a = Interval(1, 3)
        let b = Interval(10, 20)
        #expect(a + b == Interval(11, 23))
        #expect(b - a == Interval(7, 19))
        #expect(a - b == Interval(-19, -7))
    }

    @Test func productsTakeTheExtremesOfAllFourCorners() {
        #expect(Interval(2, 3) * Interval(4, 5) == Interval(8, 15))
        #expect(Interval(-2, 3) * Interval(4, 5) == Interval(-10, 15))
        #expect(Interval(-2, 3) * Interval(-5, 4) == Interval(-15, 12))
    }

    @Test func quotientsOfThePerContainerRange() throws {
        let shells = Interval(2.1e6, 2.5e6)
        let containers = Interval(3000, 7000)
        let perContainer = try shells / containers
        #expect(perContainer.low == 300)
        #expect(abs(perContainer.high - 833.333_333_333_333_4) < 1e-9)
    }

    @Test(arguments: [Interval(-1, 1), Interval(0, 5), Interval(-3, 0), Interval(0, 0)])
    func divisionByARangeContainingZeroIsAnError(divisor: Interval) {
        #expect(throws: EstimateError(.divisionByRangeContainingZero(low: divisor.low, high: divisor.high))) {
            try Interval(1, 2) / divisor
        }
    }

    @Test func powersHandleSignsAndZero() throws {
        #expect(try Interval(-2, 3).raised(to: 2) == Interval(0, 9))
        #expect(try Interval(-3, -2).raised(to: 2) == Interval(4, 9))
        #expect(try Interval(-2, 3).raised(to: 3) == Interval(-8, 27))
        #expect(try Interval(2, 4).raised(to: -1) == Interval(0.25, 0.5))
        #expect(throws: EstimateError.self) { try Interval(-1, 1).raised(to: -2) }
        #expect(try Interval(5, 6).raised(to: 0) == Interval(1, 1))
    }

    @Test func overlapAndContainment() {
        #expect(Interval(1, 5).overlaps(Interval(5, 9)))
        #expect(!Interval(1, 5).overlaps(Interval(5.5, 9)))
        #expect(Interval(1, 5).contains(1) && Interval(1, 5).contains(5) && !Interval(1, 5).contains(5.01))
    }
}
