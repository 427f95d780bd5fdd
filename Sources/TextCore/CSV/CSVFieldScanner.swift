/// A position in CSV text that is being split into fields, with its line and column. The
/// work is on UTF-8 bytes: quotes, line breaks and the delimiter are whole scalars, so a
/// field is always a slice of whole scalars and is decoded once; columns count scalars (a
/// byte that is not a continuation byte). `CSVReader` builds records from the fields.
struct CSVFieldScanner {
    private static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// The text as UTF-8.
    private let bytes: [UInt8]
    /// Where the text came from, for locations.
    private let origin: String
    /// The field separator as UTF-8.
    private let delimiter: [UInt8]
    /// The next byte to read.
    private var index: Int
    /// The line of the next byte (from 1).
    private var line = 1
    /// The column of the next byte, in scalars (from 1).
    private var column = 1

    /// A scanner at the start of `text`, after a UTF-8 byte-order mark if there is one.
    init(_ text: String, origin: String, delimiter: Unicode.Scalar) {
        bytes = Array(text.utf8)
        self.origin = origin
        self.delimiter = Array(String(delimiter).utf8)
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Whether all the text has been read.
    var isAtEnd: Bool {
        @inline(__always) get { index >= bytes.count }
    }

    /// The line the next byte is on.
    var currentLine: Int {
        @inline(__always) get { line }
    }

    /// Where the next byte is.
    var location: SourceLocation {
        @inline(__always) get { SourceLocation(origin: origin, line: line, column: column) }
    }

    /// The field at the position, quoted or not, and whether it was quoted; the position
    /// moves to the byte after it (a delimiter, a line ending or the end).
    @inline(__always)
    mutating func field() throws(CSVError) -> (text: String, wasQuoted: Bool) {
        if index < bytes.count && bytes[index] == Self.quote { return (try quotedField(), true) }
        return (try unquotedField(), false)
    }

    /// Skips the delimiter at the position, if there is one.
    @inline(__always)
    mutating func skipDelimiter() -> Bool {
        guard isDelimiter(at: index) else { return false }
        index += delimiter.count
        column += 1
        return true
    }

    /// Skips the line ending at the position: CRLF, LF or a lone CR.
    @inline(__always)
    mutating func skipLineEnding() {
        if bytes[index] == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf { index += 1 }
        index += 1
        line += 1
        column = 1
    }

    /// A quoted field (a doubled quote inside stands for one), which must be followed by a
    /// delimiter, a line ending or the end.
    @inline(__always)
    private mutating func quotedField() throws(CSVError) -> String {
        let fieldLocation = location
        index += 1
        column += 1
        var fieldText = ""
        var segmentStart = index
        var closed = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
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
            countLine(after: byte)
        }
        if !closed { throw CSVError(.unterminatedQuote, at: fieldLocation) }
        if index < bytes.count && !isDelimiter(at: index) && bytes[index] != Self.lf && bytes[index] != Self.cr {
            throw CSVError(.characterAfterClosingQuote(character(at: index)), at: location)
        }
        return fieldText
    }

    /// Moves the line and column past `byte` of a quoted field, the byte before `index`
    /// (a CR followed by LF is one line break).
    @inline(__always)
    private mutating func countLine(after byte: UInt8) {
        if byte == Self.lf {
            line += 1
            column = 1
        } else if byte == Self.cr {
            if index < bytes.count && bytes[index] == Self.lf { index += 1 }
            line += 1
            column = 1
        } else if Self.isScalarStart(byte) {
            column += 1
        }
    }

    /// An unquoted field, which may not hold a quote.
    @inline(__always)
    private mutating func unquotedField() throws(CSVError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if isDelimiter(at: index) || byte == Self.lf || byte == Self.cr { break }
            if byte == Self.quote { throw CSVError(.quoteInUnquotedField, at: location) }
            index += 1
            if Self.isScalarStart(byte) { column += 1 }
        }
        return decoded(start..<index)
    }

    /// Whether the delimiter starts at `position`.
    @inline(__always)
    private func isDelimiter(at position: Int) -> Bool {
        guard bytes[position] == delimiter[0], position + delimiter.count <= bytes.count else { return false }
        for offset in delimiter.indices.dropFirst() where bytes[position + offset] != delimiter[offset] {
            return false
        }
        return true
    }

    @inline(__always)
    private static func isScalarStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    @inline(__always)
    private func decoded(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The character whose first byte is at `position`.
    private func character(at position: Int) -> Character {
        var end = position + 1
        while end < bytes.count && !Self.isScalarStart(bytes[end]) { end += 1 }
        return Character(decoded(position..<end))
    }
}
