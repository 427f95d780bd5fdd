import TextCore
/// How CSV is written: the choices spreadsheets in different locales need.
public struct CSVOptions: Sendable, Equatable {
    /// Line endings between records.
    public enum LineEnding: String, Sendable {
        /// `\r\n`, as RFC 4180 says (the default).
        case crlf
        /// `\n`.
        case lf

        var text: String { self == .crlf ? "\r\n" : "\n" }
    }

    /// The field separator: `,` by default, `;` for locales whose decimal mark is a comma,
    /// a tab for TSV. One ASCII character other than a quote, a line break, a digit, a
    /// letter, `.`, `+`, `-` or a space, so that numbers never need quotes.
    public var delimiter: Character
    /// The line ending.
    public var lineEnding: LineEnding
    /// Whether to begin with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    public var byteOrderMark: Bool

    /// Options; the defaults follow RFC 4180.
    public init(delimiter: Character = ",", lineEnding: LineEnding = .crlf, byteOrderMark: Bool = false) {
        precondition(Self.isUsableDelimiter(delimiter), "not a usable delimiter")
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
    }

    /// TSV: a tab between fields, `\n` after each record.
    public static let tsv = CSVOptions(delimiter: "\t", lineEnding: .lf)

    /// Whether `character` can separate fields (see `delimiter`).
    public static func isUsableDelimiter(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return false }
        if byte == UInt8(ascii: "\t") { return true }
        guard byte > 0x20, byte < 0x7F else { return false }
        return !character.isLetter && !character.isNumber && !"\".+-'".contains(character)
    }
}
