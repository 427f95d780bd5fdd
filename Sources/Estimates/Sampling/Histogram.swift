/// A histogram for people: a few equal bins with round edges over the bulk of the draws
/// (by default the 0.5th to the 99.5th percentile), with counts below and above. It prints
/// as text bars or as a table of bins (for CSV): `bars(width:)` and `table(unit:)` are in
/// the `Tables` library.
///
/// ```swift
/// let draws: [Double] = [0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 3.5, 9]
/// let histogram = draws.withUnsafeBufferPointer { Histogram(values: $0, low: 0, high: 4, binCount: 4) }
/// histogram.bins.map(\.low)     // [0, 1, 2, 3, 4]: round edges, the last bin holds 4
/// histogram.bins.map(\.count)   // [1, 2, 3, 1, 0]
/// histogram.above               // 1 (the 9)
/// ```
public struct Histogram: Sendable, Equatable {
    /// One bin, [low, high); [low, low] when all draws are one value.
    public struct Bin: Sendable, Equatable {
        /// The lower edge (inclusive).
        public var low: Double
        /// The upper edge (exclusive).
        public var high: Double
        /// The number of draws in it.
        public var count: Int
    }

    /// The bins, in increasing order.
    public private(set) var bins: [Bin]
    /// Draws below the first bin.
    public private(set) var below: Int = 0
    /// Draws at or above the end of the last bin.
    public private(set) var above: Int = 0
    /// All draws counted.
    public private(set) var total: Int = 0

    /// Empty bins of round width covering `low`…`high`, about `binCount` of them.
    public init(low: Double, high: Double, binCount: Int) {
        precondition(binCount >= 1 && low.isFinite && high.isFinite && low <= high)
        guard low < high else {
            // One value (one draw, or equal draws): one bin that is that value, ends included.
            bins = [Bin(low: low, high: high, count: 0)]
            return
        }
        guard (high - low).isFinite else {
            // A span beyond the largest double: one bin, rather than edges that overflow.
            bins = [Bin(low: low, high: high, count: 0)]
            return
        }
        let width = Self.roundWidth((high - low) / Double(binCount), near: Swift.max(Swift.abs(low), Swift.abs(high)))
        let start = (low / width).rounded(.down) * width
        var edges = [start]
        while let last = edges.last, last <= high, edges.count <= binCount * 3 { edges.append(start + Double(edges.count) * width) }
        bins = zip(edges, edges.dropFirst()).map { Bin(low: $0, high: $1, count: 0) }
    }

    /// The histogram of `values` over `low`…`high`.
    public init(values: UnsafeBufferPointer<Double>, low: Double, high: Double, binCount: Int) {
        self.init(low: low, high: high, binCount: binCount)
        for value in values { add(value, count: 1) }
    }

    /// The histogram of a streamed run's fine buckets over `low`…`high` (each fine bucket
    /// counts in the bin holding its middle; fine buckets are at most 0.049% wide). The
    /// middle is held within the draws' `minimum`…`maximum`: no draw lies outside them, so a
    /// bucket reaching past the last draw (one draw, or all draws equal) counts where they are.
    package init(histogram: LogHistogram, low: Double, high: Double, binCount: Int, minimum: Double, maximum: Double) {
        self.init(low: low, high: high, binCount: binCount)
        histogram.forEachBucket { bucket in
            let middle = bucket.low / 2 + bucket.high / 2
            add(Swift.min(maximum, Swift.max(minimum, middle)), count: Int(bucket.count))
            return true
        }
    }

    private mutating func add(_ value: Double, count: Int) {
        total += count
        guard let first = bins.first, let last = bins.last else { return }
        if value < first.low {
            below += count
        } else if first.low == last.high {
            // The one-value bin holds its value.
            if value == first.low { bins[0].count += count } else { above += count }
        } else if value >= last.high {
            above += count
        } else {
            let width = first.high - first.low
            let index = bins.count == 1 ? 0 : Swift.min(bins.count - 1, Int(((value - first.low) / width).rounded(.down)))
            bins[index].count += count
        }
    }

    /// The width 1, 2, 2.5 or 5 × 10^k at or above `raw` (and not below the resolution of
    /// doubles near `magnitude`).
    static func roundWidth(_ raw: Double, near magnitude: Double) -> Double {
        let floor = Swift.max(magnitude * 1e-12, Double.leastNormalMagnitude)
        let target = Swift.max(raw, floor)
        var scale = 1.0
        while scale > target { scale /= 10 }
        while scale * 10 <= target { scale *= 10 }
        for step in [1.0, 2, 2.5, 5, 10] where step * scale >= target { return step * scale }
        return 10 * scale
    }
}
