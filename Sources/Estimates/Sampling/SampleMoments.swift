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
        var sum = 0.0
        var low = buffer[0]
        var high = buffer[0]
        for value in buffer {
            sum += value
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
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
