import TextCore

// The bookkeeping of a `SamplingRun`: per-chunk results written by the worker that ran the
// chunk, read in chunk order once every worker is done.

/// A pointer the workers write disjoint ranges of.
struct SharedBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

/// The sample sets of one batch of chunks, one slot per worker, each written by its worker.
final class ChunkBatch: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<SampleSet?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ index: Int, _ set: SampleSet?) {
        slots[index] = set
    }

    func take(_ index: Int) -> SampleSet? {
        defer { slots[index] = nil }
        return slots[index]
    }
}

/// Per-chunk results, each slot written by the one worker that ran the chunk.
final class ChunkOutcomes: @unchecked Sendable {
    private enum Outcome {
        case pending
        case done(UnitOfMeasure, SampleMoments)
        case failed(EstimateError)
    }

    private let slots: UnsafeMutablePointer<Outcome>
    private let count: Int
    /// The draws of the whole run.
    private let draws: Int

    init(count: Int, draws: Int) {
        self.count = count
        self.draws = draws
        slots = .allocate(capacity: count)
        slots.initialize(repeating: .pending, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func record(_ chunk: Int, _ work: () throws(EstimateError) -> (UnitOfMeasure, SampleMoments)) {
        do {
            let (unit, moments) = try work()
            slots[chunk] = .done(unit, moments)
        } catch {
            slots[chunk] = .failed(error)
        }
    }

    /// The error of the first failed chunk (an error), or `nil` when none failed. Call it
    /// once every chunk has run: a count of failed draws covers them all.
    func firstFailure() throws(EstimateError) -> StreamedSamples? {
        for index in 0..<count {
            if case .failed(let error) = slots[index] { throw combined(error) }
        }
        return nil
    }

    /// The unit and the moments merged in chunk order, or the error of the first failed chunk.
    func merged() throws(EstimateError) -> (UnitOfMeasure, SampleMoments) {
        var unit: UnitOfMeasure?
        var moments = SampleMoments()
        for index in 0..<count {
            switch slots[index] {
            case .pending: preconditionFailure("chunk \(index) was not run")
            case .failed(let error): throw combined(error)
            case .done(let chunkUnit, let chunkMoments):
                if let unit { precondition(unit == chunkUnit, "a model's unit cannot depend on its draws") }
                unit = chunkUnit
                moments.merge(chunkMoments)
            }
        }
        return (unit ?? .one, moments)
    }

    /// The first failure with the failed draws of every chunk counted: the chunks that
    /// failed the same check add their counts, out of all the run's draws; when some chunk
    /// failed elsewhere (so that this check did not see its draws), the count is a lower
    /// bound and says so.
    private func combined(_ first: EstimateError) -> EstimateError {
        guard var failure = first.drawFailure else { return first }
        failure.failed = 0
        failure.draws = draws
        for index in 0..<count {
            guard case .failed(let error) = slots[index] else { continue }
            if let other = error.drawFailure, other.isSameCheck(as: failure) {
                failure.failed += other.failed
                failure.isLowerBound = failure.isLowerBound || other.isLowerBound
            } else {
                failure.isLowerBound = true
            }
        }
        var error = EstimateError(failure)
        error.location = first.location
        return error
    }
}
