import Testing

@testable import Estimates
import TextCore

/// The parse tree is separate from evaluation: another algebra can evaluate the same tree,
/// and a variable is bound once, so an algebra over samples sees `x - x` as exactly zero.
@Suite struct FormulaTreeTests {
    /// A toy algebra over fixed sample sets: each figure is sampled at its low, nominal and high.
    struct SampleAlgebra: FormulaAlgebra {
        func figure(_ literal: FigureLiteral) throws(EstimateError) -> [Double] {
            let e = literal.estimate
            return [e.low, e.nominal ?? (e.low + e.high) / 2, e.high]
        }
        func unit(_ unit: UnitOfMeasure) throws(EstimateError) -> [Double] { [unit.factor, unit.factor, unit.factor] }
        func negate(_ value: [Double]) throws(EstimateError) -> [Double] { value.map { -$0 } }
        func combine(_ left: [Double], _ operation: ArithmeticOperator, _ right: [Double]) throws(EstimateError) -> [Double] {
            zip(left, right).map { a, b in
                switch operation {
                case .add: return a + b
                case .subtract: return a - b
                case .multiply: return a * b
                case .divide: return a / b
                }
            }
        }
        func power(_ value: [Double], _ exponent: Int) throws(EstimateError) -> [Double] {
            value.map { v in (0..<exponent).reduce(1.0) { result, _ in result * v } }
        }
        func call(_ function: FormulaFunction, _ arguments: [[Double]]) throws(EstimateError) -> [Double] { arguments[0] }
        func convert(_ value: [Double], to unit: UnitOfMeasure) throws(EstimateError) -> [Double] { value }
    }

    @Test func aVariableBoundOnceMakesXMinusXExactlyZeroInASampleAlgebra() throws {
        let script = try TestNouns.calculator.parseScript("let x = about 5,000 containers\nx - x")
        var evaluator = FormulaEvaluator(algebra: SampleAlgebra())
        guard case .assignment(let name, let definition) = script.statements[0].kind,
            case .print(let formula) = script.statements[1].kind
        else {
            Issue.record("unexpected statements")
            return
        }
        evaluator.bind(name, to: try evaluator.evaluate(definition))
        #expect(try evaluator.evaluate(formula) == [0, 0, 0])
        // The interval reading of the same tree is the (wider) guaranteed range.
        var intervals = FormulaEvaluator(algebra: IntervalAlgebra())
        intervals.bind(name, to: try intervals.evaluate(definition))
        let range = try intervals.evaluate(formula)
        #expect(range.low == -4_000 && range.high == 4_000 && range.nominal == 0)
    }

    @Test func sumsAndProductsAreFlatChains() throws {
        let formula = try TestNouns.calculator.parse("1 + 2 - 3 + 4")
        guard case .chain(_, let links) = formula.kind else {
            Issue.record("expected a chain")
            return
        }
        #expect(links.map(\.operation) == [.add, .subtract, .add])
    }

    @Test func aLongSumIsAShallowTree() throws {
        let text = Array(repeating: "1", count: 50_000).joined(separator: "+")
        #expect(try TestNouns.calculator.evaluate(text).nominal == 50_000)
    }

    @Test func nodesKnowWhereTheyAreInTheSource() throws {
        let formula = try TestNouns.calculator.parse("2 * (about 5,000 containers)")
        guard case .chain(let first, let links) = formula.kind, case .figure(let figure) = links[0].operand.kind else {
            Issue.record("expected 2 * figure")
            return
        }
        #expect(first.location.column == 1)
        #expect(links[0].location.column == 3)
        #expect(figure.text == "about 5,000 containers")
        #expect(figure.number?.value == 5_000)
        #expect(figure.hedge?.phrase == "about")
        #expect(links[0].operand.span == 4..<28)
    }
}
