/// A fine histogram over all doubles with a bounded relative bucket width, for percentiles
/// of more draws than fit in memory.
///
/// A finite double's bit pattern orders like its magnitude, so its top 23 bits (sign,
/// exponent, first 11 mantissa bits) name a bucket [a, b) with b − a ≤ 2⁻¹¹·a: a percentile
/// read from the bucket is within 0.049% of the draw at that rank. Buckets live in pages of
/// 2,048 counters (16 KiB), one page per sign and binary exponent actually seen, so memory
/// follows the spread of the draws (a few pages for a typical estimate), not their number.
/// Exact zeros have their own counter.
///
/// ```swift
/// let histogram = LogHistogram()
/// [1.0, 2.0, 3.0].withUnsafeBufferPointer { histogram.add($0) }
/// histogram.quantile(0.5, minimum: 1, maximum: 3)   // 2, within 0.049%
/// ```
package final class LogHistogram: @unchecked Sendable {
    /// Mantissa bits that split each binary exponent into buckets.
    package static let mantissaBits = 11
    /// The largest relative width of a bucket, 2⁻¹¹.
    package static let relativeResolution = 1.0 / Double(1 << mantissaBits)

    private static let bucketsPerPage = 1 << mantissaBits
    private static let pageCount = 1 << 12
    private static let shift = UInt64(52 - mantissaBits)

    private let pages: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>?>
    /// How many draws were exactly zero (either sign).
    package private(set) var zeroCount: UInt64 = 0
    /// How many draws were added.
    package private(set) var totalCount: UInt64 = 0

    /// An empty histogram.
    package init() {
        pages = .allocate(capacity: Self.pageCount)
        pages.initialize(repeating: nil, count: Self.pageCount)
    }

    deinit {
        for index in 0..<Self.pageCount { pages[index]?.deallocate() }
        pages.deallocate()
    }

    /// The number of pages in use (16 KiB each).
    package var pagesInUse: Int {
        var used = 0
        for index in 0..<Self.pageCount where pages[index] != nil { used += 1 }
        return used
    }

    /// Counts the finite values in `buffer` (the sampler only passes finite ones).
    package func add(_ buffer: UnsafeBufferPointer<Double>) {
        var zeros: UInt64 = 0
        for value in buffer {
            let bits = value.bitPattern
            if bits & 0x7FFF_FFFF_FFFF_FFFF == 0 {
                zeros += 1
                continue
            }
            let pageIndex = Int(truncatingIfNeeded: bits >> 52)
            let bucket = Int(truncatingIfNeeded: (bits >> Self.shift) & UInt64(Self.bucketsPerPage - 1))
            let page = pages[pageIndex] ?? makePage(pageIndex)
            page[bucket] &+= 1
        }
        zeroCount += zeros
        totalCount += UInt64(buffer.count)
    }

    private func makePage(_ index: Int) -> UnsafeMutablePointer<UInt64> {
        let page = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.bucketsPerPage)
        page.initialize(repeating: 0, count: Self.bucketsPerPage)
        pages[index] = page
        return page
    }

    /// Adds the counts of `other`.
    package func merge(_ other: LogHistogram) {
        for index in 0..<Self.pageCount {
            guard let source = other.pages[index] else { continue }
            let target = pages[index] ?? makePage(index)
            for bucket in 0..<Self.bucketsPerPage { target[bucket] &+= source[bucket] }
        }
        zeroCount += other.zeroCount
        totalCount += other.totalCount
    }

    /// One bucket: its value range and count, in increasing order of value.
    package struct Bucket: Sendable, Equatable {
        /// The smallest value the bucket holds.
        package var low: Double
        /// The end of its range (values are below it, or equal for negative buckets).
        package var high: Double
        /// How many draws fell in it.
        package var count: UInt64
    }

    /// Calls `body` with every non-empty bucket in increasing order of value (zero is a
    /// bucket of width zero); stops when `body` returns false.
    package func forEachBucket(_ body: (Bucket) -> Bool) {
        let perPage = Self.bucketsPerPage
        // Negative values: larger bit patterns are more negative.
        for pageIndex in stride(from: Self.pageCount - 1, through: Self.pageCount / 2, by: -1) {
            guard let page = pages[pageIndex] else { continue }
            for bucket in stride(from: perPage - 1, through: 0, by: -1) where page[bucket] > 0 {
                let (magnitudeLow, magnitudeHigh) = Self.bounds(page: pageIndex & (Self.pageCount / 2 - 1), bucket: bucket)
                if !body(Bucket(low: -magnitudeHigh, high: -magnitudeLow, count: page[bucket])) { return }
            }
        }
        if zeroCount > 0 && !body(Bucket(low: 0, high: 0, count: zeroCount)) { return }
        for pageIndex in 0..<(Self.pageCount / 2) {
            guard let page = pages[pageIndex] else { continue }
            for bucket in 0..<perPage where page[bucket] > 0 {
                let (low, high) = Self.bounds(page: pageIndex, bucket: bucket)
                if !body(Bucket(low: low, high: high, count: page[bucket])) { return }
            }
        }
    }

    private static func bounds(page: Int, bucket: Int) -> (Double, Double) {
        let bits = UInt64(page) << 52 | UInt64(bucket) << shift
        return (Double(bitPattern: bits), Double(bitPattern: bits + (1 << shift)))
    }

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
