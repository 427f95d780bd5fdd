import TextCore

extension Estimate {
    /// The significant digits a range end is shown with at least.
    public static let rangeSignificantDigits = 3

    /// The nominal value rounded to its significant digits, as people read it: `460`.
    public var nominalText: String? {
        guard let nominal else { return nil }
        return NumberFormatting.display(nominal, significantDigits: significantDigits ?? 6, rule: .nearest)
    }

    /// The range, rounded outward so that it still contains the true range: low down, high up.
    /// Three significant digits, or more while rounding would widen the range by more than a
    /// tenth of its width (so 1,000.1–1,000.4 is not shown as 1,000–1,010).
    public var rangeText: (low: String, high: String) {
        if isPoint {
            let text = NumberFormatting.display(low, significantDigits: 15)
            return (text, text)
        }
        // Floating-point noise (36.300000000000004 for 36.3) is dropped first, at 12 digits,
        // so that rounding outward does not turn it into a visible 36.4.
        let low = Self.withoutNoise(self.low)
        let high = Self.withoutNoise(self.high)
        var digits = Self.rangeSignificantDigits
        while digits < 15 {
            let roundedLow = DecimalDigits(low).rounded(significantDigits: digits, rule: .down).doubleValue
            let roundedHigh = DecimalDigits(high).rounded(significantDigits: digits, rule: .up).doubleValue
            if (low - roundedLow) + (roundedHigh - high) <= (high - low) / 10 { break }
            digits += 1
        }
        return (
            NumberFormatting.display(low, significantDigits: digits, rule: .down),
            NumberFormatting.display(high, significantDigits: digits, rule: .up)
        )
    }

    /// The digits of floating-point arithmetic that are noise, not information.
    static let noiseFreeSignificantDigits = 12

    static func withoutNoise(_ value: Double) -> Double {
        DecimalDigits(value).rounded(significantDigits: noiseFreeSignificantDigits, rule: .nearest).doubleValue
    }

    /// One line for people: `10 doses/vial (6–14, 90% range)`.
    public func formatted() -> String {
        let symbol = unit.symbol(plural: !(nominal == 1 || (nominal == nil && high == 1)))
        let suffix = symbol.isEmpty ? "" : " " + symbol
        if isPoint {
            return (nominalText ?? rangeText.low) + suffix
        }
        let range = "\(rangeText.low)–\(rangeText.high)"
        if let nominalText {
            return "\(nominalText)\(suffix) (\(range), \(meaning.label))"
        }
        return "\(range)\(suffix) (\(meaning.label))"
    }
}
