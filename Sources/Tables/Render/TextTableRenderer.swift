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

    /// A renderer with the default gap.
    public init() {}

    /// The aligned text of `table`, ending in a newline.
    public func render(_ table: Table) -> String {
        let hasUnits = table.columns.contains { $0.unit != nil }
        let cells = table.rows.map { $0.map { Self.visible($0.displayText) } }
        var widths = table.columns.map { max(DisplayWidth.of($0.label), DisplayWidth.of($0.unit ?? "")) }
        for row in cells {
            for (index, text) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(text))
            }
        }
        var lines: [String] = []
        if let title = table.title {
            lines.append(title)
            lines.append("")
        }
        lines.append(line(table.columns.map(\.label), widths: widths, rightAligned: nil))
        if hasUnits {
            lines.append(line(table.columns.map { $0.unit ?? "" }, widths: widths, rightAligned: nil))
        }
        lines.append(line(widths.map { String(repeating: "-", count: $0) }, widths: widths, rightAligned: nil))
        for (rowIndex, row) in cells.enumerated() {
            let alignment = table.rows[rowIndex].map(\.isRightAligned)
            lines.append(line(row, widths: widths, rightAligned: alignment))
        }
        if !table.footnotes.isEmpty {
            lines.append("")
            lines.append(contentsOf: table.footnotes)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ texts: [String], widths: [Int], rightAligned: [Bool]?) -> String {
        var result = ""
        for (index, text) in texts.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
            let isLast = index == texts.count - 1
            if rightAligned?[index] == true {
                result += padding + text
            } else {
                result += isLast ? text : text + padding
            }
            if !isLast { result += String(repeating: " ", count: gap) }
        }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
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
