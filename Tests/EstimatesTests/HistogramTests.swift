import Estimates
import TextCore
import Testing

@Suite struct HistogramTests {
    @Test func binsHaveRoundEdgesAndCountEveryDraw() {
        let values: [Double] = [381, 385, 392, 399, 405, 455, 460, 461, 539, 600]
        let histogram = values.withUnsafeBufferPointer { Histogram(values: $0, low: 380, high: 560, binCount: 18) }
        #expect(histogram.bins.first?.low == 380)
        #expect(histogram.bins.first?.high == 390)
        #expect(histogram.bins.count == 19)
        #expect(histogram.bins.map(\.count).reduce(0, +) + histogram.below + histogram.above == values.count)
        #expect(histogram.above == 1)
        #expect(histogram.bins[0].count == 2)
        #expect(histogram.bins[8].count == 2)  // 460 and 461; 455 is in 450–460
    }
}

extension HistogramTests {
    @Test func aSpanBeyondTheLargestDoubleIsOneBin() {
        let values: [Double] = [-1e308, 0, 1e308]
        let histogram = values.withUnsafeBufferPointer { Histogram(values: $0, low: -1e308, high: 1e308, binCount: 10) }
        #expect(histogram.bins.count == 1)
        #expect(histogram.bins[0].count == 2)
        #expect(histogram.above == 1)
    }
}
