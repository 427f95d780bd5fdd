/// Bytes that are not UTF-8, and where the first bad byte is.
public struct InvalidUTF8Error: LocatedError, Equatable {
    /// The line and column of the first invalid byte.
    public var location: SourceLocation?
    /// The message.
    public var message: String { "the input is not valid UTF-8" }
}

/// Decodes UTF-8 bytes, reporting the line and column of the first invalid byte.
public enum UTF8Validation {
    /// The text of `bytes`, or an error at the first byte that is not valid UTF-8.
    ///
    /// ```swift
    /// try UTF8Validation.decode([0x61, 0xFF], origin: "x")  // throws at x:1:2
    /// ```
    public static func decode(_ bytes: [UInt8], origin: String) throws(InvalidUTF8Error) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\u{FEFF}" && line == 1 && column == 1 {
                    // A leading byte-order mark takes no column (readers drop it).
                    continue
                }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                throw InvalidUTF8Error(location: SourceLocation(origin: origin, line: line, column: column))
            }
        }
    }
}
