import TextCore

extension String {
    /// The text made safe to print on a terminal inside a one-line message: control
    /// characters (C0, DEL, C1), line and paragraph separators and the bidirectional
    /// overrides are written as escapes (`\n`, `\t`, `\r`, `\x1B`, `\u{202E}`), so an argument
    /// can neither split the message nor send escape sequences to the terminal; very long
    /// words are cut in the middle (`elidingLongWords`).
    ///
    /// ```swift
    /// "a\u{1B}[31mb\nc".escapedForTerminal  // "a\\x1B[31mb\\nc"
    /// ```
    var escapedForTerminal: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                result += "\\x" + Self.hex(scalar.value, digits: 2)
            case _ where Self.invisibleControls.contains(scalar.value):
                result += "\\u{" + Self.hex(scalar.value, digits: 4) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result.elidingLongWords()
    }

    /// Line and paragraph separators, and the marks that reorder text (bidirectional embeddings,
    /// overrides and isolates), which can make a message read as something else.
    private static let invisibleControls = Set<UInt32>([0x2028, 0x2029, 0x200E, 0x200F, 0x061C])
        .union(0x202A...0x202E).union(0x2066...0x2069)

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: Swift.max(0, digits - text.count)) + text
    }
}
