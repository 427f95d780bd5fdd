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

    /// What text cells are protected from.
    ///
    /// - `spreadsheet`: for a spreadsheet that opens the file. Every text a spreadsheet would
    ///   run as a formula or change into a number, date or truth value (`=1+1`, `007`,
    ///   `Feb 2024`, `5,000`, `TRUE`) gets a leading `'` (`CSVNeutralisation`), so that it
    ///   stays the text it was. pandas and R see that `'`.
    /// - `plain`: for data tools (pandas, R, DuckDB). Text is written exactly, with one
    ///   exception: a text beginning with a formula trigger (`=`, `+`, `-`, `@`, tab, CR, LF,
    ///   NUL, or their full-width forms), which a spreadsheet would run, still gets the `'`
    ///   (and so does the rare quoted text that begins with `'` and otherwise looks like a
    ///   value, so that `CSVReader` can tell the two apart and give back every text exactly).
    ///
    /// Headers are never changed in either mode: they are plain identifiers.
    public enum Mode: String, Sendable, CaseIterable {
        /// Exact text for data tools; only formula triggers are neutralised.
        case plain
        /// Text guarded for spreadsheets (the default).
        case spreadsheet
    }

    /// The field separator: `,` by default, `;` for locales whose decimal mark is a comma,
    /// a tab for TSV. One ASCII character other than a quote, a line break, a digit, a
    /// letter, `.`, `+`, `-` or a space, so that numbers never need quotes.
    public var delimiter: Character
    /// The line ending.
    public var lineEnding: LineEnding
    /// Whether to begin with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    public var byteOrderMark: Bool
    /// What text cells are protected from (see `Mode`).
    public var mode: Mode

    /// Options; the defaults follow RFC 4180, text guarded for spreadsheets.
    ///
    /// ```swift
    /// let forPandas = CSVOptions(lineEnding: .lf, mode: .plain)
    /// ```
    public init(delimiter: Character = ",", lineEnding: LineEnding = .crlf, byteOrderMark: Bool = false, mode: Mode = .spreadsheet) {
        precondition(Self.isUsableDelimiter(delimiter), "not a usable delimiter")
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.mode = mode
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
