#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The 90% range of a product or quotient of independent figures, without sampling.
///
/// A chain like `about 2.3 million shells / about 5,000 containers` is drawn in log space as
/// a sum of independent terms, one per figure: a normal for a range (`2.0M to 2.6M`), a
/// two-piece normal for a hedged figure (its two halves below and above the stated value).
/// A sum of normals is normal, so a chain of ranges has exact percentiles in closed form;
/// with two-piece terms, the CDF of the sum is the convolution of all terms but the last on
/// a grid (masses from each term's exact CDF) against the last term's exact CDF, and each
/// percentile is found on it by the secant method, to within about 1e-4 relative. Either way the
/// answer is the one a million draws of `reckon sample` approach, at no sampling cost and
/// with no seed.
///
/// ```swift
/// let program = try SampleProgram("unit dose; unit vial; (4,000 to 6,000 doses) / (450 to 550 vials)")
/// try program.logProductPercentiles([5, 95])   // [8.00…, 11.1…] doses/vial: 5th and 95th
/// ```
extension SampleProgram {
    /// The percentiles `levels` (each in 0…100, exclusive) of the expression when it is one
    /// product or quotient of figures and units with at least one range and no definitions;
    /// otherwise `nil` (sample it instead).
    package func logProductPercentiles(_ levels: [Double]) throws(EstimateError) -> [Double]? {
        guard definitions.entries.isEmpty, case .chain(let first, let links) = expression.kind,
            let factors = try SampleEvaluator.logFactors(first, links)
        else { return nil }
        let (_, scale) = try SampleEvaluator.unitAndScale(of: factors, links: links)
        var offset = 0.0
        var terms: [(low: Double, high: Double)] = []
        for factor in factors {
            offset += factor.divides ? -factor.mu : factor.mu
            // A divisor's logarithm is negated: its halves swap sides.
            if !factor.isExact { terms.append(factor.divides ? (factor.sigmaHigh, factor.sigmaLow) : (factor.sigmaLow, factor.sigmaHigh)) }
        }
        let quantiles = LogSum(terms: terms).quantiles(levels.map { $0 / 100 })
        return quantiles.map { exp(offset + $0) * scale }
    }
}

/// The sum of independent two-piece normals with median 0: `low` and `high` are the spreads
/// below and above it (equal for a normal).
struct LogSum {
    var terms: [(low: Double, high: Double)]

    /// The quantiles at probabilities `ps` (each strictly between 0 and 1).
    func quantiles(_ ps: [Double]) -> [Double] {
        if terms.allSatisfy({ $0.low == $0.high }) {
            // A sum of normals: normal, with the variances added.
            let sigma = terms.reduce(0) { $0 + $1.low * $1.low }.squareRoot()
            return ps.map { sigma * SpecialFunctions.normalQuantile($0) }
        }
        if terms.count == 1 {
            let term = terms[0]
            return ps.map { p in
                let z = SpecialFunctions.normalQuantile(p)
                return (z < 0 ? term.low : term.high) * z
            }
        }
        return numericQuantiles(ps)
    }

    /// By convolution on a common grid: the masses of every term but the widest from their
    /// exact CDFs over ±5 of their spreads, convolved; the CDF of the sum is then the masses
    /// times the widest term's exact CDF (a midpoint rule, within about 1e-4 relative),
    /// and each quantile is found by the secant method from the grid's own estimate.
    private func numericQuantiles(_ ps: [Double]) -> [Double] {
        // The widest term is the one taken exactly; the others are cut into steps of 1/12 of
        // the widest of their spreads, over ±5 spreads (beyond, 3e-7 of the mass).
        let ordered = terms.sorted { Swift.max($0.low, $0.high) < Swift.max($1.low, $1.high) }
        let gridded = ordered.dropLast()
        let widest = gridded.map { Swift.max($0.low, $0.high) }.max() ?? 1
        let step = widest / 12
        var masses: [Double] = [1]
        var start = 0.0  // the value of masses[0]
        for term in gridded {
            let below = Int((5 * term.low / step).rounded(.up))
            let above = Int((5 * term.high / step).rounded(.up))
            var own: [Double] = []
            own.reserveCapacity(below + above + 1)
            for index in -below...above {
                let centre = Double(index) * step
                own.append(Self.cdf(centre + step / 2, term) - Self.cdf(centre - step / 2, term))
            }
            var sum = [Double](repeating: 0, count: masses.count + own.count - 1)
            for (i, a) in masses.enumerated() where a > 0 {
                for (j, b) in own.enumerated() { sum[i + j] += a * b }
            }
            masses = sum
            start -= Double(below) * step
        }
        let last = ordered[ordered.count - 1]
        let cdf = { (x: Double) -> Double in
            var total = 0.0
            for (index, mass) in masses.enumerated() where mass > 1e-300 {
                total += mass * Self.cdf(x - (start + Double(index) * step), last)
            }
            return total
        }
        // A normal with the terms' average spreads is close: the secant method starts there.
        let spread = terms.reduce(0) { $0 + ($1.low * $1.low + $1.high * $1.high) / 2 }.squareRoot()
        return ps.map { p in
            var x0 = spread * SpecialFunctions.normalQuantile(p)
            var x1 = x0 + step
            var f0 = cdf(x0) - p
            var f1 = cdf(x1) - p
            for _ in 0..<20 {
                guard f1 != f0 else { break }
                let x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
                (x0, f0) = (x1, f1)
                x1 = x2
                f1 = cdf(x1) - p
                if Swift.abs(x1 - x0) < 1e-9 { break }  // in log space: 1e-9 relative to the result
            }
            return x1
        }
    }

    /// The CDF of a two-piece normal with median 0.
    private static func cdf(_ x: Double, _ term: (low: Double, high: Double)) -> Double {
        SpecialFunctions.normalCDF(x < 0 ? x / term.low : x / term.high)
    }
}
