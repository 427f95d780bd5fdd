#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Gamma variates with unit scale by Marsaglia and Tsang's method (2000), which the beta and
/// PERT distributions use. Shapes below one are boosted: G(a) = G(a + 1)·U^(1/a), kept as a
/// logarithm so that tiny shapes do not underflow.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 3)
/// let g = GammaVariate(shape: 2.5).logSample(using: &generator)  // ln of a Gamma(2.5) draw
/// ```
package struct GammaVariate: Sendable, Equatable {
    /// The shape, above zero.
    package let shape: Double
    private let d: Double
    private let c: Double

    /// A gamma sampler for `shape` > 0.
    package init(shape: Double) {
        precondition(shape > 0 && shape.isFinite, "a gamma variate needs a finite shape above zero")
        self.shape = shape
        let boosted = shape < 1 ? shape + 1 : shape
        d = boosted - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
    }

    /// One draw (can underflow to zero for shapes far below one; use `logSample` there).
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        shape < 1 ? exp(logSample(using: &generator)) : boostedSample(using: &generator)
    }

    /// The logarithm of one draw.
    package func logSample(using generator: inout Xoshiro256StarStar) -> Double {
        let value = log(boostedSample(using: &generator))
        if shape < 1 { return value + log(generator.nextOpenUnit()) / shape }
        return value
    }

    /// A Gamma(max(shape, shape + 1 when below one)) draw.
    private func boostedSample(using generator: inout Xoshiro256StarStar) -> Double {
        let ziggurat = NormalZiggurat.shared
        while true {
            var x: Double
            var v: Double
            repeat {
                x = ziggurat.next(using: &generator)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = generator.nextOpenUnit()
            let x2 = x * x
            if u < 1 - 0.0331 * x2 * x2 { return d * v }
            if log(u) < 0.5 * x2 + d * (1 - v + log(v)) { return d * v }
        }
    }
}
