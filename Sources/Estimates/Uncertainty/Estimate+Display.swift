import Tables

extension Estimate {
    /// The significant digits a range end is shown with at least.
    public static let rangeSignificantDigits = 3

    /// The nominal value rounded to its significant digits, as people read it: `460`.
    public var nominalText: String? {
        guard let nominal else { return nil }
        return NumberFormatting.display(nominal, significantDigits: significantDigits ?? 6, rule: .nearest)
    }

    /// The range, rounded outward so that it still contains the true range: low down, high up.
    /// More digits are used when three would make the two ends look equal.
    public var rangeText: (low: String, high: String) {
        if isPoint {
            let text = NumberFormatting.display(low, significantDigits: 15)
            return (text, text)
        }
        var digits = Self.rangeSignificantDigits
        while true {
            let lowText = NumberFormatting.display(low, significantDigits: digits, rule: .down)
            let highText = NumberFormatting.display(high, significantDigits: digits, rule: .up)
            if lowText != highText || digits >= 15 { return (lowText, highText) }
            digits += 1
        }
    }

    /// One line for people: `460 shells/container (300–834, 90% range)`.
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

    /// The estimate as a table cell, with the honest display text.
    public var tableCell: EstimateCell {
        let display: String
        if isPoint {
            display = nominalText ?? rangeText.low
        } else if let nominalText {
            display = "\(nominalText) (\(rangeText.low)–\(rangeText.high))"
        } else {
            display = "\(rangeText.low)–\(rangeText.high)"
        }
        return EstimateCell(
            low: low, nominal: nominal, high: high, meaning: meaning.rawValue,
            unit: unit.symbol(plural: true), display: display)
    }
}
