/// Evaluates the calculator's formulas over sample sets, one chunk of draws at a time: a
/// figure or a distribution is drawn from the chunk's stream where it stands, a variable
/// is drawn once when it is defined, so every use of it sees the same draws and `x - x` is
/// exactly zero.
///
/// A range as written (`2.0M to 2.6M`, `about 5,000`) is the lognormal with its ends as
/// 5th and 95th percentiles; an exact figure is that value in every draw. `low(x)`,
/// `high(x)` and `nominal(x)` ask about a range, so they take the interval reading.
///
/// ```swift
/// let program = try SampleProgram("let x = 1 to 3; x - x")
/// var context = SamplingRun(count: 1000, seed: 7).context(forChunk: 0)
/// let zeros = try program.evaluate(&context)   // 1,000 zeros
/// ```
package struct SampleEvaluator {
    /// The chunk being drawn.
    package var context: SampleContext
    /// The sample sets of the variables defined so far.
    package private(set) var variables: [String: SampleSet] = [:]
    /// The interval readings of the variables, for `low`, `high` and `nominal`.
    let intervals: IntervalReadings

    init(context: SampleContext, intervals: IntervalReadings) {
        self.context = context
        self.intervals = intervals
    }

    /// Draws `formula` and binds it to `name`.
    package mutating func bind(_ name: String, to formula: Formula) throws(EstimateError) {
        variables[name] = try evaluate(formula)
    }

    /// The draws of `formula` in this chunk.
    package mutating func evaluate(_ formula: Formula) throws(EstimateError) -> SampleSet {
        do throws(EstimateError) {
            switch formula.kind {
            case .figure(let literal):
                let distribution = try Self.distribution(of: literal)
                return context.draw(distribution, unit: literal.estimate.unit)
            case .variable(let name):
                guard let value = variables[name] else { throw EstimateError(.unknownName(name, suggestions: [])) }
                return value
            case .unit(let unit, _):
                return context.constant(1, unit: unit)
            case .negation(let operand):
                return -(try evaluate(operand))
            case .chain(let first, let links):
                if let product = try logProduct(first, links) { return product }
                var value = try evaluate(first)
                for link in links {
                    let operand = try evaluate(link.operand)
                    do throws(EstimateError) {
                        switch link.operation {
                        case .add: value = try value + operand
                        case .subtract: value = try value - operand
                        case .multiply: value = try value * operand
                        case .divide: value = try value / operand
                        }
                    } catch {
                        throw error.located(at: link.location)
                    }
                }
                return value
            case .power(let base, let exponent):
                return try evaluate(base).raised(to: exponent)
            case .call(let function, let arguments):
                return try call(function, arguments)
            case .mixture(let values, let weights):
                return try mixture(values, weights)
            case .conversion(let value, let unit, _):
                return try evaluate(value).converted(to: unit)
            }
        } catch {
            throw error.located(at: formula.location)
        }
    }

    private mutating func call(_ function: FormulaFunction, _ arguments: [Formula]) throws(EstimateError) -> SampleSet {
        switch function {
        case .min, .max:
            var result = try evaluate(arguments[0])
            for argument in arguments.dropFirst() {
                let other = try evaluate(argument)
                result = function == .min ? try SampleSet.minimum(result, other) : try SampleSet.maximum(result, other)
            }
            return result
        case .sqrt: return try evaluate(arguments[0]).squareRoot()
        case .round: return try evaluate(arguments[0]).rounded()
        case .nominal, .low, .high:
            let reading = try intervals.evaluate(arguments[0])
            let value: Double
            switch function {
            case .low: value = reading.low
            case .high: value = reading.high
            default:
                guard let nominal = reading.nominal else {
                    throw EstimateError(.domain("nominal(x): this value has no nominal value, only a range (\(reading.formatted()))"))
                }
                value = nominal
            }
            return context.constant(value, unit: reading.unit)
        default:
            let (distribution, unit) = try distributionCall(function, arguments)
            return context.draw(distribution, unit: unit)
        }
    }
}
