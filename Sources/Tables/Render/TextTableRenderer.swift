import TextCore
/// Aligned columns for a terminal: Unicode-aware widths, numbers on the right, text on
/// the left, the unit under each header.
///
/// ```
/// alternative  per container
///              shells/container
/// -----------  ----------------
/// 152-mm        460 (409–523)
/// ```
public struct TextTableRenderer: Sendable {
    /// The spaces between two columns.
    public var gap = 2
    /// The widest a cell (or a header) is printed, in terminal columns: longer text is cut
    /// at `…` and a footnote says so; CSV, TSV and JSON keep the full text. With it, a line
    /// holds at most `columns × (maximumCellWidth + gap)` columns of padding, whatever the
    /// cells hold.
    public var maximumCellWidth = 200

    /// A renderer with the default gap and cell width.
    public init() {}

    /// The aligned text of `table`, ending in a newline.
    public func render(_ table: Table) -> String {
        let sink = StringSink()
        write(table, to: sink)
        return sink.text
    }

    /// Writes the aligned text of `table` to `sink` line by line: the cells are measured in
    /// one pass and formatted again in a second, so that memory holds one line at a time.
    package func write(_ table: Table, to sink: some RenderSink) {
        let hasUnits = table.columns.contains { $0.unit != nil }
        let labels = table.columns.map { fit($0.label) }
        let units = table.columns.map { fit($0.unit ?? "") }
        var widths = zip(labels, units).map { max($0.width, $1.width) }
        var isCut = (labels + units).contains { $0.isCut }
        for row in table.rows {
            for (index, cell) in row.enumerated() {
                let fitted = fit(cell.displayText)
                widths[index] = max(widths[index], fitted.width)
                isCut = isCut || fitted.isCut
            }
        }
        if let title = table.title { sink.write(title + "\n\n") }
        sink.write(line(labels, widths: widths, rightAligned: nil))
        if hasUnits { sink.write(line(units, widths: widths, rightAligned: nil)) }
        let rules = widths.map { CellFitting.Fitted(text: String(repeating: "-", count: $0), width: $0, isCut: false) }
        sink.write(line(rules, widths: widths, rightAligned: nil))
        for row in table.rows {
            sink.write(line(row.map { fit($0.displayText) }, widths: widths, rightAligned: row.map(\.isRightAligned)))
        }
        let footnotes = table.footnotes + (isCut ? [CellFitting.note(limit: maximumCellWidth)] : [])
        if !footnotes.isEmpty { sink.write("\n" + footnotes.joined(separator: "\n") + "\n") }
    }

    private func fit(_ text: String) -> CellFitting.Fitted {
        CellFitting.fit(text, limit: maximumCellWidth, escape: Self.escapeForText)
    }

    /// One line, ending in a newline, without trailing spaces.
    private func line(_ cells: [CellFitting.Fitted], widths: [Int], rightAligned: [Bool]?) -> String {
        var result = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.width))
            let isLast = index == cells.count - 1
            if rightAligned?[index] == true {
                result += padding + cell.text
            } else {
                result += isLast ? cell.text : cell.text + padding
            }
            if !isLast { result += String(repeating: " ", count: gap) }
        }
        while result.hasSuffix(" ") { result.removeLast() }
        return result + "\n"
    }

    /// The escape of a character that holds a control character (`\n`, `\u{1B}`), else `nil`.
    static func escapeForText(_ character: Character) -> String? {
        character.unicodeScalars.contains(where: isControl) ? visible(String(character)) : nil
    }

    /// Text with control characters shown as escapes (`\n`, `\t`, `\u{1B}`), so that a cell
    /// can neither break the alignment nor send escape sequences to the terminal.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if isControl(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }
}
