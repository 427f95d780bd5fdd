import Estimates
import Tables
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

    @Test func textBarsScaleToTheFullestBin() {
        let values: [Double] = [1, 1, 1, 1, 2, 2, 3]
        let histogram = values.withUnsafeBufferPointer { Histogram(values: $0, low: 1, high: 3, binCount: 2) }
        let lines = histogram.bars(width: 8)
        #expect(lines.count == histogram.bins.count)
        #expect(lines[0].contains("████████"))
        #expect(lines[0].hasSuffix("57.1%"))
    }

    @Test func binsAsCSVHaveNumericColumns() {
        let values: [Double] = [1, 2, 3, 10]
        let histogram = values.withUnsafeBufferPointer { Histogram(values: $0, low: 1, high: 3, binCount: 2) }
        let csv = TableFormat.csv.render(histogram.table(unit: "km"), csvOptions: CSVOptions(lineEnding: .lf))
        let lines = csv.split(separator: "\n")
        #expect(lines.first?.hasPrefix("bin_low_km,bin_high_km,count,fraction") ?? false)
        #expect(lines.last == "4,,1,0.25")
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
