import Testing

@testable import Estimates
import TextCore

/// Checks are tri-state: every value in the range passes, some do, or none do.
@Suite struct CheckTests {
    let calculator = TestNouns.calculator

    func estimate(_ text: String) throws -> Estimate { try calculator.evaluate(text) }

    @Test(arguments: [
        (CheckRelation.within, 100.0, 200.0, Consistency.consistent),
        (.within, 50, 150, .possibly),
        (.within, 250, 300, .inconsistent),
        (.less, 250, 300, .consistent),
        (.less, 150, 300, .possibly),
        (.less, 50, 100, .inconsistent),
        (.lessOrEqual, 180, 300, .consistent),
        (.less, 180, 300, .possibly),
        (.greater, 50, 90, .consistent),
        (.greater, 50, 150, .possibly),
        (.greater, 180, 200, .inconsistent),
        (.greaterOrEqual, 50, 100, .consistent),
        (.greater, 50, 100, .possibly),
        (.greaterOrEqual, 181, 200, .inconsistent),
        (.lessOrEqual, 10, 99, .inconsistent),
    ])
    func relationsCompareWholeRanges(relation: CheckRelation, boundLow: Double, boundHigh: Double, expected: Consistency) {
        // The value is the range 100–180.
        #expect(relation.compare(Interval(100, 180), with: Interval(boundLow, boundHigh)) == expected)
    }

    @Test func aRangeStraddlingTheBoundIsPossibly() throws {
        let mass = try estimate("about 2.3 million shells / about 5,000 containers * 43.56 kg/shell in t/container")
        #expect(try mass.consistency(with: "< 28.2 t/container") == .possibly)
        #expect(try mass.consistency(with: "< 40 t/container") == .consistent)
        #expect(try mass.consistency(with: "< 10 t/container") == .inconsistent)
    }

    @Test func aRelativeToleranceWidensTheTarget() throws {
        let result = try estimate("460 shells/container").checked(against: "≈ 460 shells/container ± 5%")
        #expect(result.consistency == .consistent)
        #expect(result.bound.low == 437)
        #expect(result.bound.high == 483)
        #expect(try estimate("484 shells/container").consistency(with: "460 shells/container ± 5%") == .inconsistent)
        #expect(try estimate("480 to 490 shells/container").consistency(with: "~= 460 shells/container +/- 5%") == .possibly)
    }

    @Test func anAbsoluteToleranceIsConvertedToTheValuesUnit() throws {
        let result = try estimate("28.19 t").checked(against: "≈ 28,200 kg ± 20 kg")
        #expect(result.consistency == .consistent)
        #expect(abs(result.bound.low - 28.18) < 1e-12)
        #expect(abs(result.bound.high - 28.22) < 1e-12)
        #expect(result.bound.unit.symbol(plural: true) == "t")
    }

    @Test func endsEqualAfterConversionCountAsEqual() throws {
        // 28,200 kg is 28.2 t up to the last bit of a Double.
        #expect(try estimate("28,200 kg").isConsistent(with: "<= 28.2 t"))
        // Equal is not below: a point on a strict bound fails it.
        #expect(try estimate("28,200 kg").consistency(with: "< 28.2 t") == .inconsistent)
        #expect(try estimate("28,100 to 28,200 kg").consistency(with: "< 28.2 t") == .possibly)
        #expect(try estimate("300 to 834 shells/container").isConsistent(with: "within 300 to 834 shells/container"))
    }

    @Test func withoutARelationTheTargetIsApproximate() throws {
        let result = try estimate("460 shells/container").checked(against: "460 shells/container ± 1%")
        #expect(result.relation == .approximately)
        #expect(result.consistency == .consistent)
    }

    @Test func theHelpersReadAsTheyAreNamed() throws {
        let perContainer = try estimate("about 2.3 million shells / about 5,000 containers")
        #expect(try perContainer.isConsistent(with: "within 250 to 900 shells/container"))
        #expect(try !perContainer.isConsistent(with: "460 shells/container ± 1%"))
        #expect(try perContainer.isPossiblyConsistent(with: "460 shells/container ± 1%"))
        #expect(try perContainer.isInconsistent(with: "> 1000 shells/container"))
        #expect(try !perContainer.isInconsistent(with: "< 1000 shells/container"))
    }

