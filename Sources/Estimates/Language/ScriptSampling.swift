/// How a script's `sample` statements draw: how many draws, the seed, the threads. Scripts
/// default to a fixed seed so that a build that runs them sees the same numbers every time.
///
/// ```swift
/// var calculator = Calculator()
/// calculator.sampling = ScriptSampling(count: 1_000_000, seed: 7)
/// let run = try calculator.run("let x = 1 to 3\nsample x * 2")
/// run.sampled[0].summary.percentiles.map(\.level)   // [5, 50, 95]
/// ```
public struct ScriptSampling: Sendable, Equatable {
    /// Draws per `sample` statement.
    public var count: Int
    /// The seed (each statement starts from it).
    public var seed: UInt64
    /// Worker threads (`nil`: one per processor).
    public var threads: Int?
    /// The percentiles reported.
    public var levels: [Double]

    /// Settings; 100,000 draws with seed 1 by default.
    public init(count: Int = 100_000, seed: UInt64 = 1, threads: Int? = nil, levels: [Double] = [5, 50, 95]) {
        self.count = count
        self.seed = seed
        self.threads = threads
        self.levels = levels
    }

    /// The summary of `program`'s draws (streamed above 10,000,000 draws).
    public func summary(of program: SampleProgram) throws(EstimateError) -> SampleSummary {
        let run = SamplingRun(count: count, seed: seed, threads: threads)
        if count > 10_000_000 { return try SampleSummary(streamed: try run.stream(program.model), seed: seed, levels: levels).checked() }
        var samples = try run.collect(program.model)
        return try SampleSummary(collected: &samples, seed: seed, levels: levels).checked()
    }
}
