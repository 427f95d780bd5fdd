/// Where the parts of a numeral written in digits lie in text: `2,300.50e3` has an integer
/// part with thousands commas (groups of exactly three digits), a fraction and an exponent.
/// `NewsNumberScanner` finds one, then reads its value and precision from it.
struct DigitSpan {
    /// Where the numeral starts.
    var start: Int
    /// The index after the integer part (its commas included).
    var integerEnd: Int
    /// The index after the fraction; `integerEnd` when there is none.
    var digitsEnd: Int
    /// The index after the exponent; `digitsEnd` when there is none.
    var end: Int
    /// The digits before the decimal point.
    var integerCount: Int
    /// The digits after the decimal point.
    var fractionCount: Int
    /// The exponent written (`e6`: 6, clamped to 100,000 either way); 0 without one.
    var exponent: Int

    /// The numeral at `start`; `nil` when none starts there or it has more than
    /// `NewsNumberScanner.maximumDigits` digits.
    @inline(__always)
    static func scan(_ scalars: [Unicode.Scalar], from start: Int) -> DigitSpan? {
        // A leading ".5" is a number too.
        guard isDigit(scalars, start) || (start < scalars.count && scalars[start] == "." && isDigit(scalars, start + 1))
        else { return nil }
        guard let (integerCount, integerEnd) = integerPart(scalars, from: start),
            let (fractionCount, digitsEnd) = fraction(scalars, from: integerEnd, integerCount: integerCount)
        else { return nil }
        let (exponent, end) = Self.exponent(scalars, from: digitsEnd)
        return DigitSpan(
            start: start, integerEnd: integerEnd, digitsEnd: digitsEnd, end: end, integerCount: integerCount,
            fractionCount: fractionCount, exponent: exponent)
    }

    /// Whether an ASCII digit is at `position` (false past the end).
    @inline(__always)
    static func isDigit(_ scalars: [Unicode.Scalar], _ position: Int) -> Bool {
        position < scalars.count && scalars[position].value &- 48 < 10
    }

    /// The digits of the integer part at `start` and the index after it. A thousands comma
    /// has exactly three digits after it, then no further digit; a group before the first
    /// comma has at most three.
    @inline(__always)
    private static func integerPart(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var index = start
        var integerCount = 0
        var groupLength = 0
        var grouped = false
        while true {
            if isDigit(scalars, index) {
                integerCount += 1
                groupLength += 1
                index += 1
                if integerCount > NewsNumberScanner.maximumDigits { return nil }
                continue
            }
            if index < scalars.count, scalars[index] == ",", integerCount > 0, grouped ? groupLength == 3 : groupLength <= 3,
                isDigit(scalars, index + 1), isDigit(scalars, index + 2), isDigit(scalars, index + 3), !isDigit(scalars, index + 4)
            {
                grouped = true
                groupLength = 0
                index += 1
                continue
            }
            return (integerCount, index)
        }
    }

    /// The digits of a fraction (a point and at least one digit) at `start` and the index
    /// after it; no digits and `start` when there is none.
    @inline(__always)
    private static func fraction(_ scalars: [Unicode.Scalar], from start: Int, integerCount: Int) -> (Int, Int)? {
        var index = start
        var fractionCount = 0
        if index + 1 < scalars.count, scalars[index] == ".", isDigit(scalars, index + 1) {
            index += 1
            while isDigit(scalars, index) {
                fractionCount += 1
                index += 1
                if integerCount + fractionCount > NewsNumberScanner.maximumDigits { return nil }
            }
        }
        return (fractionCount, index)
    }

    /// An exponent (`e6`, `E-3`, `e+2`) at `start` and the index after it; 0 and `start`
    /// when there is none (an `e` without digits is not an exponent).
    @inline(__always)
    private static func exponent(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int) {
        guard start < scalars.count, scalars[start] == "e" || scalars[start] == "E" else { return (0, start) }
        var position = start + 1
        var negative = false
        if position < scalars.count, scalars[position] == "+" || scalars[position] == "-" {
            negative = scalars[position] == "-"
            position += 1
        }
        guard isDigit(scalars, position) else { return (0, start) }
        var value = 0
        while isDigit(scalars, position) {
            value = Swift.min(value * 10 + Int(scalars[position].value - 48), 100_000)
            position += 1
        }
        return (negative ? -value : value, position)
    }
}
