/// Count, mean, spread and extremes of some draws, mergeable: the sampler computes them per
/// chunk (two passes over a buffer that is in cache) and merges the chunks in chunk order
/// (Chan, Golub and LeVeque 1979), so the result does not depend on the thread count.
///
/// Mean and spread are kept divided by a power of two near the largest magnitude of the
/// draws (`scale`), so that neither the sum of squared deviations of draws near 1e300
/// overflows nor that of draws near 1e-200 underflows: `uniform(1e-200, 2e-200)` has a
/// standard deviation of 2.9e-201, not 0. Scaling by a power of two is exact, so for draws of
/// ordinary size the results are bit for bit those of the unscaled formulas.
///
/// ```swift
/// let moments = SampleMoments(of: [1, 2, 3, 4])
/// moments.mean               // 2.5
/// moments.standardDeviation  // 1.2909944487358056 (divides by n − 1)
/// ```
package struct SampleMoments: Sendable, Equatable {
    /// How many draws.
    package private(set) var count: Int
    /// A power of two near the largest magnitude of the draws (1 when there are none).
    package private(set) var scale: Double
    /// The mean divided by `scale`.
    package private(set) var scaledMean: Double
    /// The sum of squared deviations from the mean, divided by `scale`².
    package private(set) var scaledSumOfSquares: Double
    /// The smallest draw (+∞ when there are none).
    package private(set) var minimum: Double
    /// The largest draw (−∞ when there are none).
    package private(set) var maximum: Double
    /// Whether every draw is finite (a NaN or an infinity makes the moments meaningless).
    package private(set) var allFinite: Bool

    /// No draws.
    package init() {
        count = 0
        scale = 1
        scaledMean = 0
        scaledSumOfSquares = 0
        minimum = .infinity
        maximum = -.infinity
        allFinite = true
    }

    /// The moments of the draws in `buffer`.
    package init(of buffer: UnsafeBufferPointer<Double>) {
        self.init()
        guard !buffer.isEmpty else { return }
        // The sum in draw order (bit for bit the reference loop's), the extremes apart in
        // SIMD lanes: the order in which a minimum is found does not change it.
        var sum = 0.0
        for value in buffer { sum += value }
        let (low, high) = Self.extremes(of: buffer)
        count = buffer.count
        minimum = low
        maximum = high
        if !sum.isFinite {
            // A NaN or an infinity among the draws, or finite draws whose sum overflows.
            guard buffer.allSatisfy(\.isFinite) else {
                allFinite = false
                return
            }
        }
        scale = Self.scale(forMagnitude: Swift.max(Swift.abs(low), Swift.abs(high)))
        let inverse = 1 / scale
        if !sum.isFinite {
            sum = 0
            for value in buffer { sum += value * inverse }
            scaledMean = sum / Double(buffer.count)
        } else {
            scaledMean = sum / Double(buffer.count) * inverse
        }
        var squares = 0.0
        for value in buffer {
            let deviation = value * inverse - scaledMean
            squares += deviation * deviation
        }
        scaledSumOfSquares = squares
    }

    /// The smallest and largest of the finite values in `buffer` (not empty), in four
    /// independent lanes. With a NaN among them the result is unspecified; the caller then
    /// marks the moments as not finite.
    private static func extremes(of buffer: UnsafeBufferPointer<Double>) -> (low: Double, high: Double) {
        guard let base = buffer.baseAddress else { return (.infinity, -.infinity) }
        let n = buffer.count
        var (low0, low1, low2, low3) = (base[0], base[0], base[0], base[0])
        var (high0, high1, high2, high3) = (base[0], base[0], base[0], base[0])
        var index = 0
        while index + 4 <= n {
            let (a, b, c, d) = (base[index], base[index + 1], base[index + 2], base[index + 3])
            low0 = a < low0 ? a : low0
            low1 = b < low1 ? b : low1
            low2 = c < low2 ? c : low2
            low3 = d < low3 ? d : low3
            high0 = a > high0 ? a : high0
            high1 = b > high1 ? b : high1
            high2 = c > high2 ? c : high2
            high3 = d > high3 ? d : high3
            index += 4
        }
        while index < n {
            let value = base[index]
            low0 = value < low0 ? value : low0
            high0 = value > high0 ? value : high0
            index += 1
        }
        return (Swift.min(Swift.min(low0, low1), Swift.min(low2, low3)), Swift.max(Swift.max(high0, high1), Swift.max(high2, high3)))
    }

    /// The moments of `values`.
    package init(of values: [Double]) {
        self = values.withUnsafeBufferPointer { SampleMoments(of: $0) }
    }

    /// The power of two 2^e with e the exponent of `magnitude`, held to 2^-1022…2^1022 so
    /// that its inverse is a normal number too.
    static func scale(forMagnitude magnitude: Double) -> Double {
        guard magnitude.isFinite, magnitude > 0 else { return 1 }
        let exponent = Swift.min(1022, Swift.max(-1022, Int(magnitude.exponent)))
        return Double(sign: .plus, exponent: exponent, significand: 1)
    }

    /// The mean.
    package var mean: Double { scaledMean * scale }

    /// The sample standard deviation (dividing by n − 1; zero for a single draw).
    package var standardDeviation: Double {
        count > 1 ? (scaledSumOfSquares / Double(count - 1)).squareRoot() * scale : 0
    }

    /// The sample variance (dividing by n − 1); it overflows or underflows where the
    /// standard deviation does not (draws beyond 1e154 or below 1e-154).
    package var variance: Double { count > 1 ? scaledSumOfSquares / Double(count - 1) * scale * scale : 0 }

    /// Adds the draws summarised by `other`.
    package mutating func merge(_ other: SampleMoments) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        allFinite = allFinite && other.allFinite
        // Both in the larger scale (exact: a power of two).
        var other = other
        if other.scale > scale {
            rescale(to: other.scale)
        } else if other.scale < scale {
            other.rescale(to: scale)
        }
        let total = count + other.count
        let delta = other.scaledMean - scaledMean
        let weight = Double(other.count) / Double(total)
        scaledMean += delta * weight
        scaledSumOfSquares += other.scaledSumOfSquares + delta * delta * Double(count) * weight
        count = total
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }

    private mutating func rescale(to newScale: Double) {
        let factor = scale / newScale
        scaledMean *= factor
        scaledSumOfSquares *= factor * factor
        scale = newScale
    }
}
