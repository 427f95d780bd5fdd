import TextCore

/// Splits calculator input into tokens on demand, so the parser can look at the raw text
/// where news-style figures need it (hedge phrases, calibers, units) and resume after them.
///
/// Numbers are read by `NewsNumberScanner` (`2,300,000`, `2.3M`, `2.3 million`, `400k`,
/// `two million`). A number with more digits than `NewsNumberScanner.maximumDigits`, or one
/// beyond the range of `Double`, is an error at its first digit.
struct Lexer: Sendable {
    /// The input.
    let source: SourceText
    /// The offset of the next scalar to read.
    var offset: Int

    /// A lexer at the start of `source`.
    init(_ source: SourceText, offset: Int = 0) {
        self.source = source
        self.offset = offset
    }

    /// Multi-scalar symbols first, so `<=` wins over `<` and `+/-` over `+`; as scalars, so
    /// that matching reads no strings.
    private static let symbols: [([Unicode.Scalar], String)] = [
        ("+/-", "±"), ("<=", "<="), (">=", ">="), ("~=", "≈"), ("**", "^"),
        ("+", "+"), ("-", "-"), ("−", "-"), ("*", "*"), ("×", "*"), ("·", "*"), ("/", "/"), ("÷", "/"),
        ("^", "^"), ("(", "("), (")", ")"), ("[", "["), ("]", "]"), (",", ","), (";", ";"), ("=", "="), ("<", "<"), (">", ">"),
        ("≤", "<="), ("≥", ">="), ("≈", "≈"), ("±", "±"), ("–", "–"), ("—", "–"), ("²", "²"), ("³", "³"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// Whether `scalar` is a space for the calculator (newlines are tokens); the thin and
    /// narrow no-break spaces group thousands (`5 000`).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{00A0}" || scalar == "\u{FEFF}"
            || scalar == "\u{2009}" || scalar == "\u{202F}"
    }

    /// Whether `scalar` can start a name: a letter, `_`, `µ`, `°` or `%`.
    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        UnitExpressionParser.isNameScalar(scalar)
    }

    /// Whether `scalar` can continue a name: also digits.
    static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || scalar.asciiDigit != nil
    }

    /// Skips spaces and a comment; returns whether anything was skipped.
    mutating func skipSpaces() -> Bool {
        let start = offset
        while let scalar = source[offset] {
            if Self.isSpace(scalar) {
                offset += 1
            } else if scalar == "#" {
                while let next = source[offset], next != "\n" { offset += 1 }
            } else {
                break
            }
        }
        return offset > start
    }

    /// The next token.
    mutating func next() throws(EstimateError) -> Token {
        let spaced = skipSpaces()
        let start = offset
        guard let scalar = source[offset] else {
            return Token(kind: .end, start: start, end: start, spaceBefore: spaced)
        }
        if scalar == "\n" {
            offset += 1
            // A CRLF line ends where its CR is, as editors show it.
            let lineEnd = start > 0 && source[start - 1] == "\r" ? start - 1 : start
            return Token(kind: .newline, start: lineEnd, end: offset, spaceBefore: spaced)
        }
        if startsNumber(at: offset) {
            let (number, end) = try scanNumber(at: offset)
            offset = end
            return Token(kind: .number(number), start: start, end: end, spaceBefore: spaced)
        }
        if Self.isNameStart(scalar) {
            if scalar.isASCII, let (number, end) = SpelledNumbers.scan(source.scalars, from: offset),
                source[end].map({ !Self.isNamePart($0) }) ?? true
            {
                offset = end
                return Token(kind: .number(number), start: start, end: end, spaceBefore: spaced)
            }
            if scalar == "%" {
                offset += 1
                return Token(kind: .name("%"), start: start, end: offset, spaceBefore: spaced)
            }
            while let next = source[offset], Self.isNamePart(next), next != "%" { offset += 1 }
            return Token(kind: .name(source.text(start..<offset)), start: start, end: offset, spaceBefore: spaced)
        }
        for (text, symbol) in Self.symbols where text[0] == scalar && matches(text, at: offset) {
            offset += text.count
            return Token(kind: .symbol(symbol), start: start, end: offset, spaceBefore: spaced)
        }
        throw EstimateError(.syntax("unexpected character \(Self.describe(scalar))"), at: source.location(at: start))
    }

    /// Whether a number written with digits starts at `position` (`5`, `.5`).
    func startsNumber(at position: Int) -> Bool {
        guard let scalar = source[position] else { return false }
        if scalar.asciiDigit != nil { return true }
        return scalar == "." && source[position + 1]?.asciiDigit != nil
    }

    /// Reads the number at `position` with `NewsNumberScanner`, turning its refusals into
    /// errors that say why.
    func scanNumber(at position: Int) throws(EstimateError) -> (NewsNumber, Int) {
        let digits = NewsNumberScanner.digitCount(source.scalars, from: position)
        if digits > NewsNumberScanner.maximumDigits {
            throw EstimateError(
                .tooLarge("a number with more than \(NewsNumberScanner.maximumDigits) digits"),
                at: source.location(at: position))
        }
        guard let (number, end) = NewsNumberScanner().scan(source.scalars, from: position) else {
            var end = position
            while let scalar = source[end], scalar.asciiDigit != nil || ".,eE+-".unicodeScalars.contains(scalar) { end += 1 }
            throw EstimateError(
                .badNumber("'\(source.text(position..<end))' is beyond the range of numbers Reckon holds (zero, and magnitudes from 2.2e-308 to 1.8e308)"),
                at: source.location(at: position))
        }
        return (number, end)
    }

    private func matches(_ text: [Unicode.Scalar], at position: Int) -> Bool {
        var index = position
        for scalar in text {
            guard source[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// `'x'`, or the code point for invisible and replacement characters.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
        if scalar == "\u{FFFD}" {
            return "\(code) (the replacement character: the input was probably not valid UTF-8)"
        }
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            || scalar.properties.isWhitespace
        {
            return code
        }
        return "'\(Character(scalar))' (\(code))"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
