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

    /// The field separator: `,` by default, `;` for locales whose decimal mark is a comma.
    public var delimiter: Character
    /// The line ending.
    public var lineEnding: LineEnding
    /// Whether to begin with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    public var byteOrderMark: Bool

    /// Options; the defaults follow RFC 4180.
    public init(delimiter: Character = ",", lineEnding: LineEnding = .crlf, byteOrderMark: Bool = false) {
        precondition(delimiter != "\"" && delimiter != "\n" && delimiter != "\r", "not a usable delimiter")
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
    }
}
