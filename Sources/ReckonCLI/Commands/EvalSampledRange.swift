import Estimates
import TextCore

/// The 90% range of an expression with every input drawn as `reckon sample` draws it, for a
/// result whose printed range is the bounds of 90% ranges: the 5th, 50th and 95th
/// percentiles, computed exactly for a product or quotient of figures and sampled otherwise
/// (`EvalCommand.sampledDraws` draws, seed 1, so that every run prints the same figures).
struct EvalSampledRange: Sendable, Equatable {
    /// The 5th percentile.
    var low: Double
    /// The 50th percentile: the centre of the sampled model (not always the nominal value).
    var median: Double
    /// The 95th percentile.
    var high: Double
    /// Whether the percentiles are exact (`true`) or from draws.
    var isExact: Bool

    /// How the percentiles were found, as the JSON and CSV forms name it: `exact` or
    /// `100000 draws, seed 1`.
    var method: String { isExact ? "exact" : "\(EvalCommand.sampledDraws) draws, seed 1" }

    /// The range of `script`, whose value is `value`: `nil` unless the value is the bounds
    /// of 90% ranges; the reason when the inputs cannot be drawn.
    static func of(_ script: Script, value: Estimate) -> Result<EvalSampledRange, EstimateError>? {
        guard value.meaning == .ci90Bounds else { return nil }
        do throws(EstimateError) {
            let program = try SampleProgram(script: script)
            if let exact = try program.logProductPercentiles([5, 50, 95]) {
                return .success(EvalSampledRange(low: exact[0], median: exact[1], high: exact[2], isExact: true))
            }
            let summary = try ScriptSampling(count: EvalCommand.sampledDraws, seed: 1, levels: [5, 50, 95]).summary(of: program)
            let ends = summary.percentiles.map(\.value)
            return .success(EvalSampledRange(low: ends[0], median: ends[1], high: ends[2], isExact: false))
        } catch {
            return .failure(error)
        }
    }

    /// The range as people read it: three significant digits, rounded outward (`324–771`).
    var rangeText: String {
        NumberFormatting.display(low, significantDigits: 3, rule: .down) + "–"
            + NumberFormatting.display(high, significantDigits: 3, rule: .up)
    }

    /// The note the text forms print: the range to three significant digits, rounded
    /// outward, and how it was found.
    func note(unit: String) -> String {
        let how = isExact
            ? "5th–95th percentiles, computed without sampling"
            : "5th–95th percentiles of \(NumberFormatting.display(Double(EvalCommand.sampledDraws))) draws, seed 1"
        return "90% range with the inputs drawn as their readings say: \(rangeText) \(unit) "
            + "(\(how); the range above holds every combination of the inputs' 90% ranges)"
    }
}
