/// The machine form of numbers (CSV, TSV, JSON), written straight into a byte buffer.
///
/// Same result as rounding `DecimalDigits(value)` to 15 significant digits (half away from
/// zero) and printing it plainly between 1e-6 and 1e15, in scientific notation outside;
/// but without building arrays or strings per number, so a million-row CSV is fast.
/// The shortest round-trip digits come from the standard library's `Double.description`
/// (at most 17 digits, which fit a `UInt64`).
///
/// ```swift
/// var bytes: [UInt8] = []
/// MachineNumber.append(0.1 + 0.2, to: &bytes)   // "0.3"
/// MachineNumber.append(-2.3e20, to: &bytes)     // "-2.3e+20"
/// ```
public enum MachineNumber {
    /// Appends the machine form of the finite `value` to `bytes`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        precondition(value.isFinite, "machine output never holds NaN or infinity")
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var (mantissa, power) = shortestDigits(value.magnitude)
        var count = digitCount(mantissa)
        let limit = NumberFormatting.machineSignificantDigits
        if count > limit {
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
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The value is 0.d1 d2 … dk × 10^point.
        let point = power + count
        let magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = mantissa
            for index in stride(from: count - 1, through: 0, by: -1) {
                digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if magnitude >= NumberFormatting.scientificAbove || magnitude < NumberFormatting.scientificBelow {
                bytes.append(digits[0])
                if count > 1 {
                    bytes.append(UInt8(ascii: "."))
                    bytes.append(contentsOf: digits[1..<count])
                }
                let exponent = point - 1
                bytes.append(UInt8(ascii: "e"))
                bytes.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                appendInteger(exponent.magnitude, to: &bytes)
            } else if point <= 0 {
                bytes.append(UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "."))
                for _ in 0 ..< -point { bytes.append(UInt8(ascii: "0")) }
                bytes.append(contentsOf: digits[0..<count])
            } else if point >= count {
                bytes.append(contentsOf: digits[0..<count])
                for _ in 0 ..< point - count { bytes.append(UInt8(ascii: "0")) }
            } else {
                bytes.append(contentsOf: digits[0..<point])
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: digits[point..<count])
            }
        }
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
