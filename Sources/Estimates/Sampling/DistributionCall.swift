/// The distribution functions of the calculator, read from their arguments' interval
/// readings: `normal(mean, sd)` or `normal(low to high)` (a 90% range), `lognormal(low to
/// high)`, `uniform(low, high)` or `uniform(low to high)`, `triangular(low, mode, high)`,
/// `pert(low, mode, high)`, `beta(alpha, beta)` or `beta(alpha, beta, low, high)`.
/// Parameters are exact values (a range is accepted only where the function reads a range);
/// the unit is the first argument's, and the others are converted to it.
///
/// Each gives a `Distribution` to sample and an interval reading for `reckon eval`: the
/// 90% range of a normal or lognormal, the bounds of the others.
///
/// ```swift
/// let call = try DistributionCall(.triangular, [low, mode, high])   // Estimates
/// call.distribution.mean
/// call.reading.formatted()   // "14 days (10–30, bounds)"
/// ```
package struct DistributionCall: Sendable {
    /// The distribution to sample.
    package var distribution: Distribution
    /// The unit of its values.
    package var unit: UnitOfMeasure
    /// Its interval reading.
    package var reading: Estimate

    /// Whether `function` is one of the distribution functions.
    package static func isDistribution(_ function: FormulaFunction) -> Bool {
        switch function {
        case .normal, .lognormal, .uniform, .triangular, .pert, .beta: return true
        default: return false
        }
    }

    /// The call `function(arguments…)`, its arguments already read as intervals.
    package init(_ function: FormulaFunction, _ arguments: [Estimate]) throws(EstimateError) {
        let name = function.rawValue
        unit = arguments.first?.unit ?? .one
        switch (function, arguments.count) {
        case (.normal, 1), (.lognormal, 1), (.uniform, 1):
            let range = arguments[0]
            if function == .normal {
                distribution = .normal(try NormalDistribution.ninetyPercent(low: range.low, high: range.high))
            } else if function == .lognormal {
                distribution = try Distribution.ninetyPercentRange(low: range.low, high: range.high)
            } else {
                distribution = .uniform(try UniformDistribution(low: range.low, high: range.high))
            }
            let nominal = function == .uniform ? nil : distribution.quantile(0.5)
            reading = try Estimate(
                low: range.low, high: range.high, nominal: nominal, unit: unit,
                meaning: function == .uniform ? .bounds : .ci90, notes: range.notes)
            return
        case (.normal, 2):
            let mean = try Self.exact(arguments[0], "the mean", of: name, unit: unit)
            let sd = try Self.exact(arguments[1], "the standard deviation", of: name, unit: unit)
            let normal = try NormalDistribution(mean: mean, standardDeviation: sd)
            distribution = .normal(normal)
            reading = try Estimate(
                low: normal.quantile(0.05), high: normal.quantile(0.95), nominal: mean, unit: unit, meaning: sd == 0 ? .point : .ci90)
        case (.uniform, 2):
            let low = try Self.exact(arguments[0], "the low end", of: name, unit: unit)
            let high = try Self.exact(arguments[1], "the high end", of: name, unit: unit)
            distribution = .uniform(try UniformDistribution(low: low, high: high))
            reading = try Estimate(low: low, high: high, unit: unit, meaning: .bounds)
        case (.triangular, 3), (.pert, 3):
            let low = try Self.exact(arguments[0], "the low end", of: name, unit: unit)
            let mode = try Self.exact(arguments[1], "the most likely value", of: name, unit: unit)
            let high = try Self.exact(arguments[2], "the high end", of: name, unit: unit)
            distribution =
                function == .triangular
                ? .triangular(try TriangularDistribution(low: low, mode: mode, high: high))
                : .pert(try PERTDistribution(low: low, mode: mode, high: high))
            reading = try Estimate(low: low, high: high, nominal: mode, unit: unit, meaning: .bounds)
        case (.beta, 2), (.beta, 4):
            let alpha = try Self.exact(arguments[0], "alpha", of: name, unit: .one)
            let beta = try Self.exact(arguments[1], "beta", of: name, unit: .one)
            var low = 0.0
            var high = 1.0
            unit = .one
            if arguments.count == 4 {
                unit = arguments[2].unit
                low = try Self.exact(arguments[2], "the low end", of: name, unit: unit)
                high = try Self.exact(arguments[3], "the high end", of: name, unit: unit)
            }
            distribution = .beta(try BetaDistribution(alpha: alpha, beta: beta, low: low, high: high))
            reading = try Estimate(low: low, high: high, unit: unit, meaning: .bounds)
        default:
            throw EstimateError(.syntax(Self.usage(function)))
        }
    }

    /// The forms a distribution function accepts, for messages.
    package static func usage(_ function: FormulaFunction) -> String {
        switch function {
        case .normal: return "normal takes a mean and a standard deviation, normal(10 km, 2 km), or a 90% range, normal(-1 to 3)"
        case .lognormal: return "lognormal takes a 90% range of positive values, lognormal(2 to 10)"
        case .uniform: return "uniform takes two ends, uniform(100 km, 180 km), or a range, uniform(100 to 180 km)"
        case .triangular: return "triangular takes the low end, the most likely value and the high end"
        case .pert: return "pert takes the low end, the most likely value and the high end"
        case .beta: return "beta takes two shapes, beta(2, 8), or two shapes and the ends, beta(2, 8, 0 km, 10 km)"
        default: return "\(function.rawValue) is not a distribution"
        }
    }

    /// The exact value of a parameter, in `unit` (whose dimension it must have).
    private static func exact(_ value: Estimate, _ role: String, of name: String, unit: UnitOfMeasure) throws(EstimateError) -> Double {
        guard value.low == value.high else {
            throw EstimateError(
                .domain("\(name)(…): \(role) must be an exact value, not the range \(value.formatted())"))
        }
        guard value.unit.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(operation: "use in \(name)(…)", left: unit.dimension, right: value.unit.dimension))
        }
        return value.low * value.unit.factor / unit.factor
    }
}
