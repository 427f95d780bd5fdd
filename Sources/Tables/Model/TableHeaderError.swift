import TextCore

/// Why a table's column names cannot be written: two columns would get the same header
/// field (or JSON key), or a header field would begin like a formula. Headers are names:
/// no format neutralises them, so a table must not need it.
///
/// ```swift
/// try table.checkHeaders()   // before writing any format
/// ```
public struct TableHeaderError: LocatedError, Equatable {
    /// The kinds of problems.
    public enum Reason: Sendable, Equatable {
        /// Two columns (or the fields an estimate column makes) share this header.
        case duplicate(String)
        /// The header begins with `=`, `+`, `-`, `@`, a tab, CR or LF, which a spreadsheet runs.
        case formula(String)
    }

    /// What is wrong.
    public var reason: Reason

    /// An error.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// Always `nil`: a table is not a file.
    public var location: SourceLocation? { nil }

    /// The message.
    public var message: String {
        switch reason {
        case .duplicate(let name):
            return "two columns would both be named '\(name)'; column names must be unique"
        case .formula(let name):
            return "the column name '\(name)' begins like a spreadsheet formula (=, +, -, @, tab, CR, LF); rename the column"
        }
    }
}

extension Table {
    /// Checks the names every format writes: the CSV, TSV and xlsx header fields (estimate
    /// columns make three or four) and the column names JSON keys come from are unique, and
    /// none begins like a formula.
    public func checkHeaders() throws(TableHeaderError) {
        var seen = Set<String>()
        for field in CSVWriter().headerFields(self) {
            guard seen.insert(field).inserted else { throw TableHeaderError(.duplicate(field)) }
            if CSVNeutralisation.startsLikeFormula(field) { throw TableHeaderError(.formula(field)) }
        }
        var names = Set<String>()
        for column in columns where !names.insert(column.name).inserted {
            throw TableHeaderError(.duplicate(column.name))
        }
    }
}
