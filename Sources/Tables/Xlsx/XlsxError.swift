import TextCore

/// Why a table cannot be written as an XLSX workbook: it does not fit a sheet.
///
/// ```swift
/// do { _ = try XlsxWriter().bytes(table) } catch { print(error.message) }
/// ```
public struct XlsxError: LocatedError, Equatable {
    /// The kinds of problems.
    public enum Reason: Sendable, Equatable {
        /// More rows (the header included) than a sheet holds.
        case tooManyRows(Int)
        /// More columns (estimates count three or four) than a sheet holds.
        case tooManyColumns(Int)
        /// A text longer than a cell holds (`row` 1 is the header).
        case textTooLong(sheet: String, row: Int, column: String, length: Int)
        /// A sheet name a spreadsheet refuses.
        case badSheetName(String)
        /// The workbook would need ZIP64 (4 GiB or more).
        case tooLarge
    }

    /// What is wrong.
    public var reason: Reason

    /// An error.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// Always `nil`: the table is not a file.
    public var location: SourceLocation? { nil }

    /// The message.
    public var message: String {
        switch reason {
        case .tooManyRows(let count):
            return "the table has \(count) rows with its header; an xlsx sheet holds at most \(XlsxWriter.maximumRows) "
                + "(write csv or tsv instead, or filter the rows)"
        case .tooManyColumns(let count):
            return "the table has \(count) columns; an xlsx sheet holds at most \(XlsxWriter.maximumColumns)"
        case .textTooLong(let sheet, let row, let column, let length):
            return "sheet '\(sheet)', row \(row), column '\(column)' holds \(length) characters; "
                + "an xlsx cell holds at most \(XlsxWriter.maximumCellLength)"
        case .badSheetName(let name):
            return "'\(name)' cannot name a sheet (1 to 31 characters, none of : \\ / ? * [ ], not 'notes')"
        case .tooLarge:
            return "the workbook would be 4 GiB or more, beyond what reckon writes (write csv or tsv instead)"
        }
    }
}
