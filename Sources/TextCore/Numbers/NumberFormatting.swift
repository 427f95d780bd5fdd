/// Number printing shared by every renderer: no locale, no ICU, decimal point `.`.
///
/// ```swift
/// NumberFormatting.display(2_300_000)                          // "2,300,000"
/// NumberFormatting.display(409.0909, significantDigits: 3, rule: .down)   // "409"
/// NumberFormatting.machine(0.1 + 0.2)                          // "0.3"
/// ```
public enum NumberFormatting {
    /// The most significant digits a machine-readable number keeps (spreadsheets hold 15).
    public static let machineSignificantDigits = 15
    /// Magnitudes at or above this print in scientific notation in machine output.
    public static let scientificAbove = 1e15
    /// Non-zero magnitudes below this print in scientific notation in machine output.
    public static let scientificBelow = 1e-6

    /// A number for people: thousands grouped, rounded to `significantDigits` when given.
    public static func display(
        _ value: Double, significantDigits: Int? = nil, rule: DecimalDigits.RoundingRule = .nearest
    ) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let limit = significantDigits ?? 6
        if let text = groupedWholeNumber(value, limit: limit) { return text }
        var digits = DecimalDigits(value)
        digits = digits.rounded(significantDigits: limit, rule: rule)
        if digits.isZero { return "0" }
        let magnitude = Swift.abs(digits.doubleValue)
        if magnitude >= 1e15 || magnitude < 1e-6 { return digits.scientificString }
        return digits.groupedString()
    }

    /// A number for machines (CSV, TSV, JSON): at most 15 significant digits, never `-0`,
    /// plain notation between 1e-6 and 1e15, scientific outside (see `MachineNumber`).
    public static func machine(_ value: Double) -> String {
        var bytes: [UInt8] = []
        MachineNumber.append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A whole number below 10^15 whose significant digits fit in `limit`, grouped (the
    /// same text as the general path, without building its digits).
    private static func groupedWholeNumber(_ value: Double, limit: Int) -> String? {
        guard value == value.rounded(.towardZero), Swift.abs(value) < 1e15 else { return nil }
        let magnitude = Int64(value).magnitude
        if magnitude == 0 { return "0" }
        var significant = magnitude
        while significant % 10 == 0 { significant /= 10 }
        var count = 0
        while significant > 0 {
            significant /= 10
            count += 1
        }
        guard count <= limit else { return nil }
        let digits = String(magnitude)
        var result = value < 0 ? "-" : ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    private static func nonFinite(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        return value < 0 ? "-∞" : "∞"
    }
}
