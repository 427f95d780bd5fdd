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

    init(count: Int) {
        self.count = count
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

    /// The error of the first failed chunk (an error), or `nil` when none failed.
    func firstFailure() throws(EstimateError) -> StreamedSamples? {
        for index in 0..<count {
            if case .failed(let error) = slots[index] { throw error }
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
            case .failed(let error): throw error
            case .done(let chunkUnit, let chunkMoments):
                if let unit { precondition(unit == chunkUnit, "a model's unit cannot depend on its draws") }
                unit = chunkUnit
                moments.merge(chunkMoments)
            }
        }
        // Every draw is finite (each chunk checked), but draws beyond about 1e154 in
        // magnitude can make the sum of squared deviations, or the sum, overflow: that is
        // an error, never an infinite mean or standard deviation in the summary.
        guard moments.mean.isFinite, moments.sumOfSquares.isFinite else {
            throw EstimateError(
                .domain(
                    "the draws are too large to summarise: their \(moments.mean.isFinite ? "standard deviation" : "mean") overflows (draws reach \(NumberFormatting.display(Swift.max(Swift.abs(moments.minimum), Swift.abs(moments.maximum)), significantDigits: 3)); their squares must stay below 1.8e308)"))
        }
        return (unit ?? .one, moments)
    }
}
