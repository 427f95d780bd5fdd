/// Fractions written as words: "half", "a third", "two-thirds", "a quarter",
/// "three quarters", "one fifth", "a tenth".
///
/// A fraction is read as a share in percent with a resolution of 5 percentage points (a
/// Reckon convention: "about half" is read as 40–60 %, "nearly half" as 45 up to 50 %),
/// because a word fraction is rounder than any figure written with digits.
///
/// ```swift
/// let scalars = Array("nearly two-thirds of voters".unicodeScalars)
/// let (fraction, end) = FractionWords.scan(scalars, from: 7)!
/// fraction.percent.value  // 66.666…; `end` is the index after "two-thirds"
/// ```
package enum FractionWords {
    /// A fraction read from words.
    package struct Fraction: Sendable, Equatable {
        /// The numerator (1 for "half", "a third").
        package var numerator: Int
        /// The denominator (2 for "half").
        package var denominator: Int
        /// The words as written.
        package var text: String

        /// The share as a number between 0 and 1.
        package var value: Double { Double(numerator) / Double(denominator) }

        /// The share in percent, as a number with the resolution of a word fraction.
        package var percent: NewsNumber {
            NewsNumber(value: value * 100, resolution: FractionWords.percentResolution, significantDigits: 2, text: text)
        }
    }

    /// The resolution, in percentage points, that hedges read a word fraction with.
    package static let percentResolution = 5.0

    static let numerators: [String: Int] = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9]
    static let denominators: [(singular: String, plural: String, value: Int)] = [
        ("half", "halves", 2), ("third", "thirds", 3), ("quarter", "quarters", 4), ("fifth", "fifths", 5),
        ("tenth", "tenths", 10),
    ]

    /// The fraction starting at `start` ("half" alone, or a numerator word and a
    /// denominator joined by a space or a hyphen), and the index after it.
    package static func scan(_ scalars: [Unicode.Scalar], from start: Int) -> (Fraction, Int)? {
        guard let (first, firstEnd) = SpelledNumbers.word(scalars, at: start) else { return nil }
        if first == "half" {
            return (Fraction(numerator: 1, denominator: 2, text: text(scalars, start, firstEnd)), firstEnd)
        }
        guard let numerator = numerators[first], firstEnd < scalars.count,
            scalars[firstEnd] == " " || scalars[firstEnd] == "-"
        else { return nil }
        guard let (second, end) = SpelledNumbers.word(scalars, at: firstEnd + 1),
            let denominator = denominators.first(where: { numerator == 1 ? $0.singular == second : $0.plural == second })
        else { return nil }
        guard numerator < denominator.value else { return nil }
        return (Fraction(numerator: numerator, denominator: denominator.value, text: text(scalars, start, end)), end)
    }

    private static func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
