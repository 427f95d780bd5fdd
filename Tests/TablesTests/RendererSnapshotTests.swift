import Testing

@testable import Tables
@testable import TextCore

/// Every renderer's output for one table full of awkward content, compared byte for byte
/// with the files in `Snapshots/`.
@Suite struct RendererSnapshotTests {
    static var sample: Table {
        var table = Table(
            title: "Sample | with a pipe",
            columns: [
                Column(name: "system", kind: .text),
                Column(name: "count", unit: "launchers", kind: .number),
                Column(name: "range", unit: "km", kind: .estimate),
                Column(name: "figure", label: "as reported", kind: .estimate),
                Column(name: "note", kind: .text),
            ],
            footnotes: ["- ranges are 90% intervals", "- source: \"Yonhap\" | KCNA"])
        table.append([
            .text("BM-21 Grad"), .number(36),
            .estimate(EstimateCell(low: 20, nominal: nil, high: 40, meaning: .bounds)),
            .estimate(EstimateCell(low: 2_100_000, nominal: 2_300_000, high: 2_500_000, meaning: .ci90, unit: "shells", display: "2,300,000 (2,100,000–2,500,000)")),
            .text("=HYPERLINK(\"http://x\",\"y\")"),
        ])
        table.append([
            .text("Zürich | 北朝鮮"), .number(0.1 + 0.2),
            .estimate(EstimateCell(low: 100, nominal: 140, high: 180, meaning: .ci90)),
            .estimate(EstimateCell(low: 13.068, nominal: 20.0376, high: 36.3, meaning: .ci90, unit: "t/container")),
            .text("two\r\nlines, \"quoted\""),
        ])
        table.append([
            .text("007"), .number(-0.0), .empty, .empty, .text("100-180"),
        ])
        table.append([
            .text("\ttab first"), .number(.nan),
            .estimate(EstimateCell(low: 1e-7, nominal: nil, high: 2.5e20, meaning: .disagreement)),
            .number(5),
            .text("back\\slash"),
        ])
        return table
    }

    @Test(arguments: [
        ("table.txt", TableFormat.table, nil),
        ("markdown.md", .markdown, nil),
        ("json.json", .json, nil),
        ("csv.csv", .csv, nil),
        ("csv-lf.csv", .csv, CSVOptions(lineEnding: .lf)),
        ("csv-semicolon-excel.csv", .csv, CSVOptions(delimiter: ";", byteOrderMark: true)),
        ("tsv.tsv", .tsv, nil),
    ] as [(String, TableFormat, CSVOptions?)])
    func renderedOutputMatchesItsSnapshot(name: String, format: TableFormat, options: CSVOptions?) {
        Snapshot.expectMatches(format.bytes(Self.sample, csvOptions: options), named: name)
    }

    @Test func anEmptyTableRendersInEveryFormat() {
        let table = Table(columns: [Column(name: "a", kind: .text), Column(name: "r", unit: "km", kind: .estimate)])
        #expect(TableFormat.csv.render(table) == "a,r_km_low,r_km_nominal,r_km_high\r\n")
        #expect(TableFormat.tsv.render(table) == "a\tr_km_low\tr_km_nominal\tr_km_high\n")
        #expect(TableFormat.json.render(table) == "[]\n")
        #expect(TableFormat.markdown.render(table) == "| a   | r (km) |\n| :-- | -----: |\n")
        #expect(TableFormat.table.render(table) == "a  r\n   km\n-  --\n")
    }

    @Test func aMismatchReportShowsTheFirstDifferingLineAndBothTexts() {
        let report = Snapshot.difference(expected: Array("a,b\r\n1,2\r\n".utf8), actual: Array("a,b\r\n1,3\r\n".utf8), name: "x.csv")
        #expect(report.contains("first difference at line 2:\n- expected: 1,2\\r\n+ actual:   1,3\\r"))
        #expect(report.contains("--- expected\na,b\\r\n1,2\\r\n\n+++ actual\na,b\\r\n1,3\\r\n"))
    }
}
