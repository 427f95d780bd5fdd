/// Products and quotients of ranges, drawn in log space.
///
/// `(2.0M to 2.6M shells) / (4500 to 5500 containers)` is the most common question Reckon
/// samples: a total over a count, every operand a range sampled as a lognormal. Drawn operand
/// by operand, each draw costs one exponential per operand and one division; in log space the
/// operands' logarithms add and subtract, and one exponential per draw gives the result. The
/// normal variates are drawn from the stream in the same order as the ordinary path (every
/// draw of the first operand, then of the next), so the draws are the same numbers up to the
/// rounding of the logarithms' sum: `exp(a − b)` instead of `exp(a) / exp(b)`, about 1e-15
/// apart relative to the value, far below any printed digit. An intermediate product too large for a double does not fail here, since
/// only the result has to be a number; the result is checked like every other.
///
/// ```swift
/// let program = try SampleProgram("unit dose; unit vial; (4,000 to 6,000 doses) / (450 to 550 vials)")
/// // drawn as exp(log doses − log vials): one exponential per draw
/// ```
extension SampleEvaluator {
    /// One operand of a product in log space: the lognormal's parameters (a positive exact
    /// figure is a lognormal with no spread) and the operand's unit.
    struct LogFactor {
        var mu: Double
        /// The spread of the logarithm below and above `mu` (equal but for a hedged figure).
        var sigmaLow: Double
        var sigmaHigh: Double
        var unit: UnitOfMeasure
        var divides: Bool

        init(mu: Double, sigma: Double, unit: UnitOfMeasure, divides: Bool) {
            self.init(mu: mu, sigmaLow: sigma, sigmaHigh: sigma, unit: unit, divides: divides)
        }

        init(mu: Double, sigmaLow: Double, sigmaHigh: Double, unit: UnitOfMeasure, divides: Bool) {
            self.mu = mu
            self.sigmaLow = sigmaLow
            self.sigmaHigh = sigmaHigh
            self.unit = unit
            self.divides = divides
        }

        var isExact: Bool { sigmaLow == 0 && sigmaHigh == 0 }
    }

    /// The draws of `first` followed by `links` when every operation is `*` or `/` and every
    /// operand is a figure (a range or a positive exact value) or a unit, with at least one
    /// range; otherwise `nil`, and the ordinary path draws the chain.
    mutating func logProduct(_ first: Formula, _ links: [ChainLink]) throws(EstimateError) -> SampleSet? {
        guard let last = links.last, let factors = try Self.logFactors(first, links) else { return nil }
        let (unit, scale) = try Self.unitAndScale(of: factors, links: links)
        let logs = drawLogarithms(of: factors)
        let operation = last.operation == .divide ? "division" : "multiplication"
        do throws(EstimateError) {
            return try SampleSet(values: logs, unit: .one).checkedMap(unit: unit, operation: operation) { log in
                SampleMath.exponential(log) * scale
            } exactZero: { _ in false }
        } catch {
            throw error.located(at: last.location)
        }
    }

    /// The factors of `first` followed by `links` when every operation is `*` or `/`, every
    /// operand a figure or a unit, and at least one a range; otherwise `nil`.
    static func logFactors(_ first: Formula, _ links: [ChainLink]) throws(EstimateError) -> [LogFactor]? {
        guard links.allSatisfy({ $0.operation == .multiply || $0.operation == .divide }) else { return nil }
        guard var factors = try logFactor(first, divides: false).map({ [$0] }) else { return nil }
        for link in links {
            guard let factor = try logFactor(link.operand, divides: link.operation == .divide) else { return nil }
            factors.append(factor)
        }
        return factors.contains(where: { !$0.isExact }) ? factors : nil
    }

    /// The operand as a log-space factor, or `nil` when it is anything else.
    private static func logFactor(_ formula: Formula, divides: Bool) throws(EstimateError) -> LogFactor? {
        switch formula.kind {
        case .figure(let literal):
            switch try distribution(of: literal) {
            case .lognormal(let lognormal):
                return LogFactor(mu: lognormal.mu, sigma: lognormal.sigma, unit: literal.estimate.unit, divides: divides)
            case .splitLognormal(let split):
                return LogFactor(
                    mu: split.mu, sigmaLow: split.sigmaLow, sigmaHigh: split.sigmaHigh, unit: literal.estimate.unit, divides: divides)
            case .point(let point) where point.value > 0 && point.value.isFinite:
                return LogFactor(mu: SampleMath.logarithm(point.value), sigma: 0, unit: literal.estimate.unit, divides: divides)
            default:
                return nil
            }
        case .unit(let unit, _):
            return LogFactor(mu: 0, sigma: 0, unit: unit, divides: divides)
        default:
            return nil
        }
    }

    /// The unit of the product, and the factor that unit simplification multiplies by
    /// (`km/m` → 1000), from the ordinary arithmetic on one draw of 1 per operand, so units
    /// combine and their errors read exactly as on the ordinary path.
    static func unitAndScale(of factors: [LogFactor], links: [ChainLink]) throws(EstimateError) -> (UnitOfMeasure, Double) {
        var probe = SampleSet(values: [1], unit: factors[0].unit)
        for (factor, link) in zip(factors.dropFirst(), links) {
            let operand = SampleSet(values: [1], unit: factor.unit)
            do throws(EstimateError) {
                probe = factor.divides ? try probe / operand : try probe * operand
            } catch {
                throw error.located(at: link.location)
            }
        }
        return (probe.unit, probe.values[0])
    }

    /// The sum of the operands' logarithms (subtracted for divisors), one per draw; each
    /// range's normal variates come from the stream in the order the ordinary path draws them.
    private mutating func drawLogarithms(of factors: [LogFactor]) -> [Double] {
        let count = context.count
        let ziggurat = NormalZiggurat.shared
        var generator = context.generator
        defer { context.generator = generator }
        return [Double](unsafeUninitializedCapacity: count) { logs, initialized in
            logs.update(repeating: 0)
            for factor in factors {
                let sign: Double = factor.divides ? -1 : 1
                if factor.isExact {
                    let constant = sign * factor.mu
                    for index in 0..<count { logs[index] += constant }
                } else if factor.sigmaLow == factor.sigmaHigh {
                    let mu = sign * factor.mu
                    let sigma = sign * factor.sigmaLow
                    for index in 0..<count { logs[index] += mu + sigma * ziggurat.next(using: &generator) }
                } else {
                    let mu = sign * factor.mu
                    let low = sign * factor.sigmaLow
                    let high = sign * factor.sigmaHigh
                    for index in 0..<count {
                        let z = ziggurat.next(using: &generator)
                        logs[index] += mu + (z < 0 ? low : high) * z
                    }
                }
            }
            initialized = count
        }
    }
}
