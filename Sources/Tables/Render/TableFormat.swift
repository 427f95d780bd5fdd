/// The forms a table can be printed in (`--format`).
public enum TableFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 comma-separated values for spreadsheets.
    case csv

    /// Renders `table` in this format.
    ///
    /// ```swift
    /// let text = TableFormat.csv.render(table, options: CSVOptions())
    /// ```
    public func render(_ table: Table, csvOptions: CSVOptions = CSVOptions()) -> String {
        switch self {
        case .table: return TextTableRenderer().render(table)
        case .csv: return CSVWriter(options: csvOptions).render(table)
        }
    }

    /// The names `--format` accepts, for messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: "|") }
}

extension Cell {
    /// How people see the cell in aligned text and markdown.
    public var displayText: String {
        switch self {
        case .text(let text): return text
        case .number(let value, let display): return display ?? NumberFormatting.display(value)
        case .estimate(let cell):
            if let display = cell.display { return display }
            let range =
                "\(NumberFormatting.display(cell.low, significantDigits: 3, rule: .down))–"
                + NumberFormatting.display(cell.high, significantDigits: 3, rule: .up)
            guard let nominal = cell.nominal else { return range }
            return "\(NumberFormatting.display(nominal)) (\(range))"
        case .empty: return ""
        }
    }

    /// Whether the cell lines up on the right (numbers) or the left (text).
    var isRightAligned: Bool {
        switch self {
        case .number, .estimate: return true
        case .text, .empty: return false
        }
    }
}
