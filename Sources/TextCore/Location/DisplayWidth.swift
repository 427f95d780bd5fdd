/// Terminal column widths of text, so that tables with "Zürich", "—" or CJK text line up.
///
/// A character takes 0 columns when it is a combining mark or a control, 2 when it is East
/// Asian wide or an emoji, 1 otherwise (the rules of `wcwidth`, simplified to ranges).
public enum DisplayWidth {
    /// The number of terminal columns `text` takes.
    ///
    /// ```swift
    /// DisplayWidth.of("Zürich")  // 6
    /// DisplayWidth.of("北朝鮮")   // 6
    /// ```
    public static func of(_ text: String) -> Int {
        var width = 0
        for character in text {
            width += of(character)
        }
        return width
    }

    /// The width of one grapheme cluster: that of its first scalar (the rest combine).
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.generalCategory == .enclosingMark
            || value == 0x200B
        {
            return 0
        }
        if isWide(value) || character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) {
            return 2
        }
        return 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        wideRanges.contains { $0.contains(value) }
    }
}
