extension LogHistogram {
    /// The p-quantile (0 ≤ p ≤ 1) with numpy's default (linear) definition: the value at
    /// rank p·(n − 1), interpolated between neighbouring ranks. Each rank's value is placed
    /// within its bucket by its position among the bucket's draws, and clamped to the exact
    /// `minimum` and `maximum`.
    package func quantile(_ p: Double, minimum: Double, maximum: Double) -> Double {
        precondition(p >= 0 && p <= 1, "a quantile needs 0 ≤ p ≤ 1")
        precondition(totalCount > 0, "a quantile needs at least one draw")
        let position = p * Double(totalCount - 1)
        let rank = UInt64(position.rounded(.down))
        let fraction = position - Double(rank)
        let lower = value(atRank: rank)
        guard fraction > 0, rank + 1 < totalCount else { return Swift.min(maximum, Swift.max(minimum, lower)) }
        let upper = value(atRank: rank + 1)
        let value = Selection.interpolate(lower, upper, fraction)
        return Swift.min(maximum, Swift.max(minimum, value))
    }

    /// The estimated value of the draw at 0-based `rank` in increasing order.
    private func value(atRank rank: UInt64) -> Double {
        var before: UInt64 = 0
        var result = 0.0
        forEachBucket { bucket in
            if rank < before + bucket.count {
                let offset = (Double(rank - before) + 0.5) / Double(bucket.count)
                result = bucket.low + offset * (bucket.high - bucket.low)
                return false
            }
            before += bucket.count
            return true
        }
        return result
    }
}
