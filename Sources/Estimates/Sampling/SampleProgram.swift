/// An expression to sample, with `let` definitions before it (`let x = 1 to 3; x - x`),
/// parsed once and drawn chunk by chunk: the model a `SamplingRun` runs.
///
/// ```swift
/// let program = try SampleProgram("(2.0M to 2.6M shells) / (4500 to 5500 containers)")
/// let run = SamplingRun(count: 1_000_000, seed: 7)
/// var samples = try run.collect(program.model)
/// samples.unit.symbol(plural: true)   // "shells/container"
/// ```
public struct SampleProgram: Sendable {
    /// The definitions, in order.
    public let definitions: [(name: String, formula: Formula)]
    /// The expression sampled.
    public let expression: Formula
    let intervals: IntervalReadings

    /// Parses `text`: `let` definitions, then one expression (separated by `;` or line breaks).
    public init(_ text: String, origin: String = "<expression>", calculator: Calculator = Calculator()) throws(EstimateError) {
        let script = try calculator.parseScript(text, origin: origin)
        var definitions: [(name: String, formula: Formula)] = []
        var intervals = IntervalReadings()
        for statement in script.statements.dropLast() {
            guard case .assignment(let name, let formula) = statement.kind else {
                throw EstimateError(
                    .syntax("only 'let' definitions may come before the expression to sample"), at: statement.location)
            }
            definitions.append((name, formula))
            intervals.bind(name, to: formula)
        }
        guard let last = script.statements.last, case .print(let formula) = last.kind else {
            throw EstimateError(.syntax("expected an expression to sample after the definitions"), at: script.statements.last?.location)
        }
        self.definitions = definitions
        expression = formula
        self.intervals = intervals
    }

    /// The draws of one chunk: the definitions in order (each drawn once), then the expression.
    public func evaluate(_ context: inout SampleContext) throws(EstimateError) -> SampleSet {
        var evaluator = SampleEvaluator(context: context, intervals: intervals)
        defer { context = evaluator.context }
        for definition in definitions { try evaluator.bind(definition.name, to: definition.formula) }
        return try evaluator.evaluate(expression)
    }

    /// The program as a `SamplingRun` model.
    public var model: SamplingRun.Model {
        { context throws(EstimateError) in try evaluate(&context) }
    }
}
