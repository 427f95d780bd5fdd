/// The distribution of a set of observed or previously sampled values: each draw picks one
/// of them with equal probability (a bootstrap).
///
/// ```swift
/// let observed = try EmpiricalDistribution([410, 455, 460, 470, 520])
/// observed.quantile(0.5)  // 460
/// ```
package struct EmpiricalDistribution: SamplingDistribution, Equatable {
    /// The values, in the order given.
    package let values: [Double]
    /// The values in increasing order.
    package let sortedValues: [Double]

    /// An empirical distribution of `values`: at least one, all finite.
    package init(_ values: [Double]) throws(EstimateError) {
        guard !values.isEmpty else { throw EstimateError(.domain("an empirical distribution needs at least one value")) }
        for value in values where !value.isFinite {
            throw EstimateError(.domain("an empirical distribution needs finite values, got \(value.shortDescription)"))
        }
        self.values = values
        sortedValues = values.sorted()
    }

    package var mean: Double {
        var sum = 0.0
        for value in values { sum += value }
        return sum / Double(values.count)
    }

    /// The variance of the values themselves (dividing by n: the distribution, not an
    /// estimate of a population's).
    package var variance: Double {
        let mean = self.mean
        var sum = 0.0
        for value in values { sum += (value - mean) * (value - mean) }
        return sum / Double(values.count)
    }

    package func cdf(_ x: Double) -> Double {
        var low = 0
        var high = sortedValues.count
        while low < high {
            let middle = (low + high) / 2
            if sortedValues[middle] <= x { low = middle + 1 } else { high = middle }
        }
        return Double(low) / Double(sortedValues.count)
    }

    package func quantile(_ p: Double) -> Double {
        DistributionCheck.probability(p)
        let rank = (p * Double(sortedValues.count)).rounded(.up)
        let index = Swift.max(0, Swift.min(sortedValues.count - 1, Int(rank) - 1))
        return sortedValues[index]
    }

    @inlinable
    package func sample(using generator: inout Xoshiro256StarStar) -> Double {
        values[Self.index(generator.next(), count: values.count)]
    }

    /// A uniform index below `count` from 64 random bits (the high word of the product).
    @inlinable @inline(__always)
    static func index(_ bits: UInt64, count: Int) -> Int {
        Int(truncatingIfNeeded: bits.multipliedFullWidth(by: UInt64(count)).high)
    }

    package func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let count = values.count
        values.withUnsafeBufferPointer { values in
            for slot in buffer.indices { buffer[slot] = values[Self.index(generator.next(), count: count)] }
        }
    }
}
