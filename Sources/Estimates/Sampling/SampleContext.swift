/// What a model sees while the sampler evaluates one chunk: how many draws, and the
/// chunk's own random stream. Every `draw` takes the next values of that stream, so the
/// same model and seed give the same draws in every chunk, on any thread.
///
/// ```swift
/// let run = SamplingRun(count: 1_000_000, seed: 7)
/// let result = try run.collect { context throws(EstimateError) in
///     let x = context.draw(try .ninetyPercentRange(low: 1, high: 3))
///     return try x - x   // exactly zero: one variable, one draw
/// }
/// ```
package struct SampleContext {
    /// The number of draws in this chunk.
    package let count: Int
    /// The chunk's index.
    package let chunk: Int
    /// The chunk's generator.
    package var generator: Xoshiro256StarStar

    /// A context for `count` draws of chunk `chunk`.
    package init(count: Int, chunk: Int, generator: Xoshiro256StarStar) {
        self.count = count
        self.chunk = chunk
        self.generator = generator
    }

    /// `count` fresh draws from `distribution`, in `unit`.
    package mutating func draw(_ distribution: Distribution, unit: UnitOfMeasure = .one) -> SampleSet {
        SampleSet(drawing: distribution, count: count, unit: unit, using: &generator)
    }

    /// A constant as a sample set of this chunk's size.
    package func constant(_ value: Double, unit: UnitOfMeasure = .one) -> SampleSet {
        SampleSet(repeating: value, count: count, unit: unit)
    }
}
