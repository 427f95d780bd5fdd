import Estimates
import TextCore
/// A table as JSON: an array with one object per row, keyed by column name.
///
/// - Text is a JSON string; an empty cell is `null`.
/// - A number is a JSON number in the machine form of CSV (at most 15 significant digits,
///   never `-0`); its key carries the column's unit as the CSV header does (`mass_t`).
/// - An estimate is an object `{"low": …, "nominal": …, "high": …, "unit": …, "meaning": …}`
///   keyed by the plain column name; a missing nominal, unit or meaning is `null`.
/// - JSON has no NaN or infinity: a non-finite number becomes `null` (as in JavaScript's
///   `JSON.stringify`), the same place where CSV leaves an empty field.
/// - Title and footnotes are not included; a key that repeats gets `_2`, `_3`, ….
///
/// One row per line, so that diffs and `grep` work:
/// ```
/// [
///   {"alternative": "152-mm", "per_container": {"low": 300, "nominal": 460, "high": 834, "unit": "shells/container", "meaning": "ci90"}}
/// ]
/// ```
public struct JSONRenderer: Sendable {
    /// A renderer.
    public init() {}

    /// The JSON text of `table`, ending in a newline.
    public func render(_ table: Table) -> String {
        let keys = Self.keys(table.columns).map(Self.quoted)
        guard !table.rows.isEmpty else { return "[]\n" }
        var output = "[\n"
        for (rowIndex, row) in table.rows.enumerated() {
            output += "  {"
            for (index, cell) in row.enumerated() {
                if index > 0 { output += ", " }
                output += keys[index] + ": " + value(cell, column: table.columns[index])
            }
            output += rowIndex == table.rows.count - 1 ? "}\n" : "},\n"
        }
        return output + "]\n"
    }

    /// The object keys for `columns`: the name, with the unit for number columns.
    public static func keys(_ columns: [Column]) -> [String] {
        var used = Set<String>()
        return columns.map { column in
            let base = column.kind == .number ? CSVWriter.headerName(column) : column.name
            var key = base
            var count = 1
            while used.contains(key) {
                count += 1
                key = "\(base)_\(count)"
            }
            used.insert(key)
            return key
        }
    }

    private func value(_ cell: Cell, column: Column) -> String {
        switch cell {
        case .empty: return "null"
        case .text(let text): return Self.quoted(text)
        case .number(let value, _): return Self.number(value)
        case .estimate(let estimate):
            let unit = estimate.unit ?? column.unit
            // The ends rounded outward, so that the written range holds the computed one.
            return "{\"low\": \(Self.number(MachineNumber.outward(estimate.low, .down))), \"nominal\": \(Self.number(estimate.nominal)), "
                + "\"high\": \(Self.number(MachineNumber.outward(estimate.high, .up))), \"unit\": \(unit.map(Self.quoted) ?? "null"), "
                + "\"meaning\": \(estimate.meaning.map { Self.quoted($0.rawValue) } ?? "null")}"
        }
    }

    /// A JSON number, or `null` for a missing or non-finite value.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return NumberFormatting.machine(value)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, U+2028 and
    /// U+2029 too (so the text is also a valid JavaScript literal) and U+FEFF (which some
    /// decoders drop when it is raw), the rest as UTF-8.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            case "\u{FEFF}": result += "\\ufeff"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
