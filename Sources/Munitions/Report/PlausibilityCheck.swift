import Estimates

/// The outcome of checking a derived figure against a reference limit.
public enum Verdict: String, Sendable, Equatable {
    /// The whole range is within the limit.
    case pass
    /// Part of the range is beyond the limit, or a softer check failed.
    case warn
    /// The whole range is beyond the limit.
    case fail
    /// No cited reference figure to check against.
    case notChecked = "not checked"
}

/// One plausibility check with the numbers it used, so a reader can redo it by hand.
public struct PlausibilityCheck: Sendable, Equatable {
    /// What was checked (`mass per container ≤ payload`).
    public var name: String
    /// The outcome.
    public var verdict: Verdict
    /// The numbers used, in words.
    public var detail: String
    /// The derived figure checked, when the check compares one with a limit.
    public var value: Estimate? = nil
    /// The limit it was checked against, in the value's unit.
    public var limit: Estimate? = nil
    /// The claim ids and reference rows (`Datasets/munitions.csv:2:1`) the check was
    /// computed from: its audit trail.
    public var inputs: [String] = []

    /// Compares `value` with an upper `limit` of the same dimension: pass when even the high
    /// end fits, fail when even the low end exceeds it, warn in between.
    public static func atMost(
        _ name: String, value: Estimate, limit: Estimate, inputs: [String] = []
    ) throws(EstimateError) -> PlausibilityCheck {
        let limitInValueUnit = try limit.converted(to: value.unit)
        let verdict: Verdict
        if value.high <= limitInValueUnit.low {
            verdict = .pass
        } else if value.low > limitInValueUnit.high {
            verdict = .fail
        } else {
            verdict = .warn
        }
        let relation: String
        switch verdict {
        case .pass: relation = "fits within"
        case .fail: relation = "exceeds"
        case .warn, .notChecked: relation = "may exceed"
        }
        return PlausibilityCheck(
            name: name, verdict: verdict,
            detail: "\(value.formatted()) \(relation) the limit of \(limitInValueUnit.formatted())",
            value: value, limit: limitInValueUnit, inputs: inputs)
    }
}
