import TextCore
/// How one column of a table is read from a CSV file: the typed-column API of
/// `TableCSVReader`.
///
/// ```swift
/// let specs = [
///     CSVColumnSpec(Column(name: "system", kind: .text), required: true),
///     CSVColumnSpec(Column(name: "range", unit: "km", kind: .estimate)),   // range_km_low, …
///     CSVColumnSpec(Column(name: "count", kind: .number)),
/// ]
/// let table = try TableCSVReader().read(text, origin: "systems.csv", columns: specs)
/// ```
public struct CSVColumnSpec: Sendable {
    /// How the column's fields become cells.
    public enum Reading: Sendable {
        /// One field, kept as text.
        case text
        /// One field with a strict number (`-?digits(.digits)?(e±digits)?`).
        case number
        /// Three fields `<header>_low`, `_nominal`, `_high` (the nominal may be empty), and an
        /// optional fourth `<header>_unit` whose units are checked by the reader's `unitCheck`.
        case estimate
        /// One field read by `parse`: for example an estimate written as words ("100–180 km").
        case parsed(CSVCellParser)
    }

    /// The table column the fields become (its name and unit give the header, as
    /// `CSVWriter.headerName` writes it).
    public var column: Column
    /// How fields are read.
    public var reading: Reading
    /// Whether an empty field is an error.
    public var required: Bool

    /// A column read as its kind says (text, number or estimate).
    public init(_ column: Column, required: Bool = false) {
        self.column = column
        switch column.kind {
        case .text, .date: reading = .text
        case .number: reading = .number
        case .estimate: reading = .estimate
        }
        self.required = required
    }

    /// A column read in a particular way.
    public init(_ column: Column, reading: Reading, required: Bool = false) {
        self.column = column
        self.reading = reading
        self.required = required
    }

    /// The header name the column's (first) field has.
    public var header: String { CSVWriter.headerName(column) }
}

/// Reads one non-empty field into a cell, or says what is wrong and where in the field.
///
/// ```swift
/// let percent = CSVCellParser { text in
///     guard text.hasSuffix("%"), let value = Double(text.dropLast()) else {
///         throw CSVFieldProblem(.badValue(column: "share", text: text, expected: "a percentage"))
///     }
///     return .number(value / 100)
/// }
/// ```
public struct CSVCellParser: Sendable {
    /// The parsing function; it gets the field's text.
    public var parse: @Sendable (String) throws(CSVFieldProblem) -> Cell

    /// A parser.
    public init(_ parse: @escaping @Sendable (String) throws(CSVFieldProblem) -> Cell) {
        self.parse = parse
    }
}

/// A problem inside one field, found by a `CSVCellParser`: the reader adds the file, line
/// and column.
public struct CSVFieldProblem: Error, Sendable, Equatable {
    /// What is wrong.
    public var reason: CSVError.Reason
    /// The 1-based position in the field's text (in Unicode scalars) where the problem is.
    public var offset: Int

    /// A problem at `offset` in the field.
    public init(_ reason: CSVError.Reason, offset: Int = 1) {
        self.reason = reason
        self.offset = max(1, offset)
    }
}
