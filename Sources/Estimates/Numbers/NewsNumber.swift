/// A number as a news text writes it, with the precision the writing implies.
///
/// "5,000" is 5000 with one significant digit of roundness (`resolution` 1,000); "2.3
/// million" is 2,300,000 with `resolution` 100,000. Hedge rules read the resolution (the
/// place value of the last non-zero digit, as the significant-digit convention says);
/// displays keep `significantDigits` (digits as written, trailing zeros of whole numbers
/// included, so 5,000 / 2.3 million shows as 460, not 500).
///
/// ```swift
/// let number = try NewsNumber.parse("2.3 million")
/// number.value       // 2300000
/// number.resolution  // 100000
/// ```
public struct NewsNumber: Sendable, Equatable {
    /// The value.
    public var value: Double
    /// The place value of the last significant digit as written.
    public var resolution: Double
    /// The digits written, for display precision.
    public var significantDigits: Int
    /// The text as written.
    public var text: String
    /// The factor of a scale word or suffix ("million", "k"), 1 without one.
    public var scale: Double

    /// A number with its precision.
    public init(value: Double, resolution: Double, significantDigits: Int, text: String, scale: Double = 1) {
        self.value = value
        self.resolution = resolution
        self.significantDigits = significantDigits
        self.text = text
        self.scale = scale
    }

    /// Whether the value is a whole number.
    public var isWhole: Bool { value == value.rounded() }

    /// Parses a whole string as one number ("2,300,000", "2.3M", "400k", "two million").
    public static func parse(_ text: String) throws(EstimateError) -> NewsNumber {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start] == " " { start += 1 }
        if NewsNumberScanner.digitCount(scalars, from: start) > NewsNumberScanner.maximumDigits {
            throw EstimateError(.tooLarge("a number with more than \(NewsNumberScanner.maximumDigits) digits"))
        }
        guard let (number, end) = NewsNumberScanner().scan(scalars, from: start) else {
            throw EstimateError(.badNumber("'\(text)' is not a number"))
        }
        var rest = end
        while rest < scalars.count, scalars[rest] == " " { rest += 1 }
        guard rest == scalars.count else {
            throw EstimateError(.badNumber("unexpected text after the number in '\(text)'"))
        }
        return number
    }
}
