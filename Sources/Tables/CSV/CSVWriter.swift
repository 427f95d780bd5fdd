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
        let newline = options.lineEnding.text
        output += headerFields(table.columns).map(field).joined(separator: String(options.delimiter)) + newline
        for row in table.rows {
            output += rowFields(row, columns: table.columns).joined(separator: String(options.delimiter)) + newline
        }
        return output
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

    private func rowFields(_ row: [Cell], columns: [Column]) -> [String] {
        var result: [String] = []
        for (index, cell) in row.enumerated() {
            result.append(contentsOf: fields(cell, kind: columns[index].kind))
        }
        return result
    }

    private func fields(_ cell: Cell, kind: Column.Kind) -> [String] {
        let width = kind == .estimate ? 3 : 1
        switch cell {
        case .empty:
            return Array(repeating: "", count: width)
        case .text(let text):
            return [field(text)] + Array(repeating: "", count: width - 1)
        case .number(let value, _):
            let number = value.isFinite ? NumberFormatting.machine(value) : ""
            if width == 3 { return [number, number, number] }
            return [number]
        case .estimate(let estimate):
            let values = [estimate.low, estimate.nominal, estimate.high].map { value -> String in
                guard let value, value.isFinite else { return "" }
                return NumberFormatting.machine(value)
            }
            return width == 3 ? values : [values[1]]
        }
    }

    /// A text field, neutralised and quoted as needed.
    public func field(_ text: String) -> String {
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

    /// First characters that make a spreadsheet read a cell as a formula (OWASP).
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
