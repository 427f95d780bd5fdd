import Estimates
import Tables
import TextCore
import Testing

/// How sampling results (histograms, summaries, raw draws) render as tables and CSV: the
/// adapters in `Tables/FromEstimates`. The sampling itself is tested in `EstimatesTests`.
@Suite struct SamplingOutputTests {
    static let registry: UnitRegistry = {
        var registry = UnitRegistry.standard
        do {
            try registry.load(definitions: "@count\nshell = shells\ncontainer = containers\n@end", origin: "SamplingOutputTests")
        } catch {
            preconditionFailure("the test nouns do not load: \(error)")
        }
        return registry
    }()

    func summary(levels: [Double] = [5, 50, 95]) throws -> SampleSummary {
        let unit = try Self.registry.unit("shells/container")
        var samples = try SamplingRun(count: 5, seed: 7, threads: 1).collect { _ throws(EstimateError) in
            SampleSet(values: [400, 500, 420, 480, 460], unit: unit)
        }
        return SampleSummary(collected: &samples, seed: 7, levels: levels)
    }

    @Test func histogramTextBarsScaleToTheFullestBin() {
        let values: [Double] = [1, 1, 1, 1, 2, 2, 3]
        let histogram = values.withUnsafeBufferPointer { Histogram(values: $0, low: 1, high: 3, binCount: 2) }
        let lines = histogram.bars(width: 8)
        #expect(lines.count == histogram.bins.count)
        #expect(lines[0].contains("████████"))
        #expect(lines[0].hasSuffix("57.1%"))
    }

    @Test func histogramBinsAsCSVHaveNumericColumns() {
        let values: [Double] = [1, 2, 3, 10]
        let histogram = values.withUnsafeBufferPointer { Histogram(values: $0, low: 1, high: 3, binCount: 2) }
        let csv = TableFormat.csv.render(histogram.table(unit: "km"), csvOptions: CSVOptions(lineEnding: .lf))
        let lines = csv.split(separator: "\n")
        #expect(lines.first?.hasPrefix("bin_low_km,bin_high_km,count,fraction") ?? false)
        #expect(lines.last == "4,,1,0.25")
    }

    @Test func summaryJSONHasTheDocumentedKeys() throws {
        #expect(
            try summary(levels: [2.5, 50]).json
                == #"{"n":5,"seed":7,"mean":452,"sd":41.4728827066554,"percentiles":{"2.5":402,"50":460},"unit":"shells/container","percentile_method":"exact"}"#
        )
    }

    @Test func summaryTableHasOneRowWithUnitsInTheCSVHeader() throws {
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

    @Test func samplesAsCSVHaveTheUnitInTheHeaderAndOneDrawPerLine() throws {
        var bytes: [UInt8] = []
        let unit = try Self.registry.unit("shells/container")
        SamplesCSV.header(unit: unit, options: CSVOptions(lineEnding: .lf), into: &bytes)
        [458.25, 0.1 + 0.2, -0.0, 2e20].withUnsafeBufferPointer { SamplesCSV.rows($0, options: CSVOptions(lineEnding: .lf), into: &bytes) }
        #expect(String(decoding: bytes, as: UTF8.self) == "value_shells_per_container\n458.25\n0.3\n0\n2e+20\n")
    }
}
