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
    /// A renderer.
    public init() {}

    /// The markdown of `table`, ending in a newline.
    public func render(_ table: Table) -> String {
        let header = table.columns.map { column -> String in
            let label = Self.escape(column.label)
            guard let unit = column.unit, !unit.isEmpty else { return label }
            return "\(label) (\(Self.escape(unit)))"
        }
        let cells = table.rows.map { $0.map { Self.escape($0.displayText) } }
        let rightAligned = table.columns.map { $0.kind != .text && $0.kind != .date }
        var widths = header.map { max(3, DisplayWidth.of($0)) }
        for row in cells {
            for (index, text) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(text)) }
        }
        var lines: [String] = []
        if let title = table.title {
            lines.append("**\(Self.escape(title))**")
            lines.append("")
        }
        lines.append(line(header, widths: widths, rightAligned: rightAligned))
        let rule = widths.enumerated().map { index, width in
            rightAligned[index]
                ? String(repeating: "-", count: width - 1) + ":" : ":" + String(repeating: "-", count: width - 1)
        }
        lines.append("| " + rule.joined(separator: " | ") + " |")
        for row in cells { lines.append(line(row, widths: widths, rightAligned: rightAligned)) }
        if !table.footnotes.isEmpty {
            lines.append("")
            lines.append(contentsOf: table.footnotes.map(Self.escapeLine))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ texts: [String], widths: [Int], rightAligned: [Bool]) -> String {
        let padded = texts.enumerated().map { index, text in
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
            return rightAligned[index] ? padding + text : text + padding
        }
        return "| " + padded.joined(separator: " | ") + " |"
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
