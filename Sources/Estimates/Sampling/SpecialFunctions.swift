#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The special functions behind exact means, variances and quantiles: the normal CDF and its
/// inverse, and the regularised incomplete beta function.
///
/// ```swift
/// SpecialFunctions.normalQuantile(0.95)   // 1.6448536269514722
/// ```
package enum SpecialFunctions {
    /// Φ(x), the standard normal CDF.
    package static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// The standard normal density.
    package static func normalDensity(_ x: Double) -> Double {
        exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }

    /// Φ⁻¹(p) by Wichura's algorithm AS 241 (relative error about 1e-16); p in (0, 1).
    package static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "a normal quantile needs 0 < p < 1")
        let q = p - 0.5
        if Swift.abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let numerator = ((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                + 133.14166789178437745) * r + 3.387132872796366608
            let denominator = ((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                + 42.313330701600911252) * r + 1
            return q * numerator / denominator
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        var value: Double
        if r <= 5 {
            r -= 1.6
            let numerator = ((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                + 4.6303378461565452959) * r + 1.42343711074968357734
            let denominator = ((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                + 2.05319162663775882187) * r + 1
            value = numerator / denominator
        } else {
            r -= 5
            let numerator = ((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                + 5.4637849111641143699) * r + 6.6579046435011037772
            let denominator = ((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                + 0.59983220655588793769) * r + 1
            value = numerator / denominator
        }
        return q < 0 ? -value : value
    }

    /// ln Γ(x) for x > 0.
    package static func logGamma(_ x: Double) -> Double {
        lgamma(x)
    }

    /// I_x(a, b), the regularised incomplete beta function (the beta CDF), by Lentz's continued
    /// fraction; a, b > 0 and x in [0, 1].
    package static func regularizedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        precondition(a > 0 && b > 0, "the incomplete beta needs positive shapes")
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        let front = exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            return front * betaContinuedFraction(x, a, b) / a
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b
    }

    private static func betaContinuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if Swift.abs(d) < tiny { d = tiny }
        d = 1 / d
        var result = d
        for m in 1...10_000 {
            let m = Double(m)
            let twoM = 2 * m
            var coefficient = m * (b - m) * x / ((a + twoM - 1) * (a + twoM))
            d = 1 + coefficient * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= d * c
            coefficient = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + twoM + 1))
            d = 1 + coefficient * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + coefficient / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            result *= step
            if Swift.abs(step - 1) < 1e-16 { break }
        }
        return result
    }

    /// The x in [low, high] where an increasing `cdf` first reaches `p`, by bisection to the
    /// last representable double: the quantile of a distribution without a closed form.
    package static func invert(_ cdf: (Double) -> Double, p: Double, low: Double, high: Double) -> Double {
        var low = low
        var high = high
        for _ in 0..<200 {
            let middle = low + (high - low) / 2
            if middle <= low || middle >= high { break }
            if cdf(middle) >= p { high = middle } else { low = middle }
        }
        return high
    }
}
