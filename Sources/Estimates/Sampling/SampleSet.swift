import TextCore

/// Samples of one uncertain quantity: a unit and a contiguous buffer of values, one per
/// draw. Two sample sets combine draw by draw, so a variable sampled once and used twice
/// stays one draw: `x - x` is exactly zero in every sample.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 7)
/// let mass = SampleSet(drawing: try .ninetyPercentRange(low: 2.0e6, high: 2.6e6), count: 1000,
///                      unit: try UnitRegistry.standard.unit("kg"), using: &generator)
/// let zero = try mass - mass   // every value 0
/// ```
package struct SampleSet: Sendable, Equatable {
    /// The unit of every value.
    package var unit: UnitOfMeasure
    /// The values, one per draw.
    package var values: [Double]

    /// A sample set from values.
    package init(values: [Double], unit: UnitOfMeasure = .one) {
        self.values = values
        self.unit = unit
    }

    /// `count` copies of one value: a constant in a sampled expression.
    package init(repeating value: Double, count: Int, unit: UnitOfMeasure = .one) {
        values = [Double](repeating: value, count: count)
        self.unit = unit
    }

    /// `count` draws from `distribution`, filled in one pass.
    package init(drawing distribution: Distribution, count: Int, unit: UnitOfMeasure = .one, using generator: inout Xoshiro256StarStar) {
        values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            distribution.fill(buffer, using: &generator)
            initialized = count
        }
        self.unit = unit
    }

    /// The number of draws.
    package var count: Int { values.count }

    /// A new set with `transform` applied to every value, in `unit`.
    @inlinable
    package func map(unit: UnitOfMeasure, _ transform: (Double) -> Double) -> SampleSet {
        let result = [Double](unsafeUninitializedCapacity: values.count) { output, initialized in
            values.withUnsafeBufferPointer { input in
                for index in 0..<input.count { output[index] = transform(input[index]) }
            }
            initialized = values.count
        }
        return SampleSet(values: result, unit: unit)
    }

    /// A new set combining this one with `other` draw by draw, in `unit`.
    @inlinable
    package func combine(_ other: SampleSet, unit: UnitOfMeasure, _ operation: (Double, Double) -> Double) -> SampleSet {
        precondition(values.count == other.values.count, "sample sets combine only with the same number of draws")
        let result = [Double](unsafeUninitializedCapacity: values.count) { output, initialized in
            values.withUnsafeBufferPointer { left in
                other.values.withUnsafeBufferPointer { right in
                    for index in 0..<left.count { output[index] = operation(left[index], right[index]) }
                }
            }
            initialized = values.count
        }
        return SampleSet(values: result, unit: unit)
    }

    /// How many values are NaN or infinite.
    package var nonFiniteCount: Int {
        values.withUnsafeBufferPointer { buffer in
            var count = 0
            for value in buffer where !value.isFinite { count += 1 }
            return count
        }
    }

    /// Throws when some value is not finite, naming the operation that produced it.
    func checkedFinite(_ operation: String, hint: String = "") throws(EstimateError) -> SampleSet {
        let bad = nonFiniteCount
        guard bad == 0 else {
            throw EstimateError(DrawFailure(operation: operation, problem: .notFinite, failed: bad, draws: count, hint: hint))
        }
        return self
    }
}

extension Int {
    var shortDescription: String { NumberFormatting.display(Double(self)) }
}
