import TextCore

/// Spelled-out English numbers: "five", "twenty-five", "one hundred and twenty",
/// "six thousand", "two million", "a dozen", "a million".
enum SpelledNumbers {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let multipliers: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
    ]

    /// The spelled number at `start` and the index after it.
    static func scan(_ scalars: [Unicode.Scalar], from start: Int) -> (NewsNumber, Int)? {
        var index = start
        var total = 0.0
        var current = 0.0
        var sawNumber = false
        var lastEnd = start
        var article = false
        // "a million", "a dozen", "an estimated"... only "a"/"an" before a multiplier count.
        if let multiplierStart = articleBeforeMultiplier(scalars, at: index) {
            current = 1
            article = true
            index = multiplierStart
        }
        while let (word, end) = word(scalars, at: index) {
            if let value = units[word] {
                guard !sawNumber || current.truncatingRemainder(dividingBy: 100) == 0 || current == 0 else { break }
                current += value
            } else if let value = tens[word] {
                guard !sawNumber || current.truncatingRemainder(dividingBy: 100) == 0 else { break }
                current += value
                // twenty-five
                if end < scalars.count, scalars[end] == "-", let (unit, unitEnd) = Self.word(scalars, at: end + 1),
                    let unitValue = units[unit], unitValue > 0, unitValue < 10
                {
                    current += unitValue
                    sawNumber = true
                    lastEnd = unitEnd
                    index = skipSpaces(scalars, unitEnd)
                    continue
                }
            } else if let factor = multipliers[word], sawNumber || article {
                if factor == 100 {
                    current *= 100
                } else {
                    total += current * factor
                    current = 0
                }
                article = false
            } else if word == "and", sawNumber, let (next, _) = Self.word(scalars, at: skipSpaces(scalars, end)),
                units[next] != nil || tens[next] != nil
            {
                index = skipSpaces(scalars, end)
                continue
            } else {
                break
            }
            sawNumber = true
            lastEnd = end
            index = skipSpaces(scalars, end)
        }
        guard sawNumber else { return nil }
        return (number(total + current, writtenAs: scalars[start..<lastEnd]), lastEnd)
    }

    /// At "a" or "an" followed by a multiplier ("a million", "a dozen"): where the multiplier
    /// starts; `nil` for any other word ("an estimated").
    private static func articleBeforeMultiplier(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard let (article, end) = word(scalars, at: index), article == "a" || article == "an" else { return nil }
        let next = skipSpaces(scalars, end)
        guard let (following, _) = word(scalars, at: next), multipliers[following] != nil else { return nil }
        return next
    }

    /// A spelled number of `value` as a `NewsNumber`: its trailing zeros give its precision
    /// ("six thousand" is to the nearest thousand, one significant digit).
    private static func number(_ value: Double, writtenAs written: ArraySlice<Unicode.Scalar>) -> NewsNumber {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: written)
        var trailingZeros = 0
        var rest = value
        while rest >= 10, rest.truncatingRemainder(dividingBy: 10) == 0 {
            rest /= 10
            trailingZeros += 1
        }
        let digits = value == 0 ? 1 : String(Int(rest)).count
        return NewsNumber(value: value, resolution: power10(trailingZeros), significantDigits: digits, text: String(text))
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: Int) -> Int {
        var position = index
        while position < scalars.count, scalars[position] == " " { position += 1 }
        return position
    }

    /// The lower-cased ASCII word at `index`, and the index after it.
    static func word(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard index < scalars.count, index == 0 || !scalars[index - 1].properties.isAlphabetic else { return nil }
        var position = index
        while position < scalars.count, position - index <= 12 {
            let folded = scalars[position].value | 0x20
            guard scalars[position].isASCII, folded >= 0x61, folded <= 0x7A else { break }
            position += 1
        }
        // No number word is longer than 12 letters ("seventeenths" is not one either).
        guard position > index, position - index <= 12 else { return nil }
        var word = String.UnicodeScalarView()
        for scalar in scalars[index..<position] { word.append(scalar.asciiLowercased) }
        return (String(word), position)
    }
}
