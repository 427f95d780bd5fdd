import Foundation
import Testing

@testable import ReckonCLI

/// `reckon sample`: summaries with the seed, identical with any thread count; JSON; CSV;
/// histograms; samples files; streaming; errors with a caret and exit code 2.
@Suite struct SampleCommandTests {
    static let ratio = "(2.0M to 2.6M shells) / (4500 to 5500 containers)"

    @Test(arguments: ["table", "csv", "json"])
    func theSameSeedPrintsTheSameOutputWithOneOrTwoThreads(format: String) {
        let one = CLIFixtures.run(["sample", Self.ratio, "--n", "200000", "--seed", "7", "--threads", "1", "--format", format])
        let two = CLIFixtures.run(["sample", Self.ratio, "--n", "200000", "--seed", "7", "--threads", "2", "--format", format])
        #expect(one.status == 0)
        #expect(one.output == two.output)
        #expect(one.output.contains("7"))
        let other = CLIFixtures.run(["sample", Self.ratio, "--n", "200000", "--seed", "8", "--format", format])
        #expect(other.output != one.output)
    }

    @Test func theTablePrintsTheSeedAndTheUnit() {
        let outcome = CLIFixtures.run(["sample", Self.ratio, "--n", "1e5", "--seed", "7"])
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix(Self.ratio + "\n"))
        #expect(outcome.output.contains("shells/container"))
        #expect(outcome.output.contains("100,000     7 "))
        #expect(outcome.output.contains("seed 7: the same seed gives the same numbers with any number of threads"))
    }

    @Test func jsonHasTheDocumentedKeysAndExactPercentilesNearTheTrueOnes() throws {
        let outcome = CLIFixtures.run(["sample", Self.ratio, "--n", "1,000,000", "--seed", "7", "--format", "json"])
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(object["n"] as? Int == 1_000_000)
        #expect(object["seed"] as? Int == 7)
        #expect(object["unit"] as? String == "shells/container")
        #expect(object["percentile_method"] as? String == "exact")
        let sd = try #require(object["sd"] as? Double)
        #expect(abs(sd - 46.4) < 1)
        let percentiles = try #require(object["percentiles"] as? [String: Double])
        #expect(Set(percentiles.keys) == ["5", "50", "95"])
        for (key, exact) in [("5", 388.59), ("50", 458.37), ("95", 540.68)] {
            #expect(abs((percentiles[key] ?? 0) / exact - 1) < 0.001, "p\(key)")
        }
    }

    @Test func percentilesCanBeChosen() throws {
        let outcome = CLIFixtures.run(["sample", "uniform(0, 100)", "--n", "1e5", "--seed", "1", "--percentiles", "2.5, 50,97.5", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let percentiles = try #require(object["percentiles"] as? [String: Double])
        #expect(Set(percentiles.keys) == ["2.5", "50", "97.5"])
        #expect(abs((percentiles["97.5"] ?? 0) - 97.5) < 0.5)
    }

    @Test func csvIsOneRowWithUnitsInTheHeader() {
        let outcome = CLIFixtures.run(["sample", Self.ratio, "--n", "1000", "--seed", "3", "--format", "csv", "--line-ending", "lf"])
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "n,seed,mean_shells_per_container,sd_shells_per_container,p5_shells_per_container,p50_shells_per_container,p95_shells_per_container")
        #expect(lines[1].hasPrefix("1000,3,"))
    }

    @Test func theHistogramPrintsBarsOrBinsAsCSV() {
        let bars = CLIFixtures.run(["sample", Self.ratio, "--n", "1e5", "--seed", "3", "--histogram"])
        #expect(bars.status == 0)
        #expect(bars.output.contains("Histogram (shells/container):"))
        #expect(bars.output.contains("█"))
        let csv = CLIFixtures.run(["sample", Self.ratio, "--n", "1e5", "--seed", "3", "--histogram", "--format", "csv", "--line-ending", "lf"])
        let lines = csv.output.split(separator: "\n")
        #expect(lines.first == "bin_low_shells_per_container,bin_high_shells_per_container,count,fraction")
        let counts = lines.dropFirst().compactMap { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).first.flatMap { Int($0) } }
        #expect(counts.reduce(0, +) == 100_000)
        let json = CLIFixtures.run(["sample", Self.ratio, "--n", "1e4", "--seed", "3", "--histogram", "--format", "json"])
        #expect(json.output.contains("\"histogram\":{\"below\":"))
        #expect(!json.output.contains("\"0.5\""))
    }

    @Test func samplesCSVHoldsEveryDrawInOrder() throws {
        let folder = NSTemporaryDirectory() + "reckon-sample-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for streaming in [false, true] {
            let path = folder + "/draws-\(streaming).csv"
            var words = ["sample", "let x = 1 to 3; x - x + normal(5, 1)", "--n", "70000", "--seed", "2", "--samples-csv", path]
            if streaming { words.append("--streaming") }
            let outcome = CLIFixtures.run(words)
            #expect(outcome.status == 0)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.split(separator: "\r\n")
            #expect(lines.count == 70_001)
            #expect(lines.first == "value")
            let mean = lines.dropFirst().compactMap { Double($0) }.reduce(0, +) / 70_000
            #expect(abs(mean - 5) < 5 / 70_000.0.squareRoot())
        }
        let kept = try String(contentsOfFile: folder + "/draws-false.csv", encoding: .utf8)
        let streamed = try String(contentsOfFile: folder + "/draws-true.csv", encoding: .utf8)
        #expect(kept == streamed)
    }

    @Test func streamingGivesHistogramPercentilesWithinTheirResolution() throws {
        let exact = CLIFixtures.run(["sample", Self.ratio, "--n", "300000", "--seed", "5", "--format", "json"])
        let streamed = CLIFixtures.run(["sample", Self.ratio, "--n", "300000", "--seed", "5", "--format", "json", "--streaming"])
        let a = try #require(try JSONSerialization.jsonObject(with: Data(exact.output.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(streamed.output.utf8)) as? [String: Any])
        #expect(b["percentile_method"] as? String == "histogram")
        #expect(a["mean"] as? Double == b["mean"] as? Double)
        let exactPercentiles = try #require(a["percentiles"] as? [String: Double])
        let streamedPercentiles = try #require(b["percentiles"] as? [String: Double])
        for key in ["5", "50", "95"] {
            let x = try #require(exactPercentiles[key])
            let y = try #require(streamedPercentiles[key])
            #expect(abs(y / x - 1) <= 1.0 / 2048, "p\(key)")
        }
    }

    @Test(arguments: [
        (["sample", "0 to 3"], "<expression>:1:1: error: the range 0 to 3 is sampled as a lognormal"),
        (["sample", "mixture([1, 2], [1])"], "<expression>:1:8: error: mixture has 2 values and 1 weight"),
        (["sample", "1 +"], "<expression>:1:4: error:"),
        (["sample", "1", "--n", "0"], "reckon: error: --n must be a whole number of draws from 1 to 1e10, got '0'"),
        (["sample", "1", "--n", "2.5"], "reckon: error: --n must be a whole number"),
        (["sample", "1", "--n", "lots"], "reckon: error: --n must be a whole number"),
        (["sample", "1", "--seed", "-4"], "reckon: error: --seed must be a whole number"),
        (["sample", "1", "--threads", "0"], "reckon: error: --threads must be a whole number from 1 to 1024"),
        (["sample", "1", "--percentiles", "5,101"], "reckon: error: --percentiles takes levels from 0 to 100"),
        (["sample", "1", "--format", "xml"], "reckon: error: unknown format 'xml'"),
        (["sample"], "reckon: error: expected an expression"),
        (["sample", "1", "--samples-csv", "/nonexistent-reckon-folder/x.csv"], "reckon: error: cannot write '/nonexistent-reckon-folder/x.csv'"),
    ])
    func badInputExitsWithTwoAndSaysWhere(words: [String], message: String) {
        let outcome = CLIFixtures.run(words)
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix(message), "\(outcome.errors)")
        #expect(outcome.output.isEmpty)
    }

    @Test func theMonteCarloExampleSamplesWithItsSeedAndAnyThreadCount() {
        let path = CLIFixtures.packageRoot + "/Examples/monte-carlo.rk"
        let one = CLIFixtures.run(["run", path, "--seed", "7", "--threads", "1"])
        let two = CLIFixtures.run(["run", path, "--seed", "7", "--threads", "2"])
        #expect(one.status == 0)
        #expect(one.output == two.output)
        #expect(one.output.contains("per_container ≈ 46"))
        #expect(one.output.contains("100,000 draws, seed 7)"))
        let bad = CLIFixtures.run(["run", path, "--n", "0"])
        #expect(bad.status == 2)
        #expect(bad.errors.hasPrefix("reckon: error: --n must be a whole number"))
    }
}
