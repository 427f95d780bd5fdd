/// An expression to sample, with `let` definitions before it (`let x = 1 to 3; x - x`),
/// parsed once and drawn chunk by chunk. ``ScriptSampling`` draws it.
///
/// ```swift
/// let program = try SampleProgram("unit dose; unit vial; (4,000 to 6,000 doses) / (450 to 550 vials)")
/// let summary = try ScriptSampling(count: 100_000, seed: 7).summary(of: program)
/// summary.unit.symbol(plural: true)   // "doses/vial"
/// summary.percentiles.map(\.level)    // [5, 50, 95]
/// ```
public struct SampleProgram: Sendable {
    /// `let` definitions in order, with their interval readings.
    package struct Definitions: Sendable {
        /// The names and formulas.
        package private(set) var entries: [(name: String, formula: Formula)] = []
        var intervals = IntervalReadings()

        /// No definitions.
        package init() {}

        /// Adds `let name = formula`.
        package mutating func append(_ name: String, _ formula: Formula) {
            entries.append((name, formula))
            intervals.bind(name, to: formula)
        }
    }

    /// The definitions.
    package let definitions: Definitions
    /// The expression sampled.
    package let expression: Formula

    /// A program from parsed parts.
    package init(definitions: Definitions, expression: Formula) {
        self.definitions = definitions
        self.expression = expression
    }

    /// Parses `text`: `let` and `unit` definitions, then one expression (separated by `;` or line breaks).
    public init(_ text: String, origin: String = "<expression>", calculator: Calculator = Calculator()) throws(EstimateError) {
        try self.init(script: calculator.parseScript(text, origin: origin))
    }

    /// The program of a parsed expression with its `let` and `unit` definitions.
    package init(script: Script) throws(EstimateError) {
        var definitions = Definitions()
        for statement in script.statements.dropLast() {
            switch statement.kind {
            case .assignment(let name, let formula): definitions.append(name, formula)
            case .unitDefinition: continue
            default:
                throw EstimateError(
                    .syntax("only 'let' and 'unit' definitions may come before the expression to sample"), at: statement.location)
            }
        }
        guard let last = script.statements.last, case .print(let formula) = last.kind else {
            throw EstimateError(.syntax("expected an expression to sample after the definitions"), at: script.statements.last?.location)
        }
        self.init(definitions: definitions, expression: formula)
    }

    /// The draws of one chunk: the definitions in order (each drawn once), then the expression.
    package func evaluate(_ context: inout SampleContext) throws(EstimateError) -> SampleSet {
        var evaluator = SampleEvaluator(context: context, intervals: definitions.intervals)
        defer { context = evaluator.context }
        for definition in definitions.entries { try evaluator.bind(definition.name, to: definition.formula) }
        return try evaluator.evaluate(expression)
    }

    /// The program as a `SamplingRun` model.
    package var model: SamplingRun.Model {
        { context throws(EstimateError) in try evaluate(&context) }
    }
}
