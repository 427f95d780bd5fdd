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
        let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            Self.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            let output = SharedBuffer(base: buffer.baseAddress!)
            parallel { _, chunk in
                outcomes.record(chunk) { () throws(EstimateError) -> (UnitOfMeasure, SampleMoments) in
                    let set = try evaluate(model, chunk: chunk)
                    let moments = try Self.checkedMoments(set)
                    let start = range(ofChunk: chunk).lowerBound
                    set.values.withUnsafeBufferPointer { chunkValues in
                        (output.base + start).update(from: chunkValues.baseAddress!, count: chunkValues.count)
                    }
                    return (set.unit, moments)
                }
            }
            initialized = count
        }
        let (unit, moments) = try outcomes.merged()
        return CollectedSamples(values: values, unit: unit, moments: moments)
    }

    /// The moments and a fine histogram of `model`'s draws, in bounded memory: each worker
    /// keeps one chunk of draws at a time and its own histogram; histograms add up at the end.
    package func stream(_ model: @escaping Model) throws(EstimateError) -> StreamedSamples {
        guard let result = try stream(model, visitor: nil) else { preconditionFailure("a run without a visitor always finishes") }
        return result
    }

    /// `stream(model)`, with `visit` seeing each chunk's draws (and their unit) in draw order
    /// on the calling thread, to write them out, say: chunks then run in batches of one per
    /// worker. `visit` returns false to stop the run early, which then returns `nil`.
    package func stream(
        _ model: @escaping Model, visit: @escaping (UnsafeBufferPointer<Double>, UnitOfMeasure) -> Bool
    ) throws(EstimateError) -> StreamedSamples? {
        try stream(model, visitor: visit)
    }

    private func stream(
        _ model: @escaping Model, visitor visit: ((UnsafeBufferPointer<Double>, UnitOfMeasure) -> Bool)?
    ) throws(EstimateError) -> StreamedSamples? {
        let outcomes = ChunkOutcomes(count: chunkCount, draws: count)
        let workers = Swift.min(threads, chunkCount)
        let histograms = (0..<workers).map { _ in LogHistogram() }
        let process: @Sendable (Int, Int) -> SampleSet? = { worker, chunk in
            var kept: SampleSet?
            outcomes.record(chunk) { () throws(EstimateError) -> (UnitOfMeasure, SampleMoments) in
                let set = try evaluate(model, chunk: chunk)
                let moments = try Self.checkedMoments(set)
                kept = set
                set.values.withUnsafeBufferPointer { histograms[worker].add($0) }
                return (set.unit, moments)
            }
            return kept
        }
        if let visit {
            let batch = ChunkBatch(count: workers)
            var start = 0
            while start < chunkCount {
                let size = Swift.min(workers, chunkCount - start)
                let first = start
                Self.perform(size) { worker in batch.store(worker, process(worker, first + worker)) }
                for worker in 0..<size {
                    guard let set = batch.take(worker) else {
                        // A chunk failed: the chunks after this batch still run (not visited),
                        // so that the error counts the failed draws among all of them.
                        let rest = start + size
                        let remaining = chunkCount - rest
                        Self.perform(Swift.min(workers, remaining)) { worker in
                            var chunk = rest + worker
                            while chunk < chunkCount {
                                _ = process(worker, chunk)
                                chunk += workers
                            }
                        }
                        return try outcomes.firstFailure()
                    }
                    let keepGoing = set.values.withUnsafeBufferPointer { visit($0, set.unit) }
                    if !keepGoing { return nil }
                }
                start += size
            }
        } else {
            parallel { worker, chunk in _ = process(worker, chunk) }
        }
        let (unit, moments) = try outcomes.merged()
        let histogram = histograms[0]
        for other in histograms.dropFirst() { histogram.merge(other) }
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
    private static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
            let hugePage = 2 << 20
            guard let base = buffer.baseAddress, buffer.count >= 2 * hugePage else { return }
            let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
            let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
            guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(aligned, end - start, 14)  // MADV_HUGEPAGE
        #endif
    }

    /// Runs `body(worker, chunk)` for every chunk, worker `w` taking chunks `w, w + threads, …`.
    private func parallel(_ body: @Sendable (Int, Int) -> Void) {
        let chunks = chunkCount
        let workers = Swift.min(threads, chunks)
        Self.perform(workers) { worker in
            var chunk = worker
            while chunk < chunks {
                body(worker, chunk)
                chunk += workers
            }
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
package struct StreamedSamples: @unchecked Sendable {
    /// The unit of the draws.
    package var unit: UnitOfMeasure
    /// Their moments, merged in chunk order.
    package var moments: SampleMoments
    /// Their fine histogram.
    package var histogram: LogHistogram
}
