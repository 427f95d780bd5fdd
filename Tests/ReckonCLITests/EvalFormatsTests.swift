import Foundation
import Testing

@testable import ReckonCLI

/// `reckon eval` in every format: text (the default), JSON (one object), and the table forms
/// through the shared table output.
@Suite struct EvalFormatsTests {
    static let ratio = "about 2.3 million shells / about 5,000 containers"
    static let notes = [
        "note: “about 2.3 million” read as 2,100,000–2,500,000 (x ± 2u; each side at most x/2; u = 100,000)",
        "note: “about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)",
        "note: 90% range with the inputs drawn as their readings say: 324–771 shells/container (5th–95th percentiles, computed without sampling; the range above holds every combination of the inputs' 90% ranges)",
    ]

    @Test func csvIsOneRowWithLowNominalHighUnitAndMeaning() {
        let outcome = CLIFixtures.run(["eval", "--format", "csv", Self.ratio])
        #expect(outcome.status == 0)
        #expect(
            outcome.output == "expression,value_low,value_nominal,value_high,unit,meaning,range90_low,range90_nominal,range90_high,range90_method\r\n"
                + "\"about 2.3 million shells / about 5,000 containers\",300,460,833.333333333334,shells/container,ci90_bounds,"
                + "324.306217468557,463.136455487702,770.902598270226,exact\r\n")
        // The readings are messages: standard error.
        #expect(outcome.errors == Self.notes.joined(separator: "\n") + "\n")
    }

    @Test func tsvAndTheCSVOptionsApply() {
        let tsv = CLIFixtures.run(["eval", "-f", "tsv", "100 to 180 km in mi"])
        // 100 km = 100,000 m / 1,609.344 m = 62.13711922373339… mi (computed through the registry's
        // factors as 62.13711922373340…); 180 km = 111.84681460272011… mi; each computed end
        // rounded outward to 15 digits.
        #expect(tsv.output == "expression\tvalue_low\tvalue_nominal\tvalue_high\tunit\tmeaning\trange90_low\trange90_nominal\trange90_high\trange90_method\n100 to 180 km in mi\t62.1371192237334\t\t111.846814602721\tmi\tbounds\t\t\t\t\n")
        let semicolons = CLIFixtures.run(["eval", "-f", "csv", "--delimiter", ";", "--line-ending", "lf", "--excel", "5 kg"])
        #expect(semicolons.output == "\u{FEFF}expression;value_low;value_nominal;value_high;unit;meaning;range90_low;range90_nominal;range90_high;range90_method\n5 kg;5;5;5;kg;point;;;;\n")
    }

    @Test func theTableFormsShowTheReadingsAsFootnotes() {
        let table = CLIFixtures.run(["eval", "--format", "table", Self.ratio])
        #expect(table.status == 0 && table.errors.isEmpty)
        #expect(table.output.contains("about 2.3 million shells / about 5,000 containers  460 (300–834)  shells/container  ci90_bounds            324–771  exact\n"))
        #expect(table.output.hasSuffix(Self.notes.joined(separator: "\n") + "\n"))
        let markdown = CLIFixtures.run(["eval", "--format", "markdown", "5000 lb in kg"])
        #expect(markdown.output.contains("| expression    |    value | unit | meaning |"))
        #expect(markdown.output.contains("| 5000 lb in kg | 2,267.96 | kg   | point   |"))
    }

    @Test func textIsTheDefaultAndJSONStaysOneObject() {
        #expect(CLIFixtures.run(["eval", "--format", "text", "5000 lb in kg"]).output == "2,267.96 kg\n")
        #expect(CLIFixtures.run(["eval", "-f", "json", "5 kg"]).output == #"{"low":5,"nominal":5,"high":5,"unit":"kg","meaning":"point","range90":null,"notes":[]}"# + "\n")
    }

    /// A sum has no exact form here: its 90% range is drawn (100,000 draws, seed 1), and says so
    /// in every format. The stated ends are 2,100,000 + 3,000 = 2,103,000 and 2,500,000 +
    /// 7,000 = 2,507,000; the drawn 5th and 95th percentiles lie inside them, and the median
    /// is near the stated 2,305,000 (both inputs keep their stated value as median).
    @Test func aSumsNinetyPercentRangeIsSampledAndSaysSo() throws {
        let sum = "about 2.3 million shells + about 5,000 shells"
        let json = CLIFixtures.run(["eval", "-f", "json", sum])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let range = try #require(object["range90"] as? [String: Any])
        #expect(range["method"] as? String == "100000 draws, seed 1")
        let low = try #require(range["low"] as? Double), high = try #require(range["high"] as? Double)
        let median = try #require(range["median"] as? Double)
        #expect(low > 2_103_000 && high < 2_507_000)
        #expect(abs(median - 2_305_000) < 2_000)
        let csv = CLIFixtures.run(["eval", "-f", "csv", "--line-ending", "lf", sum])
        #expect(csv.output.hasSuffix(",\"100000 draws, seed 1\"\n"))
        #expect(csv.errors.contains("(5th–95th percentiles of 100,000 draws, seed 1;"))
    }

    @Test(arguments: ["text", "json", "csv", "markdown"])
    func everyFormatCanBeWrittenToAFile(_ format: String) throws {
        let folder = NSTemporaryDirectory() + "reckon-eval-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = CLIFixtures.run(["eval", "-f", format, "-o", folder + "/value", "5 kg"])
        let printed = CLIFixtures.run(["eval", "-f", format, "5 kg"])
        #expect(saved.status == 0 && saved.output.isEmpty)
        #expect(try String(contentsOfFile: folder + "/value", encoding: .utf8) == printed.output)
    }

    @Test(arguments: [
        (["eval", "--excel", "1"], "--excel applies to --format csv or tsv, not text"),
        (["eval", "-f", "json", "--delimiter", ";", "1"], "--delimiter applies to --format csv or tsv, not json"),
        (["eval", "-f", "tsv", "--delimiter", ";", "1"], "--delimiter applies to --format csv (tsv always uses a tab)"),
    ])
    func csvOptionsNeedACSVFormat(words: [String], message: String) {
        let outcome = CLIFixtures.run(words)
        #expect(outcome.status == 2 && outcome.output.isEmpty)
        #expect(outcome.errors == "reckon: error: \(message) (see 'reckon help eval')\n")
    }
}
