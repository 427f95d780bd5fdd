/// The value and precision of a numeral found by `DigitSpan.scan`: its digits are copied
/// (commas dropped) into an ASCII string that `Double` parses exactly, and counted.
extension DigitSpan {
    /// The digits as ASCII, with the zeros precision is read from.
    struct Digits {
        /// The digits and the decimal point, without commas (`2300.50` for `2,300.50`).
        var text: String
        /// Zeros before the first digit that is not zero (`0.05`: 2).
        var leadingZeros: Int
        /// Zeros at the end of the integer part (`2,300`: 2).
        var trailingIntegerZeros: Int
    }

    /// The digits up to `digitsEnd` (the exponent is not copied).
    @inline(__always)
    func digits(_ scalars: [Unicode.Scalar]) -> Digits {
        var leadingZeros = 0
        var seenNonZero = false
        var trailingIntegerZeros = 0
        let text = String(unsafeUninitializedCapacity: integerCount + fractionCount + 1) { buffer in
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
        return Digits(text: text, leadingZeros: leadingZeros, trailingIntegerZeros: trailingIntegerZeros)
    }

    /// The significant digits, and the power of ten of the last digit's place value before
    /// the exponent: trailing zeros of a whole number are not significant for roundness.
    @inline(__always)
    func precision(_ digits: Digits) -> (significant: Int, resolutionExponent: Int) {
        var significant = integerCount + fractionCount - digits.leadingZeros
        var resolutionExponent = -fractionCount
        if fractionCount == 0 {
            resolutionExponent = digits.trailingIntegerZeros < integerCount ? digits.trailingIntegerZeros : 0
        }
        if significant == 0 { significant = 1 }
        return (significant, resolutionExponent)
    }

    /// The value of `digits` with the exponent applied; `nil` when `Double` cannot read it.
    @inline(__always)
    func value(of digits: Digits) -> Double? {
        guard let value = Double(digits.text.hasPrefix(".") ? "0" + digits.text : digits.text) else { return nil }
        guard exponent != 0 else { return value }
        return Double(digits.text + "e\(exponent)")
    }
}
