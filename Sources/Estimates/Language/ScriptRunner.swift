import TextCore

/// Runs parsed scripts in the interval algebra.
struct ScriptRunner {
    var evaluator = FormulaEvaluator(algebra: IntervalAlgebra())
    /// How `sample` statements draw.
    var sampling = ScriptSampling()
    /// The definitions so far, for `sample` statements (which draw them afresh).
    private var definitions = SampleProgram.Definitions()

    mutating func run(_ script: Script) throws(EstimateError) -> ScriptRun {
        var run = ScriptRun()
        for statement in script.statements {
            switch statement.kind {
            case .assignment(let name, let formula):
                let value = try evaluator.evaluate(formula)
                evaluator.bind(name, to: value)
                run.variables[name] = value
                definitions.append(name, formula)
            case .print(let formula):
                let value = try evaluator.evaluate(formula)
                let text = script.source.text(formula.span).trimmingSpaces()
                run.events.append(.printed(PrintedValue(text: text, value: value, location: statement.location)))
            case .check(let check):
                run.events.append(.checked(try evaluate(check, statement: statement)))
            case .unitDefinition:
                // Defined while parsing: the statements after it were read with the unit.
                break
            case .sample(let formula):
                let text = script.source.text(formula.span).trimmingSpaces()
                let summary: SampleSummary
                do {
                    summary = try sampling.summary(of: SampleProgram(definitions: definitions, expression: formula))
                } catch {
                    // An error about the draws as a whole points at the sampled expression.
                    throw error.located(at: formula.location)
                }
                run.events.append(.sampled(SampledValue(text: text, summary: summary, location: statement.location)))
            }
        }
        return run
    }

    func evaluate(_ check: CheckStatement, statement: Statement) throws(EstimateError) -> CheckResult {
        let value = try evaluator.evaluate(check.value)
        let target = try evaluator.evaluate(check.target)
        var tolerance: Tolerance?
        if let formula = check.tolerance {
            let amount = try evaluator.evaluate(formula)
            if amount.unit.isPercent {
                tolerance = .relative(amount.high * amount.unit.factor)
            } else if amount.unit.dimension == target.unit.dimension {
                tolerance = .absolute(amount)
            } else {
                throw EstimateError(
                    .syntax(
                        "a tolerance is a percentage (± 5%) or an amount in the target's unit (\(target.unit.symbol(plural: true).isEmpty ? "a plain number" : target.unit.symbol(plural: true))), not \(amount.unit.symbol(plural: true).isEmpty ? "a plain number" : amount.unit.symbol(plural: true))"),
                    at: formula.location)
            }
            if amount.low < 0 {
                throw EstimateError(.domain("a tolerance cannot be negative"), at: formula.location)
            }
        }
        var text = statement.text
        if text.hasPrefix("check") { text = String(text.dropFirst("check".count)).trimmingSpaces() }
        do {
            return try value.check(check.relation, target, tolerance: tolerance, text: text, location: statement.location)
        } catch {
            throw error.located(at: check.target.location)
        }
    }
}
