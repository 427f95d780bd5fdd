/// Reads CSV strictly (RFC 4180), reporting every problem with file:line:column.
///
/// Accepted: `,` or another delimiter, CRLF or LF line endings, a UTF-8 byte-order mark,
/// quoted fields with doubled quotes inside, a final line ending or none. Refused: a
/// quote inside an unquoted field, characters after a closing quote, an unterminated
/// quote, records whose field count differs from the header's.
///
/// ```swift
/// let document = try CSVReader().read("id,value\na,1\n", origin: "x.csv")
/// document.records[0].fields[1].text  // "1"
/// ```
public struct CSVReader: Sendable {
    /// The field separator.
    public var delimiter: Unicode.Scalar
    /// Whether a field the writer neutralised (`'=1+1`) is read back as written (`=1+1`);
    /// header fields are always read as they are.
    public var restoresNeutralisedText: Bool
    /// The largest input accepted, in bytes.
    public var maximumBytes: Int
    /// The most records after the header.
    public var maximumRecords: Int
    /// The most fields in one record (the header included).
    public var maximumColumns: Int
    /// The most fields in the whole file, header included (about 130 bytes of memory each
    /// while a table is read and written).
    public var maximumFields: Int

    /// The default limits: 256 MiB, a million records, 1,000 columns, ten million fields.
    public static let defaultLimits = (bytes: 256 << 20, records: 1_000_000, columns: 1_000, fields: 10_000_000)

    /// A reader; the defaults read what `CSVWriter` writes by default.
    public init(
        delimiter: Unicode.Scalar = ",", restoresNeutralisedText: Bool = true, maximumBytes: Int = defaultLimits.bytes,
        maximumRecords: Int = defaultLimits.records, maximumColumns: Int = defaultLimits.columns,
        maximumFields: Int = defaultLimits.fields
    ) {
        self.delimiter = delimiter
        self.restoresNeutralisedText = restoresNeutralisedText
        self.maximumBytes = maximumBytes
        self.maximumRecords = maximumRecords
        self.maximumColumns = maximumColumns
        self.maximumFields = maximumFields
    }

    /// Reads UTF-8 bytes; invalid UTF-8 is reported at its line and column.
    public func read(bytes: [UInt8], origin: String) throws(CSVError) -> CSVDocument {
        guard bytes.count <= maximumBytes else {
            throw CSVError(.tooLarge(limit: maximumBytes), at: SourceLocation(origin: origin, line: 1, column: 1))
        }
        let text: String
        do {
            text = try UTF8Validation.decode(bytes, origin: origin)
        } catch {
            throw CSVError(.invalidUTF8, at: error.location)
        }
        return try read(text, origin: origin)
    }

    /// Reads `text`, which came from `origin`.
    public func read(_ text: String, origin: String) throws(CSVError) -> CSVDocument {
        var rows = try records(text, origin: origin)
        guard !rows.isEmpty else {
            throw CSVError(.missingHeader, at: SourceLocation(origin: origin, line: 1, column: 1))
        }
        let header = rows.removeFirst()
        var seen = Set<String>()
        for field in header.fields where !seen.insert(field.text).inserted {
            throw CSVError(.duplicateColumn(field.text), at: field.location)
        }
        let names = header.fields.map(\.text)
        var result: [CSVRecord] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            guard row.fields.count == names.count else {
                // Point at the first field too many, or at the end of a record that is short.
                let location = row.fields.count > names.count ? row.fields[names.count].location : row.end
                throw CSVError(.fieldCount(expected: names.count, found: row.fields.count), at: location)
            }
            result.append(CSVRecord(fields: row.fields, columnNames: names, line: row.line))
        }
        return CSVDocument(origin: origin, header: header.fields, records: result)
    }

    private struct RawRecord {
        var fields: [CSVField]
        var line: Int
        /// Where the record ends (its line break, or the end of the text).
        var end: SourceLocation
    }

    /// Splits `text` into records of fields (`CSVFieldScanner`), within the limits.
    private func records(_ text: String, origin: String) throws(CSVError) -> [RawRecord] {
        var scanner = CSVFieldScanner(text, origin: origin, delimiter: delimiter)
        var result: [RawRecord] = []
        var fields: [CSVField] = []
        var recordLine = 1
        var fieldTotal = 0
        if scanner.isAtEnd { return [] }
        while true {
            // At the start of a field.
            let fieldLocation = scanner.location
            if fields.isEmpty && result.count > maximumRecords {
                throw CSVError(.tooManyRecords(limit: maximumRecords), at: fieldLocation)
            }
            var (fieldText, wasQuoted) = try scanner.field()
            // Header names are never neutralised (`CSVWriter`), so only records are restored.
            if restoresNeutralisedText && wasQuoted && !result.isEmpty { fieldText = Self.restoringNeutralised(fieldText) }
            fields.append(CSVField(text: fieldText, location: fieldLocation, wasQuoted: wasQuoted))
            fieldTotal += 1
            try checkFieldLimits(inRecord: fields.count, total: fieldTotal, at: fieldLocation)
            if scanner.isAtEnd {
                result.append(RawRecord(fields: fields, line: recordLine, end: scanner.location))
                break
            }
            if scanner.skipDelimiter() { continue }
            let end = scanner.location
            scanner.skipLineEnding()
            result.append(RawRecord(fields: fields, line: recordLine, end: end))
            fields = []
            recordLine = scanner.currentLine
            if scanner.isAtEnd { break }
        }
        return result
    }

    /// Refuses a field beyond `maximumColumns` in its record or `maximumFields` in the file.
    @inline(__always)
    private func checkFieldLimits(inRecord count: Int, total: Int, at location: SourceLocation) throws(CSVError) {
        if count > maximumColumns {
            throw CSVError(.tooManyColumns(limit: maximumColumns), at: location)
        }
        if total > maximumFields {
            throw CSVError(.tooManyFields(limit: maximumFields), at: location)
        }
    }

    /// `'=1+1` back to `=1+1`: the inverse of the writer's neutralisation (`CSVNeutralisation`).
    static func restoringNeutralised(_ text: String) -> String {
        CSVNeutralisation.restoring(text)
    }
}
