import Synchronization
import TextCore

// The bookkeeping of a `SamplingRun`: per-chunk results handed over by the worker that ran
// the chunk under a lock (once per 65,536 draws), read in chunk order once the workers are
// done. Nothing here is shared without the lock.

/// What each chunk gave: its unit and moments, and its draws when the run keeps them.
final class ChunkOutcomes: Sendable {
    enum Outcome: Sendable {
        case pending
        case done(UnitOfMeasure, SampleMoments, values: [Double]?)
        case failed(EstimateError)
    }

    private let slots: Mutex<[Outcome]>
    private let count: Int
    /// The draws of the whole run.
    private let draws: Int

    init(count: Int, draws: Int) {
        self.count = count
        self.draws = draws
        slots = Mutex([Outcome](repeating: .pending, count: count))
    }

    /// Runs `work` for `chunk` and keeps its outcome (its draws too when `keepValues`).
    func record(_ chunk: Int, keepValues: Bool = false, _ work: () throws(EstimateError) -> (SampleSet, SampleMoments)) {
        let outcome: Outcome
        do {
            let (set, moments) = try work()
            outcome = .done(set.unit, moments, values: keepValues ? set.values : nil)
        } catch {
            outcome = .failed(error)
        }
        slots.withLock { $0[chunk] = outcome }
    }

    /// The error of the first failed chunk, if any. Call it once every chunk has run: a
    /// count of failed draws covers them all.
    func throwFirstFailure() throws(EstimateError) {
        let outcomes = slots.withLock { $0 }
        for case .failed(let error) in outcomes { throw combined(error, outcomes) }
    }

    /// The unit and the moments merged in chunk order, or the error of the first failed chunk.
    func merged() throws(EstimateError) -> (UnitOfMeasure, SampleMoments) {
        let outcomes = slots.withLock { $0 }
        var unit: UnitOfMeasure?
        var moments = SampleMoments()
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .pending: preconditionFailure("chunk \(index) was not run")
            case .failed(let error): throw combined(error, outcomes)
            case .done(let chunkUnit, let chunkMoments, _):
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
    private func combined(_ first: EstimateError, _ outcomes: [Outcome]) -> EstimateError {
        guard var failure = first.drawFailure else { return first }
        failure.failed = 0
        failure.draws = draws
        for case .failed(let error) in outcomes {
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

    /// Every kept draw in chunk order, in one array of `total` values; each chunk's draws are
    /// released as soon as they are copied.
    func takeValues(total: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: total) { buffer, initialized in
            SamplingRun.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            var start = 0
            for index in 0..<count {
                let values = slots.withLock { slots -> [Double] in
                    guard case .done(let unit, let moments, let values?) = slots[index] else { return [] }
                    slots[index] = .done(unit, moments, values: nil)
                    return values
                }
                values.withUnsafeBufferPointer { chunk in
                    guard let source = chunk.baseAddress, let target = buffer.baseAddress else { return }
                    (target + start).initialize(from: source, count: chunk.count)
                }
                start += values.count
            }
            precondition(start == total, "every chunk's draws are kept")
            initialized = total
        }
    }
}

/// One value per worker, each stored by its worker under a lock and taken by the caller.
final class WorkerSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    init(count: Int) {
        slots = Mutex([Value?](repeating: nil, count: count))
    }

    func store(_ index: Int, _ value: Value?) {
        slots.withLock { $0[index] = value }
    }

    func take(_ index: Int) -> Value? {
        slots.withLock { slots in
            defer { slots[index] = nil }
            return slots[index]
        }
    }
}
