/// The interval readings of a program's variables, for what sampling asks about ranges
/// (`low(x)`, `high(x)`, `nominal(x)`, mixture weights and the parameters of distribution
/// functions).
///
/// A variable whose interval reading fails (its range divides by a range through zero,
/// say) can still be sampled; the failure is reported only if a reading of it is needed.
struct IntervalReadings: Sendable {
    private var values: [String: Estimate] = [:]
    private var failures: [String: EstimateError] = [:]

    /// Reads `formula` as an interval and binds it to `name` (or records why it cannot).
    mutating func bind(_ name: String, to formula: Formula) {
        do {
            values[name] = try evaluate(formula)
        } catch {
            failures[name] = error
        }
    }

    /// The interval reading of `formula`.
    func evaluate(_ formula: Formula) throws(EstimateError) -> Estimate {
        var evaluator = FormulaEvaluator(algebra: IntervalAlgebra())
        for (name, value) in values { evaluator.bind(name, to: value) }
        do {
            return try evaluator.evaluate(formula)
        } catch {
            if case .unknownName(let name, _) = error.reason, let failure = failures[name] { throw failure }
            throw error
        }
    }
}
