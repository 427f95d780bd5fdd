/// The machine form of numbers (CSV, TSV, JSON), written straight into a byte buffer.
///
/// Same result as rounding `DecimalDigits(value)` to 15 significant digits (half away from
/// zero) and printing it plainly between 1e-6 and 1e15, in scientific notation outside;
/// but without building arrays or strings per number, so a million-row CSV is fast.
///
/// Two paths give that result:
/// - In the plain range, the value's exact binary fraction is scaled by a power of ten in
///   128-bit integers and rounded to 15 digits. Rounding the exact value and rounding its
///   shortest decimal form agree unless a rounding midpoint lies within one unit in the
///   last place of the value; only then, and outside the plain range,
/// - the shortest round-trip digits come from the standard library's `Double.description`
///   (at most 17 digits, which fit a `UInt64`) and are rounded in decimal.
///
/// ```swift
/// var bytes: [UInt8] = []
/// MachineNumber.append(0.1 + 0.2, to: &bytes)   // "0.3"
/// MachineNumber.append(-2.3e20, to: &bytes)     // "-2.3e+20"
/// ```
public enum MachineNumber {
    /// The smallest magnitude whose 15-digit rounding is beyond `Double.greatestFiniteMagnitude`.
    static let nearestToLargest = 1.797693134862315e308
    /// Just above the largest magnitude whose 15-digit rounding is below
    /// `Double.leastNormalMagnitude` (the rounding midpoint is 2.225073858507205e-308).
    static let nearestToSmallest = 2.225073858507206e-308

