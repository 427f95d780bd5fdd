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

    private func scanDigits(_ scalars: [Unicode.Scalar], from start: Int) -> (NewsNumber, Int)? {
        // One pass over the scalars, without building arrays: the digits are counted and
        // copied (commas dropped) into an ASCII buffer that `Double` parses exactly.
        let count = scalars.count
        @inline(__always) func isDigit(_ position: Int) -> Bool {
            position < count && scalars[position].value &- 48 < 10
        }
        var index = start
        // A leading ".5" is a number too.
        guard isDigit(index) || (index < count && scalars[index] == "." && isDigit(index + 1)) else { return nil }
        var integerCount = 0
        var groupLength = 0
        var grouped = false
        while true {
            if isDigit(index) {
                integerCount += 1
                groupLength += 1
                index += 1
                if integerCount > Self.maximumDigits { return nil }
                continue
            }
            // A thousands comma: exactly three digits follow, then no further digit.
            if index < count, scalars[index] == ",", integerCount > 0, grouped ? groupLength == 3 : groupLength <= 3,
                isDigit(index + 1), isDigit(index + 2), isDigit(index + 3), !isDigit(index + 4)
            {
                grouped = true
                groupLength = 0
                index += 1
                continue
            }
            break
        }
        let integerEnd = index
        var fractionCount = 0
        if index + 1 < count, scalars[index] == ".", isDigit(index + 1) {
            index += 1
            while isDigit(index) {
                fractionCount += 1
                index += 1
                if integerCount + fractionCount > Self.maximumDigits { return nil }
            }
        }
        let digitsEnd = index
        var exponent = 0
        if index < count, scalars[index] == "e" || scalars[index] == "E" {
            var position = index + 1
            var negative = false
            if position < count, scalars[position] == "+" || scalars[position] == "-" {
                negative = scalars[position] == "-"
                position += 1
            }
            if isDigit(position) {
                var value = 0
                while isDigit(position) {
                    value = Swift.min(value * 10 + Int(scalars[position].value - 48), 100_000)
                    position += 1
                }
                exponent = negative ? -value : value
                index = position
            }
        }
        // The digits as ASCII (no commas), for an exact parse, and the precision counts.
        var leadingZeros = 0
        var seenNonZero = false
        var trailingIntegerZeros = 0
        let numberText = String(unsafeUninitializedCapacity: integerCount + fractionCount + 1) { buffer in
            var written = 0
            var position = start
            while position < digitsEnd {
                let value = scalars[position].value
                if value &- 48 < 10 {
                    buffer[written] = UInt8(value)
                    written += 1
                    if value == 48 {
                        if !seenNonZero { leadingZeros += 1 }
                        if position < integerEnd { trailingIntegerZeros += 1 }
                    } else {
                        seenNonZero = true
                        if position < integerEnd { trailingIntegerZeros = 0 }
                    }
                } else if value == 46 {
                    buffer[written] = 46
                    written += 1
                }
                position += 1
            }
            return written
        }
        // Precision: trailing zeros of a whole number are not significant for roundness.
        var significant = integerCount + fractionCount - leadingZeros
        var resolutionExponent = -fractionCount
        if fractionCount == 0 {
            resolutionExponent = trailingIntegerZeros < integerCount ? trailingIntegerZeros : 0
        }
        if significant == 0 { significant = 1 }
        guard var value = Double(numberText.hasPrefix(".") ? "0" + numberText : numberText) else { return nil }
        if exponent != 0 {
            guard let scaled = Double(numberText + "e\(exponent)") else { return nil }
            value = scaled
        }
        var resolution = power10(resolutionExponent + exponent)
        var end = index
        var scale = 1.0
        // An attached scale suffix, not followed by a letter: 2.3M, 400k, 1.5bn.
        for (letters, factor) in Self.scaleSuffixes {
            let suffixEnd = end + letters.count
            guard suffixEnd <= count else { continue }
            var matches = true
            for offset in 0..<letters.count where scalars[end + offset] != letters[offset] {
                matches = false
                break
            }
            if matches, suffixEnd == count || !scalars[suffixEnd].properties.isAlphabetic {
                value *= factor
                resolution *= factor
                scale = factor
                end = suffixEnd
                break
            }
        }
        if end == index, readsScaleWords, let (factor, after) = Self.scaleWord(scalars, from: end) {
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
        let written: String
        if scalars[start..<end].allSatisfy(\.isASCII) {
            written = String(unsafeUninitializedCapacity: end - start) { buffer in
                for position in start..<end { buffer[position - start] = UInt8(scalars[position].value) }
                return end - start
            }
        } else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            written = String(view)
        }
        return (NewsNumber(value: value, resolution: resolution, significantDigits: significant, text: written, scale: scale), end)
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
