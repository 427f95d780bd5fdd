import Estimates
import Munitions
import Tables
import TextCore

/// The calculator target: what `reckon eval` and `reckon run` do with their input, minus
/// the printing, and the library's `Calculator.check(_:against:)`. Evaluation is input handling too: arithmetic on hostile figures must end in
/// a value or an error, never a trap, and every value must format as text, table and CSV.
enum CalculatorFuzzing {
    /// `sample` statements draw 200 times on one thread: enough to reach every path of the
    /// summary, cheap enough for thousands of runs a second.
    static let calculator: Calculator = {
        var calculator = Calculator.munitions
        calculator.sampling = ScriptSampling(count: 200, seed: 1, threads: 1)
        return calculator
    }()
    static let one = Estimate(exactly: 1)

    static func run(_ text: String) {
        if let value = try? calculator.evaluate(text, origin: "fuzz.rk") {
            show(value)
        }
        // The library's check entry point parses a target after a value (`< 28 t`).
        if text.utf8.count <= 256, let result = try? calculator.check(one, against: text) {
            _ = result.summary
        }
        guard let run = try? calculator.run(text, origin: "fuzz.rk") else { return }
        var table = Table(columns: [Column(name: "value", kind: .estimate), Column(name: "bound", kind: .estimate)])
        for event in run.events {
            switch event {
            case .printed(let printed):
                _ = printed.line
                show(printed.value)
            case .checked(let check):
                _ = check.summary
                table.append([.estimate(EstimateCell(check.value)), .estimate(EstimateCell(check.bound))])
            case .sampled(let sampled):
                _ = sampled.line
                _ = sampled.summary.json
            }
        }
        for format in TableFormat.allCases { _ = try? format.encoded(table) }
    }

    /// Every way a value is shown: one line, a table cell, machine numbers.
    private static func show(_ value: Estimate) {
        _ = value.formatted()
        _ = EstimateCell(value).display
        _ = NumberFormatting.machine(value.low)
        _ = NumberFormatting.machine(value.high)
        if let nominal = value.nominal { _ = NumberFormatting.machine(nominal) }
    }
}
