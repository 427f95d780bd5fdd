/// The two ways news in other locales writes digits that an English reader may misread:
/// thousands grouped by spaces (`5 000`) and a point before exactly three digits (`5.000`,
/// which is 5 with a decimal point or 5,000 with a decimal comma locale's thousands point).
/// The calculator (`Parser+NewsDigits`) and article extraction both read them through these
/// tests, so that the two agree on what is grouped and what is ambiguous.
///
/// ```swift
/// LocaleDigits.isGroupSeparator("\u{202F}")         // true (narrow no-break space)
/// LocaleDigits.pointBeforeThreeDigits("5.000")      // true
/// LocaleDigits.pointBeforeThreeDigits("1.5")        // false
/// ```
package enum LocaleDigits {
    /// Whether `scalar` groups thousands: a space, a no-break space, a thin space or a
    /// narrow no-break space.
    package static func isGroupSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{2009}" || scalar == "\u{202F}"
    }

    /// Whether `text` is 1–3 digits not starting with 0, a point and exactly three digits
    /// (a minus sign before it is allowed). Reads the UTF-8 bytes, without allocating.
    package static func pointBeforeThreeDigits(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard (5...7).contains(bytes.count), bytes.first != UInt8(ascii: "0") else { return false }
        let point = bytes.count - 4
        for (offset, byte) in bytes.enumerated() {
            let isDigit = byte &- UInt8(ascii: "0") < 10
            if offset == point ? byte != UInt8(ascii: ".") : !isDigit { return false }
        }
        return true
    }

    /// The two readings of a `5.000` number (`text` passes `pointBeforeThreeDigits`): with a
    /// decimal point (`5`, `1.25`, `1.2345` … shortest form) and with a thousands point
    /// (`5,000`), as text.
    package static func readings(of text: String) -> (decimal: String, thousands: String) {
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".")
        var fraction = parts[1]
        while fraction.last == "0" { fraction.removeLast() }
        let decimal = fraction.isEmpty ? String(parts[0]) : parts[0] + "." + fraction
        return (decimal, parts[0] + "," + parts[1])
    }
}
