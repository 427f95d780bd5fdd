import Tables
import TextCore

/// An article prepared for extraction: checked UTF-8, decoded into Unicode scalars.
///
/// Offsets everywhere in extraction count Unicode scalars from the start of the input
/// (0-based, end exclusive), every scalar included (a byte-order mark, carriage returns):
/// Python's `text[start:end]` on the decoded file gives the quote back. Lines and columns
/// are 1-based and count scalars too, as `SourceLocation` does.
///
/// Input is refused with a located error when it is larger than `maximumBytes`, is not
/// UTF-8, or looks binary (a NUL byte, or more than 1 % control characters other than tab,
/// line feed, carriage return and form feed). Empty input is valid and has no claims.
///
/// ```swift
/// let article = try ArticleText("About 5,000 containers.", origin: "note.txt")
/// article.scalars.count  // 23
/// ```
public struct ArticleText: Sendable {
    /// The largest input accepted: 16 MiB, far above any article (a long one is 50 KB).
    public static let maximumBytes = 16 << 20

    /// The text as Unicode scalars.
    public let scalars: [Unicode.Scalar]
    /// Where it came from (a path, `<stdin>`, `<text>`).
    public let origin: String

    /// Checks and decodes UTF-8 bytes.
    public init(bytes: [UInt8], origin: String) throws(ExtractionError) {
        guard bytes.count <= Self.maximumBytes else {
            throw ExtractionError(
                "the input is \(bytes.count) bytes; the limit is \(Self.maximumBytes) bytes (16 MiB) per article",
                at: SourceLocation(origin: origin, line: 1, column: 1))
        }
        self.origin = origin
        self.scalars = try Self.decode(bytes, origin: origin)
    }

    /// Checks a string (size and control characters).
    public init(_ text: String, origin: String = "<text>") throws(ExtractionError) {
        try self.init(bytes: Array(text.utf8), origin: origin)
    }

    /// The line and column of the scalar at `offset`.
    /// A byte-order mark at the start is a scalar of the text (offsets count it) but not a
    /// column: editors do not show it.
    public func location(of offset: Int) -> SourceLocation {
        var line = 1
        var lineStart = scalars.first == "\u{FEFF}" ? 1 : 0
        var index = 0
        while index < offset && index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return SourceLocation(origin: origin, line: line, column: offset - lineStart + 1)
    }

    /// The text between two offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        guard end > start else { return "" }
        return String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var count = 0
            for index in start..<end {
                let value = scalars[index].value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = UInt8(0xC0 | (value >> 6))
                    buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
                    count += 2
                } else if value < 0x10000 {
                    buffer[count] = UInt8(0xE0 | (value >> 12))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
                    count += 3
                } else {
                    buffer[count] = UInt8(0xF0 | (value >> 18))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
                    count += 4
                }
            }
            return count
        }
    }

    private static func decode(_ bytes: [UInt8], origin: String) throws(ExtractionError) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var index = 0
        var line = 1
        var lineStart = 0
        var controls = 0
        var firstControl: (line: Int, column: Int)?
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 && byte != 9 && byte != 10 && byte != 13 && byte != 12 {
                    let column = scalars.count - lineStart + 1
                    if byte == 0 {
                        throw ExtractionError(
                            "binary data (a NUL byte): expected UTF-8 text", at: SourceLocation(origin: origin, line: line, column: column))
                    }
                    controls += 1
                    if firstControl == nil { firstControl = (line, column) }
                }
                if byte == 10 {
                    line += 1
                    lineStart = scalars.count + 1
                }
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            guard let (scalar, length) = decodeMultiByte(bytes, at: index) else {
                throw ExtractionError(
                    "the input is not valid UTF-8", at: SourceLocation(origin: origin, line: line, column: scalars.count - lineStart + 1))
            }
            if scalars.isEmpty && scalar == "\u{FEFF}" { lineStart = 1 }  // a byte-order mark: not a column
            scalars.append(scalar)
            index += length
        }
        if let firstControl, controls * 100 > max(scalars.count, 1) {
            throw ExtractionError(
                "binary data (\(controls) control characters): expected UTF-8 text",
                at: SourceLocation(origin: origin, line: firstControl.line, column: firstControl.column))
        }
        return scalars
    }

    /// The scalar encoded by 2 to 4 bytes at `index`, refusing overlong forms, surrogates
    /// and values above U+10FFFF.
    private static func decodeMultiByte(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}

/// Input that cannot be read as an article, with where the problem is.
public struct ExtractionError: LocatedError, Equatable {
    /// Where.
    public var location: SourceLocation?
    /// What is wrong.
    public var message: String

    /// An error at `location`.
    public init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }
}