    /// The checks of the seed figures, with the nouns the tests define (the documented
    /// examples themselves are run by DocExampleTests).
    @Test func theDocumentedExamplesHold() throws {
        let perContainer = try TestNouns.calculator.evaluate("about 2.3 million shells / about 5,000 containers")
        #expect(try perContainer.isConsistent(with: "within 250 to 900 shells/container"))
        #expect(try perContainer.consistency(with: "460 shells/container ± 1%") == .possibly)
        #expect(try perContainer.isInconsistent(with: "> 1000 shells/container"))
        let mass = try TestNouns.calculator.evaluate("460 shells/container * 43.56 kg/shell in t/container")
        #expect(try mass.isConsistent(with: "< 28.2 t/container"))
        let hedged = try TestNouns.calculator.evaluate("about 460 shells * 43.56 kg/shell in t")
        #expect(abs(hedged.low - 19.1664) < 1e-9 && abs(hedged.high - 20.9088) < 1e-9)
        #expect(try hedged.check(.less, TestNouns.calculator.evaluate("20 t")).consistency == .possibly)
        let run = try TestNouns.calculator.run(
            """
            let mass = 460 shells/container * 43.56 kg/shell in t/container
            check mass < 28.2 t/container
            """, origin: "mass.rk")
        #expect(run.checks[0].consistency == .consistent)
    }

    @Test func aTargetInAnotherDimensionIsAnError() throws {
        let mass = try estimate("5 kg")
        #expect(throws: EstimateError(.dimensionMismatch(operation: "compare", left: .base("mass"), right: .base("length")),
            at: .init(origin: "<check>", line: 1, column: 3))) {
            try mass.consistency(with: "< 3 m")
        }
        #expect(throws: EstimateError.self) { try mass.consistency(with: "") }
        #expect(throws: EstimateError.self) { try mass.consistency(with: "< 3 kg extra") }
    }

    @Test func summariesSayWhatWasFound() throws {
        let value = try estimate("4600 shells/container")
        #expect(
            try value.checked(against: "within 300 to 834 shells/container").summary
                == "4,600 shells/container is not within 300–834 shells/container")
        #expect(try value.checked(against: "> 0 shells/container").summary == "4,600 shells/container is above 0 shells/container")
        #expect(
            try estimate("13 to 36.4 t").checked(against: "<= 28.2 t").summary
                == "only part of 13–36.4 t (bounds) is at most 28.2 t")
    }

    @Test func scriptChecksCarryTheirTextAndLine() throws {
        let run = try calculator.run(
            """
            let x = about 5,000 containers
            check x within 3000 to 7000 containers   # the whole hedge range
            check x > 6000 containers
            check x < 1000 containers
            """, origin: "demo.rk")
        #expect(run.checks.map(\.text) == ["x within 3000 to 7000 containers", "x > 6000 containers", "x < 1000 containers"])
        #expect(run.checks.map(\.consistency) == [.consistent, .possibly, .inconsistent])
        #expect(run.checks.map { $0.location?.line } == [2, 3, 4])
        #expect(run.hasInconsistentCheck)
    }

    @Test func aResultDescribesItselfSoThatAFailedExpectationShowsTheFigures() throws {
        let perContainer = try estimate("about 2.3 million shells / about 5,000 containers")
        let wrong = try perContainer.checked(against: "within 900 to 1000 shells/container", calculator: calculator)
        #expect(wrong.isInconsistent && !wrong.isPossiblyConsistent && !wrong.isConsistent)
        #expect("\(wrong)" == "460 shells/container (300–834, bounds of 90% ranges) is not within 900–1,000 shells/container")
        let straddling = try perContainer.checked(against: "within 380 to 420 shells/container", calculator: calculator)
        #expect(straddling.isPossiblyConsistent && !straddling.isConsistent && !straddling.isInconsistent)
        #expect(straddling.description == "only part of 460 shells/container (300–834, bounds of 90% ranges) is within 380–420 shells/container")
        let right = try perContainer.checked(against: "within 250 to 900 shells/container", calculator: calculator)
        #expect(right.isConsistent && right.description == right.summary)
    }

    /// The example of the TestingFigures article, as a user writes it: nouns defined in code.
    @Test func theArticlesExampleRunsAsWritten() throws {
        var registry = UnitRegistry.standard
        try registry.addCountedNoun("shell")
        try registry.addCountedNoun("container")
        let calculator = Calculator(vocabulary: Vocabulary(registry: registry, hedges: .standard))

        let perContainer = try calculator.evaluate("about 2.3 million shells / about 5,000 containers")
        let check = try perContainer.checked(against: "within 250 to 900 shells/container", calculator: calculator)
        #expect(check.isConsistent)
        let wrong = try perContainer.checked(against: "within 900 to 1000 shells/container", calculator: calculator)
        #expect(wrong.description == "460 shells/container (300–834, bounds of 90% ranges) is not within 900–1,000 shells/container")
    }
}
