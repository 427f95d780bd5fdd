/// The strict machine number grammar shared by the CSV reader and writer:
/// `-?digits(.digits)?([eE][+-]?digits)?`, nothing else, so that a thousands separator or a
/// unit in a number column is reported, not misread.
///
/// A number must also be one Reckon holds: zero, or a magnitude from about 2.2e-308 to
/// 1.8e308 (a normal double; `1e400` and `1e-400` are refused, not read as infinity or 0),
/// written with at most `maximumDigits` digits.
///
/// ```swift
/// StrictNumber.parse("2300000")  // 2300000
/// StrictNumber.parse("2,300")    // nil
/// StrictNumber.parse("1e-400")   // nil: it would be read as 0
/// ```
public enum StrictNumber {
    /// The most digits (before and after the point) a number may have.
    public static let maximumDigits = 400

    /// Why a text is not a strict number.
    public enum Problem: Error, Sendable, Equatable {
        /// It does not follow the grammar.
        case syntax
        /// More than `maximumDigits` digits.
        case tooManyDigits
        /// Beyond the numbers held: it would overflow to infinity or underflow to zero or a
        /// subnormal number.
        case outOfRange
    }

    /// The value of `text` when it is a strict number Reckon holds.
    public static func parse(_ text: String) -> Double? {
        try? read(text).get()
    }

    /// The value of `text`, or why it is not a strict number.
    public static func read(_ text: String) -> Result<Double, Problem> {
        guard let digits = digitCount(text) else { return .failure(.syntax) }
        guard digits <= maximumDigits else { return .failure(.tooManyDigits) }
        guard let value = Double(text), value.isFinite else { return .failure(.outOfRange) }
        if value == 0 {
            // Zero only when every digit of the significand is zero; else it underflowed.
            let significand = text.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            guard significand.allSatisfy({ $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
            else { return .failure(.outOfRange) }
            return .success(0)
        }
        guard value.isNormal else { return .failure(.outOfRange) }
        return .success(value)
    }

    /// Whether `text` follows the grammar (whatever its size).
    public static func isNumberSyntax(_ text: String) -> Bool {
        digitCount(text) != nil
    }

    /// The value of field `text` in `column`, or the error that says what is wrong.
    public static func value(_ text: String, column: String, at location: SourceLocation) throws(CSVError) -> Double {
        switch read(text) {
        case .success(let value): return value
        case .failure(.syntax): throw CSVError(.badNumber(column: column, text: text), at: location)
        case .failure(.tooManyDigits): throw CSVError(.numberTooLong(column: column, limit: maximumDigits), at: location)
        case .failure(.outOfRange): throw CSVError(.numberOutOfRange(column: column, text: text), at: location)
        }
    }

    /// The digits of the significand when `text` follows the grammar, else `nil`.
    private static func digitCount(_ text: String) -> Int? {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            var count = 0
            while let first = bytes.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") {
                bytes = bytes.dropFirst()
                count += 1
            }
            return count
        }
        var total = digits()
        guard total > 0 else { return nil }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            let fraction = digits()
            guard fraction > 0 else { return nil }
            total += fraction
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return nil }
        }
        return bytes.isEmpty ? total : nil
    }
}
