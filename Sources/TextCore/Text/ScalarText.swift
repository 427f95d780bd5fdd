/// Small, allocation-free readings of Unicode scalars that every scanner shares.
extension Unicode.Scalar {
    /// The value of an ASCII digit, `nil` for anything else.
    package var asciiDigit: Int? {
        value >= 48 && value <= 57 ? Int(value - 48) : nil
    }

    /// The scalar with ASCII capitals made small (`A` → `a`); any other scalar unchanged.
    package var asciiLowercased: Unicode.Scalar {
        value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : self
    }
}

/// The index after `word` (lower-case scalars) when it stands at `index` as a whole word,
/// compared without ASCII case; reads the text in place.
///
/// ```swift
/// matchWord(Array("to".unicodeScalars), in: Array("100 TO 180".unicodeScalars), at: 4)  // 6
/// ```
package func matchWord(_ word: some Sequence<Unicode.Scalar>, in scalars: [Unicode.Scalar], at index: Int) -> Int? {
    var position = index
    for letter in word {
        guard position < scalars.count, scalars[position].asciiLowercased == letter else { return nil }
        position += 1
    }
    if position < scalars.count, scalars[position].properties.isAlphabetic { return nil }
    if index > 0, scalars[index - 1].properties.isAlphabetic { return nil }
    return position
}

/// `matchWord` for a word given as a string.
package func matchWord(_ word: String, in scalars: [Unicode.Scalar], at index: Int) -> Int? {
    matchWord(word.unicodeScalars, in: scalars, at: index)
}
