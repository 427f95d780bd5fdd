/// Why a CSV file could not be read, and where.
public struct CSVError: LocatedError, Equatable {
    /// The kinds of problems.
    public enum Reason: Sendable, Equatable {
        /// A quoted field has no closing quote.
        case unterminatedQuote
        /// A character follows a closing quote.
        case characterAfterClosingQuote(Character)
        /// A quote appears inside an unquoted field.
        case quoteInUnquotedField
        /// A record has the wrong number of fields.
        case fieldCount(expected: Int, found: Int)
        /// The file has no header row.
        case missingHeader
        /// A header names the same column twice.
        case duplicateColumn(String)
        /// A column the reader needs is missing from the header.
        case missingColumn(String)
        /// A required field is empty.
        case emptyField(column: String)
        /// A field is not a number.
        case badNumber(column: String, text: String)
        /// A number beyond the numbers Reckon holds (`StrictNumber`).
        case numberOutOfRange(column: String, text: String)
        /// A number with more digits than `StrictNumber.maximumDigits`.
        case numberTooLong(column: String, limit: Int)
        /// A field names a unit the unit registry does not know.
        case unknownUnit(column: String, text: String, detail: String?)
        /// A field has a value outside the allowed ones.
        case badValue(column: String, text: String, expected: String)
        /// The bytes are not UTF-8.
        case invalidUTF8
        /// The input is larger than the reader accepts.
        case tooLarge(limit: Int)
        /// More records than the reader accepts.
        case tooManyRecords(limit: Int)
        /// A record with more fields than the reader accepts.
        case tooManyColumns(limit: Int)
        /// More fields in the file than the reader accepts.
        case tooManyFields(limit: Int)
    }

    /// What is wrong.
    public var reason: Reason
    /// Where.
    public var location: SourceLocation?

    /// An error for `reason` at `location`.
    public init(_ reason: Reason, at location: SourceLocation?) {
        self.reason = reason
        self.location = location
    }

    /// The message, without the location (quoted input longer than 200 characters is cut).
    public var message: String { fullMessage.elidingLongWords() }

    private var fullMessage: String {
        switch reason {
        case .unterminatedQuote: return "unterminated quoted field (no closing '\"')"
        case .characterAfterClosingQuote(let character):
            return "unexpected '\(character.escapedForMessage)' after a closing quote (expected a delimiter or the end of the line)"
        case .quoteInUnquotedField: return "a quote inside an unquoted field (quote the whole field and double the quote)"
        case .fieldCount(let expected, let found): return "expected \(expected) fields, found \(found)"
        case .missingHeader: return "the file is empty: expected a header row"
        case .duplicateColumn(let name): return "the header names column '\(name)' twice"
        case .missingColumn(let name): return "the header has no column '\(name)'"
        case .emptyField(let column): return "empty value in required column '\(column)'"
        case .badNumber(let column, let text):
            return "bad number '\(text)' in column '\(column)' (expected digits with '.' as the decimal point, no thousands separators)"
        case .numberOutOfRange(let column, let text):
            return "number '\(text)' in column '\(column)' is beyond the range of numbers Reckon holds (zero, and magnitudes from 2.2e-308 to 1.8e308)"
        case .numberTooLong(let column, let limit):
            return "a number with more than \(limit) digits in column '\(column)'"
        case .unknownUnit(let column, let text, let detail):
            return "unknown unit '\(text)' in column '\(column)'" + (detail.map { " (\($0))" } ?? "")
        case .badValue(let column, let text, let expected):
            return "bad value '\(text)' in column '\(column)' (expected \(expected))"
        case .invalidUTF8: return "the file is not valid UTF-8"
        case .tooLarge(let limit):
            return "the input is larger than \(limit) bytes" + (limit % (1 << 20) == 0 && limit > 0 ? " (\(limit >> 20) MiB)" : "")
        case .tooManyRecords(let limit): return "more than \(limit.grouped) records after the header (the reader's limit)"
        case .tooManyColumns(let limit): return "more than \(limit.grouped) fields in one record (the reader's limit)"
        case .tooManyFields(let limit): return "more than \(limit.grouped) fields in the file (the reader's limit)"
        }
    }
}

extension Int {
    /// `1,000,000`: a limit as messages show it.
    var grouped: String { NumberFormatting.display(Double(self)) }
}

extension Character {
    /// The character as a message shows it: control characters escaped.
    public var escapedForMessage: String {
        switch self {
        case "\n": return "\\n"
        case "\r", "\r\n": return "\\r"
        case "\t": return "\\t"
        default: return String(self)
        }
    }
}
