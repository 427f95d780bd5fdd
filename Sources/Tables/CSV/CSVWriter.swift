/// Writes a table as CSV that spreadsheets read as intended.
///
/// - Numbers are plain decimal (`.`, no grouping, at most 15 significant digits, never `-0`).
/// - An estimate column `range` in `km` becomes `range_km_low`, `range_km_nominal`,
///   `range_km_high`: never "100-180", which spreadsheets turn into a date.
/// - Fields are quoted as RFC 4180 says; text that begins like a formula (`=`, `+`, `-`,
///   `@`, tab, CR, LF) is prefixed with `'` and quoted, as the OWASP CSV-injection guidance
///   recommends.
///
/// ```swift
/// let csv = CSVWriter(options: CSVOptions(lineEnding: .lf)).render(table)
/// ```
public struct CSVWriter: Sendable {
    /// The options in use.
    public var options: CSVOptions

    /// A writer with these options.
    public init(options: CSVOptions = CSVOptions()) {
        self.options = options
    }

    /// The CSV text of `table`, header first, every record ended by the line ending.
    public func render(_ table: Table) -> String {
        var output = options.byteOrderMark ? "\u{FEFF}" : ""
        output.reserveCapacity(table.rows.count * table.columns.count * 24 + 256)
        let newline = options.lineEnding.text
        let delimiter = String(options.delimiter)
        output += headerFields(table.columns).map(field).joined(separator: delimiter) + newline
        for row in table.rows {
            // Fields are appended in place (no array per row): the same text as joining them.
            var isFirst = true
            for (index, cell) in row.enumerated() {
                appendFields(cell, kind: table.columns[index].kind, to: &output, isFirst: &isFirst, delimiter: delimiter)
            }
            output += newline
        }
        return output
    }

    private func appendFields(_ cell: Cell, kind: Column.Kind, to output: inout String, isFirst: inout Bool, delimiter: String) {
        func append(_ text: String) {
            if !isFirst { output += delimiter }
            isFirst = false
            output += text
        }
        let width = kind == .estimate ? 3 : 1
        switch cell {
        case .empty:
            for _ in 0..<width { append("") }
        case .text(let text):
            append(field(text))
            for _ in 1..<max(width, 1) { append("") }
        case .number(let value, _):
            let number = value.isFinite ? NumberFormatting.machine(value) : ""
            for _ in 0..<width { append(number) }
        case .estimate(let estimate):
            func text(_ value: Double?) -> String {
                guard let value, value.isFinite else { return "" }
                return NumberFormatting.machine(value)
            }
            if width == 3 {
                append(text(estimate.low))
                append(text(estimate.nominal))
                append(text(estimate.high))
            } else {
                append(text(estimate.nominal))
            }
        }
    }

    /// The header names, with estimate columns expanded into three.
    public func headerFields(_ columns: [Column]) -> [String] {
        columns.flatMap { column -> [String] in
            let base = Self.headerName(column)
            switch column.kind {
            case .estimate: return [base + "_low", base + "_nominal", base + "_high"]
            case .text, .number: return [base]
            }
        }
    }

    /// `name_unit` with the unit made safe for a header: `shells/container` → `shells_per_container`.
    public static func headerName(_ column: Column) -> String {
        guard let unit = column.unit, !unit.isEmpty else { return column.name }
        var safe = ""
        for character in unit {
            switch character {
            case "/": safe += "_per_"
            case "·", "*", " ": safe += "_"
            case "^", "²", "³":
                safe += character == "²" ? "2" : character == "³" ? "3" : ""
            default: safe.append(character)
            }
        }
        return column.name + "_" + safe
    }

    /// A text field, neutralised and quoted as needed.
    public func field(_ text: String) -> String {
        if isPlain(text) { return text }
        var value = text
        // A leading trigger, or apostrophes before one (so that the reader's inverse is exact).
        if let first = value.unicodeScalars.drop(while: { $0 == "'" }).first, Self.formulaTriggers.contains(first) {
            value = "'" + value
        }
        let needsQuotes =
            value != text
            || value.contains { $0 == options.delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }

    /// Whether `text` needs neither quotes nor neutralising (a fast test on its UTF-8 bytes;
    /// anything unusual takes the full path).
    private func isPlain(_ text: String) -> Bool {
        guard let delimiter = options.delimiter.asciiValue else { return false }
        var isFirst = true
        var last: UInt8 = 0
        for byte in text.utf8 {
            if isFirst {
                // ' = + - @ tab CR LF space
                if byte == 0x27 || byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x20 {
                    return false
                }
                isFirst = false
            }
            if byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D { return false }
            last = byte
        }
        return last != 0x20
    }

    /// First characters that make a spreadsheet read a cell as a formula (OWASP).
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]
}

extension String {
    fileprivate func replacingQuotes() -> String {
        guard utf8.contains(0x22) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar == "\"" { result += "\"\"" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
