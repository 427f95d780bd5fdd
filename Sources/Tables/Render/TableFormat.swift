import TextCore
/// The forms a table can be printed in (`--format`).
public enum TableFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// A GitHub-flavoured markdown table.
    case markdown
    /// RFC 4180 comma-separated values for spreadsheets (CRLF by default).
    case csv
    /// Tab-separated values: the CSV rules with a tab between fields (LF by default).
    case tsv
    /// An array of JSON objects, one per row.
    case json
    /// An Excel workbook (Office Open XML): typed cells, a frozen header, a notes sheet
    /// (`XlsxWriter`). Binary: use `encoded`, not `render`.
    case xlsx

    /// Renders `table` in this text format (not `xlsx`, which is binary: see `encoded`);
    /// `csvOptions` apply to CSV and TSV (TSV always uses a tab), and default to
    /// `CSVOptions()` for CSV and `CSVOptions.tsv` for TSV.
    ///
    /// ```swift
    /// let text = TableFormat.csv.render(table, csvOptions: CSVOptions(lineEnding: .lf))
    /// ```
    public func render(_ table: Table, csvOptions: CSVOptions? = nil) -> String {
        String(decoding: bytes(table, csvOptions: csvOptions), as: UTF8.self)
    }

    /// The rendered table as bytes: UTF-8 text (CSV and TSV are made as bytes, without a
    /// string), or for `xlsx` a workbook whose sheet is named `table`; a table beyond a
    /// sheet's limits stops the program there, so check with `encoded`, which throws.
    public func bytes(_ table: Table, csvOptions: CSVOptions? = nil) -> [UInt8] {
        do {
            return try encoded(table, csvOptions: csvOptions)
        } catch {
            preconditionFailure(error.message)
        }
    }

    /// The table in this format as bytes; only `xlsx` can fail (a table beyond a sheet's
    /// limits, or a sheet name a spreadsheet refuses).
    ///
    /// ```swift
    /// let workbook = try TableFormat.xlsx.encoded(table, sheetName: "claims")
    /// ```
    public func encoded(_ table: Table, csvOptions: CSVOptions? = nil, sheetName: String = "table") throws(XlsxError) -> [UInt8] {
        switch self {
        case .xlsx: return try XlsxWriter(sheetName: sheetName).bytes(table)
        case .table: return Array(TextTableRenderer().render(table).utf8)
        case .markdown: return Array(MarkdownRenderer().render(table).utf8)
        case .json: return Array(JSONRenderer().render(table).utf8)
        case .csv: return CSVWriter(options: csvOptions ?? CSVOptions()).bytes(table)
        case .tsv:
            var options = csvOptions ?? .tsv
            options.delimiter = "\t"
            return CSVWriter(options: options).bytes(table)
        }
    }

    /// Whether the output is binary (xlsx), not text.
    public var isBinary: Bool { self == .xlsx }

    /// Writes `table` in this format to `sink`: the aligned text and markdown line by line
    /// (memory holds one line, and a cell is at most `maximumCellWidth` columns wide), the
    /// other formats whole.
    ///
    /// ```swift
    /// let sink = StringSink()
    /// TableFormat.markdown.write(table, to: sink)
    /// ```
    package func write(_ table: Table, csvOptions: CSVOptions? = nil, to sink: some RenderSink) {
        switch self {
        case .table: TextTableRenderer().write(table, to: sink)
        case .markdown: MarkdownRenderer().write(table, to: sink)
        default: sink.write(bytes: bytes(table, csvOptions: csvOptions))
        }
    }

    /// Whether the CSV options (delimiter, line ending, byte-order mark, mode) apply.
    public var usesCSVOptions: Bool { self == .csv || self == .tsv }

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
