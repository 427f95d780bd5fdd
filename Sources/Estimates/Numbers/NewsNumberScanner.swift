import TextCore

/// Finds a number at a position in text, as news and analysts write them:
///
/// - digits with thousands commas (`2,300,000`: groups of exactly three digits), a decimal
///   point (`2.3`), an exponent (`2.3e6`);
/// - a scale suffix attached to the digits: `k`/`K` (thousand), `M`, `mn`, `mln` (million),
///   `B`, `bn` (billion); never `m`, which is the metre;
/// - a scale word after a space: `thousand`, `million`, `billion`, `trillion`, `dozen`, `hundred`;
/// - spelled-out numbers: `five`, `twenty-five`, `six thousand`, `two million`, `a dozen`.
///
/// ```swift
/// let scalars = Array("about 400k shells".unicodeScalars)
/// let (number, end) = NewsNumberScanner().scan(scalars, from: 6)!
/// number.value  // 400000; `end` is the index after "400k"
/// ```
package struct NewsNumberScanner: Sendable {
    /// The most digits one number may have (longer input is refused, not silently rounded).
    package static let maximumDigits = 400

    /// Whether spelled-out numbers are read.
    package var readsSpelledNumbers: Bool
    /// Whether a scale word after a space multiplies the number.
    package var readsScaleWords: Bool

    /// A scanner.
    package init(readsSpelledNumbers: Bool = true, readsScaleWords: Bool = true) {
        self.readsSpelledNumbers = readsSpelledNumbers
        self.readsScaleWords = readsScaleWords
    }

    /// Scale words and their factors.
    package static let scaleWords: [(String, Double)] = [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("dozen", 12), ("hundred", 100),
    ]

    /// Scale suffixes written straight after the digits, as scalars.
    static let scaleSuffixes: [([Unicode.Scalar], Double)] = [
        ("mln", 1e6), ("mn", 1e6), ("bn", 1e9), ("k", 1e3), ("K", 1e3), ("M", 1e6), ("B", 1e9),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The digits of the numeral at `start` (thousands commas and a decimal point skipped),
    /// counted up to one past `maximumDigits`: above the maximum, `scan` refuses the number,
    /// and callers can say why.
    package static func digitCount(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var count = 0
        var index = start
        while index < scalars.count, count <= maximumDigits {
            if scalars[index].asciiDigit != nil {
                count += 1
            } else if scalars[index] != "," && scalars[index] != "." {
                break
            }
            index += 1
        }
        return count
    }

    /// The number starting at `start`, and the index after it; `nil` when none starts there.
    package func scan(_ scalars: [Unicode.Scalar], from start: Int) -> (NewsNumber, Int)? {
        if let digits = scanDigits(scalars, from: start) { return digits }
        if readsSpelledNumbers { return SpelledNumbers.scan(scalars, from: start) }
        return nil
    }

    /// A number written in digits at `start` (`2,300,000`, `2.3e6`, `400k`, `1.5 billion`).
    /// One pass over the scalars, without building arrays: the digits are copied (commas
    /// dropped) into an ASCII string that `Double` parses exactly.
    private func scanDigits(_ scalars: [Unicode.Scalar], from start: Int) -> (NewsNumber, Int)? {
        guard let span = DigitSpan.scan(scalars, from: start) else { return nil }
        let digits = span.digits(scalars)
        let (significant, resolutionExponent) = span.precision(digits)
        guard var value = span.value(of: digits) else { return nil }
        var resolution = power10(resolutionExponent + span.exponent)
        var end = span.end
        var scale = 1.0
        // An attached scale suffix (2.3M, 400k, 1.5bn), or else a scale word after a space.
        if let (factor, after) = Self.scaleSuffix(scalars, at: end) ?? (readsScaleWords ? Self.scaleWord(scalars, from: end) : nil) {
            value *= factor
            resolution *= factor
            scale = factor
            end = after
        }
        // Only numbers Reckon holds (`NumericRange`): no infinity, no subnormal value. The
        // place value of the last digit of a number near the smallest one can be below it:
        // it is taken as the smallest (hedges widen such a number by next to nothing).
        guard NumericRange.holds(value), resolution.isFinite else { return nil }
        if !resolution.isNormal { resolution = NumericRange.smallest }
        let number = NewsNumber(
            value: value, resolution: resolution, significantDigits: significant, text: Self.text(scalars, start..<end), scale: scale)
        return (number, end)
    }

    /// A scale suffix attached at `start` and not followed by a letter (`M` in 2.3M, `k` in
    /// 400k, `bn` in 1.5bn): its factor and the index after it.
    @inline(__always)
    private static func scaleSuffix(_ scalars: [Unicode.Scalar], at start: Int) -> (Double, Int)? {
        let count = scalars.count
        for (letters, factor) in scaleSuffixes {
            let suffixEnd = start + letters.count
            guard suffixEnd <= count else { continue }
            var matches = true
            for offset in 0..<letters.count where scalars[start + offset] != letters[offset] {
                matches = false
                break
            }
            if matches, suffixEnd == count || !scalars[suffixEnd].properties.isAlphabetic {
                return (factor, suffixEnd)
            }
        }
        return nil
    }

    /// The scalars in `range` as a string (copied byte by byte when they are ASCII).
    @inline(__always)
    private static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        if scalars[range].allSatisfy(\.isASCII) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for position in range { buffer[position - range.lowerBound] = UInt8(scalars[position].value) }
                return range.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// A scale word after one or more spaces at `start`: its factor and the index after it.
    static func scaleWord(_ scalars: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var index = start
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index > start else { return nil }
        for (word, factor) in scaleWordScalars {
            if let end = matchWord(word, in: scalars, at: index) { return (factor, end) }
        }
        return nil
    }

    static let scaleWordScalars: [([Unicode.Scalar], Double)] = scaleWords.map { (Array($0.0.unicodeScalars), $0.1) }
}

func power10(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 {
        for _ in 0..<Swift.min(exponent, 400) { result *= 10 }
    } else {
        for _ in 0..<Swift.min(-exponent, 400) { result /= 10 }
    }
    return result
}
