import TextCore

/// A caliber label such as "152-mm", "152mm" or "152-millimeter": part of what is counted,
/// never a count itself.
///
/// ```swift
/// let scalars = Array("152-mm shells".unicodeScalars)
/// Caliber.scan(scalars, from: 0)?.0.millimetres  // 152
/// ```
public struct Caliber: Sendable, Equatable {
    /// The bore diameter in millimetres.
    public var millimetres: Double
    /// The label as written.
    public var text: String

    /// A caliber.
    public init(millimetres: Double, text: String) {
        self.millimetres = millimetres
        self.text = text
    }

    /// Words that, straight after digits, make a caliber label.
    static let suffixes = ["-millimeter", "-millimetre", " millimeter", "-mm", "mm"]

    /// The caliber label at `start` and the index after it.
    public static func scan(_ scalars: [Unicode.Scalar], from start: Int) -> (Caliber, Int)? {
        var index = start
        var digits = ""
        while index < scalars.count, let digit = scalars[index].asciiDigit {
            digits += String(digit)
            index += 1
            if digits.count > 4 { return nil }
        }
        if index < scalars.count, scalars[index] == ".", index + 1 < scalars.count, scalars[index + 1].asciiDigit != nil {
            digits += "."
            index += 1
            while index < scalars.count, let digit = scalars[index].asciiDigit {
                digits += String(digit)
                index += 1
            }
        }
        guard !digits.isEmpty, let value = Double(digits) else { return nil }
        for suffix in suffixes {
            let letters = Array(suffix.unicodeScalars)
            guard index + letters.count <= scalars.count,
                Array(scalars[index..<index + letters.count]).map(\.asciiLowercased) == letters
            else { continue }
            var end = index + letters.count
            if suffix.hasSuffix("meter") || suffix.hasSuffix("metre"), end < scalars.count, scalars[end] == "s" { end += 1 }
            if end < scalars.count, scalars[end].properties.isAlphabetic { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            return (Caliber(millimetres: value, text: String(text)), end)
        }
        return nil
    }
}