    /// Appends the machine form of the finite `value` to `bytes`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        precondition(value.isFinite, "machine output never holds NaN or infinity")
        if appendEdgeCase(value, to: &bytes) || appendExactly(value, to: &bytes) { return }
        let (digits, count, power) = roundedShortestDigits(value.magnitude)
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The value is 0.d1 d2 … dk × 10^point.
        let point = power + count
        let magnitude = value.magnitude
        if magnitude >= NumberFormatting.scientificAbove || magnitude < NumberFormatting.scientificBelow {
            appendScientific(digits, count: count, exponent: point - 1, to: &bytes)
        } else {
            appendPlain(digits, count: count, point: point - 1, to: &bytes)
        }
    }

    /// `value` rounded to the 15 significant digits of the machine form toward minus infinity
    /// (`.down`, for the low end of a range) or plus infinity (`.up`, for a high end), as the
    /// double that the machine form writes back as those digits: a range written out then
    /// holds the range computed. A value whose shortest round-trip digits number 15 or fewer
    /// (a figure read from text: `0.1`, `62.5`) is returned as it is, since the machine form
    /// writes exactly those digits; a value within two units in its last place of a decimal
    /// of at most 12 digits is written as that decimal (the arithmetic's own rounding of a
    /// short figure). `.nearest` returns `value`.
    ///
    /// ```swift
    /// MachineNumber.outward(2_500_000.0 / 3_000, .up)    // written 833.333333333334
    /// MachineNumber.outward(2_500_000.0 / 3_000, .down)  // written 833.333333333333
    /// MachineNumber.outward(300, .down)                  // 300: written exactly, unchanged
    /// MachineNumber.outward(0.1, .down)                  // 0.1: as written, unchanged
    /// ```
    public static func outward(_ value: Double, _ rule: DecimalDigits.RoundingRule) -> Double {
        guard rule != .nearest, value.isFinite, value != 0 else { return value }
        let magnitude = value.magnitude
        // Whole numbers below 10^15 are written exactly.
        if magnitude == magnitude.rounded(.towardZero), magnitude < NumberFormatting.scientificAbove { return value }
        // A value whose shortest round-trip digits fit in 15 is written as those digits: a
        // figure read from text, or a whole number, stays as written.
        if digitCount(shortestDigits(magnitude).0) <= NumberFormatting.machineSignificantDigits { return value }
        // A value within two units in its last place of a decimal of at most 12 digits is that
        // decimal, rounded by the arithmetic: 36.3 computed as 36.300000000000004 is written
        // 36.3, not 36.3000000000001. (833.3333333333334 is not: it needs all its digits.)
        let short = DecimalDigits(value).rounded(significantDigits: 12, rule: .nearest).doubleValue
        if short.isFinite, Swift.abs(short - value) <= 2 * value.ulp { return short }
        let up = (rule == .up) == (value > 0)
        if magnitude >= NumberFormatting.scientificBelow, magnitude < NumberFormatting.scientificAbove,
            let (digits, count, point) = directedFifteenDigits(magnitude, up: up),
            let result = Double("\(value < 0 ? "-" : "")\(digits)e\(point - count + 1)")
        {
            return result
        }
        // Elsewhere, from the neighbouring double's shortest digits (which lie strictly beyond
        // `value` on that side), rounded on: outward, by at most two units in the 15th digit.
        let beyond = rule == .up ? value.nextUp : value.nextDown
        guard beyond.isFinite else { return value }
        let digits = DecimalDigits(beyond)
        let rounded = digits.digits.count > NumberFormatting.machineSignificantDigits
            ? digits.rounded(significantDigits: NumberFormatting.machineSignificantDigits, rule: rule).doubleValue : beyond
        return rounded.isFinite ? rounded : value
    }

    /// Zero, and the magnitudes whose 15-digit rounding would leave the doubles: appended,
    /// returning `true`; anything else returns `false`.
    @inline(__always)
    private static func appendEdgeCase(_ value: Double, to bytes: inout [UInt8]) -> Bool {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return true
        }
        let text: String
        if value.isNormal && value.magnitude < nearestToSmallest {
            // Rounded to 15 digits these would read 2.2250738585072e-308, below the smallest
            // normal double: they round away from zero instead, so that the text reads back.
            text = "2.22507385850721e-308"
        } else if value.magnitude >= nearestToLargest {
            // Rounded to 15 digits these would read 1.79769313486232e+308, beyond the largest
            // double: they round toward zero instead, so that the text reads back.
            text = "1.79769313486231e+308"
        } else {
            return false
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.append(contentsOf: text.utf8)
        return true
    }

    /// The shortest round-trip digits of `magnitude` rounded (half away from zero) to at most
    /// 15, without trailing zeros: the value is `digits × 10^power`, `count` digits long.
    private static func roundedShortestDigits(_ magnitude: Double) -> (digits: UInt64, count: Int, power: Int) {
        var (mantissa, power) = shortestDigits(magnitude)
        var count = digitCount(mantissa)
        let limit = NumberFormatting.machineSignificantDigits
        guard count > limit else { return (mantissa, count, power) }
        let dropped = count - limit
        let divisor = powersOfTen[dropped]
        let remainder = mantissa % divisor
        mantissa /= divisor
        power += dropped
        if remainder * 2 >= divisor { mantissa += 1 }
        while mantissa % 10 == 0 {
            mantissa /= 10
            power += 1
        }
        count = digitCount(mantissa)
        return (mantissa, count, power)
    }

    /// `d.ddde±x`: `digits` (`count` of them) with the point after the first.
    private static func appendScientific(_ digits: UInt64, count: Int, exponent: Int, to bytes: inout [UInt8]) {
        let divisor = powersOfTen[count - 1]
        appendDigits(digits / divisor, count: 1, to: &bytes)
        if count > 1 {
            bytes.append(UInt8(ascii: "."))
            appendDigits(digits % divisor, count: count - 1, to: &bytes)
        }
        bytes.append(UInt8(ascii: "e"))
        bytes.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        appendInteger(exponent.magnitude, to: &bytes)
    }

    /// `digits` (`count` of them, the first one in the place 10^point) written without an
    /// exponent: `0.000ddd`, `ddd000` or `dd.d`.
    @inline(__always)
    private static func appendPlain(_ digits: UInt64, count: Int, point: Int, to bytes: inout [UInt8]) {
        if point < 0 {
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "."))
            for _ in 0 ..< -point - 1 { bytes.append(UInt8(ascii: "0")) }
            appendDigits(digits, count: count, to: &bytes)
        } else if point + 1 >= count {
            appendDigits(digits, count: count, to: &bytes)
            for _ in 0 ..< point + 1 - count { bytes.append(UInt8(ascii: "0")) }
        } else {
            let divisor = powersOfTen[count - point - 1]
            appendDigits(digits / divisor, count: point + 1, to: &bytes)
            bytes.append(UInt8(ascii: "."))
            appendDigits(digits % divisor, count: count - point - 1, to: &bytes)
        }
    }

    /// The plain-range path: appends `value` and returns `true`, or returns `false` (having
    /// appended nothing) when the value is outside 1e-6 ..< 1e15 or too near a midpoint.
    @inline(__always)
    static func appendExactly(_ value: Double, to bytes: inout [UInt8]) -> Bool {
        let magnitude = value.magnitude
        guard magnitude >= NumberFormatting.scientificBelow, magnitude < NumberFormatting.scientificAbove else { return false }
        if magnitude == magnitude.rounded(.towardZero) {
            // A whole number below 1e15: its digits are exact.
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            appendDigits(UInt64(magnitude), count: digitCount(UInt64(magnitude)), to: &bytes)
            return true
        }
        guard let (digits, count, point) = exactFifteenDigits(magnitude) else { return false }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendPlain(digits, count: count, point: point, to: &bytes)
        return true
    }

    /// The exact binary value of a fraction-bearing `magnitude` in the plain range, rounded
    /// to 15 significant digits in 128-bit integers: the digits without trailing zeros, their
    /// count and the place 10^point of the first; `nil` when a rounding midpoint is within one
    /// unit in the last place (the decimal path decides those).
    @inline(__always)
    private static func exactFifteenDigits(_ magnitude: Double) -> (digits: UInt64, count: Int, point: Int)? {
        guard let scaled = scaledToFifteenDigits(magnitude) else { return nil }
        // The fraction is remainder / 2^shift; one unit in the last place of the value is
        // `unit` (10^scale) in these terms. Too near one half: let the decimal path decide.
        let half = UInt128(1) << (scaled.shift - 1)
        let distance = scaled.remainder > half ? scaled.remainder - half : half - scaled.remainder
        guard distance > scaled.unit else { return nil }
        return trimmed(UInt64(scaled.quotient) + (scaled.remainder > half ? 1 : 0), point: scaled.point)
    }

    /// `magnitude`'s exact binary value cut to 15 significant digits, plus one unit when
    /// `up` and something was cut: rounding toward zero or away from it, with no midpoint to
    /// decide. `nil` outside the plain range.
    private static func directedFifteenDigits(_ magnitude: Double, up: Bool) -> (digits: UInt64, count: Int, point: Int)? {
        guard let scaled = scaledToFifteenDigits(magnitude) else { return nil }
        return trimmed(UInt64(scaled.quotient) + (up && scaled.remainder > 0 ? 1 : 0), point: scaled.point)
    }

    /// `magnitude` (with a fraction, in the plain range) as `quotient + remainder / 2^shift`
    /// units of its 15th significant digit, exactly: `quotient` has 15 digits, the first in
    /// the place 10^point; `unit` is one unit in the last place of the value in the same
    /// terms as `remainder`.
    @inline(__always)
    private static func scaledToFifteenDigits(
        _ magnitude: Double
    ) -> (quotient: UInt128, remainder: UInt128, shift: Int, unit: UInt128, point: Int)? {
        // magnitude = significand × 2^-shift, exactly.
        let significand = UInt128(magnitude.significandBitPattern | (1 << 52))
        let shift = 52 - Int(magnitude.exponent)
        guard shift > 0, shift < 120 else { return nil }
        // The decimal exponent p with 10^p <= magnitude < 10^(p+1), then the scale
        // 10^(14-p) that gives 15 integer digits.
        var point = Int((Double(magnitude.exponent) * 0.301_029_995_663_981_2).rounded(.down))
        var quotient: UInt128 = 0
        var remainder: UInt128 = 0
        var unit: UInt128 = 0
        for _ in 0..<3 {
            let scale = 14 - point
            guard scale >= 0, scale < wideTens.count else { return nil }
            unit = wideTens[scale]
            let scaled = significand * unit
            quotient = scaled >> shift
            remainder = scaled - (quotient << shift)
            if quotient < 100_000_000_000_000 {
                point -= 1
            } else if quotient >= 1_000_000_000_000_000 {
                point += 1
            } else {
                break
            }
        }
        guard quotient >= 100_000_000_000_000, quotient < 1_000_000_000_000_000 else { return nil }
        return (quotient, remainder, shift, unit, point)
    }

    /// Fifteen digits (or 10^15 after a carry) without trailing zeros, with their count and
    /// the place of the first; `nil` when they reach 10^15 or beyond (left to the decimal path).
    @inline(__always)
    private static func trimmed(_ fifteen: UInt64, point: Int) -> (digits: UInt64, count: Int, point: Int)? {
        var digits = fifteen
        var point = point
        if digits == 1_000_000_000_000_000 {
            digits = 100_000_000_000_000
            point += 1
        }
        if point >= 15 { return nil }
        var count = 15
        while digits % 10 == 0 {
            digits /= 10
            count -= 1
        }
        return (digits, count, point)
    }

    /// Appends `value` as exactly `count` digits (with leading zeros when it is shorter).
    @inline(__always)
    private static func appendDigits(_ value: UInt64, count: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var rest = value
            for index in stride(from: count - 1, through: 0, by: -1) {
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    private static let wideTens: [UInt128] = (0...22).map { power in
        var result: UInt128 = 1
        for _ in 0..<power { result *= 10 }
        return result
    }

    /// The shortest round-trip digits of a positive finite `value` as `mantissa × 10^power`,
    /// the mantissa without trailing zeros.
    static func shortestDigits(_ value: Double) -> (mantissa: UInt64, power: Int) {
        var text = value.description
        return text.withUTF8 { utf8 -> (UInt64, Int) in
            var mantissa: UInt64 = 0
            var fractionDigits = 0
            var seenPoint = false
            var exponent = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                if byte == UInt8(ascii: ".") {
                    seenPoint = true
                } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    var negative = false
                    if index < utf8.count, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
                        negative = utf8[index] == UInt8(ascii: "-")
                        index += 1
                    }
                    while index < utf8.count {
                        exponent = exponent * 10 + Int(utf8[index] &- UInt8(ascii: "0"))
                        index += 1
                    }
                    if negative { exponent = -exponent }
                } else {
                    mantissa = mantissa * 10 + UInt64(byte &- UInt8(ascii: "0"))
                    if seenPoint { fractionDigits += 1 }
                }
            }
            var power = exponent - fractionDigits
            while mantissa != 0 && mantissa % 10 == 0 {
                mantissa /= 10
                power += 1
            }
            return (mantissa, power)
        }
    }

    private static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        while count < powersOfTen.count && value >= powersOfTen[count] { count += 1 }
        return count
    }

    private static func appendInteger(_ value: UInt, to bytes: inout [UInt8]) {
        if value >= 10 { appendInteger(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    private static let powersOfTen: [UInt64] = (0...19).map { power in
        var result: UInt64 = 1
        for _ in 0..<power { result *= 10 }
        return result
    }
}
