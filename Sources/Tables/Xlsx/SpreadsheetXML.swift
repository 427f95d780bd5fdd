/// Text as SpreadsheetML (the XML of an XLSX file) holds it, so that every reader gets the
/// text back exactly.
///
/// - `&`, `<`, `>` and `"` become entity references.
/// - A carriage return becomes `&#13;`: XML readers turn a literal CR (and CRLF) into LF.
/// - Characters XML 1.0 cannot hold at all (the C0 controls other than tab, LF and CR, and
///   the non-characters U+FFFE and U+FFFF) become the Office Open XML escape `_xHHHH_`
///   (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), which Excel and LibreOffice turn back into
///   the character.
/// - An underscore that would begin such an escape in the text itself (`_x0041_`) is
///   written `_x005F_`, the escaped underscore, so that the text is not decoded as `A`.
///
/// ```swift
/// var bytes: [UInt8] = []
/// SpreadsheetXML.append("a < b\u{1}", to: &bytes)   // a &lt; b_x0001_
/// ```
package enum SpreadsheetXML {
    /// Appends `text`, escaped, to `bytes`.
    package static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
                case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
                case 0x09, 0x0A: bytes.append(byte)
                case 0x00..<0x20: appendEscape(UInt32(byte), to: &bytes)
                case UInt8(ascii: "_"):
                    if beginsEscape(utf8, at: index) { appendEscape(0x5F, to: &bytes) } else { bytes.append(byte) }
                case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                    appendEscape(utf8[index + 2] == 0xBE ? 0xFFFE : 0xFFFF, to: &bytes)
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
            }
        }
    }

    /// `text`, escaped.
    package static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `_xHHHH_` (four hexadecimal digits) starts at `index`.
    private static func beginsEscape(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 6 < utf8.count, utf8[index + 1] == UInt8(ascii: "x"), utf8[index + 6] == UInt8(ascii: "_") else {
            return false
        }
        return (index + 2...index + 5).allSatisfy { hexValue(utf8[$0]) != nil }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `_xHHHH_` with upper-case digits.
    private static func appendEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        bytes.append(contentsOf: "_x".utf8)
        for shift in [12, 8, 4, 0] { bytes.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
        bytes.append(UInt8(ascii: "_"))
    }
}
