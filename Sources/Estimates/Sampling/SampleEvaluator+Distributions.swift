/// Figures, distribution calls and mixtures, drawn.
extension SampleEvaluator {
    /// What a figure means when sampled: its value in every draw when exact; a hedged figure
    /// with its stated value inside its reading ("about 5,000", 3,000–7,000) the two-piece
    /// lognormal with that value as median; otherwise the lognormal whose 5th and 95th
    /// percentiles are the ends of its range.
    static func distribution(of literal: FigureLiteral) throws(EstimateError) -> Distribution {
        let estimate = literal.estimate
        if estimate.low == estimate.high { return .point(PointDistribution(estimate.low)) }
        return try Distribution.ninetyPercentRange(low: estimate.low, nominal: estimate.nominal, high: estimate.high)
    }

    /// `function(arguments…)` for a distribution function: its parameters are read as
    /// intervals (so they may be variables holding exact values, or a range where the
    /// function reads one).
    mutating func distributionCall(_ function: FormulaFunction, _ arguments: [Formula]) throws(EstimateError) -> (Distribution, UnitOfMeasure) {
        var readings: [Estimate] = []
        for argument in arguments { readings.append(try intervals.evaluate(argument)) }
        let call = try DistributionCall(function, readings)
        return (call.distribution, call.unit)
    }

    /// A value the mixture can draw directly, without drawing it in every draw first: a
    /// figure or a distribution call.
    private mutating func directComponent(_ formula: Formula) throws(EstimateError) -> (Distribution, UnitOfMeasure)? {
        switch formula.kind {
        case .figure(let literal):
            return (try Self.distribution(of: literal), literal.estimate.unit)
        case .call(let function, let arguments) where DistributionCall.isDistribution(function):
            return try distributionCall(function, arguments)
        default:
            return nil
        }
    }

    /// `mixture([values…], [weights…])`: each draw takes one of the values, chosen with the
    /// weights. When every value is a figure or a distribution call in the same unit, the
    /// mixture is drawn directly (only the chosen value is drawn); otherwise every value is
    /// drawn in full (a variable keeps its draws) and each draw picks from them.
    mutating func mixture(_ values: [Formula], _ weights: [Formula]) throws(EstimateError) -> SampleSet {
        var readings: [Estimate] = []
        for weight in weights { readings.append(try intervals.evaluate(weight)) }
        let weightValues = try MixtureWeights.read(readings, count: values.count)
        var direct: [(Distribution, UnitOfMeasure)] = []
        for value in values {
            guard let component = try directComponent(value), component.1 == (direct.first?.1 ?? component.1) else { break }
            direct.append(component)
        }
        if direct.count == values.count, let unit = direct.first?.1 {
            let mixture = try MixtureDistribution(components: direct.map(\.0), weights: weightValues)
            return context.draw(.mixture(mixture), unit: unit)
        }
        var sets: [SampleSet] = []
        for value in values {
            let set = try evaluate(value)
            do throws(EstimateError) {
                sets.append(try sets.first.map { first throws(EstimateError) in try set.converted(to: first.unit) } ?? set)
            } catch {
                throw error.located(at: value.location)
            }
        }
        // Weights are checked by the same rules as a direct mixture's.
        let chooser = try MixtureDistribution(
            components: (0..<sets.count).map { .point(PointDistribution(Double($0))) }, weights: weightValues)
        let picks = context.draw(.mixture(chooser))
        let result = picks.values.enumerated().map { draw, pick in sets[Int(pick)].values[draw] }
        return SampleSet(values: result, unit: sets[0].unit)
    }
}
