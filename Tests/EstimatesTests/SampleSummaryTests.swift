import Estimates
import TextCore
import Testing

@Suite struct SampleSummaryTests {
    func summary(levels: [Double] = [5, 50, 95]) throws -> SampleSummary {
        let unit = try TestNouns.registry.unit("shells/container")
        var samples = try SamplingRun(count: 5, seed: 7, threads: 1).collect { _ throws(EstimateError) in
            SampleSet(values: [400, 500, 420, 480, 460], unit: unit)
        }
        return SampleSummary(collected: &samples, seed: 7, levels: levels)
    }

    @Test func exactSummaryOfFiveDraws() throws {
        let summary = try summary()
        #expect(summary.count == 5)
        #expect(summary.mean == 452)
        #expect(abs(summary.standardDeviation - 41.472_882_706_655_44) < 1e-12)
        #expect(summary.percentiles.map(\.value) == [404, 460, 496])
        #expect(summary.minimum == 400 && summary.maximum == 500)
    }
}
