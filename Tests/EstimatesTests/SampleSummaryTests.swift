import Estimates
import Tables
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

    @Test func jsonHasTheDocumentedKeys() throws {
        #expect(
            try summary(levels: [2.5, 50]).json
                == #"{"n":5,"seed":7,"mean":452,"sd":41.4728827066554,"percentiles":{"2.5":402,"50":460},"unit":"shells/container","percentile_method":"exact"}"#
        )
    }

    @Test func tableHasOneRowWithUnitsInTheCSVHeader() throws {
        let csv = TableFormat.csv.render(try summary().table(), csvOptions: CSVOptions(lineEnding: .lf))
        #expect(
            csv
                == "n,seed,mean_shells_per_container,sd_shells_per_container,p5_shells_per_container,p50_shells_per_container,p95_shells_per_container\n5,7,452,41.4728827066554,404,460,496\n"
        )
        let text = TableFormat.table.render(try summary().table(title: "per container"))
        #expect(text.contains("41.473"))
        #expect(text.contains("seed 7: the same seed gives the same numbers with any number of threads"))
        #expect(text.contains("percentiles are exact over all 5 draws"))
    }
}
