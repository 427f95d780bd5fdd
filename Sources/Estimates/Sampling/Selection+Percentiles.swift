/// Percentiles of many draws in about one pass.
///
/// Below 2¹⁷ values, successive quickselects. Above, a sorted stride sample of 2¹² values
/// (2¹⁵ from 2²³ values on) brackets each wanted rank between two sample values (±5 binomial standard deviations of
/// the sample position, plus 8); one pass counts the values below each bracket and at its
/// ends and copies those strictly inside (a few percent of them), and quickselect finishes on
/// the copies. A bracket that
/// misses its rank (possible only for unusual orderings, never silently) falls back to
/// quickselect over everything, so the result is always the exact order statistic.
extension Selection {
    /// The percentiles `levels` (each in 0…100) of the values in `buffer` with numpy's
    /// default (linear) definition: the value at rank p·(n − 1), interpolated between the two
    /// neighbouring order statistics. Values must be finite; `buffer` may be reordered.
    package static func percentiles(_ levels: [Double], in buffer: UnsafeMutableBufferPointer<Double>) -> [Double] {
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
            return Self.interpolate(lower, upper, fraction)
        }
    }

    /// The value `fraction` of the way from `lower` to `upper`, without overflow when the
    /// two are more than 1.8e308 apart.
    package static func interpolate(_ lower: Double, _ upper: Double, _ fraction: Double) -> Double {
        let difference = upper - lower
        if difference.isFinite { return lower + fraction * difference }
        return lower * (1 - fraction) + upper * fraction
    }

    /// The values at `ranks` (ascending, distinct) in increasing order of the values.
    static func orderStatistics(_ ranks: [Int], in buffer: UnsafeMutableBufferPointer<Double>) -> [Int: Double] {
        let n = buffer.count
        guard n >= 1 << 17, !ranks.isEmpty else { return selectInPlace(ranks, in: buffer) }
        // A smaller sample sorts faster; its brackets are wider but hold few values when n is
        // moderate.
        let sampleSize = n < 1 << 23 ? 1 << 12 : 1 << 15
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
        // Room for four times the expected number of values strictly inside a bracket; a
        // bracket that overflows it is treated as a miss. Values equal to a bracket's ends are
        // only counted, so a spike (a mixture's zeros, say) never fills the room.
        let capacity = Swift.min(n, Int(Double(n) * 4 * Double(2 * (Int(2.5 * Double(sampleSize).squareRoot()) + 8) + 1) / Double(sampleSize)))
        let count = windows.count
        var counts = [Counts](repeating: Counts(), count: count)
        let storage = UnsafeMutablePointer<Double>.allocate(capacity: capacity * count)
        defer { storage.deallocate() }
        for index in 0..<count {
            // One pass per bracket, the counters in registers.
            counts[index] = Self.count(buffer, low: windows[index].low, high: windows[index].high, into: storage + index * capacity, capacity: capacity)
        }
        var result: [Int: Double] = [:]
        var missed: [Int] = []
        for (index, window) in windows.enumerated() {
            let tally = counts[index]
            var inside: [(rank: Int, local: Int)] = []
            for rank in window.ranks {
                let local = rank - tally.below
                if local >= 0 && local < tally.atLow {
                    result[rank] = window.low
                } else if local >= tally.atLow && local < tally.atLow + tally.inside && tally.inside <= capacity {
                    inside.append((rank, local - tally.atLow))
                } else if local >= tally.atLow + tally.inside && local < tally.atLow + tally.inside + tally.atHigh {
                    result[rank] = window.high
                } else {
                    missed.append(rank)
                }
            }
            guard !inside.isEmpty else { continue }
            let candidates = UnsafeMutableBufferPointer(start: storage + index * capacity, count: tally.inside)
            let values = selectInPlace(inside.map(\.local).sorted(), in: candidates)
            for entry in inside { result[entry.rank] = values[entry.local] }
        }
        if !missed.isEmpty { result.merge(selectInPlace(missed.sorted(), in: buffer)) { $1 } }
        return result
    }

    /// Counts the values below `low`, equal to `low`, equal to `high` (above `low`), and
    /// strictly between, copying the last into `storage` while there is room.
    ///
    /// One pass, four values at a time: four comparisons per value (below `low`, at or below
    /// `low`, below `high`, equal to `high`) are added up as masks without branches, so a
    /// median bracket or a spike (a mixture's zeros) costs no mispredicted branch; values
    /// strictly inside (a few percent) take the one rarely taken branch, which copies them.
    private static func count(
        _ buffer: UnsafeMutableBufferPointer<Double>, low: Double, high: Double, into storage: UnsafeMutablePointer<Double>, capacity: Int
    ) -> Counts {
        guard let base = UnsafePointer(buffer.baseAddress) else { return Counts() }
        let n = buffer.count
        // Two-lane vectors, the width of SSE2: wider ones are split, and their `any` reduced
        // through general registers lane by lane.
        let lows = SIMD2<Double>(repeating: low)
        let highs = SIMD2<Double>(repeating: high)
        // A true lane of a mask is −1, so subtracting masks counts.
        var below = SIMD2<Int64>.zero
        var atOrBelowLow = SIMD2<Int64>.zero
        var atHigh = SIMD2<Int64>.zero
        var counts = Counts()
        var index = 0
        while index + 4 <= n {
            let first = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD2<Double>.self)
            let second = UnsafeRawPointer(base + index + 2).loadUnaligned(as: SIMD2<Double>.self)
            below &-= (first .< lows)._storage &+ (second .< lows)._storage
            atOrBelowLow &-= (first .<= lows)._storage &+ (second .<= lows)._storage
            atHigh &-= (first .== highs)._storage &+ (second .== highs)._storage
            if any(((first .> lows) .& (first .< highs)) .| ((second .> lows) .& (second .< highs))) {
                for lane in 0..<2 { counts.copyIfInside(first[lane], low: low, high: high, into: storage, capacity: capacity) }
                for lane in 0..<2 { counts.copyIfInside(second[lane], low: low, high: high, into: storage, capacity: capacity) }
            }
            index += 4
        }
        while index < n {
            let value = base[index]
            below[0] &+= value < low ? 1 : 0
            atOrBelowLow[0] &+= value <= low ? 1 : 0
            atHigh[0] &+= value == high ? 1 : 0
            counts.copyIfInside(value, low: low, high: high, into: storage, capacity: capacity)
            index += 1
        }
        counts.below = Int(below.wrappedSum())
        counts.atLow = Int(atOrBelowLow.wrappedSum()) - counts.below
        counts.atHigh = low == high ? 0 : Int(atHigh.wrappedSum())
        return counts
    }

    /// What one pass counts for a bracket.
    private struct Counts {
        var below = 0
        var atLow = 0
        var atHigh = 0
        var inside = 0

        /// Counts `value` as inside when `low < value < high`, and copies it while there is room.
        @inline(__always)
        mutating func copyIfInside(_ value: Double, low: Double, high: Double, into storage: UnsafeMutablePointer<Double>, capacity: Int) {
            guard value > low && value < high else { return }
            if inside < capacity { storage[inside] = value }
            inside &+= 1
        }
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
