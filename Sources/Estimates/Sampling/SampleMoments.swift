/// Count, mean, spread and extremes of some draws, mergeable: the sampler computes them per
/// chunk (two passes over a buffer that is in cache) and merges the chunks in chunk order
/// (Chan, Golub and LeVeque 1979), so the result does not depend on the thread count.
///
/// ```swift
/// let moments = SampleMoments(of: [1, 2, 3, 4])
/// moments.mean               // 2.5
/// moments.standardDeviation  // 1.2909944487358056 (divides by n − 1)
/// ```
package struct SampleMoments: Sendable, Equatable {
    /// How many draws.
    package private(set) var count: Int
    /// Their mean.
    package private(set) var mean: Double
    /// The sum of squared deviations from the mean.
    package private(set) var sumOfSquares: Double
    /// The smallest draw (+∞ when there are none).
    package private(set) var minimum: Double
    /// The largest draw (−∞ when there are none).
    package private(set) var maximum: Double

    /// No draws.
    package init() {
        count = 0
        mean = 0
        sumOfSquares = 0
        minimum = .infinity
        maximum = -.infinity
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
        let mean = sum / Double(buffer.count)
        var squares = 0.0
        for value in buffer {
            let deviation = value - mean
            squares += deviation * deviation
        }
        count = buffer.count
        self.mean = mean
        sumOfSquares = squares
        minimum = low
        maximum = high
    }

    /// The moments of `values`.
    package init(of values: [Double]) {
        self = values.withUnsafeBufferPointer { SampleMoments(of: $0) }
    }

    /// The sample standard deviation (dividing by n − 1; zero for a single draw).
    package var standardDeviation: Double {
        count > 1 ? (sumOfSquares / Double(count - 1)).squareRoot() : 0
    }

    /// The sample variance (dividing by n − 1).
    package var variance: Double { count > 1 ? sumOfSquares / Double(count - 1) : 0 }

    /// Adds the draws summarised by `other`.
    package mutating func merge(_ other: SampleMoments) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        let total = count + other.count
        let delta = other.mean - mean
        let weight = Double(other.count) / Double(total)
        mean += delta * weight
        sumOfSquares += other.sumOfSquares + delta * delta * Double(count) * weight
        count = total
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }
}
