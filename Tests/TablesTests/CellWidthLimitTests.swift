@testable import Tables
import TextCore
import Testing

/// A text-table or markdown cell is at most `maximumCellWidth` (200) columns: longer text is
/// cut at `…` (never inside an escape) with a footnote, so output is linear in the input
/// (issue 18: a 2 MB cell over 2,000 rows made 4 GB). CSV, TSV and JSON keep the full text.
@Suite struct CellWidthLimitTests {
    static func table(_ cells: [String], header: String = "note") -> Table {
        var table = Table(columns: [Column(name: "n", kind: .text), Column(name: header, kind: .text)])
        for (index, cell) in cells.enumerated() { table.append([.text("r\(index)"), .text(cell)]) }
        return table
    }

    static let note = "Cells wider than 200 columns are cut at “…”; --format csv, tsv or json gives the full text."

    @Test func aCellOfExactlyTheLimitIsKeptAndOneMoreIsCut() {
        let exact = String(repeating: "a", count: 200)
        let fitted = CellFitting.fit(exact, limit: 200, escape: TextTableRenderer.escapeForText)
        #expect(fitted == CellFitting.Fitted(text: exact, width: 200, isCut: false))
        let over = CellFitting.fit(exact + "b", limit: 200, escape: TextTableRenderer.escapeForText)
        #expect(over == CellFitting.Fitted(text: String(repeating: "a", count: 199) + "…", width: 200, isCut: true))
    }

    @Test func wideCharactersAreCutByColumnsNotCharacters() {
        // 150 characters of width 2: 299 columns would not fit; 99 characters (198 columns) and
        // the ellipsis (1) do.
        let fitted = CellFitting.fit(String(repeating: "北", count: 150), limit: 200, escape: TextTableRenderer.escapeForText)
        #expect(fitted.text == String(repeating: "北", count: 99) + "…")
        #expect(fitted.width == 199 && fitted.isCut)
    }

    @Test func escapesAreCountedAndNeverSplit() {
        // "\u{1}" is 5 columns: 39 of them make 195, a 40th would make 200 with no room for "…".
        let fitted = CellFitting.fit(String(repeating: "\u{1}", count: 100), limit: 200, escape: TextTableRenderer.escapeForText)
        #expect(fitted.text == String(repeating: "\\u{1}", count: 39) + "…")
        #expect(fitted.width == 196)
        let markdown = MarkdownRenderer().render(Self.table([String(repeating: "|", count: 500)]))
        // "\|" is 2 columns: 99 pairs (198) and the ellipsis.
        #expect(markdown.contains("| r0  | " + String(repeating: "\\|", count: 99) + "… |"))
    }

    @Test func theTextTableCutsLongCellsAndSaysSo() {
        let long = String(repeating: "x", count: 2_000_000)
        let text = TextTableRenderer().render(Self.table([long, "short"]))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "r0  " + String(repeating: "x", count: 199) + "…")
        #expect(lines[3] == "r1  short")
        #expect(lines.last(where: { !$0.isEmpty }).map(String.init) == Self.note)
        #expect(text.utf8.count < 1_000)
    }

    @Test func markdownPadsToTheCutWidthNotTheFullOne() {
        let rows = [String(repeating: "y", count: 1_000_000)] + Array(repeating: "s", count: 2_000)
        let markdown = MarkdownRenderer().render(Self.table(rows))
        // Every row is padded to 200 columns, not 1,000,000: about 2,000 × 215 bytes.
        #expect(markdown.utf8.count < 500_000)
        #expect(markdown.contains("| r5    | s" + String(repeating: " ", count: 199) + " |\n"))
        #expect(markdown.hasSuffix("\n" + Self.note + "\n"))
    }

    @Test func headersAreCutToo() {
        let header = String(repeating: "h", count: 300)
        let text = TextTableRenderer().render(Self.table(["a"], header: header))
        #expect(text.hasPrefix("n   " + String(repeating: "h", count: 199) + "…\n"))
        #expect(text.contains(Self.note))
    }

    @Test func noFootnoteWhenNothingIsCut() {
        let text = TextTableRenderer().render(Self.table([String(repeating: "a", count: 200)]))
        #expect(!text.contains("are cut"))
    }

    @Test func csvTSVAndJSONKeepTheFullText() {
        let long = String(repeating: "z", count: 100_000)
        let table = Self.table([long])
        for format in [TableFormat.csv, .tsv, .json] {
            #expect(format.render(table).contains(long), "\(format)")
        }
    }

    @Test(arguments: TableFormat.allCases)
    func writingToASinkGivesTheRenderedText(_ format: TableFormat) {
        var table = Self.table(["a", String(repeating: "b", count: 300), "c|d\ne"])
        table.title = "Title"
        table.footnotes = ["a note"]
        let sink = StringSink()
        format.write(table, to: sink)
        #expect(sink.text == format.render(table))
    }
}
