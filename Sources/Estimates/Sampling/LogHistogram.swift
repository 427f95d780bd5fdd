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
/// A value type: each sampling worker counts into its own histogram, and the run merges
/// them once the workers are done, so no two threads ever touch one histogram.
///
/// ```swift
/// var histogram = LogHistogram()
/// [1.0, 2.0, 3.0].withUnsafeBufferPointer { histogram.add($0) }
/// histogram.quantile(0.5, minimum: 1, maximum: 3)   // 2, within 0.049%
/// ```
package struct LogHistogram: Sendable, Equatable {
    /// Mantissa bits that split each binary exponent into buckets.
    package static let mantissaBits = 11
    /// The largest relative width of a bucket, 2⁻¹¹.
    package static let relativeResolution = 1.0 / Double(1 << mantissaBits)

    static let bucketsPerPage = 1 << mantissaBits
    static let pageCount = 1 << 12
    private static let shift = UInt64(52 - mantissaBits)
    private static let noPage: Int32 = -1

    /// For each page (sign and exponent), where its counters start in `counts` divided by
    /// `bucketsPerPage`, or `noPage`.
    private var pageSlots = [Int32](repeating: noPage, count: pageCount)
    /// The counters of the pages in use, page after page.
    private var counts: [UInt64] = []
    /// How many draws were exactly zero (either sign).
    package private(set) var zeroCount: UInt64 = 0
    /// How many draws were added.
    package private(set) var totalCount: UInt64 = 0

    /// An empty histogram.
    package init() {}

    /// The number of pages in use (16 KiB each).
    package var pagesInUse: Int { counts.count / Self.bucketsPerPage }

    /// Counts the finite values in `buffer` (the sampler only passes finite ones).
    package mutating func add(_ buffer: UnsafeBufferPointer<Double>) {
        var index = 0
        while index < buffer.count {
            let slots = pageSlots
            var zeros: UInt64 = 0
            index = counts.withUnsafeMutableBufferPointer { counters in
                Self.count(buffer, from: index, slots: slots, into: counters, zeros: &zeros)
            }
            zeroCount += zeros
            if index < buffer.count { addPage(Self.pageIndex(of: buffer[index])) }
        }
        totalCount += UInt64(buffer.count)
    }

    /// Counts from `start` until a value whose page is not in use; returns its index (or the
    /// end of `buffer`).
    private static func count(
        _ buffer: UnsafeBufferPointer<Double>, from start: Int, slots: [Int32],
        into counters: UnsafeMutableBufferPointer<UInt64>, zeros: inout UInt64
    ) -> Int {
        var index = start
        while index < buffer.count {
            let bits = buffer[index].bitPattern
            if bits & 0x7FFF_FFFF_FFFF_FFFF == 0 {
                zeros += 1
            } else {
                let slot = slots[Int(truncatingIfNeeded: bits >> 52)]
                if slot == noPage { return index }
                let bucket = Int(truncatingIfNeeded: (bits >> shift) & UInt64(bucketsPerPage - 1))
                counters[Int(slot) << mantissaBits | bucket] &+= 1
            }
            index += 1
        }
        return index
    }

    private static func pageIndex(of value: Double) -> Int {
        Int(truncatingIfNeeded: value.bitPattern >> 52)
    }

    private mutating func addPage(_ page: Int) {
        pageSlots[page] = Int32(counts.count / Self.bucketsPerPage)
        counts.append(contentsOf: repeatElement(0, count: Self.bucketsPerPage))
    }

    /// The counters of `page`, if it is in use.
    private func counters(ofPage page: Int) -> ArraySlice<UInt64>? {
        let slot = pageSlots[page]
        guard slot != Self.noPage else { return nil }
        let start = Int(slot) << Self.mantissaBits
        return counts[start..<start + Self.bucketsPerPage]
    }

    /// Adds the counts of `other`.
    package mutating func merge(_ other: LogHistogram) {
        for page in 0..<Self.pageCount {
            guard let source = other.counters(ofPage: page) else { continue }
            if pageSlots[page] == Self.noPage { addPage(page) }
            let start = Int(pageSlots[page]) << Self.mantissaBits
            for (offset, count) in source.enumerated() { counts[start + offset] &+= count }
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
        for page in stride(from: Self.pageCount - 1, through: Self.pageCount / 2, by: -1) {
            guard let counters = counters(ofPage: page) else { continue }
            for bucket in stride(from: perPage - 1, through: 0, by: -1) where counters[counters.startIndex + bucket] > 0 {
                let (magnitudeLow, magnitudeHigh) = Self.bounds(page: page & (Self.pageCount / 2 - 1), bucket: bucket)
                if !body(Bucket(low: -magnitudeHigh, high: -magnitudeLow, count: counters[counters.startIndex + bucket])) { return }
            }
        }
        if zeroCount > 0 && !body(Bucket(low: 0, high: 0, count: zeroCount)) { return }
        for page in 0..<(Self.pageCount / 2) {
            guard let counters = counters(ofPage: page) else { continue }
            for bucket in 0..<perPage where counters[counters.startIndex + bucket] > 0 {
                let (low, high) = Self.bounds(page: page, bucket: bucket)
                if !body(Bucket(low: low, high: high, count: counters[counters.startIndex + bucket])) { return }
            }
        }
    }

    private static func bounds(page: Int, bucket: Int) -> (Double, Double) {
        let bits = UInt64(page) << 52 | UInt64(bucket) << shift
        return (Double(bitPattern: bits), Double(bitPattern: bits + (1 << shift)))
    }
}
