import TextCore
/// A GitHub-flavoured markdown table: the header with the unit in parentheses, numbers
/// aligned right, the title in bold above and the footnotes below.
///
/// Cell text is escaped so that it stays inside its cell and reads as written: `|` and
/// `\` get a backslash, line breaks become `<br>`, a tab a space, and other control
/// characters a visible escape (`\u{1B}`).
///
/// ```
/// | alternative | per container (shells/container) |
/// | :---------- | -------------------------------: |
/// | 152-mm      |                    460 (300–834) |
/// ```
public struct MarkdownRenderer: Sendable {
    /// The widest a cell (or a header) is printed, in columns of its escaped text: longer
    /// text is cut at `…` and a footnote says so; CSV, TSV and JSON keep the full text.
    public var maximumCellWidth = 200

    /// A renderer.
    public init() {}

    /// The markdown of `table`, ending in a newline.
    public func render(_ table: Table) -> String {
        let sink = StringSink()
        write(table, to: sink)
        return sink.text
    }

    /// Writes the markdown of `table` to `sink` line by line (cells measured in one pass,
    /// formatted again in a second, so that memory holds one line at a time).
    package func write(_ table: Table, to sink: some RenderSink) {
        let header = table.columns.map { column -> CellFitting.Fitted in
            guard let unit = column.unit, !unit.isEmpty else { return fit(column.label) }
            let label = fit(column.label)
            let unitText = fit(unit)
            return CellFitting.Fitted(
                text: "\(label.text) (\(unitText.text))", width: label.width + unitText.width + 3, isCut: label.isCut || unitText.isCut)
        }
        let rightAligned = table.columns.map { $0.kind != .text && $0.kind != .date }
        var widths = header.map { max(3, $0.width) }
        var isCut = header.contains { $0.isCut }
        for row in table.rows {
            for (index, cell) in row.enumerated() {
                let fitted = fit(cell.displayText)
                widths[index] = max(widths[index], fitted.width)
                isCut = isCut || fitted.isCut
            }
        }
        if let title = table.title { sink.write("**\(Self.escape(title))**\n\n") }
        sink.write(line(header, widths: widths, rightAligned: rightAligned))
        let rule = widths.enumerated().map { index, width in
            rightAligned[index]
                ? String(repeating: "-", count: width - 1) + ":" : ":" + String(repeating: "-", count: width - 1)
        }
        sink.write("| " + rule.joined(separator: " | ") + " |\n")
        for row in table.rows { sink.write(line(row.map { fit($0.displayText) }, widths: widths, rightAligned: rightAligned)) }
        let footnotes = table.footnotes + (isCut ? [CellFitting.note(limit: maximumCellWidth)] : [])
        if !footnotes.isEmpty { sink.write("\n" + footnotes.map(Self.escapeLine).joined(separator: "\n") + "\n") }
    }

    private func fit(_ text: String) -> CellFitting.Fitted {
        CellFitting.fit(text, limit: maximumCellWidth, specialASCII: [UInt8(ascii: "\\"), UInt8(ascii: "|")]) { character in
            let escaped = Self.escape(String(character))
            return escaped == String(character) ? nil : escaped
        }
    }

    private func line(_ cells: [CellFitting.Fitted], widths: [Int], rightAligned: [Bool]) -> String {
        let padded = cells.enumerated().map { index, cell in
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.width))
            return rightAligned[index] ? padding + cell.text : cell.text + padding
        }
        return "| " + padded.joined(separator: " | ") + " |\n"
    }

    /// Cell text made safe inside a table cell: `\` and `|` escaped, line breaks as `<br>`.
    public static func escape(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\": result += "\\\\"
            case "|": result += "\\|"
            case "\r":
                if scalars.first == "\n" { scalars.removeFirst() }
                result += "<br>"
            case "\n": result += "<br>"
            case "\t": result += " "
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    result += TextTableRenderer.visible(String(scalar))
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A footnote line: line breaks inside it become `<br>` so it stays one line.
    static func escapeLine(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\r" && scalars.first == "\n" { scalars.removeFirst() }
            if scalar == "\r" || scalar == "\n" { result += "<br>" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
