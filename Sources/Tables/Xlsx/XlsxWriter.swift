import TextCore

/// Writes a table as an XLSX workbook (Office Open XML SpreadsheetML), with no dependency:
/// the XML parts in a ZIP archive whose entries are stored uncompressed (`StoredZip`).
///
/// - The first sheet holds the table: a bold header row, frozen, with the same names as
///   the CSV header (estimate columns as `X_low`, `X_nominal`, `X_high` numbers, the unit
///   in the header, or an `X_unit` text column when rows differ); column widths from the
///   header and the first 1,000 rows.
/// - Numbers are number cells (the machine form of CSV: at most 15 significant digits);
///   text is a text cell holding exactly the text (shared strings; never a formula, never
///   an apostrophe); in a date column a single ISO day is a date cell (`yyyy-mm-dd`, a 1900
///   date-system serial), and spans, lists and days before 1900-03-01 stay text.
/// - A second sheet, `notes`, holds the footnotes (hedge readings, checks, sources) when the
///   table has any; the title is the workbook's title (its core properties).
/// - Characters XML cannot hold are escaped as `_xHHHH_` (`SpreadsheetXML`).
/// - A table beyond a sheet (1,048,576 rows with the header, 16,384 columns, 32,767
///   characters in a cell) is refused with `XlsxError`.
///
/// ```swift
/// let bytes = try XlsxWriter(sheetName: "report").bytes(table)
/// try AtomicFile.write(bytes, to: "report.xlsx")
/// ```
public struct XlsxWriter: Sendable {
    /// The most rows a sheet holds, the header included.
    public static let maximumRows = 1_048_576
    /// The most columns a sheet holds.
    public static let maximumColumns = 16_384
    /// The most characters (UTF-16 code units) a cell holds.
    public static let maximumCellLength = 32_767
    /// The name of the notes sheet.
    public static let notesSheetName = "notes"

    /// The name of the table's sheet.
    public var sheetName: String

    /// A writer whose table sheet is named `sheetName`.
    public init(sheetName: String = "table") {
        self.sheetName = sheetName
    }

    /// The workbook of `table`.
    public func bytes(_ table: Table) throws(XlsxError) -> [UInt8] {
        try Self.check(sheetName: sheetName)
        let layout = CSVWriter.Layout(table)
        guard table.rows.count + 1 <= Self.maximumRows else { throw XlsxError(.tooManyRows(table.rows.count + 1)) }
        guard layout.fieldCount <= Self.maximumColumns else { throw XlsxError(.tooManyColumns(layout.fieldCount)) }
        var strings = XlsxSharedStrings()
        var sheet = try XlsxSheet(name: sheetName, header: layout.header, strings: &strings)
        var values: [XlsxValue] = []
        values.reserveCapacity(layout.fieldCount)
        for row in table.rows {
            values.removeAll(keepingCapacity: true)
            for (index, cell) in row.enumerated() {
                Self.appendValues(of: cell, column: layout.columns[index], to: &values)
            }
            try sheet.append(values, strings: &strings)
        }
        var sheets = [sheet.xml]
        var names = [sheetName]
        if !table.footnotes.isEmpty {
            var notes = try XlsxSheet(name: Self.notesSheetName, header: ["note"], widest: 120, strings: &strings)
            for note in table.footnotes { try notes.append([.text(note)], strings: &strings) }
            sheets.append(notes.xml)
            names.append(Self.notesSheetName)
        }
        var zip = StoredZip()
        try zip.add("[Content_Types].xml", Array(XlsxParts.contentTypes(sheetCount: sheets.count).utf8))
        try zip.add("_rels/.rels", Array(XlsxParts.packageRels.utf8))
        try zip.add("docProps/core.xml", Array(XlsxParts.core(title: table.title).utf8))
        try zip.add("xl/workbook.xml", Array(XlsxParts.workbook(sheetNames: names).utf8))
        try zip.add("xl/_rels/workbook.xml.rels", Array(XlsxParts.workbookRels(sheetCount: sheets.count).utf8))
        try zip.add("xl/styles.xml", Array(XlsxParts.styles.utf8))
        try zip.add("xl/sharedStrings.xml", strings.xml)
        for (index, sheet) in sheets.enumerated() {
            try zip.add("xl/worksheets/sheet\(index + 1).xml", sheet)
        }
        return try zip.finish()
    }

    /// Whether a spreadsheet accepts `name` for a sheet: 1 to 31 characters, none of
    /// `: \ / ? * [ ]`, no `'` at either end, not `notes` (the notes sheet) or `History`
    /// (reserved by Excel).
    public static func check(sheetName name: String) throws(XlsxError) {
        let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
        let lowered = name.lowercased()
        guard (1...31).contains(name.utf16.count), !name.contains(where: forbidden.contains), name.first != "'",
            name.last != "'", lowered != notesSheetName, lowered != "history"
        else { throw XlsxError(.badSheetName(name)) }
    }

    /// The values one cell makes: one, or three or four for an estimate column (the fields
    /// the CSV writer makes, typed).
    static func appendValues(of cell: Cell, column: CSVWriter.Layout.ColumnLayout, to values: inout [XlsxValue]) {
        let isEstimate = column.kind == .estimate
        let padding = isEstimate ? (column.hasUnitField ? 3 : 2) : 0
        switch cell {
        case .empty:
            values.append(.empty)
            for _ in 0..<padding { values.append(.empty) }
        case .text(let text):
            if column.kind == .date, let serial = ExcelDate.serial(text) {
                values.append(.date(serial))
            } else {
                values.append(text.isEmpty ? .empty : .text(text))
            }
            for _ in 0..<padding { values.append(.empty) }
        case .number(let value, _):
            values.append(.number(value))
            if isEstimate {
                values += [.number(value), .number(value)]
                if column.hasUnitField { values.append(.empty) }
            }
        case .estimate(let estimate):
            guard isEstimate else {
                values.append(estimate.nominal.map { .number($0) } ?? .empty)
                return
            }
            // The ends rounded outward, so that the written range holds the computed one.
            values += [
                .number(MachineNumber.outward(estimate.low, .down)), estimate.nominal.map { .number($0) } ?? .empty,
                .number(MachineNumber.outward(estimate.high, .up)),
            ]
            if column.hasUnitField {
                let unit = (estimate.unit ?? "").trimmingSpaces()
                values.append(unit.isEmpty ? .empty : .text(unit))
            }
        }
    }
}
