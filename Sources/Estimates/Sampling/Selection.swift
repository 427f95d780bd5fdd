/// Order statistics by selection rather than a full sort: quickselect with a median-of-three
/// pivot and Hoare partitioning (balanced on runs of equal values, such as a mixture's
/// zeros), falling back to sorting what is left when the partitions degrade (introselect).
///
/// ```swift
/// var values = [5.0, 1, 4, 2, 3]
/// values.withUnsafeMutableBufferPointer { Selection.select(2, in: $0) }
/// values[2]  // 3
/// ```
package enum Selection {
    /// Reorders `buffer[range]` so that `buffer[k]` holds the value a sort would put there,
    /// with no larger value before it and no smaller one after it (within `range`).
    package static func select(_ k: Int, in buffer: UnsafeMutableBufferPointer<Double>, range: Range<Int>? = nil) {
        let range = range ?? 0..<buffer.count
        precondition(range.contains(k), "the rank must lie in the range")
        var low = range.lowerBound
        var high = range.upperBound - 1
        var budget = 4 * (Int.bitWidth - range.count.leadingZeroBitCount) + 16
        while high > low {
            if budget == 0 {
                var rest = UnsafeMutableBufferPointer(rebasing: buffer[low...high])
                rest.sort()
                return
            }
            budget -= 1
            let middle = low + (high - low) / 2
            if buffer[middle] < buffer[low] { buffer.swapAt(middle, low) }
            if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
            if buffer[high] < buffer[middle] { buffer.swapAt(high, middle) }
            let pivot = buffer[middle]
            var i = low
            var j = high
            while i <= j {
                while buffer[i] < pivot { i += 1 }
                while buffer[j] > pivot { j -= 1 }
                if i <= j {
                    buffer.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return
            }
        }
    }
}
