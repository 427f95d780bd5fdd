/// One way of giving values to a `Formula`: the operations a tree needs. `FormulaEvaluator`
/// walks the tree and binds variables; an algebra says what numbers mean.
///
/// `IntervalAlgebra` gives guaranteed ranges (`Estimate`). An algebra over sample sets
/// would give distributions; since the evaluator binds each variable once, such an algebra
/// sees the same samples every time a variable is used, so `x - x` is exactly zero.
///
/// ```swift
/// var evaluator = FormulaEvaluator(algebra: IntervalAlgebra())
/// let value = try evaluator.evaluate(formula)
/// ```
package protocol FormulaAlgebra {
    /// What a formula evaluates to.
    associatedtype Value

    /// A figure as written (`about 5,000 containers`).
    func figure(_ literal: FigureLiteral) throws(EstimateError) -> Value
    /// A unit used as a value: one of it.
    func unit(_ unit: UnitOfMeasure) throws(EstimateError) -> Value
    /// `-value`.
    func negate(_ value: Value) throws(EstimateError) -> Value
    /// `left op right`.
    func combine(_ left: Value, _ operation: ArithmeticOperator, _ right: Value) throws(EstimateError) -> Value
    /// `value^exponent`.
    func power(_ value: Value, _ exponent: Int) throws(EstimateError) -> Value
    /// `function(arguments…)`; the argument count is already checked.
    func call(_ function: FormulaFunction, _ arguments: [Value]) throws(EstimateError) -> Value
    /// `value in unit`.
    func convert(_ value: Value, to unit: UnitOfMeasure) throws(EstimateError) -> Value
    /// `mixture([values…], [weights…])`, the values and weights evaluated.
    func mixture(_ values: [Value], weights: [Value]) throws(EstimateError) -> Value
}

extension FormulaAlgebra {
    /// An algebra without a meaning for mixtures refuses them.
    package func mixture(_ values: [Value], weights: [Value]) throws(EstimateError) -> Value {
        throw EstimateError(.syntax("mixture(…) has no meaning here"))
    }
}

/// Evaluates formulas in an algebra, with variables bound once each.
///
/// Errors from an operation are placed at the operator, function or figure in the source.
package struct FormulaEvaluator<Algebra: FormulaAlgebra> {
    /// The algebra in use.
    package var algebra: Algebra
    /// The values of the variables bound so far.
    package private(set) var variables: [String: Algebra.Value] = [:]

    /// An evaluator with no variables.
    package init(algebra: Algebra) {
        self.algebra = algebra
    }

    /// Binds `name` to `value` (the parser makes sure a name is defined once).
    package mutating func bind(_ name: String, to value: Algebra.Value) {
        variables[name] = value
    }

    /// The value of `formula`.
    package func evaluate(_ formula: Formula) throws(EstimateError) -> Algebra.Value {
        do throws(EstimateError) {
            switch formula.kind {
            case .figure(let literal):
                return try algebra.figure(literal)
            case .variable(let name):
                guard let value = variables[name] else {
                    throw EstimateError(.unknownName(name, suggestions: []))
                }
                return value
            case .unit(let unit, _):
                return try algebra.unit(unit)
            case .negation(let operand):
                return try algebra.negate(try evaluate(operand))
            case .chain(let first, let links):
                var value = try evaluate(first)
                for link in links {
                    let operand = try evaluate(link.operand)
                    do throws(EstimateError) {
                        value = try algebra.combine(value, link.operation, operand)
                    } catch {
                        throw error.located(at: link.location)
                    }
                }
                return value
            case .power(let base, let exponent):
                return try algebra.power(try evaluate(base), exponent)
            case .call(let function, let arguments):
                var values: [Algebra.Value] = []
                values.reserveCapacity(arguments.count)
                for argument in arguments { values.append(try evaluate(argument)) }
                return try algebra.call(function, values)
            case .mixture(let values, let weights):
                var valueList: [Algebra.Value] = []
                for value in values { valueList.append(try evaluate(value)) }
                var weightList: [Algebra.Value] = []
                for weight in weights { weightList.append(try evaluate(weight)) }
                return try algebra.mixture(valueList, weights: weightList)
            case .conversion(let value, let unit, _):
                return try algebra.convert(try evaluate(value), to: unit)
            }
        } catch {
            throw error.located(at: formula.location)
        }
    }
}
