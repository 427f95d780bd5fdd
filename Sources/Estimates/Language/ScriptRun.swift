import TextCore

/// What running a script produced, in order: printed values and check results.
public struct ScriptRun: Sendable {
    /// One thing a statement produced.
    public enum Event: Sendable, Equatable {
        /// A `print` statement or a bare expression.
        case printed(PrintedValue)
        /// A `check` statement.
        case checked(CheckResult)
        /// A `sample` statement.
        case sampled(SampledValue)
    }

    /// Everything produced, in statement order.
    public var events: [Event] = []
    /// The variables and their values at the end.
    public var variables: [String: Estimate] = [:]

    /// The check results, in order.
    public var checks: [CheckResult] {
        events.compactMap { event in
            if case .checked(let result) = event { return result }
            return nil
        }
    }

    /// The sampled values, in order.
    public var sampled: [SampledValue] {
        events.compactMap { event in
            if case .sampled(let value) = event { return value }
            return nil
        }
    }

    /// The printed values, in order.
    public var printed: [PrintedValue] {
        events.compactMap { event in
            if case .printed(let value) = event { return value }
            return nil
        }
    }

    /// Whether any check is inconsistent (what makes `reckon run` exit with 1).
    public var hasInconsistentCheck: Bool { checks.contains { $0.consistency == .inconsistent } }
}

/// A value a script printed.
public struct PrintedValue: Sendable, Equatable {
    /// The expression as written.
    public var text: String
    /// Its value.
    public var value: Estimate
    /// Where the statement is.
    public var location: SourceLocation

    /// `per_container = 460 shells/container (300–834, 90% range)`.
    public var line: String { "\(text) = \(value.formatted())" }
}

/// A value a script sampled.
public struct SampledValue: Sendable, Equatable {
    /// The expression as written.
    public var text: String
    /// Its draws, summarised.
    public var summary: SampleSummary
    /// Where the statement is.
    public var location: SourceLocation

    /// `per_container ≈ 460.7 shells/container (sd 46.4; p5 388.6, p50 458.4, p95 540.7;
    /// 100,000 draws, seed 1)`.
    public var line: String {
        let unit = summary.unit.isOne ? "" : " " + summary.unit.symbol(plural: true)
        func number(_ value: Double) -> String { NumberFormatting.display(value, significantDigits: 4) }
        let percentiles = summary.percentiles.map { "\(SampleSummary.percentileName($0.level)) \(number($0.value))" }
        return "\(text) ≈ \(number(summary.mean))\(unit) (sd \(number(summary.standardDeviation))"
            + (percentiles.isEmpty ? "" : "; " + percentiles.joined(separator: ", "))
            + "; \(NumberFormatting.display(Double(summary.count))) draws, seed \(summary.seed))"
    }
}

extension UnitOfMeasure {
    /// Whether the unit is the percent sign (or `percent`, `pct`) alone.
    var isPercent: Bool {
        terms.count == 1 && terms[0].exponent == 1 && dimension.isDimensionless && factor == 0.01
    }
}
