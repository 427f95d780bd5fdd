/// The decimal digits of a finite `Double`, as its shortest round-trip representation.
///
/// `DecimalDigits` is the exact decimal form behind all of Reckon's number printing: it
/// rounds in decimal (not in binary), so `0.1 + 0.2` shown to 3 significant figures is
/// `0.3`, and directed rounding (down for a range's low end, up for its high end) is exact.
///
/// ```swift
/// let digits = DecimalDigits(409.090909)
/// digits.rounded(significantDigits: 3, rule: .down).plainString  // "409"
/// ```
public struct DecimalDigits: Sendable, Equatable {
    /// Whether the number is negative (never set for zero).
    public var isNegative: Bool
    /// Significant digits, most significant first, without leading or trailing zeros.
    /// Empty for zero.
    public var digits: [UInt8]
    /// The value is `0.d1 d2 d3 … × 10^exponent`.
    public var exponent: Int

    /// How to round when digits are dropped.
    public enum RoundingRule: Sendable {
        /// Half away from zero, as people round.
        case nearest
        /// Toward minus infinity (a range's low end).
        case down
        /// Toward plus infinity (a range's high end).
        case up
    }

    /// The digits of `value`; `value` must be finite.
    public init(_ value: Double) {
        precondition(value.isFinite, "DecimalDigits needs a finite value")
        isNegative = value < 0
        digits = []
        exponent = 0
        if value == 0 {
            isNegative = false
            return
        }
        // Swift prints the shortest representation that round-trips, e.g. "409.09090909090907",
        // "1e-05" or "2.3e+20". Parse that string into digits and an exponent.
        let text = value.magnitude.description
        var mantissa: [UInt8] = []
        var pointPosition: Int?
        var exponentPart = 0
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ".") {
                pointPosition = mantissa.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                let rest = String(text[text.index(after: index)...])
                exponentPart = Int(rest) ?? 0
                break
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa.append(byte - UInt8(ascii: "0"))
            }
            index = utf8.index(after: index)
        }
        var decimalExponent = (pointPosition ?? mantissa.count) + exponentPart
        while let first = mantissa.first, first == 0 {
            mantissa.removeFirst()
            decimalExponent -= 1
        }
        while let last = mantissa.last, last == 0 { mantissa.removeLast() }
        digits = mantissa
        exponent = decimalExponent
    }

    /// Whether the number is zero.
    public var isZero: Bool { digits.isEmpty }

    /// The place value of the last significant digit, as a power of ten exponent:
    /// `-1` for `2.3`, `2` for `500` (whose only significant digit is the 5).
    public var lastDigitPlace: Int { exponent - digits.count }

    /// This number rounded to `significantDigits` significant digits.
    public func rounded(significantDigits: Int, rule: RoundingRule) -> DecimalDigits {
        precondition(significantDigits > 0)
        return rounded(keeping: significantDigits, rule: rule)
    }

    /// This number rounded so that no digit remains below the place `10^place`.
    public func rounded(toPlace place: Int, rule: RoundingRule) -> DecimalDigits {
        rounded(keeping: exponent - place, rule: rule)
    }

    private func rounded(keeping count: Int, rule: RoundingRule) -> DecimalDigits {
        if isZero || digits.count <= count { return self }
        let dropped = digits[max(count, 0)...]
        var kept = count > 0 ? Array(digits[..<count]) : []
        var newExponent = exponent
        let awayFromZero: Bool
        switch rule {
        case .nearest:
            // Digits are stored without a trailing zero, so the dropped part is non-zero.
            awayFromZero = count >= 0 && (dropped.first ?? 0) >= 5
        case .down:
            awayFromZero = isNegative
        case .up:
            awayFromZero = !isNegative
        }
        if count < 0 {
            // Every digit lies below the kept place: the result is 0 or one unit of that place.
            guard awayFromZero else { return DecimalDigits(zeroWithSign: false) }
            return DecimalDigits(isNegative: isNegative, digits: [1], exponent: exponent - count + 1)
        }
        if awayFromZero {
            var position = kept.count - 1
            while position >= 0 {
                if kept[position] == 9 {
                    kept[position] = 0
                    position -= 1
                } else {
                    kept[position] += 1
                    break
                }
            }
            if position < 0 {
                kept.insert(1, at: 0)
                newExponent += 1
            }
        }
        while let last = kept.last, last == 0 { kept.removeLast() }
        if kept.isEmpty { return DecimalDigits(zeroWithSign: false) }
        return DecimalDigits(isNegative: isNegative, digits: kept, exponent: newExponent)
    }

    private init(zeroWithSign: Bool) {
        isNegative = false
        digits = []
        exponent = 0
    }

    /// Digits given explicitly (internal use and tests).
    public init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        self.isNegative = isNegative && !digits.isEmpty
        self.digits = digits
        self.exponent = exponent
    }

    /// The value as a `Double`.
    public var doubleValue: Double { Double(plainString) ?? 0 }

    /// Plain positional notation, no exponent and no grouping: `"2300000"`, `"0.00012"`.
    public var plainString: String { positional(grouping: nil) }

    /// Positional notation with a thousands separator in the integer part: `"2,300,000"`.
    public func groupedString(separator: Character = ",") -> String {
        positional(grouping: separator)
    }

    private func positional(grouping: Character?) -> String {
        if isZero { return "0" }
        var integerPart = ""
        var fractionPart = ""
        if exponent <= 0 {
            integerPart = "0"
            fractionPart = String(repeating: "0", count: -exponent) + digits.map(String.init).joined()
        } else {
            for position in 0..<max(exponent, digits.count) {
                let digit = position < digits.count ? String(digits[position]) : "0"
                if position < exponent { integerPart += digit } else { fractionPart += digit }
            }
        }
        if let separator = grouping, integerPart.count > 3 {
            var grouped = ""
            for (offset, character) in integerPart.enumerated() {
                if offset > 0, (integerPart.count - offset) % 3 == 0 { grouped.append(separator) }
                grouped.append(character)
            }
            integerPart = grouped
        }
        let sign = isNegative ? "-" : ""
        return fractionPart.isEmpty ? sign + integerPart : sign + integerPart + "." + fractionPart
    }

    /// Scientific notation with an `e` exponent: `"2.3e+20"`, `"1e-300"`.
    public var scientificString: String {
        if isZero { return "0" }
        var text = isNegative ? "-" : ""
        text += String(digits[0])
        if digits.count > 1 { text += "." + digits[1...].map(String.init).joined() }
        let power = exponent - 1
        text += power < 0 ? "e-\(-power)" : "e+\(power)"
        return text
    }
}
