import TextCore

/// One cell's value as a sheet holds it.
enum XlsxValue {
    case empty
    case number(Double)
    case text(String)
    /// A day as a date serial (`ExcelDate`), shown `yyyy-mm-dd`.
    case date(Int)
}

/// Builds one worksheet: a bold header row frozen at the top, then the rows; column widths
/// from the header and the first `widthSampleRows` rows.
struct XlsxSheet {
    /// How many rows set the column widths.
    static let widthSampleRows = 1_000
    /// The narrowest column, in characters.
    static let narrowest = 8

    private(set) var rowCount = 0
    private var data: [UInt8] = []
    private var widths: [Int]
    private let name: String
    private let header: [String]
    private let widest: Int

    /// A sheet whose first row is `header`, its columns at most `widest` characters wide.
    init(name: String, header: [String], widest: Int = 60, strings: inout XlsxSharedStrings) throws(XlsxError) {
        self.name = name
        self.header = header
        self.widest = widest
        widths = Array(repeating: 0, count: header.count)
        try append(header.map { .text($0) }, style: XlsxParts.headerStyle, strings: &strings)
    }

    /// Appends a row of values (one per header field).
    mutating func append(_ values: [XlsxValue], style: Int? = nil, strings: inout XlsxSharedStrings) throws(XlsxError) {
        rowCount += 1
        let row = rowCount
        let measures = row <= Self.widthSampleRows + 1
        data.append(contentsOf: #"<row r="\#(row)">"#.utf8)
        for (column, value) in values.enumerated() {
            var width = 0
            switch value {
            case .empty:
                continue
            case .number(let number):
                guard number.isFinite else { continue }
                openCell(column: column, row: row, type: nil, style: style)
                let start = data.count
                MachineNumber.append(number, to: &data)
                width = data.count - start
            case .text(let text):
                let length = text.utf16.count
                guard length <= XlsxWriter.maximumCellLength else {
                    throw XlsxError(.textTooLong(sheet: name, row: row, column: header[column], length: length))
                }
                openCell(column: column, row: row, type: "s", style: style)
                data.append(contentsOf: String(strings.index(of: text)).utf8)
                if measures { width = Self.width(of: text) }
            case .date(let serial):
                openCell(column: column, row: row, type: nil, style: XlsxParts.dateStyle)
                data.append(contentsOf: String(serial).utf8)
                width = 10
            }
            data.append(contentsOf: "</v></c>".utf8)
            if measures { widths[column] = max(widths[column], style == XlsxParts.headerStyle ? width + 1 : width) }
        }
        data.append(contentsOf: "</row>".utf8)
    }

    /// The worksheet's XML.
    var xml: [UInt8] {
        var bytes = Array(XlsxParts.declaration.utf8)
        bytes.append(contentsOf: #"<worksheet xmlns="\#(XlsxParts.main)" xmlns:r="\#(XlsxParts.relationships)">"#.utf8)
        let last = header.isEmpty ? "A1" : Self.columnName(header.count - 1) + String(rowCount)
        bytes.append(contentsOf: #"<dimension ref="A1:\#(last)"/>"#.utf8)
        bytes.append(contentsOf: #"<sheetViews><sheetView workbookViewId="0">"#.utf8)
        bytes.append(contentsOf: #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#.utf8)
        bytes.append(contentsOf: #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#.utf8)
        bytes.append(contentsOf: #"<sheetFormatPr defaultRowHeight="15"/>"#.utf8)
        if !widths.isEmpty {
            bytes.append(contentsOf: "<cols>".utf8)
            for (index, width) in widths.enumerated() {
                let shown = min(max(width + 2, Self.narrowest), widest)
                bytes.append(contentsOf: #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(shown)" customWidth="1"/>"#.utf8)
            }
            bytes.append(contentsOf: "</cols>".utf8)
        }
        bytes.append(contentsOf: "<sheetData>".utf8)
        bytes.append(contentsOf: data)
        bytes.append(contentsOf: "</sheetData></worksheet>".utf8)
        return bytes
    }

    private mutating func openCell(column: Int, row: Int, type: String?, style: Int?) {
        data.append(contentsOf: #"<c r="\#(Self.columnName(column))\#(row)""#.utf8)
        if let type { data.append(contentsOf: #" t="\#(type)""#.utf8) }
        if let style { data.append(contentsOf: #" s="\#(style)""#.utf8) }
        data.append(contentsOf: "><v>".utf8)
    }

    /// The widest line of `text`, in terminal columns (of its first 200 characters: widths
    /// are capped anyway).
    static func width(of text: String) -> Int {
        var result = 0
        for line in text.prefix(200).split(separator: "\n", omittingEmptySubsequences: false) {
            result = max(result, DisplayWidth.of(String(line)))
        }
        return result
    }

    /// `A` for 0, `Z` for 25, `AA` for 26, `XFD` for 16,383.
    static func columnName(_ index: Int) -> String {
        var name: [Character] = []
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(name)
    }
}
