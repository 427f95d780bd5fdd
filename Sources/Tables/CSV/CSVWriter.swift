import TextCore
/// Writes a table as CSV (or TSV) that spreadsheets and pandas read as intended.
///
/// - Fields are quoted as RFC 4180 says: when they hold the delimiter, a quote, CR or LF
///   (quotes doubled), or begin or end with a space (or begin with U+FEFF or anything
///   else encoded starting with byte 0xEF, which could pass for a byte-order mark). Records end in CRLF unless the
///   options say LF.
/// - A number cell is written as a number: plain decimal with `.`, no grouping, at most
///   15 significant digits, never `-0` (`MachineNumber`). NaN and infinities, which no
///   spreadsheet holds, become an empty field.
/// - An estimate column `range` in `km` becomes `range_km_low`, `range_km_nominal`,
///   `range_km_high`: never "100-180", which spreadsheets turn into a date. When the
///   column has no unit but its cells have, a fourth column `range_unit` holds them.
/// - In the `spreadsheet` mode (the default) a text cell is always text: one that begins
///   like a formula, or that a spreadsheet would read as a number, date or truth value
///   (`007`, `1/2`, `TRUE`), is prefixed with `'` and quoted (`CSVNeutralisation`). In the
///   `plain` mode text is written as it is, except that a text beginning like a formula
///   still gets the `'` (`CSVOptions.Mode`). `CSVReader` removes the `'` again in both.
/// - Header fields are names, written as they are in both modes (quoted when they need it,
///   never given a `'`).
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
        String(decoding: bytes(table), as: UTF8.self)
    }

    /// The CSV of `table` as UTF-8 bytes (what `render` returns, without making a string).
    public func bytes(_ table: Table) -> [UInt8] {
        precondition(CSVOptions.isUsableDelimiter(options.delimiter), "not a usable delimiter")
        let layout = Layout(table)
        var output: [UInt8] = []
        output.reserveCapacity(64 + table.rows.count * (layout.fieldCount * 18 + 2))
        if options.byteOrderMark { output.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        let delimiter = options.delimiter.asciiValue ?? UInt8(ascii: ",")
        let newline: [UInt8] = options.lineEnding == .crlf ? [0x0D, 0x0A] : [0x0A]
        for (index, name) in layout.header.enumerated() {
            if index > 0 { output.append(delimiter) }
            appendText(name, to: &output, delimiter: delimiter, guarded: false)
        }
        output.append(contentsOf: newline)
        for row in table.rows {
            var first = true
            for (index, cell) in row.enumerated() {
                let column = layout.columns[index]
                appendCell(cell, column: column, to: &output, delimiter: delimiter, first: first)
                first = false
            }
            output.append(contentsOf: newline)
        }
        return output
    }

    /// The header names of `table`, with estimate columns expanded into three (or four).
    public func headerFields(_ table: Table) -> [String] { Layout(table).header }

    /// The header names for `columns`, with estimate columns expanded into three.
    public func headerFields(_ columns: [Column]) -> [String] {
        Layout(Table(columns: columns)).header
    }

    /// The column's name with its unit, made safe for a header (`shells/container` →
    /// `shells_per_container`), without saying a word twice: `mass` in `t` is `mass_t`, but
    /// `containers` in `containers` is `containers` and `per_container` in `shells/container`
    /// is `shells_per_container` (when one's words run inside the other's, the longer stays).
    ///
    /// ```swift
    /// CSVWriter.headerName(Column(name: "range", unit: "km", kind: .estimate))  // "range_km"
    /// ```
    public static func headerName(_ column: Column) -> String {
        guard let unit = column.unit, !unit.isEmpty else { return column.name }
        let safe = safeUnit(unit)
        let nameWords = column.name.split(separator: "_", omittingEmptySubsequences: false)
        let unitWords = safe.split(separator: "_", omittingEmptySubsequences: false)
        if nameWords.containsRun(unitWords) { return column.name }
        if unitWords.containsRun(nameWords) { return safe }
        return column.name + "_" + safe
    }

    /// A unit as header words: `/` is `_per_`, `·`, `*` and spaces `_`, powers plain digits.
    static func safeUnit(_ unit: String) -> String {
        var safe = ""
        for character in unit {
            switch character {
            case "/": safe += "_per_"
            case "·", "*", " ": safe += "_"
            case "^": break
            case "²": safe += "2"
            case "³": safe += "3"
            default: safe.append(character)
            }
        }
        return safe
    }

    /// A text field as it is written: neutralised and quoted as needed.
    public func field(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendText(text, to: &bytes, delimiter: options.delimiter.asciiValue ?? UInt8(ascii: ","))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// First characters that make a spreadsheet read a cell as a formula (OWASP).
    public static var formulaTriggers: Set<Unicode.Scalar> { CSVNeutralisation.formulaTriggers }

    /// How the table's columns map to CSV fields.
    struct Layout {
        struct ColumnLayout {
            var kind: Column.Kind
            var hasUnitField: Bool
            /// A date column whose every text cell is ISO days: written bare, so spreadsheets
            /// read dates. One other text in the column and all of it is text as usual, so a
            /// reader can tell the two apart.
            var writesBareDates = false
        }
        var columns: [ColumnLayout]
        var header: [String]
        var fieldCount: Int { header.count }

        init(_ table: Table) {
            columns = []
            header = []
            for (index, column) in table.columns.enumerated() {
                let base = CSVWriter.headerName(column)
                switch column.kind {
                case .text, .number:
                    columns.append(ColumnLayout(kind: column.kind, hasUnitField: false))
                    header.append(base)
                case .date:
                    let bare = table.rows.allSatisfy { row in
                        if case .text(let text) = row[index], !text.isEmpty { return CSVWriter.isISODateText(text) }
                        return true
                    }
                    columns.append(ColumnLayout(kind: .date, hasUnitField: false, writesBareDates: bare))
                    header.append(base)
                case .estimate:
                    let hasUnitField =
                        (column.unit ?? "").isEmpty
                        && table.rows.contains { row in
                            if case .estimate(let cell) = row[index], let unit = cell.unit, !unit.isEmpty { return true }
                            return false
                        }
                    columns.append(ColumnLayout(kind: .estimate, hasUnitField: hasUnitField))
                    header += [base + "_low", base + "_nominal", base + "_high"]
                    if hasUnitField { header.append(base + "_unit") }
                }
            }
        }
    }

    private func appendCell(
        _ cell: Cell, column: Layout.ColumnLayout, to output: inout [UInt8], delimiter: UInt8, first: Bool
    ) {
        if !first { output.append(delimiter) }
        let isEstimate = column.kind == .estimate
        switch cell {
        case .empty:
            if isEstimate { appendEmpty(column.hasUnitField ? 3 : 2, to: &output, delimiter: delimiter) }
        case .text(let text):
            appendText(text, to: &output, delimiter: delimiter, guarded: !column.writesBareDates)
            if isEstimate { appendEmpty(column.hasUnitField ? 3 : 2, to: &output, delimiter: delimiter) }
        case .number(let value, _):
            appendNumber(value, to: &output)
            if isEstimate {
                output.append(delimiter)
                appendNumber(value, to: &output)
                output.append(delimiter)
                appendNumber(value, to: &output)
                if column.hasUnitField { output.append(delimiter) }
            }
        case .estimate(let estimate):
            guard isEstimate else {
                appendNumber(estimate.nominal, to: &output)
                return
            }
            // The ends rounded outward, so that the written range holds the computed one.
            appendNumber(MachineNumber.outward(estimate.low, .down), to: &output)
            output.append(delimiter)
            appendNumber(estimate.nominal, to: &output)
            output.append(delimiter)
            appendNumber(MachineNumber.outward(estimate.high, .up), to: &output)
            if column.hasUnitField {
                output.append(delimiter)
                appendText((estimate.unit ?? "").trimmingSpaces(), to: &output, delimiter: delimiter)
            }
        }
    }

    private func appendEmpty(_ count: Int, to output: inout [UInt8], delimiter: UInt8) {
        for _ in 0..<count { output.append(delimiter) }
    }

    private func appendNumber(_ value: Double?, to output: inout [UInt8]) {
        guard let value, value.isFinite else { return }
        MachineNumber.append(value, to: &output)
    }

    /// Whether `text` is ISO days only: `2024-01-11`, `2024-01-01/2024-01-31`, `2023-12-30;2024-01-02`.
    static func isISODateText(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return false }
        var index = 0
        while index < bytes.count {
            guard index + 10 <= bytes.count else { return false }
            for (offset, byte) in bytes[index..<index + 10].enumerated() {
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                if offset == 4 || offset == 7 { guard byte == UInt8(ascii: "-") else { return false } } else if !isDigit { return false }
            }
            index += 10
            if index == bytes.count { return true }
            guard bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: ";") else { return false }
            index += 1
        }
        return false
    }

    /// Whether a text cell gets a leading `'` in this mode. In the plain mode: when it begins
    /// like a formula, or when it is quoted, begins with `'` and the reader would otherwise
    /// take that `'` for a neutralisation and drop it.
    func neutralises(_ text: String, quoted: Bool) -> Bool {
        switch options.mode {
        case .spreadsheet: return CSVNeutralisation.needsApostrophe(text)
        case .plain:
            if CSVNeutralisation.startsLikeFormula(text) { return true }
            return quoted && text.utf8.first == UInt8(ascii: "'") && CSVNeutralisation.needsApostrophe(text)
        }
    }

    /// Appends a text field: neutralised as the mode says when `guarded` (cells, not header
    /// names or bare dates), quoted when it needs quotes.
    private func appendText(_ text: String, to output: inout [UInt8], delimiter: UInt8, guarded: Bool = true) {
        let utf8 = text.utf8
        // A leading U+FEFF would be taken for a byte-order mark at the start of the file.
        var needsQuotes = utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") || utf8.first == 0xEF
        if !needsQuotes {
            for byte in utf8 where byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
                needsQuotes = true
                break
            }
        }
        let neutralise = guarded && neutralises(text, quoted: needsQuotes)
        needsQuotes = needsQuotes || neutralise
        guard needsQuotes else {
            output.append(contentsOf: utf8)
            return
        }
        output.append(UInt8(ascii: "\""))
        if neutralise { output.append(UInt8(ascii: "'")) }
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension Array where Element == Substring {
    /// Whether `run` appears in this array as consecutive elements.
    fileprivate func containsRun(_ run: [Substring]) -> Bool {
        guard !run.isEmpty, run.count <= count else { return false }
        return (0...(count - run.count)).contains { start in self[start..<start + run.count].elementsEqual(run) }
    }
}
