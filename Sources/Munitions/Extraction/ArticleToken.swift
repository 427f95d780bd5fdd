/// A word, a run of ASCII digits, or one other visible character of an article, by
/// position in the article's Unicode scalars. Spaces are not tokens; a token records
/// whether space (or a line break) came before it.
struct ArticleToken: Sendable {
    /// What a token holds.
    enum Kind: UInt8, Sendable {
        /// Letters (ASCII or any alphabetic scalar).
        case word
        /// ASCII digits.
        case number
        /// Any other visible scalar (punctuation, symbols, dashes, quotes).
        case symbol
    }

    /// The index of the first scalar.
    var start: Int32
    /// The index after the last scalar.
    var end: Int32
    /// The id of a word in the run's `WordTable` (equal ids, equal words), 0 otherwise.
    var key: UInt64
    /// What it holds.
    var kind: Kind
    /// `spaceBefore`, `lineBefore`, `capitalized` bits.
    var flags: UInt8
    /// The month a word names, 1–12; 0 for none.
    var monthNumber: UInt8 = 0
    /// The weekday a word names plus one (1 = Monday); 0 for none.
    var weekdayNumber: UInt8 = 0
    /// The word's `Lexicon.Classes`, looked up once.
    var classBits: UInt32 = 0

    /// The month a word names.
    var month: Int? { monthNumber == 0 ? nil : Int(monthNumber) }
    /// The weekday a word names, 0 = Monday.
    var weekday: Int? { weekdayNumber == 0 ? nil : Int(weekdayNumber) - 1 }

    static let spaceBefore: UInt8 = 1
    static let lineBefore: UInt8 = 2
    static let capitalized: UInt8 = 4

    /// Whether white space separates it from the token before.
    var hasSpaceBefore: Bool { flags & Self.spaceBefore != 0 }
    /// Whether a line break separates it from the token before (or it starts a block).
    var startsLine: Bool { flags & Self.lineBefore != 0 }
    /// Whether a word starts with an upper-case letter.
    var isCapitalized: Bool { flags & Self.capitalized != 0 }
    /// Its length in scalars.
    var length: Int { Int(end - start) }
}

/// Splits the text between two offsets into tokens, reusing one buffer.
struct ArticleTokenizer {
    /// Tokenises `scalars[start..<end]` into `tokens` (replacing what it held), interning
    /// each word in `words`.
    static func tokenize(
        _ scalars: [Unicode.Scalar], from start: Int, to end: Int, into tokens: inout [ArticleToken],
        words: inout WordTable
    ) {
        tokens.removeAll(keepingCapacity: true)
        var index = start
        var space = true
        var line = true
        while index < end {
            let scalar = scalars[index]
            let value = scalar.value
            if isSpace(scalar) {
                space = true
                if value == 10 || value == 13 { line = true }
                index += 1
                continue
            }
            var flags: UInt8 = 0
            if space { flags |= ArticleToken.spaceBefore }
            if line { flags |= ArticleToken.lineBefore }
            space = false
            line = false
            let tokenStart = index
            if value >= 48 && value <= 57 {
                while index < end, scalars[index].value >= 48, scalars[index].value <= 57 { index += 1 }
                tokens.append(ArticleToken(start: Int32(tokenStart), end: Int32(index), key: 0, kind: .number, flags: flags))
            } else if isLetter(scalar) {
                if (value >= 65 && value <= 90) || (value > 127 && scalar.properties.isUppercase) {
                    flags |= ArticleToken.capitalized
                }
                while index < end, isLetter(scalars[index]) { index += 1 }
                let key = words.intern(scalars, tokenStart, index)
                let entry = words.entries[Int(key) - 1]
                var token = ArticleToken(start: Int32(tokenStart), end: Int32(index), key: key, kind: .word, flags: flags)
                token.classBits = entry.classes.rawValue
                token.monthNumber = entry.month
                token.weekdayNumber = entry.weekday
                tokens.append(token)
            } else {
                index += 1
                tokens.append(ArticleToken(start: Int32(tokenStart), end: Int32(index), key: 0, kind: .symbol, flags: flags))
            }
        }
    }

    /// ASCII letters, and alphabetic scalars beyond ASCII.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        // Quick answers for the punctuation news text is full of (quotes, dashes, spaces,
        // currency signs), before asking the Unicode tables.
        if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
        if (0x2000...0x206F).contains(value) || (0x20A0...0x20CF).contains(value) { return false }
        return scalar.properties.isAlphabetic
    }

    /// Space, tab, line breaks, and the Unicode spaces news text uses.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 9, 10, 11, 12, 13, 32, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
