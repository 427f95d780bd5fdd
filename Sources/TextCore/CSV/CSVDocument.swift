/// A CSV file read strictly: a header and records whose every field knows its position.
public struct CSVDocument: Sendable {
    /// The file the text came from (for messages).
    public var origin: String
    /// The header fields.
    public var header: [CSVField]
    /// The records after the header.
    public var records: [CSVRecord]

    /// The position of the header column `name`, or an error at the header.
    public func columnIndex(_ name: String) throws(CSVError) -> Int {
        guard let index = header.firstIndex(where: { $0.text == name }) else {
            throw CSVError(.missingColumn(name), at: SourceLocation(origin: origin, line: 1, column: 1))
        }
        return index
    }

    /// Checks that the header has every one of `names`.
    public func requireColumns(_ names: [String]) throws(CSVError) {
        for name in names { _ = try columnIndex(name) }
    }
}

/// One field and where it starts.
public struct CSVField: Sendable, Equatable {
    /// The field's text, unquoted (and with the writer's neutralising `'` removed).
    public var text: String
    /// Where the field starts.
    public var location: SourceLocation
    /// Whether the field was quoted in the file: a quoted field is text even when it
    /// looks like a number (the writer quotes every text it protects).
    public var wasQuoted: Bool

    /// A field.
    public init(text: String, location: SourceLocation, wasQuoted: Bool = false) {
        self.text = text
        self.location = location
        self.wasQuoted = wasQuoted
    }
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable {
    /// The fields, one per header column.
    public var fields: [CSVField]
    /// The header names, to find fields by name.
    public var columnNames: [String]
    /// The line the record starts on.
    public var line: Int

    /// The field in column `name`; a column the header lacks is an error at the record.
    public func field(_ name: String) throws(CSVError) -> CSVField {
        guard let index = columnNames.firstIndex(of: name) else {
            throw CSVError(.missingColumn(name), at: location(of: name))
        }
        return fields[index]
    }

    /// Where the field of column `name` starts, for messages: the record's start when the
    /// header lacks the column.
    public func location(of name: String) -> SourceLocation {
        if let index = columnNames.firstIndex(of: name) { return fields[index].location }
        let start = fields.first?.location ?? SourceLocation(origin: "", line: line, column: 1)
        return SourceLocation(origin: start.origin, line: line, column: 1)
    }

    /// The text of column `name`; empty text is an error when `required`.
    public func text(_ name: String, required: Bool = false) throws(CSVError) -> String {
        let field = try field(name)
        if required && field.text.trimmingSpaces().isEmpty {
            throw CSVError(.emptyField(column: name), at: field.location)
        }
        return field.text
    }

    /// The number in column `name`, `nil` when empty (an error when `required`).
    ///
    /// The grammar is strict: `-?digits(.digits)?([eE][+-]?digits)?`, nothing else, so a
    /// thousands separator or a unit in a number column is reported, not misread.
    public func number(_ name: String, required: Bool = false) throws(CSVError) -> Double? {
        let field = try field(name)
        let text = field.text.trimmingSpaces()
        if text.isEmpty {
            if required { throw CSVError(.emptyField(column: name), at: field.location) }
            return nil
        }
        return try StrictNumber.value(text, column: name, at: field.location)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
