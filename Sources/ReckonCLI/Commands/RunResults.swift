import Estimates
import Tables

/// `reckon run`'s results as data: one row per `print` (or bare expression), `sample` and
/// `check` statement, in script order, told apart by the `kind` column, so that one
/// `pandas.read_csv` (or one JSON array) holds every value the script produced.
///
/// Columns: `line`, `kind` (`print`, `sample`, `check`), `statement` (as written), `value`
/// (low, nominal, high; a sample's 5th percentile, median and 95th percentile), `unit`
/// (one unit per row: a check's bound is converted to its value's unit), `meaning`,
/// `bound` (low, nominal, high) and `result` (`consistent`, `possibly`, `inconsistent`) for
/// checks, and `mean`, `sd`, `draws`, `seed` for samples. Cells that do not apply are empty.
enum RunResults {
    static let columns = [
        Column(name: "line", kind: .number), Column(name: "kind", kind: .text), Column(name: "statement", kind: .text),
        Column(name: "value", kind: .estimate), Column(name: "unit", kind: .text), Column(name: "meaning", kind: .text),
        Column(name: "bound", kind: .estimate), Column(name: "result", kind: .text), Column(name: "mean", kind: .number),
        Column(name: "sd", kind: .number), Column(name: "draws", kind: .number), Column(name: "seed", kind: .number),
    ]

    /// The table of `run`, titled after `origin`, the hedge readings as footnotes.
    static func table(_ run: ScriptRun, origin: String) -> Table {
        var table = Table(title: "Results of \(origin)", columns: columns)
        for event in run.events { table.append(row(event)) }
        table.footnotes = RunCommand.readingLines(run)
        return table
    }

    /// The cells of one statement's result.
    static func row(_ event: ScriptRun.Event) -> [Cell] {
        switch event {
        case .printed(let printed):
            return [.number(Double(printed.location.line)), .text("print"), .text(printed.text)] + value(printed.value)
                + [.empty, .empty, .empty, .empty, .empty, .empty]
        case .checked(let check):
            return [.number(Double(check.location?.line ?? 0)), .text("check"), .text(check.text)] + value(check.value)
                + [.estimate(EstimateCell(check.bound).withoutUnit), .text(check.consistency.rawValue)]
                + [.empty, .empty, .empty, .empty]
        case .sampled(let sampled):
            return [.number(Double(sampled.location.line)), .text("sample"), .text(sampled.text)] + sample(sampled.summary)
        }
    }

    /// The value, its unit and its meaning.
    private static func value(_ estimate: Estimate) -> [Cell] {
        [.estimate(EstimateCell(estimate).withoutUnit), .text(estimate.unit.symbol(plural: true)), .text(estimate.meaning.rawValue)]
    }

    /// The 90% range of the draws around their median, then the sampling columns.
    private static func sample(_ summary: SampleSummary) -> [Cell] {
        func percentile(_ level: Double) -> Double? { summary.percentiles.first { $0.level == level }?.value }
        let range: Cell
        if let low = percentile(5), let high = percentile(95) {
            range = .estimate(EstimateCell(low: low, nominal: percentile(50), high: high, meaning: .ci90))
        } else {
            range = .empty
        }
        let unit = summary.unit.isOne ? "" : summary.unit.symbol(plural: true)
        return [range, .text(unit), .text(range == .empty ? "" : EstimateMeaning.ci90.rawValue), .empty, .empty]
            + [.number(summary.mean), .number(summary.standardDeviation), .number(Double(summary.count)), .number(Double(summary.seed))]
    }
}
