import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One Monte Carlo run: `count` draws of a model with a seed, split into chunks of
/// `chunkSize` draws. Chunk `k` draws from stream `k` of the seed (`Xoshiro256StarStar(seed:
/// stream:)`) and chunk results merge in chunk order, so a seed gives bit-identical results
/// with any number of threads. Workers take chunks `w, w + threads, …`.
///
/// `collect` keeps every draw (8 bytes each, for exact percentiles and CSV); `stream`
/// keeps only moments and a fine histogram, in memory that does not grow with `count`.
///
/// ```swift
/// let run = SamplingRun(count: 1_000_000, seed: 7, threads: 2)
/// let mixture = try Distribution.ninetyPercentRange(low: 1, high: 3)
/// let samples = try run.collect { context throws(EstimateError) in context.draw(mixture) }
/// samples.moments.mean   // about 1.83
/// ```
package struct SamplingRun: Sendable {
    /// Draws per chunk; part of what a seed means (a different size gives other draws).
    package static let chunkSize = 65_536

    /// The number of draws.
    package let count: Int
    /// The seed.
    package let seed: UInt64
    /// The number of worker threads.
    package let threads: Int

    /// A model: the sample set of one chunk, drawn through its context.
    package typealias Model = @Sendable (inout SampleContext) throws(EstimateError) -> SampleSet

    /// A run of `count` ≥ 1 draws; `threads` defaults to the number of processors.
    package init(count: Int, seed: UInt64, threads: Int? = nil) {
        precondition(count >= 1, "a sampling run needs at least one draw")
        precondition((threads ?? 1) >= 1, "a sampling run needs at least one thread")
        self.count = count
        self.seed = seed
        self.threads = threads ?? Self.availableThreads
    }

    /// The number of processors online.
    package static var availableThreads: Int {
        Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The number of chunks.
    package var chunkCount: Int { (count + Self.chunkSize - 1) / Self.chunkSize }

    /// The draws chunk `chunk` covers.
    package func range(ofChunk chunk: Int) -> Range<Int> {
        let start = chunk * Self.chunkSize
        return start..<Swift.min(count, start + Self.chunkSize)
    }

    /// The context chunk `chunk` starts with.
    package func context(forChunk chunk: Int) -> SampleContext {
        SampleContext(
            count: range(ofChunk: chunk).count, chunk: chunk, generator: Xoshiro256StarStar(seed: seed, stream: UInt64(chunk)))
    }

    /// Every draw of `model`, in draw order, with their moments.
    package func collect(_ model: Model) throws(EstimateError) -> CollectedSamples {
        let outcomes = ChunkOutcomes(count: chunkCount, draws: count)
        parallel { worker in
            forEachChunk(of: worker) { chunk in
                outcomes.record(chunk, keepValues: true) { () throws(EstimateError) in
                    let set = try evaluate(model, chunk: chunk)
                    return (set, try Self.checkedMoments(set))
                }
            }
        }
        let (unit, moments) = try outcomes.merged()
        return CollectedSamples(values: outcomes.takeValues(total: count), unit: unit, moments: moments)
    }

    /// The moments and a fine histogram of `model`'s draws, in bounded memory: each worker
    /// keeps one chunk of draws at a time and its own histogram; histograms add up at the end.
    package func stream(_ model: @escaping Model) throws(EstimateError) -> StreamedSamples {
        let outcomes = ChunkOutcomes(count: chunkCount, draws: count)
        let histograms = WorkerSlots<LogHistogram>(count: workerCount)
        parallel { worker in
            var histogram = LogHistogram()
            forEachChunk(of: worker) { chunk in
                outcomes.record(chunk) { () throws(EstimateError) in
                    let set = try evaluate(model, chunk: chunk)
                    let moments = try Self.checkedMoments(set)
                    set.values.withUnsafeBufferPointer { histogram.add($0) }
                    return (set, moments)
                }
            }
            histograms.store(worker, histogram)
        }
        let (unit, moments) = try outcomes.merged()
        var histogram = LogHistogram()
        for worker in 0..<workerCount { histogram.merge(histograms.take(worker) ?? LogHistogram()) }
        return StreamedSamples(unit: unit, moments: moments, histogram: histogram)
    }

    /// `stream(model)`, with `visit` seeing each chunk's draws (and their unit) in draw order
    /// on the calling thread, to write them out, say: chunks then run in batches of one per
    /// worker, and the calling thread counts the histogram as it visits. `visit` returns false
    /// to stop the run early, which then returns `nil`.
    package func stream(
        _ model: @escaping Model, visit: (UnsafeBufferPointer<Double>, UnitOfMeasure) -> Bool
    ) throws(EstimateError) -> StreamedSamples? {
        let outcomes = ChunkOutcomes(count: chunkCount, draws: count)
        let batch = WorkerSlots<SampleSet>(count: workerCount)
        var histogram = LogHistogram()
        var start = 0
        while start < chunkCount {
            let size = Swift.min(workerCount, chunkCount - start)
            let first = start
            Self.perform(size) { worker in
                outcomes.record(first + worker) { () throws(EstimateError) in
                    let set = try evaluate(model, chunk: first + worker)
                    let moments = try Self.checkedMoments(set)
                    batch.store(worker, set)
                    return (set, moments)
                }
            }
            for worker in 0..<size {
                guard let set = batch.take(worker) else {
                    // A chunk failed: the chunks after this batch still run (not visited), so
                    // that the error counts the failed draws among all of them.
                    let rest = start + size
                    Self.perform(Swift.min(workerCount, chunkCount - rest)) { worker in
                        var chunk = rest + worker
                        while chunk < chunkCount {
                            outcomes.record(chunk) { () throws(EstimateError) in
                                let set = try evaluate(model, chunk: chunk)
                                return (set, try Self.checkedMoments(set))
                            }
                            chunk += workerCount
                        }
                    }
                    try outcomes.throwFirstFailure()
                    preconditionFailure("a chunk without draws has failed")
                }
                let keepGoing = set.values.withUnsafeBufferPointer { values in
                    histogram.add(values)
                    return visit(values, set.unit)
                }
                if !keepGoing { return nil }
            }
            start += size
        }
        let (unit, moments) = try outcomes.merged()
        return StreamedSamples(unit: unit, moments: moments, histogram: histogram)
    }

    private func evaluate(_ model: Model, chunk: Int) throws(EstimateError) -> SampleSet {
        var context = context(forChunk: chunk)
        let set = try model(&context)
        precondition(set.count == context.count, "a model must return one value per draw of its chunk")
        return set
    }

    /// The moments of a chunk's draws, or an error when some draw is not finite (counted only
    /// when the sum of the draws says there may be one).
    private static func checkedMoments(_ set: SampleSet) throws(EstimateError) -> SampleMoments {
        let moments = SampleMoments(of: set.values)
        if !moments.allFinite { _ = try set.checkedFinite("the expression") }
        return moments
    }

    /// Asks the kernel to back a large fresh buffer with 2 MiB pages where it can: touching
    /// 80 MB in 4 KiB pages costs 20,000 page faults, several microseconds each on a busy
    /// machine. Only a hint (Linux transparent huge pages in `madvise` mode); elsewhere nothing.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
            let hugePage = 2 << 20
            guard let base = buffer.baseAddress, buffer.count >= 2 * hugePage else { return }
            let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
            let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
            guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(aligned, end - start, 14)  // MADV_HUGEPAGE
        #endif
    }

    /// The number of workers: no more than the chunks.
    private var workerCount: Int { Swift.min(threads, chunkCount) }

    /// Runs `body(worker)` on every worker.
    private func parallel(_ body: @Sendable (Int) -> Void) {
        Self.perform(workerCount, body)
    }

    /// Calls `body` with the chunks of `worker`: `worker, worker + workers, …`.
    private func forEachChunk(of worker: Int, _ body: (Int) -> Void) {
        var chunk = worker
        while chunk < chunkCount {
            body(chunk)
            chunk += workerCount
        }
    }

    /// Runs `body(0..<count)` on `count` threads (on this one when `count` is 1).
    private static func perform(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count <= 1 {
            for index in 0..<count { body(index) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}

/// The draws of a run, in draw order.
package struct CollectedSamples: Sendable {
    /// Every draw.
    package var values: [Double]
    /// Their unit.
    package var unit: UnitOfMeasure
    /// Their moments, merged in chunk order.
    package var moments: SampleMoments
}

/// What a streamed run keeps.
package struct StreamedSamples: Sendable {
    /// The unit of the draws.
    package var unit: UnitOfMeasure
    /// Their moments, merged in chunk order.
    package var moments: SampleMoments
    /// Their fine histogram.
    package var histogram: LogHistogram
}
