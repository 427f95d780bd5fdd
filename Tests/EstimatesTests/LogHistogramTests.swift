import Estimates
import TextCore
import Testing

@Suite struct LogHistogramTests {
    @Test func quantilesAreWithinTheBucketResolutionOfTheExactSamplePercentiles() {
        var generator = Xoshiro256StarStar(seed: 9)
        let distribution = Distribution.lognormal(try! LognormalDistribution.ninetyPercent(low: 300, high: 600))
        var values = distribution.samples(300_000, using: &generator)
        var histogram = LogHistogram()
        values.withUnsafeBufferPointer { histogram.add($0) }
        let moments = SampleMoments(of: values)
        let levels = [0.1, 5, 50, 95, 99.9]
        let exact = values.withUnsafeMutableBufferPointer { Selection.percentiles(levels, in: $0) }
        for (level, exactValue) in zip(levels, exact) {
            let estimate = histogram.quantile(level / 100, minimum: moments.minimum, maximum: moments.maximum)
            #expect(abs(estimate - exactValue) <= LogHistogram.relativeResolution * exactValue, "p\(level)")
        }
        #expect(histogram.totalCount == 300_000)
        // Draws between 128 and 1,024: four binary exponents, one 16 KiB page each.
        #expect(histogram.pagesInUse == 4)
    }

    @Test func zerosNegativesAndExtremesAreOrdered() {
        let values: [Double] = [-1e300, -3, -2.5, 0, -0.0, 0, 1e-300, 7, 7, 1e300]
        var histogram = LogHistogram()
        values.withUnsafeBufferPointer { histogram.add($0) }
        var lows: [Double] = []
        var counts: [UInt64] = []
        histogram.forEachBucket { bucket in
            lows.append(bucket.low)
            counts.append(bucket.count)
            return true
        }
        #expect(lows == lows.sorted())
        #expect(counts.reduce(0, +) == 10)
        #expect(histogram.zeroCount == 3)
        #expect(histogram.quantile(0.5, minimum: -1e300, maximum: 1e300) == 0)
        #expect(histogram.quantile(0, minimum: -1e300, maximum: 1e300) == -1e300)
        #expect(histogram.quantile(1, minimum: -1e300, maximum: 1e300) == 1e300)
        let third = histogram.quantile(2.0 / 9, minimum: -1e300, maximum: 1e300)
        #expect(abs(third + 2.5) <= 2.5 * LogHistogram.relativeResolution)
    }

    @Test func mergingAddsCounts() {
        var first = LogHistogram()
        var second = LogHistogram()
        [1.0, 2, 3].withUnsafeBufferPointer { first.add($0) }
        [4.0, 5].withUnsafeBufferPointer { second.add($0) }
        first.merge(second)
        #expect(first.totalCount == 5)
        #expect(abs(first.quantile(0.5, minimum: 1, maximum: 5) - 3) <= 3 * LogHistogram.relativeResolution)
    }
}
