/// Percentiles of many draws in about one pass.
///
/// Below 2¹⁷ values, successive quickselects. Above, a sorted stride sample of 2¹⁵ values
/// brackets each wanted rank between two sample values (±5 binomial standard deviations of
/// the sample position, plus 8); one pass counts the values below each bracket and copies
/// those inside (about 2% of them), and quickselect finishes on the copies. A bracket that
/// misses its rank (possible only for unusual orderings, never silently) falls back to
/// quickselect over everything, so the result is always the exact order statistic.
extension Selection {
    /// The percentiles `levels` (each in 0…100) of the values in `buffer` with numpy's
    /// default (linear) definition: the value at rank p·(n − 1), interpolated between the two
    /// neighbouring order statistics. Values must be finite; `buffer` may be reordered.
    public static func percentiles(_ levels: [Double], in buffer: UnsafeMutableBufferPointer<Double>) -> [Double] {
        precondition(!buffer.isEmpty, "percentiles need at least one value")
        let n = buffer.count
        var ranks: Set<Int> = []
        let positions = levels.map { level -> Double in
            precondition(level >= 0 && level <= 100, "a percentile lies between 0 and 100")
            let position = level / 100 * Double(n - 1)
            let rank = Swift.min(n - 1, Int(position.rounded(.down)))
            ranks.insert(rank)
            if position > Double(rank) && rank + 1 < n { ranks.insert(rank + 1) }
            return position
        }
        let values = orderStatistics(ranks.sorted(), in: buffer)
        return positions.map { position in
            let rank = Swift.min(n - 1, Int(position.rounded(.down)))
            let lower = values[rank]!
            let fraction = position - Double(rank)
            guard fraction > 0, rank + 1 < n, let upper = values[rank + 1] else { return lower }
            return lower + fraction * (upper - lower)
        }
    }

    /// The values at `ranks` (ascending, distinct) in increasing order of the values.
    static func orderStatistics(_ ranks: [Int], in buffer: UnsafeMutableBufferPointer<Double>) -> [Int: Double] {
        let n = buffer.count
        guard n >= 1 << 17, !ranks.isEmpty else { return selectInPlace(ranks, in: buffer) }
        let sampleSize = 1 << 15
        let stride = Double(n) / Double(sampleSize)
        let sample = (0..<sampleSize).map { buffer[Swift.min(n - 1, Int(Double($0) * stride + stride / 2))] }.sorted()
        var windows: [Window] = []
        for rank in ranks {
            let p = Double(rank) / Double(n - 1)
            let center = Int(p * Double(sampleSize - 1))
            let reach = Int(5 * (Double(sampleSize) * p * (1 - p)).squareRoot()) + 8
            let low = center - reach < 0 ? -Double.infinity : sample[center - reach]
            let high = center + reach >= sampleSize ? Double.infinity : sample[center + reach]
            if let last = windows.last, low <= last.high {
                windows[windows.count - 1].high = Swift.max(last.high, high)
                windows[windows.count - 1].ranks.append(rank)
            } else {
                windows.append(Window(low: low, high: high, ranks: [rank]))
            }
        }
        // Room for four times the expected number of values inside a bracket; a bracket that
        // overflows it is treated as a miss.
        let capacity = Swift.min(n, Int(Double(n) * 4 * Double(2 * (Int(2.5 * Double(sampleSize).squareRoot()) + 8) + 1) / Double(sampleSize)))
        let count = windows.count
        let lows = windows.map(\.low)
        let highs = windows.map(\.high)
        var below = [Int](repeating: 0, count: count)
        var filled = [Int](repeating: 0, count: count)
        let storage = UnsafeMutablePointer<Double>.allocate(capacity: capacity * count)
        defer { storage.deallocate() }
        lows.withUnsafeBufferPointer { lows in
            highs.withUnsafeBufferPointer { highs in
                below.withUnsafeMutableBufferPointer { below in
                    filled.withUnsafeMutableBufferPointer { filled in
                        for value in buffer {
                            for index in 0..<count {
                                // Branch-free tests on sign bits: a median bracket splits the
                                // draws evenly, which a branch would mispredict half the time.
                                // For distinct doubles x − y is never zero, so the sign of
                                // value − low says value < low exactly.
                                let fromLow = (value - lows[index]).bitPattern
                                let toHigh = (highs[index] - value).bitPattern
                                below[index] &+= Int(truncatingIfNeeded: fromLow >> 63)
                                if (fromLow | toHigh) >> 63 == 0 {
                                    let slot = filled[index]
                                    if slot < capacity { storage[index * capacity + slot] = value }
                                    filled[index] = slot &+ 1
                                }
                            }
                        }
                    }
                }
            }
        }
        var result: [Int: Double] = [:]
        var missed: [Int] = []
        for (index, window) in windows.enumerated() {
            let inside = filled[index]
            let local = window.ranks.map { $0 - below[index] }
            guard inside <= capacity, local.allSatisfy({ $0 >= 0 && $0 < inside }) else {
                missed += window.ranks
                continue
            }
            let candidates = UnsafeMutableBufferPointer(start: storage + index * capacity, count: inside)
            let values = selectInPlace(local, in: candidates)
            for (rank, localRank) in zip(window.ranks, local) { result[rank] = values[localRank] }
        }
        if !missed.isEmpty { result.merge(selectInPlace(missed, in: buffer)) { $1 } }
        return result
    }

    private struct Window {
        var low: Double
        var high: Double
        var ranks: [Int]
    }

    /// Successive quickselects for ascending ranks, each in what the previous one left above it.
    private static func selectInPlace(_ ranks: [Int], in buffer: UnsafeMutableBufferPointer<Double>) -> [Int: Double] {
        var result: [Int: Double] = [:]
        var start = 0
        for rank in ranks {
            select(rank, in: buffer, range: start..<buffer.count)
            result[rank] = buffer[rank]
            start = rank
        }
        return result
    }
}
