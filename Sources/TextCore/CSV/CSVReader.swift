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

    /// Splits `text` into records of fields. The work is on UTF-8 bytes: quotes, line breaks
    /// and the delimiter are whole scalars, so a field is always a slice of whole scalars and
    /// is decoded once; columns count scalars (a byte that is not a continuation byte).
    private func records(_ text: String, origin: String) throws(CSVError) -> [RawRecord] {
        let bytes = Array(text.utf8)
        let count = bytes.count
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let delimiterBytes = Array(String(delimiter).utf8)
        var result: [RawRecord] = []
        var fields: [CSVField] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var column = 1
        var recordLine = 1
        var fieldTotal = 0

        func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(origin: origin, line: line, column: column)
        }
        func isDelimiter(at position: Int) -> Bool {
            guard bytes[position] == delimiterBytes[0], position + delimiterBytes.count <= count else { return false }
            for offset in delimiterBytes.indices.dropFirst() where bytes[position + offset] != delimiterBytes[offset] {
                return false
            }
            return true
        }
        func isScalarStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
        func decoded(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func character(at position: Int) -> Character {
            var end = position + 1
            while end < count && !isScalarStart(bytes[end]) { end += 1 }
            return Character(decoded(position..<end))
        }

        if index >= count { return [] }
        while true {
            // At the start of a field.
            let fieldLocation = location(line, column)
            if fields.isEmpty && result.count > maximumRecords {
                throw CSVError(.tooManyRecords(limit: maximumRecords), at: fieldLocation)
            }
            var fieldText: String
            var wasQuoted = false
            if index < count && bytes[index] == quote {
                wasQuoted = true
                index += 1
                column += 1
                fieldText = ""
                var segmentStart = index
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count && bytes[index + 1] == quote {
                            fieldText += decoded(segmentStart..<index + 1)  // one quote of the two
                            index += 2
                            column += 2
                            segmentStart = index
                            continue
                        }
                        fieldText += decoded(segmentStart..<index)
                        index += 1
                        column += 1
                        closed = true
                        break
                    }
                    index += 1
                    if byte == lf {
                        line += 1
                        column = 1
                    } else if byte == cr {
                        if index < count && bytes[index] == lf { index += 1 }
                        line += 1
                        column = 1
                    } else if isScalarStart(byte) {
                        column += 1
                    }
                }
                if !closed { throw CSVError(.unterminatedQuote, at: fieldLocation) }
                if index < count && !isDelimiter(at: index) && bytes[index] != lf && bytes[index] != cr {
                    throw CSVError(.characterAfterClosingQuote(character(at: index)), at: location(line, column))
                }
            } else {
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if isDelimiter(at: index) || byte == lf || byte == cr { break }
                    if byte == quote { throw CSVError(.quoteInUnquotedField, at: location(line, column)) }
                    index += 1
                    if isScalarStart(byte) { column += 1 }
                }
                fieldText = decoded(start..<index)
            }
            // Header names are never neutralised (`CSVWriter`), so only records are restored.
            if restoresNeutralisedText && wasQuoted && !result.isEmpty { fieldText = Self.restoringNeutralised(fieldText) }
            fields.append(CSVField(text: fieldText, location: fieldLocation, wasQuoted: wasQuoted))
            fieldTotal += 1
            if fields.count > maximumColumns {
                throw CSVError(.tooManyColumns(limit: maximumColumns), at: fieldLocation)
            }
            if fieldTotal > maximumFields {
                throw CSVError(.tooManyFields(limit: maximumFields), at: fieldLocation)
            }
            if index >= count {
                result.append(RawRecord(fields: fields, line: recordLine, end: location(line, column)))
                break
            }
            if isDelimiter(at: index) {
                index += delimiterBytes.count
                column += 1
                continue
            }
            // A line ending: CRLF, LF or a lone CR.
            if bytes[index] == cr && index + 1 < count && bytes[index + 1] == lf { index += 1 }
            index += 1
            result.append(RawRecord(fields: fields, line: recordLine, end: location(line, column)))
            fields = []
            line += 1
            column = 1
            recordLine = line
            if index >= count { break }
        }
        return result
    }

    /// `'=1+1` back to `=1+1`: the inverse of the writer's neutralisation (`CSVNeutralisation`).
    static func restoringNeutralised(_ text: String) -> String {
        CSVNeutralisation.restoring(text)
    }
}
