import Testing

@testable import Tables
@testable import TextCore

/// Markdown cells stay in their cells whatever the text.
@Suite struct MarkdownRendererTests {
    @Test func pipesBackslashesAndLineBreaksAreEscaped() {
        #expect(MarkdownRenderer.escape("a|b") == "a\\|b")
        #expect(MarkdownRenderer.escape("C:\\path|x") == "C:\\\\path\\|x")
        #expect(MarkdownRenderer.escape("one\r\ntwo\nthree\rfour") == "one<br>two<br>three<br>four")
        #expect(MarkdownRenderer.escape("tab\there") == "tab here")
        #expect(MarkdownRenderer.escape("\u{1B}[2J") == "\\u{1B}[2J")
    }

    @Test func everyRowOfHostileTablesHasAsManyCellsAsTheHeader() {
        var tables = HostileTables(seed: 12)
        for _ in 0..<200 {
            let table = tables.table()
            let lines = MarkdownRenderer().render(table).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let start = table.title == nil ? 0 : 2
            for line in lines[start..<(start + 2 + table.rows.count)] {
                // Unescaped pipes separate cells: columns + 1 of them.
                var count = 0
                var escaped = false
                for character in line {
                    if escaped {
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "|" {
                        count += 1
                    }
                }
                #expect(count == table.columns.count + 1, "\(line.debugDescription)")
            }
        }
    }

    @Test func numbersAlignRightAndUnitsFollowTheLabel() {
        var table = Table(columns: [Column(name: "name", kind: .text), Column(name: "mass", unit: "kg", kind: .number)])
        table.append([.text("shell"), .number(43.56)])
        #expect(MarkdownRenderer().render(table) == "| name  | mass (kg) |\n| :---- | --------: |\n| shell |     43.56 |\n")
    }
}
